#pragma once

#include "sandbox/filehost.h"
#include "sandbox/tencentemulator.h"

#include <QDateTime>
#include <QList>
#include <QMutex>

namespace bb::sandbox {

// Tencent Cloud Redis 2018-04-12 as the app uses it: DescribeInstances (row offsets, Limit up to
// 1000), DescribeInstanceBackups (row Offset that must be a multiple of Limit, Limit ≤ 100, window
// ≤ 30 days, Status.N filter), DescribeBackupDetail, DescribeBackupUrl (one signed FileHost URL
// per shard, valid 6 hours, real bytes behind each), ManualBackupInstance + DescribeTaskInfo
// (preparing → running → succeed over the sandbox's create duration). Data is generated from the
// seed: a few standard and cluster instances across regions, one daily automatic backup each for
// 45 days, and one "busy" instance backed up every 4 hours so listings need several pages.
class TencentRedisEmulator final : public TencentEmulator
{
public:
    explicit TencentRedisEmulator(SandboxContext context);
    ~TencentRedisEmulator() override;

    static QStringList serviceRegions();

    // Limits of the real API, also used by the tests.
    static constexpr int maxBackupLimit = 100;
    static constexpr int maxInstanceLimit = 1000;
    static constexpr int maxWindowDays = 30;
    static constexpr int urlValiditySeconds = 6 * 3600;

    struct RedisInstance
    {
        QString id;
        QString name;
        QString region;
        int type = 8; // 8 Redis 5.0 standard, 9 Redis 5.0 cluster, ...
        int shardNum = 1;
        int replicasNum = 1;
        int memSizeMb = 1024;
        int status = 2;
        QDateTime created;
    };
    struct RedisBackup
    {
        QString id;
        QString instanceId;
        QDateTime start;
        QDateTime end;
        QDateTime expire;
        int status = 2;
        bool manual = false;
        QString remark;
        QList<qint64> shardSizes;
        qint64 totalSize() const;
    };
    // For tests and demos: a snapshot of the data (backups newest first per instance, finished
    // create tasks included).
    QList<RedisInstance> instances() const;
    QList<RedisBackup> backups(const QString &instanceId);
    // Fault injection for tests: DescribeBackupDetail of these backups answers
    // FailedOperation.SystemError on every attempt (empty: none).
    void setFailingDetails(const QStringList &backupIds);
    // The FileHost entry behind one shard's file (to compare downloaded bytes).
    static FileHost::File shardFile(const QString &instanceId, const QString &backupId, int shard,
                                    qint64 size);

private:
    struct Task
    {
        qint64 id = 0;
        QString instanceId;
        QString remark;
        int storageDays = 7;
        QDateTime started;
        bool done = false;
    };

    void generate();
    const RedisInstance *findInstance(const QString &id, const QString &region) const;
    RedisBackup *findBackup(const QString &instanceId, const QString &backupId);
    QString taskStatus(Task &task); // advances the state machine; "preparing", "running", "succeed"
    QJsonObject backupJson(const RedisBackup &backup, const RedisInstance &instance) const;

    TencentReply describeInstances(const TencentCall &call);
    TencentReply describeInstanceBackups(const TencentCall &call);
    TencentReply describeBackupDetail(const TencentCall &call);
    TencentReply describeBackupUrl(const TencentCall &call);
    TencentReply manualBackupInstance(const TencentCall &call);
    TencentReply describeAutoBackupConfig(const TencentCall &call);
    TencentReply describeTaskInfo(const TencentCall &call);

    mutable QMutex m_mutex; // handlers may run on the server's worker threads
    QList<RedisInstance> m_instances;
    QList<RedisBackup> m_backups; // newest first per instance after generate()
    QList<Task> m_tasks;
    QStringList m_failingDetails;
    qint64 m_nextTaskId = 20500;
    quint64 m_backupSerial = 0;
};

} // namespace bb::sandbox
