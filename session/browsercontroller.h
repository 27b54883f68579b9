#pragma once

#include "models/csvexportjob.h"
#include "providers/accounts/account.h"
#include "providers/core/backupservice.h"
#include "providers/core/providererror.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace bb {

class AppContext;
class BackupCreationTracker;
class DownloadManager;
struct DownloadIdentity;
class ServiceUrlResolver;
class UrlResolver;
class BackupFilterProxy;
class BackupLoader;
class BackupTableModel;
class InstanceTreeModel;
class LogModel;

// The main window's logic without a single widget: builds the account tree from the
// AppContext, loads the backups of what the tree selects, fetches details, creates and deletes
// backups, exports CSV, and knows each product's capabilities. The panes only show its models
// and call it, so it is tested on its own against the sandbox.
class BrowserController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserController)

public:
    explicit BrowserController(AppContext *context, QObject *parent = nullptr);
    ~BrowserController() override;

    // A product's translated name ("Tencent Cloud SQL Server") for its key; the key when unknown.
    static QString productName(const QString &key);

    AppContext *context() const { return m_context; }
    InstanceTreeModel *tree() const { return m_tree; }
    BackupTableModel *table() const { return m_table; }
    BackupFilterProxy *proxy() const { return m_proxy; }
    LogModel *log() const { return m_log; }
    BackupLoader *loader() const { return m_loader; }
    BackupCreationTracker *tracker() const { return m_tracker; }
    DownloadManager *downloads() const { return m_downloads; }

    // Rebuilds the tree from the context's accounts (regions of accounts that name none come
    // from the products' known regions) and emits accountsReady().
    void reloadAccounts();
    // Loads the backups of every loaded instance under a tree index into the table.
    void select(const QModelIndex &treeIndex);
    QModelIndex selection() const { return m_selection; }
    QString selectionAccountId() const { return m_selectionAccount; }
    // Reloads the tree's regions and the current selection.
    void refresh();
    // The time window the table holds (BackupLoader::setWindow): backups that started in
    // [since, until]; an invalid `since` is as far back as each product keeps backups, an invalid
    // `until` is now. Lists only what the loaded instances miss, and applies to later selections.
    void setListingWindow(const QDateTime &since, const QDateTime &until);
    // Says which window the table holds, or is loading with its progress (translated).
    QString listingWindowText() const;
    // The table's status and kind filters (empty: all). A single status or kind goes to the API
    // where the product filters on the server (BackupLoader::setFilter), so a large account does
    // not list every backup to show a few; the filter proxy applies the rest. Lists only what
    // the rows held under this filter or a wider one miss.
    void setRowFilters(const QSet<BackupStatus> &statuses, const QSet<BackupKind> &kinds);

    // Minutes between automatic refreshes; 0 switches it off.
    void setAutoRefreshMinutes(int minutes);
    int autoRefreshMinutes() const;

    // The account of the current selection (invalid when nothing is selected).
    Account selectionAccount() const;
    // The service of a product in the current selection's account, once opened (else null).
    std::shared_ptr<BackupService> service(const QString &product) const;
    // Capabilities of a product in the current selection (nullopt until its service opened).
    std::optional<Capabilities> capabilities(const QString &product) const;
    // The products (keys) of the current selection whose services opened, sorted.
    QStringList selectionProducts() const { return m_services.keys(); }

    // Fills the detail-only fields of a backup; the row updates in place.
    void loadDetail(const Backup &backup);
    // Starts and tracks a backup with the product's service; the row appears and tracks live.
    bool createBackup(const QString &product, const CreateBackupRequest &request, QString *error = nullptr);
    // Deletes a backup where the product allows it; the row goes away on success.
    bool deleteBackup(const Backup &backup, QString *error = nullptr);

    // Queues every file of a backup into `folder` over the given network (falling back to the
    // external URL when the internal one is unreachable). Returns the download ids; none and
    // *error (translated) when the backup cannot be downloaded.
    QStringList startDownload(const Backup &backup, DownloadNetwork network, const QString &folder,
                              QString *error = nullptr);
    // Applies the settings' parallel-download and bandwidth limits.
    void applyDownloadSettings(int parallel, int connectionsPerDownload, qint64 bandwidthKiBps);

    // Starts writing what the view shows (the proxy's rows in their order, `columns` in this
    // order) as CSV, a slice per event-loop turn so the window stays live: the returned job
    // reports progress() and finished() and can be cancel()ed; the file appears only when complete.
    // The controller owns the job (deleted after finished). Null with a translated *error when it
    // cannot start, or while another export runs.
    CsvExportJob *exportCsv(const QString &path, const QList<int> &columns, bool bom,
                            QString *error = nullptr);
    // The export that is running, if any.
    CsvExportJob *runningExport() const { return m_export; }

    // The offsite rules whose catalogues fill the table's Local copy column. Default: offsite.json
    // beside the settings (SyncRun::defaultRulesFile(), what `sync` and the Local copies view read).
    void setLocalCopyRulesFile(const QString &path) { m_localCopyRules = path; }
    // Reads the rules and their catalogues again off the GUI thread; the column updates in one
    // batch when done (localCopiesLoaded()). The window calls it at start and after a sync run.
    void reloadLocalCopies();

signals:
    void accountsReady();
    // The current selection's services opened (capabilities are known).
    void capabilitiesChanged();
    // Every instance of the selection finished loading.
    void selectionLoaded();
    // Something failed that the user should read (ProviderError::toString() or a reason).
    void errorOccurred(const QString &message);
    // A short status-bar message.
    void message(const QString &message);
    // listingWindowText() changed: another window, a piece of it listed, or a new language.
    void listingWindowChanged();
    // An action finished without error (a selection loaded completely, a backup created or
    // deleted): an error shown for an earlier one is out of date.
    void actionSucceeded();
    // reloadLocalCopies() ended: the table holds the catalogues' states.
    void localCopiesLoaded();

protected:
    // Passes QEvent::LanguageChange (which the main window gives its QObject children) on to
    // the models, so their translated headers and cells repaint.
    bool event(QEvent *event) override;

private:
    void loadRegions(const QString &accountId, const QString &product, const QString &region,
                     std::function<void(const QList<Instance> &, const ProviderError &)> done);
    void withService(const QString &product, std::function<void(std::shared_ptr<BackupService>)> then);
    // Opens the service a download names (account and product) when this session has not yet,
    // and calls `opened` later with the error, if any (not at all once `context` is gone).
    void openDownloadService(const DownloadIdentity &identity, QObject *context,
                             std::function<void(const ProviderError &)> opened);
    // Sets the tree's backup count of an instance from the table's rows (after a create or delete).
    void recount(const QString &product, const QString &instanceId);
    // Gives the table the products' names in the current language.
    void applyProductNames();
    // Points the download manager at the context's queue file and restores the saved queue.
    void restoreDownloads();

    AppContext *m_context;
    InstanceTreeModel *m_tree;
    BackupTableModel *m_table;
    BackupFilterProxy *m_proxy;
    LogModel *m_log;
    BackupLoader *m_loader;
    BackupCreationTracker *m_tracker;
    std::unique_ptr<ServiceUrlResolver> m_resolver;
    DownloadManager *m_downloads;
    QPointer<CsvExportJob> m_export;
    QTimer m_autoRefresh;
    QPersistentModelIndex m_selection;
    QString m_selectionAccount;
    quint64 m_selectionGeneration = 0;
    bool m_selectionFailed = false; // an instance of the current selection failed to load
    // The instances under the selection (scopeKey): rows of others never enter the table.
    QSet<QString> m_selectionScope;
    static QString scopeKey(const QString &product, const QString &instanceId)
    {
        return product + QLatin1Char('\n') + instanceId;
    }
    QMap<QString, std::shared_ptr<BackupService>> m_services; // product -> service (selection)
    // Every service opened so far, by "account/product": downloads resolve fresh URLs through
    // them long after the selection moved on.
    QHash<QString, std::shared_ptr<BackupService>> m_allServices;
    QString m_localCopyRules;
};

} // namespace bb
