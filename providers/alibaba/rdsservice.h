#pragma once

#include "providers/alibaba/alibabaapi.h"
#include "providers/core/backupservice.h"

namespace bb {

// ApsaraDB RDS (2014-08-15, RPC) backups: instances per region (NextToken paging), every page of
// DescribeBackups with every filter (first page, then the rest at once within 200 calls/s), backup
// detail and fresh download links by re-listing the one backup (links carry Expires=), and
// CreateBackup tracked through DescribeBackupTasks with progress until the new backup is listed.
class AlibabaRdsService final : public BackupService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlibabaRdsService)

public:
    static constexpr const char *productKey = "alibaba-rds";
    // DescribeBackups: 200 calls/s per region, API and account (the RDS rate-limit page states it for
    // this action only). The other actions have no published limit: reads 20/s and writes 5/s keep
    // well under any plausible quota (docs/providers.md, unconfirmed), and throttling answers are
    // retried after the x-ratelimit-* TimeLeft the gateway sends.
    static constexpr double ratePerSecond = 200;
    static constexpr double readRatePerSecond = 20;
    static constexpr double writeRatePerSecond = 5;
    static constexpr int defaultPageSize = 100;

    explicit AlibabaRdsService(const ServiceConfig &config, QObject *parent = nullptr);
    ~AlibabaRdsService() override;

    QString product() const override;
    // The product as the UI and CLI see it (the registry lists it without building a service).
    static ProductDescription describe();
    ProductDescription description() const override { return describe(); }
    QStringList knownRegions() const override;
    ServiceReply *listInstances(const QString &region) override;
    ServiceReply *listBackups(const QString &region, const QString &instanceId,
                              const BackupQuery &query) override;
    BackupQuery serverFilters(const BackupQuery &query) const override;
    // Re-lists the one backup by BackupId: the listing already carries files, this refreshes them.
    ServiceReply *backupDetail(const Backup &backup) override;
    // One DescribeBackups call with BackupId and no window, whatever the backup's age.
    ServiceReply *findBackupById(const QString &region, const QString &instanceId,
                                 const QString &backupId) override;
    ServiceReply *createBackup(const CreateBackupRequest &request) override;
    // The BackupJobId CreateBackup returned, followed through DescribeBackupTasks as a create is.
    ServiceReply *trackBackup(const QString &region, const QString &instanceId,
                              const QString &jobId) override;
    // DeleteBackup (DBInstanceId, BackupId). A record whose notDeletableReason is set fails at
    // once with that reason, before any call.
    ServiceReply *deleteBackup(const Backup &backup) override;
    ServiceReply *backupPolicy(const QString &region, const QString &instanceId) override;
    // Re-lists the backup right before a download: files() holds the whole-backup file (with its
    // CRC-64) when there is one, else the per-database files.
    ServiceReply *resolveDownload(const Backup &backup) override;

    // DescribeBackups page size: only the documented 30, 50 and 100 are accepted (others are ignored).
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }
    // DescribeDBInstances MaxResults (1-100).
    void setInstancePageSize(int maxResults);
    // How often CreateBackup is polled: first pause, growing to at most `maxMs`.
    void setPollInterval(int firstMs, int maxMs);

    // The id of the record a create shows while its job runs ("job-<BackupJobId>"): RDS names the
    // backup only at the end. The record's extra carries BackupJobId and Progress (percent).
    static QString placeholderId(const QString &jobId);
    // The DescribeBackups window format, yyyy-MM-ddTHH:mmZ in UTC. Seconds cannot be sent, so a
    // window start rounds down and an end rounds up to the minute (nothing in range is lost).
    static QString windowStart(const QDateTime &time);
    static QString windowEnd(const QDateTime &time);
    // The DescribeBackups parameters for one page (pure; tests check the filters and format).
    static QueryParams backupParams(const QString &instanceId, const BackupQuery &query, int pageSize,
                                    int pageNumber, const QDateTime &nowUtc);
    // Adds plain-words hints for the RDS-specific codes (CreateBackup's preconditions, ...).
    static void explain(ProviderError &error);

private:
    struct CreateState;
    // Shows the job's placeholder record and starts polling the job.
    void follow(ServiceReply *reply, const std::shared_ptr<CreateState> &state);
    void fetchOne(ServiceReply *reply, const Backup &backup, bool forDownload);
    void pollJob(ServiceReply *reply, const std::shared_ptr<CreateState> &state);
    void findCreated(ServiceReply *reply, const std::shared_ptr<CreateState> &state);
    void scheduleCreatePoll(ServiceReply *reply, const std::shared_ptr<CreateState> &state,
                            void (AlibabaRdsService::*step)(ServiceReply *,
                                                            const std::shared_ptr<CreateState> &));

    AlibabaApi m_api;
    int m_pageSize = defaultPageSize;
    int m_instancePageSize = 100;
    int m_pollFirstMs = 1000;
    int m_pollMaxMs = 8000;
};

} // namespace bb
