#include "providers/tencent/sqlserverparser.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::SqlServerParser", text);
}

QString productKey()
{
    return QString::fromLatin1(SqlServerParser::product);
}

QString backupWayLabel(qint64 way)
{
    switch (way) {
    case 0:
        return QStringLiteral("scheduled");
    case 1:
        return QStringLiteral("manual");
    case 2:
        return QStringLiteral("archive");
    default:
        return QString::number(way);
    }
}

QString strategyLabel(qint64 strategy)
{
    switch (strategy) {
    case 0:
        return QStringLiteral("instance");
    case 1:
        return QStringLiteral("multi-database");
    default:
        return QString::number(strategy);
    }
}

BackupKind kindFromType(const QJsonValue &type, BackupKind fallback)
{
    const QString text = TencentJson::string(type).toLower();
    if (text == QLatin1String("data") || text == QLatin1String("1"))
        return BackupKind::Full;
    if (text == QLatin1String("log") || text == QLatin1String("2"))
        return BackupKind::Log;
    return fallback;
}

// Opens a list call's answer the one way every SQL Server list is read: RequestId, the error
// envelope, then TotalCount and the rows under `listKey`. False, with page.error set, when there
// is no row to read.
template<typename T>
bool openPage(const QJsonObject &payload, const QString &action, const char *listKey, TencentPage<T> &page,
              QJsonArray &rows)
{
    const QJsonObject response = TencentJson::unwrap(payload);
    page.requestId = TencentJson::string(response.value(QLatin1String("RequestId")));
    page.error = TencentJson::envelopeError(response, productKey(), action);
    return !page.error.isError()
        && TencentJson::pageRows(response, productKey(), action, listKey, SqlServerParser::maxRowsPerPage,
                                 SqlServerParser::maxTotalCount, rows, page.totalCount, page.error);
}

// A row the page cannot do without is missing something: the whole page is malformed, not a
// shorter list (a silently dropped backup would look deleted).
template<typename T> TencentPage<T> rejected(TencentPage<T> page, const QString &action, const QString &what)
{
    page.error = TencentJson::malformed(productKey(), action, what, page.requestId);
    page.items.clear();
    return page;
}

} // namespace

InstanceStatus SqlServerParser::instanceStatus(qint64 status)
{
    // Every value of DBInstance.Status in the SDK model (tencentcloud-sdk-go
    // sqlserver/v20180328/models.go); the raw value is kept beside it (Instance::statusRaw).
    switch (status) {
    case 1:
        return InstanceStatus::Creating; // applying
    case 2:
        return InstanceStatus::Running;
    case 3:
        return InstanceStatus::Busy; // "running with restrictions (primary/secondary switching)"
    case 4:
        return InstanceStatus::Stopped; // isolated
    case 5:
        return InstanceStatus::Deleting; // being repossessed
    case 6:
        return InstanceStatus::Deleting; // repossessed
    case 7:
        return InstanceStatus::Busy; // a task (backup, rollback) is running
    case 8:
        return InstanceStatus::Stopped; // deactivated
    case 9:
        return InstanceStatus::Busy; // scaling
    case 10:
        return InstanceStatus::Busy; // migrating
    case 11:
        return InstanceStatus::Error; // read-only
    case 12:
        return InstanceStatus::Busy; // restarting
    case 13:
        return InstanceStatus::Busy; // being modified, waiting to switch
    case 14:
        return InstanceStatus::Busy; // publish/subscribe being created
    case 15:
        return InstanceStatus::Busy; // publish/subscribe being modified
    case 16:
        return InstanceStatus::Busy; // being modified and switching
    case 17:
        return InstanceStatus::Busy; // a read-only replica being created
    default:
        return InstanceStatus::Unknown;
    }
}

QString SqlServerParser::groupBackupId(const QString &groupId)
{
    return groupId.isEmpty() ? QString() : QLatin1String(groupIdPrefix) + groupId;
}

QString SqlServerParser::groupIdOf(const QString &backupId)
{
    return backupId.startsWith(QLatin1String(groupIdPrefix)) ? backupId.mid(qsizetype(qstrlen(groupIdPrefix)))
                                                             : QString();
}

QStringList SqlServerParser::parseRegions(const QJsonObject &payload, ProviderError *error)
{
    const QString action = QStringLiteral("DescribeRegions");
    const QJsonObject response = TencentJson::unwrap(payload);
    ProviderError failure = TencentJson::envelopeError(response, productKey(), action);
    QJsonArray rows;
    qint64 total = 0;
    QStringList regions;
    if (!failure.isError()
        && TencentJson::pageRows(response, productKey(), action, "RegionSet", maxRowsPerPage, maxTotalCount,
                                 rows, total, failure)) {
        for (const QJsonValue &value : std::as_const(rows)) {
            const QJsonObject row = value.toObject();
            const QString region = TencentJson::string(row.value(QLatin1String("Region")));
            const QString state = TencentJson::string(row.value(QLatin1String("RegionState")));
            if (!region.isEmpty() && (state.isEmpty() || state == QLatin1String("AVAILABLE"))
                && !regions.contains(region))
                regions.append(region);
        }
    }
    if (error)
        *error = failure;
    return failure.isError() ? QStringList() : regions;
}

TencentPage<Instance> SqlServerParser::parseInstances(const QJsonObject &payload, const QString &region)
{
    const QString action = QStringLiteral("DescribeDBInstances");
    TencentPage<Instance> page;
    QJsonArray rows;
    if (!openPage(payload, action, "DBInstances", page, rows))
        return page;

    for (const QJsonValue &value : std::as_const(rows)) {
        const QJsonObject row = value.toObject();
        Instance instance;
        instance.id = TencentJson::string(row.value(QLatin1String("InstanceId")));
        if (instance.id.isEmpty())
            return rejected(page, action, tr("An instance in the answer has no InstanceId."));
        instance.name = TencentJson::string(row.value(QLatin1String("Name")));
        instance.product = productKey();
        instance.region = TencentJson::string(row.value(QLatin1String("Region")));
        if (instance.region.isEmpty())
            instance.region = region;
        bool statusOk = false;
        const qint64 status = TencentJson::integer(row.value(QLatin1String("Status")), -1, &statusOk);
        instance.status = statusOk ? instanceStatus(status) : InstanceStatus::Unknown;
        instance.statusRaw = TencentJson::string(row.value(QLatin1String("Status")));
        instance.engine = TencentJson::string(row.value(QLatin1String("VersionName")));
        if (instance.engine.isEmpty()) {
            const QString version = TencentJson::string(row.value(QLatin1String("Version")));
            if (!version.isEmpty())
                instance.engine = QStringLiteral("SQL Server %1").arg(version);
        }
        TencentJson::appendRemaining(row,
                                     {QStringLiteral("InstanceId"), QStringLiteral("Name"),
                                      QStringLiteral("Region"), QStringLiteral("Status")},
                                     instance.extra);
        page.items.append(instance);
    }
    return page;
}

Backup SqlServerParser::backupFromJson(const QJsonObject &row, const Context &context,
                                       bool placeholderWhileCreating)
{
    Backup backup;
    backup.product = productKey();
    const QString rowId = TencentJson::identifier(row.value(QLatin1String("Id")));
    const QString groupId = TencentJson::identifier(row.value(QLatin1String("GroupId")));
    const QString format = TencentJson::string(row.value(QLatin1String("BackupFormat")));
    const bool single = format == QLatin1String("single");
    // A "single" (unarchived, one file per database) backup is the group of its files: the SDK
    // model says its row carries no Id (tccli's example: "Id": 0) or, ungrouped, one row per file
    // with the file's Id. Its GroupId names the backup either way, so it is the id, in a form no
    // numeric Id can take (see groupIdPrefix).
    backup.id = single && !groupId.isEmpty() ? groupBackupId(groupId) : rowId;
    backup.instanceId = TencentJson::string(row.value(QLatin1String("InstanceId")));
    if (backup.instanceId.isEmpty())
        backup.instanceId = context.instanceId;
    backup.region = TencentJson::string(row.value(QLatin1String("Region")));
    if (backup.region.isEmpty())
        backup.region = context.region;

    const QString fileName = TencentJson::string(row.value(QLatin1String("FileName")));
    backup.name = TencentJson::string(row.value(QLatin1String("BackupName")));
    if (backup.name.isEmpty())
        backup.name = fileName;

    bool statusOk = false;
    const qint64 status = TencentJson::integer(row.value(QLatin1String("Status")), -1, &statusOk);
    backup.statusRaw = TencentJson::string(row.value(QLatin1String("Status")));
    switch (statusOk ? status : -1) {
    case 0:
        backup.status = BackupStatus::Creating;
        break;
    case 1:
        backup.status = BackupStatus::Succeeded;
        break;
    case 2:
        backup.status = BackupStatus::Failed;
        break;
    default:
        backup.status = BackupStatus::Unknown;
        break;
    }
    const bool creating = backup.status == BackupStatus::Creating;
    const bool placeholders = placeholderWhileCreating && creating;

    backup.kind = kindFromType(row.value(QLatin1String("Type")), context.kind);
    backup.method = BackupMethod::Physical; // SQL Server backups here are native .bak files

    bool wayOk = false;
    const qint64 way = TencentJson::integer(row.value(QLatin1String("BackupWay")), -1, &wayOk);
    if (wayOk && !placeholders) {
        // 0 scheduled and 2 archive ("regular") backups are both made by the service itself.
        backup.trigger = way == 1
            ? BackupTrigger::Manual
            : (way == 0 || way == 2 ? BackupTrigger::Automatic : BackupTrigger::Unknown);
        backup.extra.append({QStringLiteral("BackupWay"), backupWayLabel(way)});
    }
    bool strategyOk = false;
    const qint64 strategy = TencentJson::integer(row.value(QLatin1String("Strategy")), -1, &strategyOk);
    if (strategyOk && !placeholders)
        backup.extra.append({QStringLiteral("Strategy"), strategyLabel(strategy)});
    if (!format.isEmpty())
        backup.extra.append({QStringLiteral("BackupFormat"), format});
    if (!groupId.isEmpty())
        backup.extra.append({QStringLiteral("GroupId"), groupId});
    // A grouped row's own Id, when it has one, is its first file's (DescribeBackupByFlowId's page).
    if (!rowId.isEmpty() && backup.id != rowId)
        backup.extra.append({QStringLiteral("FirstFileId"), rowId});

    backup.start = TencentJson::beijingTime(TencentJson::string(row.value(QLatin1String("StartTime"))));
    backup.end = TencentJson::beijingTime(TencentJson::string(row.value(QLatin1String("EndTime"))));

    bool sizeOk = false;
    const qint64 sizeKb = TencentJson::integer(row.value(QLatin1String("Size")), -1, &sizeOk);
    // A "single" group's Size here is only its first file's (or 0): the real total comes from
    // DescribeBackupFiles. A backup still being created has no size yet.
    if (sizeOk && sizeKb >= 0 && !(single && sizeKb == 0) && !(creating && sizeKb == 0))
        backup.sizeBytes = sizeKb * 1024;

    backup.databases = TencentJson::stringList(row.value(QLatin1String("DBs")));
    if (!single) {
        backup.internalUrl = TencentJson::url(TencentJson::string(row.value(QLatin1String("InternalAddr"))));
        backup.externalUrl = TencentJson::url(TencentJson::string(row.value(QLatin1String("ExternalAddr"))));
    }

    if (backup.status == BackupStatus::Failed)
        backup.notDownloadableReason = tr("The backup failed, so there is no file to download.");
    else if (creating)
        backup.notDownloadableReason = tr("The backup is still being created.");

    TencentJson::appendRemaining(
        row,
        {QStringLiteral("Id"), QStringLiteral("InstanceId"), QStringLiteral("Region"),
         QStringLiteral("BackupName"), QStringLiteral("Status"), QStringLiteral("Type"),
         QStringLiteral("BackupFormat"), QStringLiteral("BackupWay"), QStringLiteral("Strategy"),
         QStringLiteral("GroupId"), QStringLiteral("StartTime"), QStringLiteral("EndTime"),
         QStringLiteral("Size"), QStringLiteral("DBs"), QStringLiteral("InternalAddr"),
         QStringLiteral("ExternalAddr"), QStringLiteral("RequestId")},
        backup.extra);
    return backup;
}

TencentPage<Backup> SqlServerParser::parseBackups(const QJsonObject &payload, const Context &context)
{
    const QString action = QStringLiteral("DescribeBackups");
    TencentPage<Backup> page;
    QJsonArray rows;
    if (!openPage(payload, action, "Backups", page, rows))
        return page;
    for (const QJsonValue &value : std::as_const(rows)) {
        if (!value.isObject())
            return rejected(page, action, tr("A backup in the answer is not an object."));
        Backup backup = backupFromJson(value.toObject(), context, false);
        if (backup.id.isEmpty())
            return rejected(page, action, tr("A backup in the answer has neither an Id nor a GroupId."));
        page.items.append(backup);
    }
    return page;
}

TencentPage<BackupFile> SqlServerParser::parseBackupFiles(const QJsonObject &payload,
                                                          const QString &instanceId)
{
    Q_UNUSED(instanceId)
    const QString action = QStringLiteral("DescribeBackupFiles");
    TencentPage<BackupFile> page;
    QJsonArray rows;
    if (!openPage(payload, action, "BackupFiles", page, rows))
        return page;
    for (const QJsonValue &value : std::as_const(rows)) {
        const QJsonObject row = value.toObject();
        BackupFile file;
        file.name = TencentJson::string(row.value(QLatin1String("FileName")));
        bool sizeOk = false;
        const qint64 sizeKb = TencentJson::integer(row.value(QLatin1String("Size")), -1, &sizeOk);
        if (sizeOk && sizeKb >= 0)
            file.sizeBytes = sizeKb * 1024;
        file.database = TencentJson::stringList(row.value(QLatin1String("DBs"))).join(QLatin1Char(','));
        // One pre-signed COS link serves both networks (the API has no internal/external pair).
        const QUrl link = TencentJson::url(TencentJson::string(row.value(QLatin1String("DownloadLink"))));
        file.externalUrl = link;
        file.internalUrl = link;
        TencentJson::appendRemaining(row,
                                     {QStringLiteral("FileName"), QStringLiteral("Size"),
                                      QStringLiteral("DBs"), QStringLiteral("DownloadLink")},
                                     file.extra);
        page.items.append(file);
    }
    return page;
}

qint64 SqlServerParser::parseFlowId(const QJsonObject &payload, ProviderError *error)
{
    const QString action = QStringLiteral("CreateBackup");
    const QJsonObject response = TencentJson::unwrap(payload);
    ProviderError failure = TencentJson::envelopeError(response, productKey(), action);
    bool ok = false;
    const qint64 flowId = TencentJson::integer(response.value(QLatin1String("FlowId")), 0, &ok);
    if (!failure.isError() && (!ok || flowId <= 0)) {
        failure = TencentJson::malformed(productKey(), action, tr("The answer has no usable FlowId."),
                                         TencentJson::string(response.value(QLatin1String("RequestId"))));
    }
    if (error)
        *error = failure;
    return failure.isError() ? 0 : flowId;
}

Backup SqlServerParser::parseBackupByFlowId(const QJsonObject &payload, const Context &context,
                                            ProviderError *error)
{
    const QString action = QStringLiteral("DescribeBackupByFlowId");
    const QJsonObject response = TencentJson::unwrap(payload);
    ProviderError failure = TencentJson::envelopeError(response, productKey(), action);
    Backup backup;
    if (!failure.isError()) {
        if (!response.contains(QLatin1String("Status"))) {
            failure = TencentJson::malformed(productKey(), action, tr("The answer has no Status."),
                                             TencentJson::string(response.value(QLatin1String("RequestId"))));
        } else {
            backup = backupFromJson(response, context, true);
        }
    }
    if (error)
        *error = failure;
    return backup;
}

} // namespace bb
