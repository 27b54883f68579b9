#pragma once

#include "offsite/copycatalogue.h"
#include "offsite/offsiterule.h"
#include "offsite/syncplanner.h"
#include "providers/core/providererror.h"
#include "transfers/downloadtypes.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <memory>

namespace bb {

class AppContext;
class BackupService;
class BandwidthLimiter;
class DownloadTask;
class ServiceReply;
class UrlResolver;

struct SyncOptions
{
    bool dryRun = false; // plan and report, change nothing (the catalogue may still be rebuilt)
    bool verify = false; // re-read every local copy and compare with the catalogue first
    QDateTime nowUtc; // invalid: the clock
};

// One file or backup that could not be copied, and why.
struct SyncFailure
{
    QString instanceId;
    QString backupId;
    QString file; // empty when the whole backup failed (detail, plan)
    QString message; // translated; names the call, the provider's code and RequestId when it has them
    DownloadError downloadError = DownloadError::None;
    ProviderError providerError;
};

// What one rule's run did.
struct SyncReport
{
    QString rule;
    QString destination;
    SyncPlan plan;
    bool planned = false;
    int rebuilt = -1; // copies read back from sidecars when the catalogue was missing; -1: it was there
    QStringList partials; // .part files found while rebuilding (they resume)
    int verified = 0; // copies read back and matching
    QStringList corrupt; // copies whose bytes differ from the catalogue
    QStringList fetched; // relative paths copied in this run
    qint64 fetchedBytes = 0;
    QList<SyncFailure> failures;
    QStringList pruned; // relative paths removed
    QStringList prunesHeld; // instances whose prunes waited because a fetch failed
    int apiCalls = 0;
    qint64 elapsedMs = 0;
    // The run could not start or plan: lock held, catalogue unusable, listing failed.
    QString error;
    bool locked = false;
    bool localError = false; // the catalogue, the lock file or a copy could not be written
    ProviderError listingError;
    bool interrupted = false;

    bool complete() const { return error.isEmpty() && failures.isEmpty() && !interrupted; }
};

// Runs one offsite rule against one product's service (the window's "Run now" and the CLI's
// `sync`): takes the destination's lock, opens (or rebuilds) the catalogue, optionally verifies
// the copies, lists the rule's instances and backups, plans with SyncPlanner, fetches through
// DownloadPlan and DownloadTask (resumable .part, size and CRC checked, at most the rule's
// connections at once, its bandwidth limit), records each copy with its CRC-64 in the catalogue
// and a sidecar, and prunes the local copies that fell out (never anything in the cloud; an
// instance whose fetch failed keeps its old copies for this run).
class SyncRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRun)

public:
    SyncRun(AppContext *app, BackupService *service, QStringList regions, QString accountId, OffsiteRule rule,
            SyncOptions options, QObject *parent = nullptr);
    ~SyncRun() override;

    static QString lockPath(const QString &root);
    // The rules file beside the settings (offsite.json in the app's config folder): what `sync`
    // without --rules reads, and what the window will edit.
    static QString defaultRulesFile();
    // The most instances listed at once, and backups per instance a run takes from a listing.
    static constexpr int listingsInFlight = 4;
    static constexpr int maxBackupsPerInstance = 100000;

    void start();
    // Stops: listings abort, running downloads pause and keep their .part; finished() follows.
    void abort();
    const SyncReport &report() const { return m_report; }

signals:
    void message(const QString &line); // what it is doing, for people
    void finished();

private:
    struct Fetch;

    void listInstances();
    void listNextInstances();
    void onListingFailed(ServiceReply *reply, const ProviderError &error);
    void verifyNext();
    void planAndRun();
    void startFetches();
    void startFetch(const SyncItem &item);
    void startNextFile(const std::shared_ptr<Fetch> &fetch);
    void onFileDone(const std::shared_ptr<Fetch> &fetch, const QString &path);
    void fetchFailed(const std::shared_ptr<Fetch> &fetch, SyncFailure failure);
    void fetchEnded(const std::shared_ptr<Fetch> &fetch);
    void prune();
    void done();
    // Runs `work` on a thread of its own and `then` back on this object's thread.
    void offThread(std::function<void()> work, std::function<void()> then);

    AppContext *m_app;
    BackupService *m_service;
    QStringList m_regions;
    QString m_accountId;
    OffsiteRule m_rule;
    SyncOptions m_options;
    SyncReport m_report;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<CopyCatalogue> m_catalogue;
    std::unique_ptr<UrlResolver> m_resolver;
    BandwidthLimiter *m_limiter = nullptr;
    QList<QPointer<ServiceReply>> m_replies;
    QList<QPair<QString, QString>> m_instances; // region, id
    int m_regionsPending = 0;
    int m_listingsRunning = 0;
    QList<Backup> m_listed;
    QList<CopyRecord> m_toVerify;
    QList<SyncItem> m_fetchQueue;
    QList<std::shared_ptr<Fetch>> m_running;
    QSet<QString> m_failedInstances;
    QSet<QString> m_claimed; // target paths of the running fetches
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    qint64 m_started = 0;
    QDateTime m_startedAt;
    bool m_finished = false;
    QMetaObject::Connection m_apiCounter;
};

} // namespace bb
