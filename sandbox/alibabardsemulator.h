#pragma once

#include "sandbox/alibabaemulator.h"
#include "sandbox/filehost.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QStringList>

namespace bb::sandbox {

// ApsaraDB RDS 2014-08-15 over RPC as the app uses it: DescribeDBInstances (RegionId required,
// MaxResults + NextToken or PageSize + PageNumber), DescribeBackups in the seed's exact shape (page
// counters as strings, Items.Backup[], every filter, documented page sizes 30/50/100 only, the
// yyyy-MM-ddTHH:mmZ window), CreateBackup with its preconditions (instance Running, no backup in
// progress, at most 20 a day) and DescribeBackupTasks moving NoStart → Preparing → Uploading →
// Finished over the sandbox's create duration. Data is generated from the seed: MySQL, SQL Server,
// PostgreSQL and MariaDB instances across regions with 30 days of backups each, some failed, some
// snapshots (no URLs), per-database links for SQL Server, one archived two-year-old manual backup on
// the first instance, and DeleteBackup of sets whose StoreStatus is Enabled; every URL is a FileHost link to
// real bytes with the matching CRC-64 in Checksum.
class AlibabaRdsEmulator final : public AlibabaEmulator
{
public:
    explicit AlibabaRdsEmulator(SandboxContext context);
    ~AlibabaRdsEmulator() override;

    static constexpr int maxCreatesPerDay = 20;
    static constexpr int urlValiditySeconds = 1800;
    static constexpr int historyDays = 30;
    // The first instance also keeps one archived manual backup this many days before the anchor
    // (finding a backup by id whatever its age).
    static constexpr int oldBackupDays = 730;
    // DescribeBackups on this id answers 403 InvalidUserOperatorPermission (a permission error).
    static constexpr const char *forbiddenInstanceId = "rm-forbidden0000000";
    // The share of the create duration after which a job set to fail reports Failed.
    static constexpr double failAtFraction = 0.5;

    // Test hook: the next `count` backup jobs created on the instance fail half-way (their
    // DescribeBackupTasks status turns Failed and no backup is listed). Thread-safe.
    void failNextJobs(const QString &instanceId, int count = 1);

private:
    struct DbFile
    {
        QString database;
        FileHost::File file;
    };
    struct RdsBackup
    {
        QString id;
        QString instanceId;
        QDateTime start;
        QDateTime end;
        QString status; // Success / Failed
        QString type; // FullBackup / IncrementalBackup
        QString mode; // Automated / Manual
        QString method; // Physical / Logical / Snapshot
        qint64 size = 0;
        QString storageClass = QStringLiteral("0"); // 0 regular, 1 archive (seed 004)
        FileHost::File file; // key empty: no download file
        QList<DbFile> dbFiles;
    };
    struct RdsInstance
    {
        QString id;
        QString description;
        QString region;
        QString zone;
        QString engine;
        QString engineVersion;
        QString status;
        QString instanceClass;
        QString hostId;
        QDateTime created;
        QStringList databases;
        QList<RdsBackup> backups; // newest first
    };
    struct Job
    {
        qint64 id = 0;
        QString instanceId;
        QDateTime created;
        QString method;
        QStringList databases;
        bool materialised = false;
        bool fails = false; // set by failNextJobs()
        QString backupId;
    };

    void generate();
    void settleJobs(const QDateTime &now); // adds the backups of finished jobs; call with the lock held
    RdsInstance *findInstance(const QString &id);
    QJsonObject backupJson(const RdsBackup &b, const RdsInstance &in, bool tls);
    QJsonObject jobJson(const Job &job, const QDateTime &now) const;

    AlibabaReply describeDBInstances(const AlibabaCall &call);
    AlibabaReply describeBackups(const AlibabaCall &call);
    AlibabaReply createBackup(const AlibabaCall &call);
    AlibabaReply describeBackupTasks(const AlibabaCall &call);
    AlibabaReply describeBackupPolicy(const AlibabaCall &call);
    AlibabaReply deleteBackup(const AlibabaCall &call);

    QMutex m_mutex;
    QList<RdsInstance> m_instances;
    QList<Job> m_jobs;
    QHash<QString, int> m_failNext; // instance id -> jobs still to fail
    qint64 m_nextJobId = 4762614;
    qint64 m_nextBackupId = 0;
};

} // namespace bb::sandbox
