#pragma once

#include "providers/tencent/tencentservice.h"

#include <memory>

namespace bb {

class BackoffPoller;

// Tencent Cloud SQL Server (2018-03-28) backups: instances, every page of data and log backups in
// any window (split into 30-day calls, pages fetched concurrently within the 60/s limit),
// per-database files of "single" backups, create-and-track through DescribeBackupByFlowId, and
// fresh download URLs right before each download (they expire after 300 s).
class TencentSqlServerService final : public TencentService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TencentSqlServerService)

public:
    static constexpr const char *productKey = "tencent-sqlserver";
    static constexpr int pageSize = 100; // DescribeBackups/DescribeBackupFiles maximum
    // One DescribeBackups window. StartTime/EndTime are required but no maximum is documented; 30
    // days (Redis' documented maximum for the same kind of call) keeps each answer small.
    static constexpr qint64 windowSeconds = 30 * 24 * 3600;

    explicit TencentSqlServerService(const ServiceConfig &config, QObject *parent = nullptr);
    ~TencentSqlServerService() override;

    // The product as the UI and CLI see it (the registry lists it without building a service).
    static ProductDescription describe();
    ProductDescription description() const override { return describe(); }
    QStringList knownRegions() const override;
    ServiceReply *listRegions() override;
    ServiceReply *listInstances(const QString &region) override;
    ServiceReply *listBackups(const QString &region, const QString &instanceId,
                              const BackupQuery &query) override;
    ServiceReply *backupDetail(const Backup &backup) override;
    ServiceReply *createBackup(const CreateBackupRequest &request) override;
    // jobId: the FlowId CreateBackup returned (the record's extra "FlowId").
    ServiceReply *trackBackup(const QString &region, const QString &instanceId,
                              const QString &jobId) override;
    ServiceReply *resolveDownload(const Backup &backup) override;
    // By id whatever its age, in at most 2 calls (plus one per further 100 files): a numbered
    // backup through DescribeBackups' BackupId filter over one wide window (data, then log); a
    // "single" one ("group-<GroupId>") through DescribeBackupFiles, then its first file's row.
    ServiceReply *findBackupById(const QString &region, const QString &instanceId,
                                 const QString &backupId) override;
    // Where that wide window starts (before the 2018-03-28 API existed).
    static QDateTime lookupEarliest();
    // BackupFormat and GroupId: a "single" backup's files are listed by GroupId
    // (DescribeBackupFiles); any other is found again by DescribeBackups within the day of its
    // start, for its kind.
    QStringList locatorFields() const override;

private:
    QJsonObject lookupParams(const QString &instanceId, qint64 backupId, int type, int group) const;
    void findNumbered(ServiceReply *reply, const QString &region, const QString &instanceId, qint64 backupId,
                      int type);
    void findGroup(ServiceReply *reply, const QString &region, const QString &instanceId,
                   const QString &groupId);
    void fetchFiles(ServiceReply *reply, const Backup &backup, bool forDownload);
    // One create-and-track: what was asked, the flow, and the id the listing gives the backup.
    struct CreateState
    {
        CreateBackupRequest request;
        qint64 flowId = 0;
        QString listedId;
        bool startedHere = true; // false when tracking a flow started earlier: its databases are unknown
    };
    void pollFlow(ServiceReply *reply, BackoffPoller *poller, const std::shared_ptr<CreateState> &state);
    void showFlowState(ServiceReply *reply, BackoffPoller *poller, const std::shared_ptr<CreateState> &state,
                       const Backup &backup, const QString &requestId);
};

} // namespace bb
