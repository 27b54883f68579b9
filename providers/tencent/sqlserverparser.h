#pragma once

#include "providers/core/backup.h"
#include "providers/core/instance.h"
#include "providers/tencent/tencentjson.h"

#include <QJsonObject>

namespace bb {

// Turns Tencent Cloud SQL Server (2018-03-28) responses into provider-neutral records. Units and
// enums are normalised here and nowhere else: Size KB → bytes, UTC+8 strings → UTC, Status
// 0/1/2 → creating/succeeded/failed, BackupWay → trigger, a "single" backup's GroupId → its id
// (groupBackupId()); Id and GroupId as numbers or strings. Accepts the bare "Response" object or
// the whole envelope; pure functions, no network.
class SqlServerParser final
{
public:
    static constexpr const char *product = "tencent-sqlserver";
    // More rows than this in one page is not an answer the API gives (Limit is at most 100).
    static constexpr int maxRowsPerPage = 1000;
    // A TotalCount beyond this would make us issue an absurd number of page requests.
    static constexpr qint64 maxTotalCount = 1000000;

    // Which listing a page came from: DescribeBackups rows carry no Type, so the caller says
    // whether it asked for data (Type 1) or log (Type 2) backups.
    struct Context
    {
        QString instanceId;
        QString region;
        BackupKind kind = BackupKind::Unknown;
    };

    // DescribeRegions → the regions whose RegionState is AVAILABLE.
    static QStringList parseRegions(const QJsonObject &payload, ProviderError *error);
    static TencentPage<Instance> parseInstances(const QJsonObject &payload, const QString &region);
    static TencentPage<Backup> parseBackups(const QJsonObject &payload, const Context &context);
    static TencentPage<BackupFile> parseBackupFiles(const QJsonObject &payload, const QString &instanceId);
    // CreateBackup → FlowId (an Integer out; DescribeBackupByFlowId wants it back as a String).
    static qint64 parseFlowId(const QJsonObject &payload, ProviderError *error);
    // DescribeBackupByFlowId → the one backup. While Status is 0 the API fills Strategy and
    // BackupWay with placeholder zeros, so they are not interpreted then.
    static Backup parseBackupByFlowId(const QJsonObject &payload, const Context &context,
                                      ProviderError *error);

    // Shared by the listing and the flow: one Backup JSON object.
    static Backup backupFromJson(const QJsonObject &row, const Context &context,
                                 bool placeholderWhileCreating);
    static InstanceStatus instanceStatus(qint64 status);

    // The id of a "single" backup, the group of its per-database files: "group-<GroupId>". A
    // packaged backup's id is its numeric Id, so the two never collide, the form survives a
    // command line and a file name, and it is the same on every run (the GroupId is the API's).
    static constexpr const char *groupIdPrefix = "group-";
    static QString groupBackupId(const QString &groupId);
    // The GroupId inside such an id; "" for any other id.
    static QString groupIdOf(const QString &backupId);
};

} // namespace bb
