#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDate;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QSystemTrayIcon;
class QTabWidget;
class QToolBar;

namespace bb {

struct Backup;
class AppContext;
class BackupDetailPane;
class BackupTablePane;
class BrowserController;
class ConfirmDialog;
class CsvExportJob;
class DownloadsPanel;
class ErrorBanner;
class FleetHealthController;
class HealthOverviewDialog;
class LocalCopiesController;
class LocalCopiesDialog;
class InstanceTreePane;
class LogView;
class TimelineChart;

// The window a DBA keeps open all day: the account tree (dock), the backup table with the
// detail pane and timeline beside it, and the downloads and log docks. Panes show the
// BrowserController's models; the window wires actions to it and saves its layout.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    BrowserController *controller() const { return m_controller; }
    // Opens (and on first use fills) the fleet overview; returns it.
    HealthOverviewDialog *showFleetHealth();
    LocalCopiesDialog *showLocalCopies();
    InstanceTreePane *treePane() const { return m_tree; }
    BackupTablePane *tablePane() const { return m_table; }
    BackupDetailPane *detailPane() const { return m_detail; }
    TimelineChart *timeline() const { return m_timeline; }
    DownloadsPanel *downloadsPanel() const { return m_downloads; }
    LogView *logView() const { return m_log; }
    ErrorBanner *errorBanner() const { return m_errorBanner; }

    QAction *refreshAction() const { return m_refresh; }
    QAction *downloadAction() const { return m_download; }
    QAction *createAction() const { return m_create; }
    QAction *deleteAction() const { return m_delete; }
    QAction *exportAction() const { return m_export; }
    QAction *settingsAction() const { return m_settings; }
    QAction *addAccountAction() const { return m_addAccount; }
    QAction *editAccountAction() const { return m_editAccount; }

    // Starts writing what the table shows to a CSV file, with progress and a cancel button in
    // the status bar (Ctrl+E asks for the path, then calls this). Null with *error if it cannot.
    CsvExportJob *exportTo(const QString &path, bool bom, QString *error = nullptr);
    // Exports to `path`, asking first when a file is there (Export CSV… calls it after its
    // file dialog).
    void exportAsking(const QString &path, bool bom);
    // The file name Export CSV proposes: the selection's name and the date.
    QString defaultExportName(const QDate &date) const;
    // Starts downloading the selected backup over the given network (true when queued).
    bool downloadSelected(bool internal, QString *error = nullptr);
    // Selects the first loaded instance in the tree (start-up, screenshots, tests).
    bool selectFirstInstance();
    // The size of the first window (no saved geometry) on a screen with this available area.
    static QSize firstSize(const QSize &available);
    // Selects a backup's row and scrolls it into view (false when absent or filtered out).
    bool selectBackup(const Backup &backup);
    // Selects the first row of the table (with preferFull, the first successful full backup).
    void selectFirstBackup(bool preferFull = false);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    // Sets every text the window owns (actions, menus, docks, tabs) in the current language.
    void retranslate();
    void restoreLayout();
    void saveLayout();
    void updateActions();
    void showCurrentBackup();
    void updateTimeline();
    void onNodeSelected(const QModelIndex &index);
    // Hides the columns the selection makes redundant (BackupTablePane::setAutoHiddenColumns).
    void updateScopeColumns();
    void showError(const QString &message);
    void createBackup();
    void deleteBackup();
    void exportCsv();
    void addAccount();
    void editAccount();
    // healthPage: opens on the Fleet health page (from the fleet overview).
    void showSettings(bool healthPage = false);
    void applySettings();

    AppContext *m_context;
    BrowserController *m_controller;
    InstanceTreePane *m_tree;
    BackupTablePane *m_table;
    BackupDetailPane *m_detail;
    TimelineChart *m_timeline;
    QTabWidget *m_tabs;
    bool m_timelineStale = false; // the selection changed while the timeline tab was hidden
    QSplitter *m_splitter;
    DownloadsPanel *m_downloads;
    LogView *m_log;
    ErrorBanner *m_errorBanner;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_backupMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QDockWidget *m_treeDock = nullptr;
    QDockWidget *m_downloadsDock = nullptr;
    QDockWidget *m_logDock = nullptr;

    QAction *m_refresh = nullptr;
    QAction *m_autoRefresh = nullptr;
    QAction *m_download = nullptr;
    QAction *m_downloadInternal = nullptr;
    QAction *m_create = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_export = nullptr;
    QAction *m_addAccount = nullptr;
    QAction *m_editAccount = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_about = nullptr;
    QAction *m_fleetHealth = nullptr;
    FleetHealthController *m_health = nullptr;
    HealthOverviewDialog *m_healthDialog = nullptr; // made on first use
    QAction *m_localCopies = nullptr;
    LocalCopiesController *m_copies = nullptr; // made on first use, with its dialog
    LocalCopiesDialog *m_copiesDialog = nullptr;
    QAction *m_quit = nullptr;
    bool m_quitConfirmed = false; // the user agreed to quit with downloads running
    QPointer<ConfirmDialog> m_quitQuestion; // open while asking, so a second close does not ask twice
};

} // namespace bb
