#pragma once

#include "providers/core/productdescription.h"
#include "providers/core/servicereply.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <optional>

namespace bb {

// Filters for listing backups. An invalid since/until means the product's default window
// (the last 7 days); services split the window and page as the API requires.
// The neutral filters (status, kind, trigger) are mapped to the API's own parameters by each
// service where the API has one (RDS BackupStatus/BackupType/BackupMode, StarRocks Statuses) and
// left to the caller otherwise: a service may return rows a neutral filter excludes, never drop
// rows it includes, so callers filter again on the records. The *Raw fields are sent as given.
struct BackupQuery
{
    QDateTime since;
    QDateTime until;
    QString statusRaw; // provider status filter, when the API has one
    QString backupId;
    QString modeRaw; // provider backup-mode filter (RDS BackupMode: Automated/Manual), when the API has one
    QString typeRaw; // provider backup-type filter (RDS BackupType: FullBackup/IncrementalBackup)
    std::optional<BackupStatus> status;
    std::optional<BackupKind> kind;
    std::optional<BackupTrigger> trigger;
    QString resourceGroupId; // RDS ResourceGroupId

    // Whether a record passes the neutral filters (what callers apply after any listing).
    bool matches(const Backup &backup) const
    {
        return (!status || backup.status == *status) && (!kind || backup.kind == *kind)
            && (!trigger || backup.trigger == *trigger);
    }
};

struct CreateBackupRequest
{
    QString region;
    QString instanceId;
    QStringList databases; // empty: the whole instance
    QString name; // backup name / remark / description
    QString method; // RDS: Physical/Logical/Snapshot (empty: the product default)
    QString type; // RDS SQL Server BackupType: Auto/FullBackup (empty: the product default)
    int storageDays = 0; // Redis: 0 means the product default
    // Tencent SQL Server StorageStrategy: false (0) follows the retention policy, true (1) keeps
    // the backup until the instance is eliminated.
    bool keepUntilInstanceRemoved = false;
};

enum class DownloadNetwork { External, Internal };

// One product on one account. Implementations sign, send, page and parse; every call returns
// a ServiceReply the caller owns.
class BackupService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupService)

public:
    using QObject::QObject;
    ~BackupService() override = default;

    virtual QString product() const = 0;
    // The product this service serves (each service's static describe()).
    virtual ProductDescription description() const = 0;
    Capabilities capabilities() const { return description().capabilities; }

    // The regions this product is offered in (for the account dialog and region pickers).
    virtual QStringList knownRegions() const = 0;
    // The regions this account may use, asked of the cloud where the product has a call for it
    // (Tencent SQL Server DescribeRegions); by default knownRegions(). regions() has them.
    virtual ServiceReply *listRegions();
    virtual ServiceReply *listInstances(const QString &region) = 0;
    // The instance's automatic backup schedule (policy() when finished), where the product's API
    // publishes one; fails with Kind::Unsupported otherwise (the default).
    virtual ServiceReply *backupPolicy(const QString &region, const QString &instanceId);
    virtual ServiceReply *listBackups(const QString &region, const QString &instanceId,
                                      const BackupQuery &query)
        = 0;
    // The neutral filters of `query` (status, kind, trigger) that listBackups() has the API apply
    // on the server, the others cleared: a listing with the result returns exactly the rows
    // matching it, so what was listed under it covers that filter and every narrower one. None
    // by default (the caller filters the records).
    virtual BackupQuery serverFilters(const BackupQuery &query) const;
    // Fills what only a detail call returns (files, shard info); emits backupChanged().
    virtual ServiceReply *backupDetail(const Backup &backup);
    // One backup by its id, whatever its age while the provider still holds it, detail included
    // (backup() has it when finished). Products whose API can look a backup up directly override
    // this with a handful of calls; the default searches the last `defaultLookbackDays` days with
    // findInWindow(). An id that is not there fails with code "BackupNotFound".
    // The region is a parameter because every product's calls name one (X-TC-Region, RegionId).
    virtual ServiceReply *findBackupById(const QString &region, const QString &instanceId,
                                         const QString &backupId);
    static constexpr int defaultLookbackDays = 90;
    // One backup by id within a window: listBackups() with the id as filter, then backupDetail()
    // (a product without one keeps the listed record).
    ServiceReply *findInWindow(const QString &region, const QString &instanceId, const QString &backupId,
                               const QDateTime &since, const QDateTime &until);
    // Starts a backup and tracks it to the end: backupChanged() on every state, progressChanged()
    // with percent where the API has one, finished() with backup() holding the final record.
    virtual ServiceReply *createBackup(const CreateBackupRequest &request);
    // Follows a backup job started earlier (the id in the record createBackup() gave before it
    // finished, e.g. Tencent SQL Server's FlowId) to its end, as createBackup() does: the same
    // signals, finished() with the final record. Unsupported by default.
    virtual ServiceReply *trackBackup(const QString &region, const QString &instanceId, const QString &jobId);
    // Fetches fresh URLs right before a download (they expire in minutes); files() has them.
    virtual ServiceReply *resolveDownload(const Backup &backup);
    // The provider fields (Backup::extra keys) resolveDownload() reads to find a backup again from
    // a record that has only its ids, start/end and kind (a download restored after a restart, a
    // re-run CLI). Download identities keep exactly these and write them to disk, so never name a
    // field that can hold a URL. Empty by default: the ids are enough.
    virtual QStringList locatorFields() const;
    virtual ServiceReply *updateDescription(const Backup &backup, const QString &description);
    virtual ServiceReply *deleteBackup(const Backup &backup);

protected:
    ServiceReply *unsupported(const QString &action) const;
    // findBackupById()'s second step, for overrides too: `listed` (a reply whose backups() were
    // filtered by id) becomes `reply`'s backup, completed by backupDetail() where the product has
    // one; no such row fails `reply` with BackupNotFound and `requestId` (the listing's).
    void completeFind(ServiceReply *reply, const QList<Backup> &listed, const QString &instanceId,
                      const QString &backupId, const QString &requestId = QString());
    // The error findBackupById() answers for an id that is not there.
    ProviderError notFound(const QString &action, const QString &instanceId, const QString &backupId,
                           const QString &requestId) const;
};

} // namespace bb
