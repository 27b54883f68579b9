#include "ui/mainwindow.h"

#include "models/backupactions.h"
#include "models/backupcreationtracker.h"
#include "models/backupfilterproxy.h"
#include "models/backuploader.h"
#include "models/backuptablemodel.h"
#include "models/confirmation.h"
#include "models/csvexportjob.h"
#include "models/instancetreemodel.h"
#include "session/appcontext.h"
#include "session/browsercontroller.h"
#include "session/fleethealthcontroller.h"
#include "session/localcopiescontroller.h"
#include "session/settings.h"
#include "transfers/downloadidentity.h"
#include "transfers/downloadmanager.h"
#include "transfers/downloadtask.h"
#include "translations/languagemanager.h"
#include "ui/aboutdialog.h"
#include "ui/accountdialog.h"
#include "ui/backupdetailpane.h"
#include "ui/backuptablepane.h"
#include "ui/confirmdialog.h"
#include "ui/createbackupdialog.h"
#include "ui/downloadspanel.h"
#include "ui/errorbanner.h"
#include "ui/healthoverviewdialog.h"
#include "ui/icons.h"
#include "ui/instancetreepane.h"
#include "ui/localcopiesdialog.h"
#include "ui/logview.h"
#include "ui/settingsdialog.h"
#include "ui/theme.h"
#include "ui/timelinechart.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace bb {

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_controller(new BrowserController(context, this))
    , m_tree(new InstanceTreePane(context, m_controller->tree(), this))
    , m_table(new BackupTablePane(m_controller->table(), m_controller->proxy(), this))
    , m_detail(new BackupDetailPane(this))
    , m_timeline(new TimelineChart(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_downloads(new DownloadsPanel(m_controller->downloads(), this))
    , m_log(new LogView(m_controller->log(), this))
    , m_errorBanner(new ErrorBanner(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::named(QStringLiteral("backup-browser")));

    m_tabs->addTab(m_detail, Icons::named(QStringLiteral("about")), QString());
    m_tabs->addTab(m_timeline, Icons::named(QStringLiteral("timeline")), QString());
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(2);
    centralLayout->addWidget(m_errorBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createDocks();

    connect(m_tree, &InstanceTreePane::nodeSelected, this, &MainWindow::onNodeSelected);
    connect(m_table, &BackupTablePane::currentBackupChanged, this, &MainWindow::showCurrentBackup);
    connect(m_table, &BackupTablePane::activated, m_download, &QAction::trigger);
    connect(m_controller, &BrowserController::capabilitiesChanged, this, &MainWindow::updateActions);
    connect(m_controller, &BrowserController::selectionLoaded, this, &MainWindow::updateTimeline);
    // The date filter decides what is listed, and the table says which window it holds.
    connect(m_table, &BackupTablePane::listingWindowChosen, m_controller,
            &BrowserController::setListingWindow);
    // So do the status and kind filters where the product's API filters on the server.
    connect(m_table, &BackupTablePane::rowFiltersChosen, m_controller, &BrowserController::setRowFilters);
    connect(m_controller, &BrowserController::listingWindowChanged, this, [this] {
        m_table->setListingWindow(m_controller->listingWindowText(), m_controller->loader()->piecesDone(),
                                  m_controller->loader()->piecesTotal());
    });
    connect(m_controller, &BrowserController::selectionLoaded, this, &MainWindow::updateScopeColumns);
    // Export needs rows, not a clicked row.
    auto exportable = [this] {
        m_export->setEnabled(m_controller->table()->rowCount() > 0);
    };
    connect(m_controller->table(), &QAbstractItemModel::rowsInserted, this, exportable);
    connect(m_controller->table(), &QAbstractItemModel::rowsRemoved, this, exportable);
    connect(m_controller->table(), &QAbstractItemModel::modelReset, this, exportable);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_timelineStale && m_tabs->currentWidget() == m_timeline)
            updateTimeline();
    });
    connect(m_controller, &BrowserController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_controller, &BrowserController::errorOccurred, this, &MainWindow::showError);
    // A backup being created: its progress where the API gives one (RDS), then the new row
    // selected and in view.
    connect(m_controller->tracker(), &BackupCreationTracker::progress, this,
            [this](const Backup &backup, int percent, const QString &stage) {
                const QString text = percent >= 0
                    ? tr("Creating a backup of %1: %2%").arg(backup.instanceId).arg(percent)
                    : tr("Creating a backup of %1…").arg(backup.instanceId);
                statusBar()->showMessage(stage.isEmpty() ? text : text + QStringLiteral(" (") + stage + u')');
            });
    connect(m_controller->tracker(), &BackupCreationTracker::succeeded, this, &MainWindow::selectBackup);
    connect(m_controller, &BrowserController::actionSucceeded, m_errorBanner, &ErrorBanner::clear);

    // A desktop notification when a download finishes (the status bar where there is no tray).
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->show();
    }
    connect(m_controller->downloads(), &DownloadManager::downloadFinished, this,
            [this](const QString &, const QString &path) {
                const QString text = tr("Downloaded %1").arg(QDir::toNativeSeparators(path));
                if (m_tray && m_tray->supportsMessages())
                    m_tray->showMessage(tr("Download finished"), text, QSystemTrayIcon::Information, 6000);
                statusBar()->showMessage(text, 10000);
            });
    connect(m_downloads, &DownloadsPanel::errorOccurred, this, &MainWindow::showError);

    // The fleet overview judges in the background once opened; an instance turning Critical is
    // worth a desktop notification even when the overview is closed.
    m_health = new FleetHealthController(m_context, this);
    connect(m_health, &FleetHealthController::instanceJudged, this,
            [this](const QString &accountId, const InstanceHealth &health) {
                m_controller->tree()->setHealth(accountId, health.product, health.instanceId, health.state);
            });
    connect(m_health, &FleetHealthController::turnedCritical, this,
            [this](const QString &instance, const QString &reason) {
                const QString text = tr("%1 is critical: %2").arg(instance, reason);
                if (m_tray && m_tray->supportsMessages())
                    m_tray->showMessage(tr("Backup health"), text, QSystemTrayIcon::Warning, 10000);
                statusBar()->showMessage(text, 15000);
            });
    connect(m_controller->downloads(), &DownloadManager::downloadFailed, this,
            [this](const QString &, const QString &message) { showError(message); });

    retranslate();
    applySettings();
    restoreLayout();
    m_controller->reloadAccounts();
    // The backup table's Local copy column, off the GUI thread; shown once there are copies.
    connect(m_controller, &BrowserController::localCopiesLoaded, this, &MainWindow::updateScopeColumns);
    m_controller->reloadLocalCopies();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Backup Browser"));
    if (m_tray)
        m_tray->setToolTip(windowTitle());
    m_tabs->setTabText(m_tabs->indexOf(m_detail), tr("Details"));
    m_tabs->setTabText(m_tabs->indexOf(m_timeline), tr("Timeline"));

    m_refresh->setText(tr("&Refresh"));
    m_autoRefresh->setText(tr("&Auto-refresh"));
    m_download->setText(tr("&Download"));
    m_downloadInternal->setText(tr("Download over the &internal network"));
    m_create->setText(tr("&Create backup…"));
    m_delete->setText(tr("De&lete backup"));
    m_export->setText(tr("&Export CSV…"));
    m_addAccount->setText(tr("&Add account…"));
    m_editAccount->setText(tr("&Edit account…"));
    m_settings->setText(tr("&Settings…"));
    m_about->setText(tr("&About Backup Browser"));
    m_fleetHealth->setText(tr("&Fleet health…"));
    m_localCopies->setText(tr("&Local copies…"));
    m_quit->setText(tr("&Quit"));

    m_fileMenu->setTitle(tr("&File"));
    m_backupMenu->setTitle(tr("&Backup"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main"));

    // The docks' toggle actions in the View menu follow their titles.
    m_treeDock->setWindowTitle(tr("Accounts"));
    m_downloadsDock->setWindowTitle(tr("Downloads"));
    m_logDock->setWindowTitle(tr("Log"));

    // Toolbar buttons show the text without its mnemonic: Qt strips "&" but leaves the CJK form
    // "刷新(&R)" as "刷新(R)", and "…" belongs to menus.
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)|&(?=[^&])|…$|\\.\\.\\.$"));
    for (QAction *action : {m_refresh, m_download, m_create, m_delete, m_export, m_addAccount, m_settings})
        action->setIconText(action->text().remove(mnemonic).trimmed());

    // Tooltips that depend on the selection.
    updateActions();
}

void MainWindow::createActions()
{
    // Texts come from retranslate().
    auto make = [this](const QString &icon, const QKeySequence &key = {}) {
        auto *action = new QAction(this);
        Icons::set(action, icon);
        if (!key.isEmpty())
            action->setShortcut(key);
        return action;
    };
    m_refresh = make(QStringLiteral("refresh"), QKeySequence::Refresh);
    m_refresh->setShortcut(Qt::Key_F5);
    connect(m_refresh, &QAction::triggered, m_controller, &BrowserController::refresh);
    m_autoRefresh = new QAction(this);
    m_autoRefresh->setCheckable(true);
    connect(m_autoRefresh, &QAction::toggled, this, [this](bool on) {
        const int minutes = std::max(1, m_context->settings()->autoRefreshMinutes());
        if (on && m_context->settings()->autoRefreshMinutes() == 0)
            m_context->settings()->setAutoRefreshMinutes(minutes);
        m_controller->setAutoRefreshMinutes(on ? minutes : 0);
    });

    m_download = make(QStringLiteral("download"), Qt::CTRL | Qt::Key_D);
    connect(m_download, &QAction::triggered, this, [this] {
        QString error;
        if (!downloadSelected(m_controller->selectionAccount().defaultNetwork == DownloadNetwork::Internal,
                              &error))
            showError(error);
    });
    m_downloadInternal = make(QStringLiteral("download"), Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    connect(m_downloadInternal, &QAction::triggered, this, [this] {
        QString error;
        if (!downloadSelected(true, &error))
            showError(error);
    });
    m_create = make(QStringLiteral("create"), QKeySequence::New);
    connect(m_create, &QAction::triggered, this, &MainWindow::createBackup);
    m_delete = make(QStringLiteral("delete"), QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->view()->addAction(m_delete); // Del only where the table has the focus
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteBackup);
    m_export = make(QStringLiteral("export"), Qt::CTRL | Qt::Key_E);
    connect(m_export, &QAction::triggered, this, &MainWindow::exportCsv);

    m_addAccount = make(QStringLiteral("account"));
    connect(m_addAccount, &QAction::triggered, this, &MainWindow::addAccount);
    m_editAccount = make(QStringLiteral("edit"));
    connect(m_editAccount, &QAction::triggered, this, &MainWindow::editAccount);
    m_settings = make(QStringLiteral("settings"), QKeySequence::Preferences);
    connect(m_settings, &QAction::triggered, this, [this] { showSettings(); });
    m_about = make(QStringLiteral("about"));
    connect(m_about, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    m_fleetHealth = make(QStringLiteral("refresh"), Qt::CTRL | Qt::SHIFT | Qt::Key_H);
    connect(m_fleetHealth, &QAction::triggered, this, &MainWindow::showFleetHealth);
    m_localCopies = make(QStringLiteral("download"));
    connect(m_localCopies, &QAction::triggered, this, &MainWindow::showLocalCopies);
    m_quit = make(QStringLiteral("quit"), QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_table->setContextActions({m_download, m_downloadInternal, m_create, m_delete, m_export});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    QMenu *file = m_fileMenu;
    file->addActions({m_addAccount, m_editAccount});
    file->addSeparator();
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_quit);

    m_backupMenu = menuBar()->addMenu(QString());
    QMenu *backup = m_backupMenu;
    backup->addActions({m_download, m_downloadInternal, m_create, m_delete});
    backup->addSeparator();
    backup->addMenu(m_table->copyMenu());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addActions({m_refresh, m_autoRefresh});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_fleetHealth, m_localCopies});
    m_viewMenu->addSeparator();

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);

    m_toolBar = addToolBar(QString());
    QToolBar *bar = m_toolBar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_refresh, m_download, m_create, m_delete, m_export});
    bar->addSeparator();
    bar->addActions({m_addAccount, m_settings});
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        m_viewMenu->addAction(d->toggleViewAction());
        return d;
    };
    m_treeDock = dock(QStringLiteral("treeDock"), m_tree, Qt::LeftDockWidgetArea);
    resizeDocks({m_treeDock}, {360}, Qt::Horizontal);
    m_downloadsDock = dock(QStringLiteral("downloadsDock"), m_downloads, Qt::BottomDockWidgetArea);
    m_logDock = dock(QStringLiteral("logDock"), m_log, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_downloadsDock, m_logDock);
    m_downloadsDock->raise();
    resizeDocks({m_downloadsDock}, {190}, Qt::Vertical);
}

QSize MainWindow::firstSize(const QSize &available)
{
    // 1400x860 where there is room; on a smaller screen (1280x720 laptops) most of the available
    // area, leaving room for the window frame and title bar, so the window never starts larger
    // than the screen.
    const QSize preferred(1400, 860);
    if (!available.isValid())
        return preferred;
    return preferred.boundedTo(QSize(available.width() * 96 / 100, available.height() * 92 / 100));
}

void MainWindow::restoreLayout()
{
    Settings *s = m_context->settings();
    if (!restoreGeometry(s->uiState(QStringLiteral("mainwindow/geometry"))))
        resize(firstSize(screen() ? screen()->availableGeometry().size() : QSize()));
    if (!restoreState(s->uiState(QStringLiteral("mainwindow/state"))))
        resizeDocks({m_treeDock}, {std::min(360, width() * 25 / 100)}, Qt::Horizontal);
    if (!m_splitter->restoreState(s->uiState(QStringLiteral("mainwindow/splitter")))) {
        // The table gets most of the room: its default columns must fit without scrolling.
        const int central = std::max(600, width() - std::min(360, width() * 25 / 100));
        m_splitter->setSizes({central * 64 / 100, central * 36 / 100});
    }
    m_table->restoreHeaderState(s->uiState(QStringLiteral("backuptable/header")));
}

void MainWindow::saveLayout()
{
    Settings *s = m_context->settings();
    s->setUiState(QStringLiteral("mainwindow/geometry"), saveGeometry());
    s->setUiState(QStringLiteral("mainwindow/state"), saveState());
    s->setUiState(QStringLiteral("mainwindow/splitter"), m_splitter->saveState());
    s->setUiState(QStringLiteral("backuptable/header"), m_table->saveHeaderState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quitting stops running downloads (they resume at the next start): ask first.
    DownloadManager *downloads = m_controller->downloads();
    if (!m_quitConfirmed && downloads->isBusy()) {
        int pending = 0;
        qint64 remaining = 0;
        for (int row = 0; row < downloads->count(); ++row) {
            const DownloadTask *task = downloads->task(row);
            if (!task->isActive() && task->state() != DownloadState::Queued)
                continue;
            ++pending;
            const DownloadProgress p = task->progress();
            if (p.total > p.received)
                remaining += p.total - p.received;
        }
        event->ignore();
        if (!m_quitQuestion) {
            m_quitQuestion
                = ConfirmDialog::ask(this, Confirmation::quitWithDownloads(pending, remaining), [this] {
                      m_quitConfirmed = true;
                      close();
                  });
        }
        return;
    }
    saveLayout();
    m_controller->downloads()->save();
    QMainWindow::closeEvent(event);
}

void MainWindow::applySettings()
{
    Settings *s = m_context->settings();
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance())) {
        Theme::apply(*app, s->theme());
        // Item views paint their viewports from the palette they had: repaint them now, or a
        // theme switched in Settings leaves white tables until they scroll.
        for (QAbstractScrollArea *area : findChildren<QAbstractScrollArea *>())
            area->viewport()->update();
        // The line icons were drawn for the old palette (dark grey vanishes on dark): redraw
        // them, in this window and in any dialog open.
        for (QWidget *window : QApplication::topLevelWidgets())
            Icons::reload(window);
        m_tabs->setTabIcon(m_tabs->indexOf(m_detail), Icons::named(QStringLiteral("about")));
        m_tabs->setTabIcon(m_tabs->indexOf(m_timeline), Icons::named(QStringLiteral("timeline")));
    }
    m_controller->applyDownloadSettings(s->parallelDownloads(), s->downloadConnections(),
                                        s->bandwidthLimitKiBps());
    m_controller->setAutoRefreshMinutes(s->autoRefreshMinutes());
    const QSignalBlocker block(m_autoRefresh);
    m_autoRefresh->setChecked(s->autoRefreshMinutes() > 0);
}

void MainWindow::onNodeSelected(const QModelIndex &index)
{
    m_errorBanner->clear(); // a new scope: the last one's error no longer applies
    m_detail->clear();
    m_controller->select(index);
    updateScopeColumns();
    updateTimeline();
    updateActions();
}

void MainWindow::updateScopeColumns()
{
    const QModelIndex node = m_controller->selection();
    QSet<int> hidden;
    // One instance: every row has the same one, shown in the tree already.
    if (node.data(InstanceTreeModel::NodeTypeRole).toInt()
        == static_cast<int>(InstanceTreeModel::NodeType::Instance))
        hidden.insert(BackupTableModel::InstanceColumn);
    // Products without backup names (Redis) would show an empty column: hide it once loaded.
    const BackupTableModel *table = m_controller->table();
    bool named = table->rowCount() == 0 || m_controller->loader()->isLoading();
    for (int row = 0; row < table->rowCount() && !named; ++row) // stops at the first name
        named = !table->backupAt(row).name.isEmpty();
    if (!named)
        hidden.insert(BackupTableModel::NameColumn);
    // Without offsite rules (or copies yet) the Local copy column would be empty everywhere.
    if (!table->hasLocalCopies())
        hidden.insert(BackupTableModel::LocalCopyColumn);
    m_table->setAutoHiddenColumns(hidden);
}

void MainWindow::showCurrentBackup()
{
    const Backup *backup = m_table->currentBackup();
    if (!backup) {
        m_detail->clear();
    } else {
        const bool changedRow
            = m_detail->backup().id != backup->id || m_detail->backup().instanceId != backup->instanceId;
        m_detail->setBackup(*backup);
        if (changedRow)
            m_controller->loadDetail(*backup);
    }
    updateActions();
}

void MainWindow::updateTimeline()
{
    const QModelIndex node = m_controller->selection();
    const QString instanceId = node.data(InstanceTreeModel::InstanceIdRole).toString();
    if (!node.isValid()) {
        m_timeline->clear();
        m_timelineStale = false;
        return;
    }
    // Built when its tab is shown: charting a 100,000-row selection costs the GUI thread tens of
    // milliseconds (bench/guistallbench), wasted while the Details tab is in front.
    if (m_tabs->currentWidget() != m_timeline) {
        m_timelineStale = true;
        return;
    }
    m_timelineStale = false;
    m_timeline->setBackups(m_controller->table()->backups(), instanceId, node.data().toString());
}

void MainWindow::updateActions()
{
    const Backup *backup = m_table->currentBackup();
    const auto caps = backup ? m_controller->capabilities(backup->product) : std::nullopt;
    auto apply = [](QAction *action, const ActionState &state, const QString &tip) {
        action->setEnabled(state.enabled);
        action->setToolTip(state.enabled ? tip : state.reason);
        action->setStatusTip(action->toolTip());
    };
    const ActionState download = BackupActions::download(caps, backup);
    apply(m_download, download, tr("Download the selected backup (Ctrl+D)"));
    apply(m_downloadInternal, download, tr("Download over the cloud's internal network (same region only)"));
    apply(m_delete, BackupActions::remove(caps, backup), tr("Delete the selected backup (Del)"));

    const QModelIndex node = m_controller->selection();
    const bool instance = node.isValid()
        && node.data(InstanceTreeModel::NodeTypeRole).toInt()
            == static_cast<int>(InstanceTreeModel::NodeType::Instance);
    const QString product = node.data(InstanceTreeModel::ProductRole).toString();
    apply(m_create, BackupActions::create(m_controller->capabilities(product), instance),
          tr("Start a backup of the selected instance (Ctrl+N)"));
    m_export->setEnabled(m_controller->table()->rowCount() > 0);
    const Account account = m_controller->selectionAccount();
    m_editAccount->setEnabled(account.isValid() && !account.builtInSandbox);
    m_editAccount->setToolTip(account.builtInSandbox ? tr("The sandbox accounts are built in") : QString());
}

void MainWindow::showError(const QString &message)
{
    m_errorBanner->showError(message);
}

bool MainWindow::downloadSelected(bool internal, QString *error)
{
    const Backup *backup = m_table->currentBackup();
    if (!backup) {
        if (error)
            *error = tr("Select a backup to download.");
        return false;
    }
    Settings *settings = m_context->settings();
    if (!settings->hasDownloadFolder()) {
        // The first download asks where downloads go, once; Settings can change it later.
        const QString chosen
            = QFileDialog::getExistingDirectory(this, tr("Save downloads in"), settings->downloadFolder());
        if (chosen.isEmpty()) {
            if (error)
                *error = tr("No download folder was chosen; nothing was downloaded.");
            return false;
        }
        settings->setDownloadFolder(chosen);
    }
    const QString folder = settings->downloadFolder();
    const Backup target = *backup;
    const DownloadNetwork network = internal ? DownloadNetwork::Internal : DownloadNetwork::External;
    // Downloaded (or downloading) before: ask, the new copy gets a numbered name.
    const DownloadManager *downloads = m_controller->downloads();
    for (int row = 0; row < downloads->count(); ++row) {
        const DownloadTask *task = downloads->task(row);
        const DownloadIdentity &id = task->identity();
        if (task->state() == DownloadState::Cancelled || id.backupId != target.id
            || id.instanceId != target.instanceId || id.product != target.product)
            continue;
        const QString name = QFileInfo(task->targetPath()).fileName();
        ConfirmDialog::ask(
            this, Confirmation::downloadAgain(name.isEmpty() ? id.fileName : name, task->targetPath()),
            [this, target, network, folder] {
                QString why;
                if (m_controller->startDownload(target, network, folder, &why).isEmpty())
                    showError(why);
            });
        return true;
    }
    return !m_controller->startDownload(target, network, folder, error).isEmpty();
}

HealthOverviewDialog *MainWindow::showFleetHealth()
{
    if (!m_healthDialog) {
        m_healthDialog = new HealthOverviewDialog(m_health, this);
        connect(m_healthDialog, &HealthOverviewDialog::instanceActivated, this,
                [this](const QString &accountId, const QString &product, const QString &,
                       const QString &instanceId) {
                    const QModelIndex index
                        = m_controller->tree()->instanceIndex(accountId, product, instanceId);
                    if (!index.isValid())
                        return statusBar()->showMessage(
                            tr("%1 is not in the account tree yet: refresh the tree and try again.")
                                .arg(instanceId),
                            8000);
                    m_tree->setCurrentSourceIndex(index);
                    activateWindow();
                });
        connect(m_healthDialog, &HealthOverviewDialog::thresholdsRequested, this,
                [this] { showSettings(true); });
        // Judged again as often as the table refreshes itself, else every 15 minutes.
        const int minutes = m_context->settings()->autoRefreshMinutes();
        m_health->setRefreshMinutes(minutes > 0 ? minutes : 15);
        m_health->refresh();
    }
    m_healthDialog->show();
    m_healthDialog->raise();
    m_healthDialog->activateWindow();
    return m_healthDialog;
}

LocalCopiesDialog *MainWindow::showLocalCopies()
{
    if (!m_copiesDialog) {
        m_copies = new LocalCopiesController(m_context, this);
        connect(m_copies, &LocalCopiesController::message, this,
                [this](const QString &line) { statusBar()->showMessage(line, 8000); });
        // A run (or the rules edited) changes which backups have verified copies: the table's
        // Local copy column reads the catalogues again.
        connect(m_copies, &LocalCopiesController::reloaded, m_controller,
                &BrowserController::reloadLocalCopies);
        m_copiesDialog = new LocalCopiesDialog(m_copies, this);
        m_copies->reload();
    }
    m_copiesDialog->show();
    m_copiesDialog->raise();
    m_copiesDialog->activateWindow();
    return m_copiesDialog;
}

bool MainWindow::selectFirstInstance()
{
    const QModelIndex first = m_controller->tree()->firstInstance();
    if (!first.isValid())
        return false;
    m_tree->setCurrentSourceIndex(first);
    return true;
}

bool MainWindow::selectBackup(const Backup &backup)
{
    const int source = m_controller->table()->rowOf(backup.product, backup.instanceId, backup.id);
    if (source < 0)
        return false;
    const QModelIndex index = m_controller->proxy()->mapFromSource(m_controller->table()->index(source, 0));
    if (!index.isValid())
        return false; // filtered out: the "N of M shown" line says so
    QTableView *view = m_table->view();
    view->selectRow(index.row());
    view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void MainWindow::selectFirstBackup(bool preferFull)
{
    const BackupFilterProxy *proxy = m_controller->proxy();
    int row = proxy->rowCount() > 0 ? 0 : -1;
    for (int r = 0; preferFull && r < proxy->rowCount(); ++r) {
        const Backup &b = proxy->backupAt(r);
        if (b.kind == BackupKind::Full && b.status == BackupStatus::Succeeded) {
            row = r;
            break;
        }
    }
    if (row >= 0)
        m_table->view()->selectRow(row);
}

CsvExportJob *MainWindow::exportTo(const QString &path, bool bom, QString *error)
{
    // What the view shows, plus what identifies a row outside the window: the columns hidden
    // for the scope (Instance), the product and the region.
    QList<int> columns = m_table->visibleColumns();
    for (int column : {int(BackupTableModel::InstanceColumn), int(BackupTableModel::ProductColumn),
                       int(BackupTableModel::RegionColumn)}) {
        if (!columns.contains(column))
            columns.append(column);
    }
    CsvExportJob *job = m_controller->exportCsv(path, columns, bom, error);
    if (!job)
        return nullptr;
    // Progress and a way out in the status bar while the rows go out between events.
    auto *progress = new QProgressBar(statusBar());
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setMaximumWidth(180);
    progress->setRange(0, std::max(1, job->totalRows()));
    progress->setValue(0);
    auto *cancel = new QToolButton(statusBar());
    cancel->setObjectName(QStringLiteral("exportCancel"));
    cancel->setText(tr("Cancel export"));
    statusBar()->addPermanentWidget(progress);
    statusBar()->addPermanentWidget(cancel);
    statusBar()->showMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    connect(cancel, &QToolButton::clicked, job, &CsvExportJob::cancel);
    connect(job, &CsvExportJob::progress, progress, [progress](int written) { progress->setValue(written); });
    connect(job, &CsvExportJob::finished, this, [this, job, progress, cancel](bool ok) {
        progress->deleteLater();
        cancel->deleteLater();
        const QString where = QDir::toNativeSeparators(job->path());
        if (ok)
            statusBar()->showMessage(tr("Exported %n row(s) to %1", nullptr, job->rowsWritten()).arg(where),
                                     8000);
        else if (job->wasCancelled())
            statusBar()->showMessage(job->errorString(), 8000);
        else
            showError(job->errorString());
    });
    return job;
}

QString MainWindow::defaultExportName(const QDate &date) const
{
    // "backups-<what the tree selects>-<date>.csv", so a folder of exports sorts and reads well.
    QString scope = m_controller->selection().data(Qt::DisplayRole).toString().section(u' ', 0, 0);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    scope = scope.replace(unsafe, QStringLiteral("-")).left(64);
    QStringList parts {QStringLiteral("backups")};
    if (!scope.isEmpty() && scope != QLatin1String("-"))
        parts.append(scope);
    parts.append(date.toString(Qt::ISODate));
    return parts.join(u'-') + QStringLiteral(".csv");
}

void MainWindow::exportCsv()
{
    const QString excel = tr("CSV for Excel, UTF-8 with BOM (*.csv)");
    QString filter;
    // Our own question for an existing file (names it and its size, Cancel by default).
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), QDir::home().filePath(defaultExportName(QDate::currentDate())),
        tr("CSV (*.csv)") + QStringLiteral(";;") + excel, &filter, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    exportAsking(path, filter == excel);
}

void MainWindow::exportAsking(const QString &path, bool bom)
{
    auto start = [this, path, bom] {
        QString error;
        if (!exportTo(path, bom, &error))
            showError(error);
    };
    const QFileInfo existing(path);
    if (!existing.exists()) {
        start();
        return;
    }
    ConfirmDialog::ask(this, Confirmation::overwriteFile(path, existing.isFile() ? existing.size() : -1),
                       start);
}

void MainWindow::createBackup()
{
    const QModelIndex node = m_controller->selection();
    const Instance instance = m_controller->tree()->instanceAt(node);
    const auto caps = m_controller->capabilities(instance.product);
    if (instance.id.isEmpty() || !caps)
        return;
    auto *dialog = new CreateBackupDialog(instance, *caps, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, product = instance.product] {
        QString error;
        if (!m_controller->createBackup(product, dialog->request(), &error))
            showError(error);
    });
    dialog->open();
}

void MainWindow::deleteBackup()
{
    const Backup *current = m_table->currentBackup();
    if (!current)
        return;
    // Any delete the actions model allows (whatever the product) goes through the same question.
    if (!BackupActions::remove(m_controller->capabilities(current->product), current).enabled)
        return;
    const Backup backup = *current; // the row may change or go while the question is open
    const Confirmation question = Confirmation::deleteBackup(
        backup, BrowserController::productName(backup.product), QDateTime::currentDateTimeUtc());
    ConfirmDialog::ask(this, question, [this, backup] {
        QString error;
        if (!m_controller->deleteBackup(backup, &error))
            showError(error);
    });
}

void MainWindow::addAccount()
{
    auto *dialog = new AccountDialog(m_context, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::editAccount()
{
    const Account account = m_controller->selectionAccount();
    if (!account.isValid() || account.builtInSandbox)
        return;
    auto *dialog = new AccountDialog(m_context, account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings(bool healthPage)
{
    auto *dialog = new SettingsDialog(m_context->settings(), this);
    if (healthPage)
        dialog->showHealthPage();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, before = m_context->settings()->language()] {
        applySettings();
        // Only a changed setting switches: --language may have overridden it at start.
        const QString language = m_context->settings()->language();
        if (language != before)
            LanguageManager::install(*QCoreApplication::instance(), language);
    });
    dialog->open();
}

} // namespace bb
