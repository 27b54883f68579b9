#include "ui/mainwindow.h"

#include "app/core/appcontext.h"
#include "app/core/settings.h"
#include "models/backupactions.h"
#include "models/backupfilterproxy.h"
#include "models/backuploader.h"
#include "models/backuptablemodel.h"
#include "models/csvexportjob.h"
#include "models/instancetreemodel.h"
#include "transfers/downloadmanager.h"
#include "translations/languagemanager.h"
#include "ui/aboutdialog.h"
#include "ui/accountdialog.h"
#include "ui/backupdetailpane.h"
#include "ui/backuptablepane.h"
#include "ui/browsercontroller.h"
#include "ui/createbackupdialog.h"
#include "ui/downloadspanel.h"
#include "ui/icons.h"
#include "ui/instancetreepane.h"
#include "ui/logview.h"
#include "ui/settingsdialog.h"
#include "ui/theme.h"
#include "ui/timelinechart.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

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
    , m_errorLabel(new QLabel(this))
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
    setCentralWidget(m_splitter);

    createActions();
    createMenus();
    createDocks();

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #d64541"));
    statusBar()->addPermanentWidget(m_errorLabel);

    connect(m_tree, &InstanceTreePane::nodeSelected, this, &MainWindow::onNodeSelected);
    connect(m_table, &BackupTablePane::currentBackupChanged, this, &MainWindow::showCurrentBackup);
    connect(m_table, &BackupTablePane::activated, m_download, &QAction::trigger);
    connect(m_controller, &BrowserController::capabilitiesChanged, this, &MainWindow::updateActions);
    connect(m_controller, &BrowserController::selectionLoaded, this, &MainWindow::updateTimeline);
    // The date filter decides what is listed, and the table says which window it holds.
    connect(m_table, &BackupTablePane::listingWindowChosen, m_controller,
            &BrowserController::setListingWindow);
    connect(m_controller, &BrowserController::listingWindowChanged, this, [this] {
        m_table->setListingWindow(m_controller->listingWindowText(), m_controller->loader()->piecesDone(),
                                  m_controller->loader()->piecesTotal());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_timelineStale && m_tabs->currentWidget() == m_timeline)
            updateTimeline();
    });
    connect(m_controller, &BrowserController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_controller, &BrowserController::errorOccurred, this, &MainWindow::showError);

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
    connect(m_controller->downloads(), &DownloadManager::downloadFailed, this,
            [this](const QString &, const QString &message) { showError(message); });

    retranslate();
    applySettings();
    restoreLayout();
    m_controller->reloadAccounts();
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

    // Tooltips that depend on the selection.
    updateActions();
}

void MainWindow::createActions()
{
    // Texts come from retranslate().
    auto make = [this](const QString &icon, const QKeySequence &key = {}) {
        auto *action = new QAction(Icons::named(icon), QString(), this);
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
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);
    m_about = make(QStringLiteral("about"));
    connect(m_about, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
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

void MainWindow::restoreLayout()
{
    Settings *s = m_context->settings();
    if (!restoreGeometry(s->uiState(QStringLiteral("mainwindow/geometry"))))
        resize(1400, 860);
    restoreState(s->uiState(QStringLiteral("mainwindow/state")));
    if (!m_splitter->restoreState(s->uiState(QStringLiteral("mainwindow/splitter"))))
        m_splitter->setSizes({880, 520});
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
    saveLayout();
    m_controller->downloads()->save();
    QMainWindow::closeEvent(event);
}

void MainWindow::applySettings()
{
    Settings *s = m_context->settings();
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        Theme::apply(*app, s->theme());
    m_controller->applyDownloadSettings(s->parallelDownloads(), s->bandwidthLimitKiBps());
    m_controller->setAutoRefreshMinutes(s->autoRefreshMinutes());
    const QSignalBlocker block(m_autoRefresh);
    m_autoRefresh->setChecked(s->autoRefreshMinutes() > 0);
}

void MainWindow::onNodeSelected(const QModelIndex &index)
{
    m_errorLabel->clear();
    m_detail->clear();
    m_controller->select(index);
    updateTimeline();
    updateActions();
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
    m_export->setEnabled(m_controller->proxy()->rowCount() > 0 || m_controller->table()->rowCount() > 0);
    const Account account = m_controller->selectionAccount();
    m_editAccount->setEnabled(account.isValid() && !account.builtInSandbox);
    m_editAccount->setToolTip(account.builtInSandbox ? tr("The sandbox accounts are built in") : QString());
}

void MainWindow::showError(const QString &message)
{
    if (message.isEmpty())
        return;
    m_errorLabel->setText(fontMetrics().elidedText(message, Qt::ElideRight, 600));
    m_errorLabel->setToolTip(message);
}

bool MainWindow::downloadSelected(bool internal, QString *error)
{
    const Backup *backup = m_table->currentBackup();
    if (!backup) {
        if (error)
            *error = tr("Select a backup to download.");
        return false;
    }
    const QString folder = m_context->settings()->downloadFolder();
    const QStringList ids = m_controller->startDownload(
        *backup, internal ? DownloadNetwork::Internal : DownloadNetwork::External, folder, error);
    return !ids.isEmpty();
}

bool MainWindow::selectFirstInstance()
{
    InstanceTreeModel *tree = m_controller->tree();
    QList<QModelIndex> pending {QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int r = 0; r < tree->rowCount(parent); ++r) {
            const QModelIndex child = tree->index(r, 0, parent);
            if (child.data(InstanceTreeModel::NodeTypeRole).toInt()
                == static_cast<int>(InstanceTreeModel::NodeType::Instance)) {
                m_tree->setCurrentSourceIndex(child);
                return true;
            }
            pending.append(child);
        }
    }
    return false;
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
    CsvExportJob *job = m_controller->exportCsv(path, m_table->visibleColumns(), bom, error);
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

void MainWindow::exportCsv()
{
    const QString excel = tr("CSV for Excel, UTF-8 with BOM (*.csv)");
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), QDir::home().filePath(QStringLiteral("backups.csv")),
        tr("CSV (*.csv)") + QStringLiteral(";;") + excel, &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, filter == excel, &error))
        showError(error);
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
    const Backup *backup = m_table->currentBackup();
    if (!backup)
        return;
    QString error;
    if (!m_controller->deleteBackup(*backup, &error))
        showError(error);
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

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_context->settings(), this);
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
