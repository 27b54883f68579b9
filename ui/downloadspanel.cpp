#include "ui/downloadspanel.h"

#include "models/confirmation.h"
#include "models/downloadlistmodel.h"
#include "models/modelroles.h"
#include "transfers/downloadmanager.h"
#include "transfers/downloadtask.h"
#include "ui/confirmdialog.h"
#include "ui/filerevealer.h"
#include "ui/icons.h"
#include "ui/progressdelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bb {

namespace {
QToolButton *button(const QString &icon, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    Icons::set(b, icon);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // labelled: icons alone were guesswork
    b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return b;
}
} // namespace

DownloadsPanel::DownloadsPanel(DownloadManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_model(new DownloadListModel(manager, this))
    , m_view(new QTableView(this))
    , m_pause(button(QStringLiteral("pause"), this))
    , m_resume(button(QStringLiteral("resume"), this))
    , m_cancel(button(QStringLiteral("cancel"), this))
    , m_open(button(QStringLiteral("folder"), this))
    , m_clear(button(QStringLiteral("delete"), this))
{
    m_view->setObjectName(QStringLiteral("downloadTable"));
    m_view->setModel(m_model);
    auto *progress = new ProgressDelegate(ModelRoles::RawRole, m_view);
    progress->setSegmentsRole(DownloadListModel::SegmentsRole);
    m_view->setItemDelegateForColumn(DownloadListModel::Progress, progress);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(DownloadListModel::Name, 280);
    m_view->setColumnWidth(DownloadListModel::Progress, 180);
    // "downloaded / total" needs room for two sizes.
    m_view->setColumnWidth(DownloadListModel::Size,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("1023.9 MiB / 1023.9 MiB"))
                               + 16);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DownloadsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DownloadsPanel::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &DownloadsPanel::openSelectedFolder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &DownloadsPanel::showContextMenu);

    connect(m_pause, &QToolButton::clicked, this, &DownloadsPanel::pauseSelected);
    connect(m_resume, &QToolButton::clicked, this, &DownloadsPanel::resumeSelected);
    connect(m_cancel, &QToolButton::clicked, this, &DownloadsPanel::cancelSelected);
    connect(m_open, &QToolButton::clicked, this, &DownloadsPanel::openSelectedFolder);
    connect(m_clear, &QToolButton::clicked, m_manager, &DownloadManager::removeFinished);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(0);
    for (QToolButton *b : {m_pause, m_resume, m_cancel, m_open, m_clear})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    retranslate();
    updateButtons();
}

void DownloadsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DownloadsPanel::retranslate()
{
    m_pause->setText(tr("Pause"));
    m_pause->setToolTip(tr("Pause"));
    m_resume->setText(tr("Resume"));
    m_resume->setToolTip(tr("Resume or retry"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel and delete the partial file"));
    m_open->setText(tr("Open folder"));
    m_open->setToolTip(tr("Show in folder"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear finished and cancelled downloads"));
}

QString DownloadsPanel::currentId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(DownloadListModel::IdRole).toString();
}

void DownloadsPanel::updateButtons()
{
    const QString id = currentId();
    DownloadTask *task = id.isEmpty() ? nullptr : m_manager->taskById(id);
    const DownloadState state = task ? task->state() : DownloadState::Done;
    const bool active = task && task->isActive();
    m_pause->setEnabled(task && (active || state == DownloadState::Queued));
    m_resume->setEnabled(task && (state == DownloadState::Paused || state == DownloadState::Failed));
    m_cancel->setEnabled(task && state != DownloadState::Done && state != DownloadState::Cancelled);
    m_open->setEnabled(task != nullptr);
}

void DownloadsPanel::pauseSelected()
{
    if (const QString id = currentId(); !id.isEmpty())
        m_manager->pause(id);
    updateButtons();
}

void DownloadsPanel::resumeSelected()
{
    if (const QString id = currentId(); !id.isEmpty())
        m_manager->resume(id);
    updateButtons();
}

void DownloadsPanel::cancelSelected()
{
    const QString id = currentId();
    DownloadTask *task = id.isEmpty() ? nullptr : m_manager->taskById(id);
    if (!task)
        return;
    const DownloadProgress progress = task->progress();
    // Nothing on disk yet: nothing is lost, so no question.
    if (progress.received <= 0) {
        m_manager->cancel(id);
        updateButtons();
        return;
    }
    const QString name = QFileInfo(task->targetPath()).fileName();
    const Confirmation question = Confirmation::cancelDownload(
        name.isEmpty() ? task->identity().fileName : name, progress.received, progress.total);
    ConfirmDialog::ask(this, question, [this, id] {
        m_manager->cancel(id);
        updateButtons();
    });
}

void DownloadsPanel::openSelectedFolder()
{
    const QString id = currentId();
    DownloadTask *task = id.isEmpty() ? nullptr : m_manager->taskById(id);
    if (!task)
        return;
    const QString path = task->state() == DownloadState::Done ? task->targetPath() : task->partPath();
    QString why;
    if (!FileRevealer::reveal(path.isEmpty() ? task->options().folder : path, &why))
        emit errorOccurred(why);
}

void DownloadsPanel::copySelectedPath()
{
    const QString id = currentId();
    DownloadTask *task = id.isEmpty() ? nullptr : m_manager->taskById(id);
    if (!task)
        return;
    const QString path = task->targetPath().isEmpty() ? task->options().folder : task->targetPath();
    QApplication::clipboard()->setText(QDir::toNativeSeparators(path));
}

void DownloadsPanel::addConnectionsMenu(QMenu *menu, const QString &id, const DownloadTask *task)
{
    const DownloadState state = task->state();
    const bool changeable
        = state == DownloadState::Queued || state == DownloadState::Paused || state == DownloadState::Failed;
    const bool running = task->isActive();
    QMenu *connections = menu->addMenu(running ? tr("Connections (pause to change)") : tr("Connections"));
    connections->setObjectName(QStringLiteral("connectionsMenu"));
    connections->setEnabled(changeable);
    const int current = task->options().connections;
    QList<int> counts {1, 2, 4, 8, 16};
    if (!counts.contains(current))
        counts << current;
    std::sort(counts.begin(), counts.end());
    for (const int count : counts) {
        QAction *action = connections->addAction(QString::number(count),
                                                 [this, id, count] { m_manager->setConnections(id, count); });
        action->setCheckable(true);
        action->setChecked(count == current);
    }
}

void DownloadsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->selectRow(index.row());
    const QString id = currentId();
    DownloadTask *task = id.isEmpty() ? nullptr : m_manager->taskById(id);
    if (!task)
        return;
    const DownloadState state = task->state();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("downloadMenu"));
    auto add = [&menu](const QString &icon, const QString &text, bool enabled, auto slot) {
        QAction *action = menu.addAction(Icons::named(icon), text, slot);
        action->setEnabled(enabled);
        return action;
    };
    add(QStringLiteral("pause"), tr("Pause"), m_pause->isEnabled(), [this] { pauseSelected(); });
    add(QStringLiteral("resume"), tr("Resume"), state == DownloadState::Paused, [this] { resumeSelected(); });
    add(QStringLiteral("resume"), tr("Retry"), state == DownloadState::Failed, [this] { resumeSelected(); });
    add(QStringLiteral("cancel"), tr("Cancel…"), m_cancel->isEnabled(), [this] { cancelSelected(); });
    addConnectionsMenu(&menu, id, task);
    menu.addSeparator();
    add(QStringLiteral("folder"), tr("Open folder"), true, [this] { openSelectedFolder(); });
    add(QStringLiteral("copy"), tr("Copy path"), true, [this] { copySelectedPath(); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace bb
