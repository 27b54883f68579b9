#include "ui/backuptablepane.h"

#include "models/backupfilterproxy.h"
#include "models/backuptablemodel.h"
#include "models/displayformat.h"
#include "models/modelroles.h"
#include "ui/icons.h"
#include "ui/statusbadgedelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QSet>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace bb {

namespace {

// A tool button that drops down a menu of checkable choices (the status and kind filters).
void setUpFilterButton(QToolButton *button, const QString &name, QMenu *menu)
{
    button->setObjectName(name);
    Icons::set(button, QStringLiteral("filter"));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(menu);
}

QAction *addChoice(QMenu *menu, int value)
{
    QAction *action = menu->addAction(QString());
    action->setCheckable(true);
    action->setData(value);
    return action;
}

QList<int> checked(const QMenu *menu)
{
    QList<int> values;
    for (const QAction *action : menu->actions()) {
        if (action->isChecked())
            values.append(action->data().toInt());
    }
    return values;
}

// Checks exactly `values`, without a signal per action.
void setChecked(QMenu *menu, const QSet<int> &values)
{
    for (QAction *action : menu->actions()) {
        const QSignalBlocker block(action);
        action->setChecked(values.contains(action->data().toInt()));
    }
}

} // namespace

BackupTablePane::BackupTablePane(BackupTableModel *table, BackupFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_proxy(proxy)
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_statusButton(new QToolButton(this))
    , m_statusMenu(new QMenu(this))
    , m_kindButton(new QToolButton(this))
    , m_kindMenu(new QMenu(this))
    , m_datePreset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_window(new QLabel(this))
    , m_windowProgress(new QProgressBar(this))
    , m_copyMenu(new QMenu(this))
    , m_shown(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    Icons::set(m_filter->addAction(QIcon(), QLineEdit::LeadingPosition), QStringLiteral("search"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &BackupFilterProxy::setFilterText);
    // Ctrl+F from anywhere in the window (the tree, the downloads, the detail pane).
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WindowShortcut);
    connect(find, &QShortcut::activated, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    setUpFilterButton(m_statusButton, QStringLiteral("statusFilter"), m_statusMenu);
    for (BackupStatus status :
         {BackupStatus::Succeeded, BackupStatus::Failed, BackupStatus::Running, BackupStatus::Creating,
          BackupStatus::Expired, BackupStatus::Locked, BackupStatus::Exporting, BackupStatus::Exported,
          BackupStatus::Deleted, BackupStatus::Unknown}) {
        connect(addChoice(m_statusMenu, static_cast<int>(status)), &QAction::toggled, this,
                &BackupTablePane::applyStatusFilter);
    }
    setUpFilterButton(m_kindButton, QStringLiteral("kindFilter"), m_kindMenu);
    for (BackupKind kind : {BackupKind::Full, BackupKind::Incremental, BackupKind::Log, BackupKind::Snapshot,
                            BackupKind::Unknown}) {
        connect(addChoice(m_kindMenu, static_cast<int>(kind)), &QAction::toggled, this,
                &BackupTablePane::applyKindFilter);
    }

    m_datePreset->setObjectName(QStringLiteral("dateRange"));
    for (DateRange range : {DateRange::Any, DateRange::Last24Hours, DateRange::Last7Days,
                            DateRange::Last30Days, DateRange::Custom})
        m_datePreset->addItem(QString(), static_cast<int>(range));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(today);
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &BackupTablePane::applyDateRange);
    }
    m_from->setDate(today.addDays(-7));
    // The window the loader holds before anything is chosen (BackupLoader::defaultDays).
    m_datePreset->setCurrentIndex(m_datePreset->findData(static_cast<int>(DateRange::Last7Days)));
    connect(m_datePreset, &QComboBox::currentIndexChanged, this, &BackupTablePane::applyDateRange);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_statusButton);
    bar->addWidget(m_kindButton);
    bar->addWidget(m_datePreset);
    bar->addWidget(m_from);
    bar->addWidget(m_to);

    m_view->setObjectName(QStringLiteral("backupTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BackupTableModel::StartColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(BackupTableModel::StatusColumn, new StatusBadgeDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    applyDefaultColumns();
    m_shown->hide();
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &BackupTablePane::showHeaderMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &BackupTablePane::showContextMenu);
    // selectionChanged, not currentRowChanged: the current row changes before it is selected.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupTablePane::currentBackupChanged);
    connect(m_view, &QTableView::activated, this, &BackupTablePane::activated);
    // A row that changes in place (detail loaded, create progress) must refresh the pane too.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const QModelIndex current = m_view->currentIndex();
                if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
                    emit currentBackupChanged();
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BackupTablePane::currentBackupChanged);
    // A filter that hides the selected row drops it from the selection (its persistent index
    // becomes invalid on layoutChanged): the detail pane and Download must follow.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &BackupTablePane::currentBackupChanged);

    // "N of M shown — Clear filters": a filter left from another instance never empties the
    // table silently.
    m_shown->setObjectName(QStringLiteral("filterSummary"));
    m_shown->setTextFormat(Qt::RichText);
    m_shown->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_shown, &QLabel::linkActivated, this, &BackupTablePane::clearFilters);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_proxy), static_cast<QAbstractItemModel *>(m_table)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &BackupTablePane::updateShown);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &BackupTablePane::updateShown);
        connect(model, &QAbstractItemModel::modelReset, this, &BackupTablePane::updateShown);
        connect(model, &QAbstractItemModel::layoutChanged, this, &BackupTablePane::updateShown);
    }

    Icons::set(m_copyMenu->menuAction(), QStringLiteral("copy"));
    m_copyId = m_copyMenu->addAction(QString(), this, &BackupTablePane::copyId);
    m_copyName = m_copyMenu->addAction(QString(), this, &BackupTablePane::copyName);
    m_copyUrls = m_copyMenu->addAction(QString(), this, &BackupTablePane::copyUrls);
    m_copyRow = m_copyMenu->addAction(QString(), QKeySequence::Copy, this, &BackupTablePane::copyRow);

    m_window->setObjectName(QStringLiteral("listingWindow"));
    m_windowProgress->setObjectName(QStringLiteral("listingProgress"));
    m_windowProgress->setTextVisible(false);
    m_windowProgress->setMaximumWidth(160);
    m_windowProgress->setVisible(false);
    auto *windowBar = new QHBoxLayout;
    windowBar->setContentsMargins(0, 0, 0, 0);
    windowBar->addWidget(m_window, 1);
    windowBar->addWidget(m_windowProgress);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(bar);
    layout->addLayout(windowBar);
    layout->addWidget(m_shown);
    layout->addWidget(m_view, 1);
    retranslate();
}

void BackupTablePane::applyDefaultColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < BackupTableModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, !BackupTableModel::isDefaultVisible(c));
    // What a DBA reads first, left to right; Name takes what is left (and gives way first when
    // the window is narrow), so Status, Start and Size never need a horizontal scroll.
    const QList<int> order {BackupTableModel::StatusColumn,   BackupTableModel::StartColumn,
                            BackupTableModel::SizeColumn,     BackupTableModel::KindColumn,
                            BackupTableModel::InstanceColumn, BackupTableModel::NameColumn};
    for (int i = 0; i < order.size(); ++i)
        header->moveSection(header->visualIndex(order.at(i)), i);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(BackupTableModel::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    fitColumns();
}

void BackupTablePane::fitColumns()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    // The status badge never clips: as wide as the longest translated status, with its padding.
    m_view->setColumnWidth(BackupTableModel::StatusColumn, StatusBadgeDelegate::widthFor(metrics));
    const QString sampleTime
        = DisplayFormat::localTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58), Qt::UTC));
    m_view->setColumnWidth(BackupTableModel::StartColumn, metrics.horizontalAdvance(sampleTime) + 16);
    m_view->setColumnWidth(BackupTableModel::EndColumn, metrics.horizontalAdvance(sampleTime) + 16);
    m_view->setColumnWidth(BackupTableModel::SizeColumn,
                           metrics.horizontalAdvance(QStringLiteral("1023.9 MiB")) + 16);
    int kind = metrics.horizontalAdvance(
        m_table->headerData(BackupTableModel::KindColumn, Qt::Horizontal).toString());
    for (BackupKind k : {BackupKind::Full, BackupKind::Incremental, BackupKind::Log, BackupKind::Snapshot})
        kind = std::max(kind, metrics.horizontalAdvance(DisplayFormat::kind(k)));
    m_view->setColumnWidth(BackupTableModel::KindColumn, kind + 20);
    m_view->setColumnWidth(BackupTableModel::IdColumn, 90);
    m_view->setColumnWidth(BackupTableModel::InstanceColumn, 120);
}

void BackupTablePane::setAutoHiddenColumns(const QSet<int> &columns)
{
    if (columns == m_autoHidden)
        return;
    // Columns hidden for the scope come back as the user left them; the user's choice is never
    // overwritten (saveHeaderState() saves without the automatic part).
    for (int c : std::as_const(m_autoHidden))
        m_view->setColumnHidden(c, false);
    m_autoHidden.clear();
    for (int c : columns) {
        if (!m_view->isColumnHidden(c)) {
            m_view->setColumnHidden(c, true);
            m_autoHidden.insert(c);
        }
    }
}

void BackupTablePane::updateShown()
{
    const int shown = m_proxy->rowCount();
    const int all = m_table->rowCount();
    const bool filtered = shown < all;
    if (filtered) {
        m_shown->setText(tr("%1 of %2 shown — <a href=\"clear\">Clear filters</a>")
                             .arg(QLocale().toString(shown), QLocale().toString(all)));
    }
    m_shown->setVisible(filtered);
}

void BackupTablePane::clearFilters()
{
    m_filter->clear();
    setStatusFilter({});
    setKindFilter({});
}

void BackupTablePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateShown();
        fitColumns(); // translated statuses and kinds have other widths
    }
    QWidget::changeEvent(event);
}

void BackupTablePane::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by ID, name, database or status (Ctrl+F)"));
    for (QAction *action : m_statusMenu->actions())
        action->setText(DisplayFormat::status(static_cast<BackupStatus>(action->data().toInt())));
    for (QAction *action : m_kindMenu->actions())
        action->setText(DisplayFormat::kind(static_cast<BackupKind>(action->data().toInt())));
    updateFilterButtons();

    auto setPreset = [this](DateRange range, const QString &text) {
        m_datePreset->setItemText(m_datePreset->findData(static_cast<int>(range)), text);
    };
    setPreset(DateRange::Any, tr("Any time"));
    setPreset(DateRange::Last24Hours, tr("Last 24 hours"));
    setPreset(DateRange::Last7Days, tr("Last 7 days"));
    setPreset(DateRange::Last30Days, tr("Last 30 days"));
    setPreset(DateRange::Custom, tr("Custom range"));
    m_from->setToolTip(tr("Backups that started on or after this day (local time)"));
    m_to->setToolTip(tr("Backups that started on or before this day (local time)"));

    m_copyMenu->setTitle(tr("&Copy"));
    m_copyId->setText(tr("Backup &ID"));
    m_copyName->setText(tr("&Name"));
    m_copyUrls->setText(tr("Download &URLs"));
    m_copyRow->setText(tr("Whole &row"));
}

const Backup *BackupTablePane::currentBackup() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return nullptr;
    return &m_proxy->backupAt(current.row());
}

QList<int> BackupTablePane::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void BackupTablePane::setColumnVisible(int column, bool visible)
{
    m_autoHidden.remove(column); // the user decides now
    m_view->setColumnHidden(column, !visible);
}

QByteArray BackupTablePane::saveHeaderState() const
{
    QHeaderView *header = m_view->horizontalHeader();
    for (int c : m_autoHidden)
        header->setSectionHidden(c, false);
    const QByteArray state = header->saveState();
    for (int c : m_autoHidden)
        header->setSectionHidden(c, true);
    return state;
}

void BackupTablePane::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void BackupTablePane::setStatusFilter(const QSet<BackupStatus> &statuses)
{
    QSet<int> values;
    for (BackupStatus status : statuses)
        values.insert(static_cast<int>(status));
    setChecked(m_statusMenu, values);
    applyStatusFilter();
}

void BackupTablePane::setKindFilter(const QSet<BackupKind> &kinds)
{
    QSet<int> values;
    for (BackupKind kind : kinds)
        values.insert(static_cast<int>(kind));
    setChecked(m_kindMenu, values);
    applyKindFilter();
}

void BackupTablePane::setDateRange(DateRange range)
{
    m_datePreset->setCurrentIndex(m_datePreset->findData(static_cast<int>(range)));
}

void BackupTablePane::setListingWindow(const QString &text, int done, int total)
{
    m_window->setText(text);
    m_windowProgress->setVisible(total > 0 && done < total);
    m_windowProgress->setRange(0, std::max(total, 1));
    m_windowProgress->setValue(done);
}

void BackupTablePane::applyStatusFilter()
{
    QSet<BackupStatus> statuses;
    for (int value : checked(m_statusMenu))
        statuses.insert(static_cast<BackupStatus>(value));
    updateFilterButtons();
    m_proxy->setStatusFilter(statuses);
    emit rowFiltersChosen(statuses, m_proxy->kindFilter());
}

void BackupTablePane::applyKindFilter()
{
    QSet<BackupKind> kinds;
    for (int value : checked(m_kindMenu))
        kinds.insert(static_cast<BackupKind>(value));
    updateFilterButtons();
    m_proxy->setKindFilter(kinds);
    emit rowFiltersChosen(m_proxy->statusFilter(), kinds);
}

void BackupTablePane::updateFilterButtons()
{
    const auto names = [](const QMenu *menu) {
        QStringList checkedNames;
        for (const QAction *action : menu->actions()) {
            if (action->isChecked())
                checkedNames.append(action->text());
        }
        return checkedNames;
    };
    const QStringList statuses = names(m_statusMenu);
    m_statusButton->setText(statuses.isEmpty() ? tr("All statuses")
                                : statuses.size() == 1
                                ? statuses.first()
                                : tr("%n statuses", nullptr, static_cast<int>(statuses.size())));
    const QStringList kinds = names(m_kindMenu);
    m_kindButton->setText(kinds.isEmpty()         ? tr("All kinds")
                              : kinds.size() == 1 ? kinds.first()
                                                  : tr("%n kinds", nullptr, static_cast<int>(kinds.size())));
}

void BackupTablePane::applyDateRange()
{
    const auto range = static_cast<DateRange>(m_datePreset->currentData().toInt());
    const bool custom = range == DateRange::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime from;
    QDateTime to;
    switch (range) {
    case DateRange::Any:
        break;
    case DateRange::Last24Hours:
        from = now.addDays(-1);
        break;
    case DateRange::Last7Days:
        from = now.addDays(-7);
        break;
    case DateRange::Last30Days:
        from = now.addDays(-30);
        break;
    case DateRange::Custom:
        from = m_from->date().startOfDay().toUTC();
        to = m_to->date().endOfDay().toUTC();
        break;
    }
    m_proxy->setDateRange(from, to);
    emit listingWindowChosen(from, to);
}

void BackupTablePane::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int c = 0; c < m_table->columnCount(); ++c) {
        QAction *action = menu.addAction(m_table->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(c));
        connect(action, &QAction::toggled, this, [this, c](bool on) { setColumnVisible(c, on); });
    }
    menu.exec(m_view->horizontalHeader()->viewport()->mapToGlobal(pos));
}

void BackupTablePane::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addActions(m_contextActions);
    if (!m_contextActions.isEmpty())
        menu.addSeparator();
    menu.addMenu(m_copyMenu);
    m_copyMenu->setEnabled(currentBackup() != nullptr);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void BackupTablePane::copy(const QString &text)
{
    QApplication::clipboard()->setText(text);
}

void BackupTablePane::copyId()
{
    if (const Backup *b = currentBackup())
        copy(b->id);
}

void BackupTablePane::copyName()
{
    if (const Backup *b = currentBackup())
        copy(b->name);
}

void BackupTablePane::copyUrls()
{
    const Backup *b = currentBackup();
    if (!b)
        return;
    // Full URLs on purpose: the user asked for them to paste into a downloader.
    QStringList urls;
    for (const QUrl &url : {b->externalUrl, b->internalUrl}) {
        if (!url.isEmpty())
            urls.append(url.toString());
    }
    for (const BackupFile &file : b->files) {
        for (const QUrl &url : {file.externalUrl, file.internalUrl}) {
            if (!url.isEmpty())
                urls.append(url.toString());
        }
    }
    urls.removeDuplicates();
    copy(urls.join(QLatin1Char('\n')));
}

void BackupTablePane::copyRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    QStringList cells;
    for (int column : visibleColumns())
        cells.append(m_proxy->index(current.row(), column).data().toString());
    copy(cells.join(QLatin1Char('\t')));
}

} // namespace bb
