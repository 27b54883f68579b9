#pragma once

#include "sandbox/tencentemulator.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QStringList>

#include <functional>

namespace bb::sandbox {

// Tencent Cloud SQL Server 2018-03-28 as Backup Browser uses it, shaped like the seed examples:
// DescribeRegions, DescribeDBInstances (Offset a page number unless PaginationType=offset),
// DescribeBackups (StartTime/EndTime required as UTC+8 strings, Offset a page number, Limit 1-100,
// filters), DescribeBackupFiles (per-database files of "single" backups), CreateBackup and
// DescribeBackupByFlowId (creating → succeeded after Options::createDurationMs). Generated from the
// seed: eight instances in four regions, each with a data backup a day and a log backup every three
// hours over the last 30 days (hundreds per instance), a few failed, pkg and single formats; the
// first instance also keeps two manual backups (one pkg, one single) from two years before the
// anchor. Rows are shaped like tccli's published DescribeBackups examples: pkg rows as the 2022-05
// one ("GroupId": 0), single rows grouped as the 2022-07 one ("Id": 0), or one row per file with
// Group=0.
class TencentSqlServerEmulator final : public TencentEmulator
{
public:
    explicit TencentSqlServerEmulator(SandboxContext context);
    ~TencentSqlServerEmulator() override;

    static QStringList serviceRegions();
    static constexpr int urlValiditySeconds = 300; // the seed's q-sign-time window

    struct FileInfo
    {
        qint64 id = 0;
        QString fileName;
        qint64 sizeBytes = 0; // a whole number of KB: the API reports KB
        QStringList dbs;
    };
    struct BackupInfo
    {
        qint64 id = 0;
        QString instanceId;
        QString backupName;
        QDateTime start;
        QDateTime end; // invalid while creating
        int status = 1; // 0 creating, 1 succeeded, 2 failed
        int type = 1; // 1 data, 2 log
        int strategy = 0; // 0 instance, 1 multi-database
        int backupWay = 0; // 0 scheduled, 1 manual
        int storageStrategy = 0;
        QString format; // "pkg" or "single"
        QString groupId; // "single" backups
        QStringList dbs;
        QList<FileInfo> files; // pkg: one archive; single: one file per database
        qint64 sizeBytes() const;
    };
    struct InstanceInfo
    {
        QString id;
        QString name;
        QString region;
        QString zone;
        int status = 2; // 2 running
        QString version;
        QString versionName;
        int memoryGb = 4;
        int storageGb = 100;
        int usedStorageGb = 20;
        QString vip;
        QDateTime created;
        QString type;
        QStringList databases;
        QList<BackupInfo> backups; // oldest first
    };

    // For tests, the CLI's and GUI's sandbox flows: a snapshot of the current data.
    QList<InstanceInfo> instances() const;
    std::optional<InstanceInfo> instance(const QString &id) const;
    // For benches and tests of big listings (bench/guistallbench): adds one instance in `region` holding
    // `count` pkg backups (one data backup to three log backups) spread evenly over the `days` before the
    // anchor, so one listing returns them all. Returns the instance id. Thread-safe.
    QString addBulkInstance(const QString &region, int count, int days = 6);
    // The FileHost entry behind one backup file (to compare downloaded bytes and CRC).
    static QString fileKey(const BackupInfo &backup, const FileInfo &file);

private:
    struct Flow
    {
        qint64 flowId = 0;
        QString instanceId;
        qint64 backupId = 0;
        QDateTime finishAt;
    };

    void generate();
    void addKeptBackups(InstanceInfo &instance, const QDateTime &anchor,
                        const std::function<void(BackupInfo)> &add);
    void advanceFlows(); // completes created backups whose time has come; lock held
    InstanceInfo *findInstance(const QString &id, const QString &region);
    QJsonObject backupJson(const BackupInfo &backup, const InstanceInfo &instance, bool tls);
    QJsonObject fileRowJson(const BackupInfo &backup, const FileInfo &file, const InstanceInfo &instance,
                            bool tls);
    QUrl fileUrl(const BackupInfo &backup, const FileInfo &file, bool internal, bool tls);

    TencentReply describeRegions(const TencentCall &call);
    TencentReply describeDBInstances(const TencentCall &call);
    TencentReply describeBackups(const TencentCall &call);
    TencentReply describeBackupFiles(const TencentCall &call);
    TencentReply createBackup(const TencentCall &call);
    TencentReply describeBackupByFlowId(const TencentCall &call);

    mutable QMutex m_mutex;
    QList<InstanceInfo> m_instances;
    QHash<qint64, Flow> m_flows;
    qint64 m_nextBackupId = 0;
    qint64 m_nextFlowId = 0;
    qint64 m_nextGroupId = 0;
};

} // namespace bb::sandbox
