#include "ui/localcopiesdialog.h"

#include "offsite/localcopiesmodel.h"
#include "session/localcopiescontroller.h"
#include "ui/confirmdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bb {

LocalCopiesDialog::LocalCopiesDialog(LocalCopiesController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_rules(new QLabel(this))
    , m_view(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_runs(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_runNow(new QPushButton(tr("Run &now"), this))
    , m_reload(new QPushButton(tr("&Reload"), this))
{
    setWindowTitle(tr("Local copies"));
    m_rules->setWordWrap(true);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proxy->setSourceModel(controller->model());
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_runNow, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reload, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rules);
    layout->addWidget(m_view, 3);
    layout->addWidget(new QLabel(tr("Last runs:"), this));
    layout->addWidget(m_runs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_runNow, &QPushButton::clicked, controller, [controller] { controller->runNow(); });
    connect(m_reload, &QPushButton::clicked, controller, &LocalCopiesController::reload);
    connect(controller, &LocalCopiesController::reloaded, this, &LocalCopiesDialog::showState);
    connect(controller, &LocalCopiesController::runningChanged, this, &LocalCopiesDialog::showState);
    connect(controller, &LocalCopiesController::message, m_status, &QLabel::setText);
    connect(controller, &LocalCopiesController::pruneQuestion, this, [this](const Confirmation &question) {
        ConfirmDialog::ask(this, question, [this] { m_controller->runNow(true); });
    });
    showState();
}

void LocalCopiesDialog::showState()
{
    const QString path = QDir::toNativeSeparators(m_controller->rulesFile());
    QString text = m_controller->rules().isEmpty()
        ? tr("No rules: write %1 (see docs/cli.md, \"Sync\").").arg(path)
        : tr("%n rule(s) from %1", nullptr, int(m_controller->rules().size())).arg(path);
    if (!m_controller->rulesError().isEmpty())
        text += u'\n' + m_controller->rulesError();
    m_rules->setText(text);
    m_runs->clear();
    for (const SyncRunRecord &run : m_controller->runs())
        m_runs->addItem(LocalCopiesController::describe(run));
    m_runNow->setEnabled(!m_controller->isRunning() && !m_controller->rules().isEmpty());
    m_reload->setEnabled(!m_controller->isRunning());
    m_view->resizeColumnsToContents();
}

} // namespace bb
