#pragma once

#include "providers/alibaba/alibabaapi.h"
#include "providers/core/backupservice.h"

namespace bb {

// EMR Serverless StarRocks (2022-10-19, ROA) backups: instances and every page of DescribeBackups
// (time window in Unix seconds, status and task-id filters), description edits (UpdateBackup) and
// deletion (DeleteBackup). The product has no on-demand backup and no download URL; capabilities()
// says so in words the UI shows instead of dead buttons.
class StarRocksService final : public BackupService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StarRocksService)

public:
    static constexpr const char *productKey = "alibaba-starrocks";
    // No published per-API limit (docs/providers.md#throttling): a conservative rate keeps bursts polite.
    static constexpr double ratePerSecond = 20;
    static constexpr int defaultPageSize = 100;

    explicit StarRocksService(const ServiceConfig &config, QObject *parent = nullptr);
    ~StarRocksService() override;

    QString product() const override;
    // The product as the UI and CLI see it (the registry lists it without building a service).
    static ProductDescription describe();
    ProductDescription description() const override { return describe(); }
    QStringList knownRegions() const override;
    ServiceReply *listInstances(const QString &region) override;
    ServiceReply *listBackups(const QString &region, const QString &instanceId,
                              const BackupQuery &query) override;
    BackupQuery serverFilters(const BackupQuery &query) const override;
    ServiceReply *backupDetail(const Backup &backup) override;
    // One DescribeBackups call filtered by BackupTaskId, no window, whatever the backup's age.
    ServiceReply *findBackupById(const QString &region, const QString &instanceId,
                                 const QString &backupId) override;
    ServiceReply *updateDescription(const Backup &backup, const QString &description) override;
    ServiceReply *deleteBackup(const Backup &backup) override;

    // Rows per page for both listings (1-100; the API documents no limit, the sandbox enforces 100).
    void setPageSize(int size) { m_pageSize = qBound(1, size, 100); }
    int pageSize() const { return m_pageSize; }

    // The DescribeBackups query for one page (pure; tests check the units and keys).
    static QueryParams backupParams(const QString &region, const QString &instanceId,
                                    const BackupQuery &query, int pageNumber, int pageSize,
                                    const QDateTime &nowUtc);

private:
    void refresh(ServiceReply *reply, const Backup &backup, const QString &action);

    AlibabaApi m_api;
    int m_pageSize = defaultPageSize;
};

} // namespace bb
