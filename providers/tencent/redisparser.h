#pragma once

#include "providers/core/backup.h"
#include "providers/core/backuppolicy.h"
#include "providers/core/instance.h"
#include "providers/tencent/tencentjson.h"

#include <QJsonObject>

namespace bb {

// Turns Tencent Cloud Redis (2018-04-12) responses into provider-neutral records: RedisBackupSet
// and DescribeBackupDetail sizes are bytes already, times are UTC+8 strings → UTC, Status
// 1/2/-1/3/4/-2 → locked/succeeded/expired/exporting/exported/deleted. Pure functions.
class RedisParser final
{
public:
    static constexpr const char *product = "tencent-redis";
    static constexpr int maxRowsPerPage = 1000; // DescribeInstances' Limit maximum
    static constexpr qint64 maxTotalCount = 1000000;

    enum class TaskState { Unknown, Preparing, Running, Succeeded, Failed };
    struct TaskInfo
    {
        TaskState state = TaskState::Unknown;
        QString statusRaw;
        QString taskType;
        QString instanceId; // the instance the task belongs to (empty when not sent)
        QString message;
        QDateTime start;
    };

    static TencentPage<Instance> parseInstances(const QJsonObject &payload, const QString &region);
    static TencentPage<Backup> parseBackups(const QJsonObject &payload, const QString &instanceId,
                                            const QString &region);
    // DescribeBackupDetail, merged into what the listing already knew about the backup.
    static Backup parseBackupDetail(const QJsonObject &payload, const Backup &known, ProviderError *error);
    // DescribeBackupUrl → one file per shard (BackupInfos; the deprecated parallel arrays when
    // an older server sends only those).
    static QList<BackupFile> parseBackupUrls(const QJsonObject &payload, ProviderError *error);
    static qint64 parseTaskId(const QJsonObject &payload, ProviderError *error);
    // DescribeAutoBackupConfig: WeekDays (["Monday", ...]) and TimePeriod ("01:00-02:00").
    static BackupPolicy parseAutoBackupConfig(const QJsonObject &payload, ProviderError *error);
    static TaskInfo parseTaskInfo(const QJsonObject &payload, ProviderError *error);

    // BackupType is documented both ways round (RedisBackupSet: "1 automatic, 0 manual";
    // DescribeBackupDetail: "1 manual, 0 automatic"), so a raw value alone never sets the trigger.
    // When the record itself settles it (this app created the backup with ManualBackupInstance),
    // the caller marks it manual here; the raw BackupType stays in extra untouched.
    static void markCreatedManually(Backup &backup);

    static BackupStatus backupStatus(qint64 status);
    static InstanceStatus instanceStatus(qint64 status);
    static QString engineForType(qint64 type);
};

} // namespace bb
