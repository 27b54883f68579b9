#pragma once

#include "providers/core/backup.h"
#include "providers/core/backuppolicy.h"
#include "providers/core/instance.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bb {

// One page of RDS DescribeBackups. The counters arrive as strings ("30"); they are numbers here.
struct RdsBackupPage
{
    QList<Backup> backups;
    int pageNumber = 0;
    int pageRecordCount = 0;
    int totalRecordCount = 0;
    qint64 totalEcsSnapshotSize = -1; // bytes, the instance's snapshot chain; -1 when absent
    int skipped = 0; // entries that were not objects or had no BackupId
    QString error; // non-empty when the answer was not the documented shape
};

// One page of RDS DescribeDBInstances (NextToken paging).
struct RdsInstancePage
{
    QList<Instance> instances;
    QString nextToken; // empty on the last page
    int totalRecordCount = 0;
    int skipped = 0;
    QString error;
};

// One backup job of RDS DescribeBackupTasks, the poll target of CreateBackup.
struct RdsBackupJob
{
    enum class State { Unknown, Waiting, Running, Finished, Failed };
    QString jobId;
    QString statusRaw; // BackupStatus: NoStart/Checking/Preparing/Waiting/Uploading/Finished/Failed
    QString progressStatusRaw; // BackupProgressStatus
    State state = State::Unknown;
    int percent = -1; // Process, sent as a string ("25"); -1 when absent
    QString backupId; // filled once Finished (when the job was queried by BackupJobId)
    QString jobMode; // Automated/Manual
    QString taskAction; // TempBackupTask/NormalBackupTask
};

struct RdsBackupJobList
{
    QList<RdsBackupJob> jobs;
    QString error;
};

// Turns ApsaraDB RDS (2014-08-15) answers into provider-neutral records, normalising units, times
// and enums once (docs/providers.md#apsaradb-rds-rpc-version-2014-08-15). Pure: no network, no clock.
class RdsParser final
{
public:
    static constexpr const char *product = "alibaba-rds";

    // DescribeBackups. RDS does not echo the region, so the caller passes it.
    static RdsBackupPage parseBackups(const QJsonObject &payload, const QString &region);
    // One Items.Backup[] entry; an empty id when the entry has no BackupId.
    static Backup parseBackup(const QJsonObject &item, const QString &region);
    static RdsInstancePage parseInstances(const QJsonObject &payload, const QString &region);
    static Instance parseInstance(const QJsonObject &item, const QString &region);
    // CreateBackup: the BackupJobId (a string in the docs, a number in some SDK models); empty when
    // missing.
    static QString parseBackupJobId(const QJsonObject &payload);
    // DescribeBackupPolicy: PreferredBackupPeriod ("Monday,Wednesday") becomes the weekdays,
    // PreferredBackupTime the window; `error` says what is missing or unknown (then no schedule).
    static BackupPolicy parseBackupPolicy(const QJsonObject &payload, QString *error);
    static RdsBackupJobList parseBackupTasks(const QJsonObject &payload);

    // "MySQL 8.0", "SQL Server 2019_std_ha", "PostgreSQL 14".
    static QString engineLabel(const QString &engine, const QString &version);
    static InstanceStatus instanceStatus(const QString &raw);
    static RdsBackupJob::State jobState(const QString &raw);
};

} // namespace bb
