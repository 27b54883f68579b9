#pragma once

#include "providers/tencent/tencentservice.h"

namespace bb {

class BackoffPoller;

// Tencent Cloud Redis (2018-04-12) backups: instances (row-offset paging), backups in any window
// (split into 30-day calls, the API's maximum; row offsets; pages fetched concurrently within the
// 50/s limit; rows handed over at once, their sizes from DescribeBackupDetail as updates after, see
// RedisDetailQueue),
// detail (size, shards, replicas), one download URL per shard (valid 6 hours), and create-and-track
// through ManualBackupInstance and DescribeTaskInfo.
class TencentRedisService final : public TencentService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TencentRedisService)

public:
    static constexpr const char *productKey = "tencent-redis";
    static constexpr int backupPageSize = 100; // DescribeInstanceBackups maximum
    static constexpr int instancePageSize = 1000; // DescribeInstances maximum
    static constexpr qint64 windowSeconds = 30 * 24 * 3600; // DescribeInstanceBackups maximum

    explicit TencentRedisService(const ServiceConfig &config, QObject *parent = nullptr);
    ~TencentRedisService() override;

    // The product as the UI and CLI see it (the registry lists it without building a service).
    static ProductDescription describe();
    ProductDescription description() const override { return describe(); }
    QStringList knownRegions() const override;
    ServiceReply *listInstances(const QString &region) override;
    ServiceReply *listBackups(const QString &region, const QString &instanceId,
                              const BackupQuery &query) override;
    ServiceReply *backupDetail(const Backup &backup) override;
    // Straight through DescribeBackupDetail (no window), then DescribeBackupUrl: two calls.
    ServiceReply *findBackupById(const QString &region, const QString &instanceId,
                                 const QString &backupId) override;
    ServiceReply *createBackup(const CreateBackupRequest &request) override;
    // The TaskId ManualBackupInstance returned, followed through DescribeTaskInfo as a create is.
    ServiceReply *trackBackup(const QString &region, const QString &instanceId,
                              const QString &jobId) override;
    ServiceReply *resolveDownload(const Backup &backup) override;
    ServiceReply *backupPolicy(const QString &region, const QString &instanceId) override;

    // The numeric Status.N values for a status filter given raw ("2", "1,2") or by name.
    static QList<int> statusFilter(const QString &statusRaw);

private:
    ApiCall *describeDetail(const Backup &backup) const;
    // The record a create shows until the task names its backup.
    Backup pendingTask(const CreateBackupRequest &request, qint64 taskId) const;
    void pollTask(ServiceReply *reply, BackoffPoller *poller, const CreateBackupRequest &request,
                  qint64 taskId, const QDateTime &sentAt);
    void addShardFiles(ServiceReply *reply, const Backup &detailed);
    void finishWithDetail(ServiceReply *reply, const Backup &created);
    void findCreated(ServiceReply *reply, BackoffPoller *poller, const CreateBackupRequest &request,
                     const QDateTime &startedAfter, int attemptsLeft);
};

} // namespace bb
