#include "providers/alibaba/rdsparser.h"

#include "providers/alibaba/alibabajson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace bb {

using namespace alibabajson;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::RdsParser", text);
}

QUrl downloadUrl(const QJsonValue &value)
{
    // "null" as text has been seen from RDS for snapshot backups; it is no URL either.
    const QString s = text(value).trimmed();
    if (s.isEmpty() || s == QLatin1String("null"))
        return {};
    const QUrl url(s);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return {};
    return url;
}

BackupStatus backupStatus(const QString &raw)
{
    if (raw == QLatin1String("Success"))
        return BackupStatus::Succeeded;
    if (raw == QLatin1String("Failed"))
        return BackupStatus::Failed;
    return BackupStatus::Unknown;
}

BackupKind backupKind(const QString &raw)
{
    if (raw == QLatin1String("FullBackup"))
        return BackupKind::Full;
    if (raw == QLatin1String("IncrementalBackup"))
        return BackupKind::Incremental;
    return BackupKind::Unknown;
}

BackupTrigger backupTrigger(const QString &raw)
{
    if (raw == QLatin1String("Automated"))
        return BackupTrigger::Automatic;
    if (raw == QLatin1String("Manual"))
        return BackupTrigger::Manual;
    return BackupTrigger::Unknown;
}

BackupMethod backupMethod(const QString &raw)
{
    if (raw == QLatin1String("Physical"))
        return BackupMethod::Physical;
    if (raw == QLatin1String("Logical"))
        return BackupMethod::Logical;
    if (raw == QLatin1String("Snapshot"))
        return BackupMethod::Snapshot;
    return BackupMethod::Unknown;
}

// The per-database links: "BackupDownloadLinkByDB": {"BackupDownloadLinkByDB": [ ... ]}. Some
// SDK-serialised answers flatten it to the bare array, which is accepted too.
QList<BackupFile> perDatabaseFiles(const QJsonValue &value)
{
    QJsonArray links;
    if (value.isObject())
        links = value.toObject().value(QLatin1String("BackupDownloadLinkByDB")).toArray();
    else if (value.isArray())
        links = value.toArray();

    QList<BackupFile> files;
    for (const QJsonValue &entry : std::as_const(links)) {
        if (!entry.isObject())
            continue;
        const QJsonObject link = entry.toObject();
        BackupFile file;
        file.database = text(link.value(QLatin1String("DataBase")));
        file.externalUrl = downloadUrl(link.value(QLatin1String("DownloadLink")));
        file.internalUrl = downloadUrl(link.value(QLatin1String("IntranetDownloadLink")));
        if (file.database.isEmpty() && file.externalUrl.isEmpty() && file.internalUrl.isEmpty())
            continue;
        const QUrl &any = file.externalUrl.isEmpty() ? file.internalUrl : file.externalUrl;
        file.name = any.fileName();
        if (file.name.isEmpty())
            file.name = file.database;
        addRemainingFields(file.extra, link,
                           {QStringLiteral("DataBase"), QStringLiteral("DownloadLink"),
                            QStringLiteral("IntranetDownloadLink")});
        files.append(file);
    }
    return files;
}

int counter(const QJsonObject &payload, const char *key)
{
    return static_cast<int>(integer(payload.value(QLatin1String(key))).value_or(0));
}

} // namespace

Backup RdsParser::parseBackup(const QJsonObject &item, const QString &region)
{
    Backup b;
    b.product = QLatin1String(product);
    b.region = region;
    b.id = text(item.value(QLatin1String("BackupId")));
    b.instanceId = text(item.value(QLatin1String("DBInstanceId")));
    b.statusRaw = text(item.value(QLatin1String("BackupStatus")));
    b.status = backupStatus(b.statusRaw);
    const QString typeRaw = text(item.value(QLatin1String("BackupType")));
    const QString modeRaw = text(item.value(QLatin1String("BackupMode")));
    const QString methodRaw = text(item.value(QLatin1String("BackupMethod")));
    b.kind = backupKind(typeRaw);
    b.trigger = backupTrigger(modeRaw);
    b.method = backupMethod(methodRaw);
    b.start = isoTime(item.value(QLatin1String("BackupStartTime")));
    b.end = isoTime(item.value(QLatin1String("BackupEndTime")));
    b.expire = isoTime(item.value(QLatin1String("ExpectExpireTime")));
    const std::optional<qint64> size = integer(item.value(QLatin1String("BackupSize")));
    b.sizeBytes = size && *size >= 0 ? *size : -1;
    b.externalUrl = downloadUrl(item.value(QLatin1String("BackupDownloadURL")));
    b.internalUrl = downloadUrl(item.value(QLatin1String("BackupIntranetDownloadURL")));
    b.name = (b.externalUrl.isEmpty() ? b.internalUrl : b.externalUrl).fileName();

    const QString checksum = text(item.value(QLatin1String("Checksum"))).trimmed();
    // The docs' example is masked ("1835830439**********"): only a real decimal can verify a file.
    if (unsignedDecimal(checksum))
        b.checksum = {QStringLiteral("crc64-xz"), checksum};

    b.files = perDatabaseFiles(item.value(QLatin1String("BackupDownloadLinkByDB")));
    for (const BackupFile &file : std::as_const(b.files)) {
        if (!file.database.isEmpty() && !b.databases.contains(file.database))
            b.databases.append(file.database);
    }

    bool anyFileUrl = false;
    for (const BackupFile &file : std::as_const(b.files))
        anyFileUrl = anyFileUrl || !file.externalUrl.isEmpty() || !file.internalUrl.isEmpty();
    if (!b.hasUrls() && !anyFileUrl) {
        if (b.method == BackupMethod::Snapshot)
            b.notDownloadableReason = tr("Snapshot backups have no download file.");
        else if (b.status == BackupStatus::Failed)
            b.notDownloadableReason = tr("The backup failed, so there is no file to download.");
        else
            b.notDownloadableReason = tr("RDS returned no download URL for this backup.");
    }

    // IsAvail 0: RDS says the set is unavailable; whatever links it lists, it is not offered.
    const QString isAvail = text(item.value(QLatin1String("IsAvail")));
    if (isAvail == QLatin1String("0"))
        b.notDownloadableReason = tr("RDS marks this backup set unavailable (IsAvail 0).");
    // DeleteBackup serves only sets whose StoreStatus is Enabled, on MySQL and PostgreSQL
    // (the DeleteBackup page): a record that already shows a refusal says why before any call.
    const QString storeStatus = text(item.value(QLatin1String("StoreStatus")));
    const QString engine = text(item.value(QLatin1String("Engine")));
    if (!engine.isEmpty() && engine != QLatin1String("MySQL") && engine != QLatin1String("PostgreSQL"))
        b.notDeletableReason
            = tr("RDS deletes backups only of MySQL and PostgreSQL instances; this one runs %1.").arg(engine);
    else if (storeStatus == QLatin1String("Disabled"))
        b.notDeletableReason = tr("RDS keeps this backup set: its StoreStatus is Disabled, and only sets RDS "
                                  "marks Enabled can be deleted (for example, sets still needed for "
                                  "point-in-time restore).");

    // Raw values the enums could not place are kept, so nothing the provider said is lost.
    if (b.kind == BackupKind::Unknown)
        addField(b.extra, QStringLiteral("BackupType"), typeRaw);
    if (b.trigger == BackupTrigger::Unknown)
        addField(b.extra, QStringLiteral("BackupMode"), modeRaw);
    if (b.method == BackupMethod::Unknown)
        addField(b.extra, QStringLiteral("BackupMethod"), methodRaw);
    if (b.checksum.isEmpty())
        addField(b.extra, QStringLiteral("Checksum"), checksum);
    addField(b.extra, QStringLiteral("BackupInitiator"), text(item.value(QLatin1String("BackupInitiator"))));
    addField(b.extra, QStringLiteral("IsAvail"), text(item.value(QLatin1String("IsAvail"))));
    addField(b.extra, QStringLiteral("MetaStatus"), text(item.value(QLatin1String("MetaStatus"))));
    addField(b.extra, QStringLiteral("StoreStatus"), text(item.value(QLatin1String("StoreStatus"))));
    // StorageClass 1 is archive storage (seed 004): said in words beside the raw value.
    const QString storageClass = text(item.value(QLatin1String("StorageClass")));
    addField(b.extra, QStringLiteral("StorageClass"), storageClass);
    if (storageClass == QLatin1String("1"))
        addField(b.extra, QStringLiteral("Storage"), tr("archive storage"));
    else if (storageClass == QLatin1String("0"))
        addField(b.extra, QStringLiteral("Storage"), tr("regular storage"));
    // Unix seconds, and 0 for every engine but MySQL 5.6: 0 means "not given", not 1970.
    addField(b.extra, QStringLiteral("ConsistentTime"),
             isoText(epochSeconds(item.value(QLatin1String("ConsistentTime")))));
    addField(b.extra, QStringLiteral("CopyOnlyBackup"), text(item.value(QLatin1String("CopyOnlyBackup"))));
    addField(b.extra, QStringLiteral("Encryption"), text(item.value(QLatin1String("Encryption"))));
    addField(b.extra, QStringLiteral("Engine"), text(item.value(QLatin1String("Engine"))));
    addField(b.extra, QStringLiteral("EngineVersion"), text(item.value(QLatin1String("EngineVersion"))));
    addField(b.extra, QStringLiteral("HostInstanceID"), text(item.value(QLatin1String("HostInstanceID"))));
    addField(b.extra, QStringLiteral("ResourceGroupId"), text(item.value(QLatin1String("ResourceGroupId"))));
    if (!b.expire.isValid())
        addField(b.extra, QStringLiteral("ExpectExpireTime"),
                 text(item.value(QLatin1String("ExpectExpireTime"))));
    addRemainingFields(b.extra, item,
                       {QStringLiteral("BackupId"),
                        QStringLiteral("DBInstanceId"),
                        QStringLiteral("BackupStatus"),
                        QStringLiteral("BackupType"),
                        QStringLiteral("BackupMode"),
                        QStringLiteral("BackupMethod"),
                        QStringLiteral("BackupStartTime"),
                        QStringLiteral("BackupEndTime"),
                        QStringLiteral("ExpectExpireTime"),
                        QStringLiteral("BackupSize"),
                        QStringLiteral("BackupDownloadURL"),
                        QStringLiteral("BackupIntranetDownloadURL"),
                        QStringLiteral("Checksum"),
                        QStringLiteral("BackupDownloadLinkByDB"),
                        QStringLiteral("BackupInitiator"),
                        QStringLiteral("IsAvail"),
                        QStringLiteral("MetaStatus"),
                        QStringLiteral("StoreStatus"),
                        QStringLiteral("StorageClass"),
                        QStringLiteral("ConsistentTime"),
                        QStringLiteral("CopyOnlyBackup"),
                        QStringLiteral("Encryption"),
                        QStringLiteral("Engine"),
                        QStringLiteral("EngineVersion"),
                        QStringLiteral("HostInstanceID"),
                        QStringLiteral("ResourceGroupId")});
    return b;
}

RdsBackupPage RdsParser::parseBackups(const QJsonObject &payload, const QString &region)
{
    RdsBackupPage page;
    page.pageNumber = counter(payload, "PageNumber");
    page.pageRecordCount = counter(payload, "PageRecordCount");
    page.totalRecordCount = counter(payload, "TotalRecordCount");

    bool ok = true;
    const QJsonObject items = objectAt(payload, QStringLiteral("Items"), &ok);
    const QJsonArray list = arrayAt(items, QStringLiteral("Backup"), &ok);
    if (!ok) {
        page.error = tr("DescribeBackups answered without a list at Items.Backup.");
        return page;
    }
    page.skipped
        = parseEach(list, page.backups, [&](const QJsonObject &o) { return parseBackup(o, region); });
    // The instance's snapshot-chain size (bytes) comes once per page; each row carries it so the
    // detail pane and the CLI show it with the instance's backups.
    const std::optional<qint64> snapshots = integer(payload.value(QLatin1String("TotalEcsSnapshotSize")));
    if (snapshots && *snapshots >= 0) {
        page.totalEcsSnapshotSize = *snapshots;
        for (Backup &b : page.backups)
            addField(b.extra, QStringLiteral("TotalEcsSnapshotSize"), QString::number(*snapshots));
    }
    return page;
}

QString RdsParser::engineLabel(const QString &engine, const QString &version)
{
    QString name = engine;
    if (engine == QLatin1String("SQLServer"))
        name = QStringLiteral("SQL Server");
    if (version.isEmpty())
        return name;
    if (name.isEmpty())
        return version;
    return name + u' ' + version;
}

InstanceStatus RdsParser::instanceStatus(const QString &raw)
{
    if (raw.isEmpty())
        return InstanceStatus::Unknown;
    if (raw == QLatin1String("Running"))
        return InstanceStatus::Running;
    if (raw == QLatin1String("Creating") || raw == QLatin1String("GuardDBInstanceCreating"))
        return InstanceStatus::Creating;
    if (raw == QLatin1String("Deleting") || raw == QLatin1String("Released"))
        return InstanceStatus::Deleting;
    if (raw == QLatin1String("Stopped") || raw == QLatin1String("Stopping") || raw == QLatin1String("Locked"))
        return InstanceStatus::Stopped;
    // Rebooting, Restoring, DBInstanceClassChanging, TRANSING, EngineVersionUpgrading, Importing...:
    // the instance exists and is busy with something; the raw value says what.
    return InstanceStatus::Busy;
}

Instance RdsParser::parseInstance(const QJsonObject &item, const QString &region)
{
    Instance in;
    in.product = QLatin1String(product);
    in.id = text(item.value(QLatin1String("DBInstanceId")));
    in.name = text(item.value(QLatin1String("DBInstanceDescription")));
    if (in.name.isEmpty())
        in.name = in.id;
    in.region = text(item.value(QLatin1String("RegionId")));
    if (in.region.isEmpty())
        in.region = region;
    in.statusRaw = text(item.value(QLatin1String("DBInstanceStatus")));
    in.status = instanceStatus(in.statusRaw);
    in.engine = engineLabel(text(item.value(QLatin1String("Engine"))),
                            text(item.value(QLatin1String("EngineVersion"))));
    addField(in.extra, QStringLiteral("ZoneId"), text(item.value(QLatin1String("ZoneId"))));
    addField(in.extra, QStringLiteral("DBInstanceClass"), text(item.value(QLatin1String("DBInstanceClass"))));
    addField(in.extra, QStringLiteral("DBInstanceType"), text(item.value(QLatin1String("DBInstanceType"))));
    addField(in.extra, QStringLiteral("PayType"), text(item.value(QLatin1String("PayType"))));
    addField(in.extra, QStringLiteral("CreateTime"),
             isoText(isoTime(item.value(QLatin1String("CreateTime")))));
    addField(in.extra, QStringLiteral("ExpireTime"),
             isoText(isoTime(item.value(QLatin1String("ExpireTime")))));
    addField(in.extra, QStringLiteral("VpcId"), text(item.value(QLatin1String("VpcId"))));
    addField(in.extra, QStringLiteral("ResourceGroupId"), text(item.value(QLatin1String("ResourceGroupId"))));
    addRemainingFields(in.extra, item,
                       {QStringLiteral("DBInstanceId"), QStringLiteral("DBInstanceDescription"),
                        QStringLiteral("RegionId"), QStringLiteral("DBInstanceStatus"),
                        QStringLiteral("Engine"), QStringLiteral("EngineVersion"), QStringLiteral("ZoneId"),
                        QStringLiteral("DBInstanceClass"), QStringLiteral("DBInstanceType"),
                        QStringLiteral("PayType"), QStringLiteral("CreateTime"), QStringLiteral("ExpireTime"),
                        QStringLiteral("VpcId"), QStringLiteral("ResourceGroupId")});
    return in;
}

RdsInstancePage RdsParser::parseInstances(const QJsonObject &payload, const QString &region)
{
    RdsInstancePage page;
    page.nextToken = text(payload.value(QLatin1String("NextToken")));
    page.totalRecordCount = counter(payload, "TotalRecordCount");
    bool ok = true;
    const QJsonObject items = objectAt(payload, QStringLiteral("Items"), &ok);
    const QJsonArray list = arrayAt(items, QStringLiteral("DBInstance"), &ok);
    if (!ok) {
        page.error = tr("DescribeDBInstances answered without a list at Items.DBInstance.");
        return page;
    }
    page.skipped
        = parseEach(list, page.instances, [&](const QJsonObject &o) { return parseInstance(o, region); });
    return page;
}

QString RdsParser::parseBackupJobId(const QJsonObject &payload)
{
    return text(payload.value(QLatin1String("BackupJobId"))).trimmed();
}

RdsBackupJob::State RdsParser::jobState(const QString &raw)
{
    if (raw == QLatin1String("Finished"))
        return RdsBackupJob::State::Finished;
    if (raw == QLatin1String("Failed"))
        return RdsBackupJob::State::Failed;
    if (raw == QLatin1String("NoStart") || raw == QLatin1String("Checking")
        || raw == QLatin1String("Preparing") || raw == QLatin1String("Waiting"))
        return RdsBackupJob::State::Waiting;
    if (raw.isEmpty())
        return RdsBackupJob::State::Unknown;
    return RdsBackupJob::State::Running; // Uploading, Progressing, and whatever comes next
}

RdsBackupJobList RdsParser::parseBackupTasks(const QJsonObject &payload)
{
    RdsBackupJobList result;
    bool ok = true;
    const QJsonObject items = objectAt(payload, QStringLiteral("Items"), &ok);
    const QJsonArray list = arrayAt(items, QStringLiteral("BackupJob"), &ok);
    if (!ok) {
        result.error = tr("DescribeBackupTasks answered without a list at Items.BackupJob.");
        return result;
    }
    for (const QJsonValue &entry : list) {
        if (!entry.isObject())
            continue;
        const QJsonObject o = entry.toObject();
        RdsBackupJob job;
        job.jobId = text(o.value(QLatin1String("BackupJobId")));
        if (job.jobId.isEmpty())
            continue;
        job.statusRaw = text(o.value(QLatin1String("BackupStatus")));
        job.progressStatusRaw = text(o.value(QLatin1String("BackupProgressStatus")));
        // BackupStatus is "only returned once the task runs"; the progress status stands in for it.
        job.state = jobState(job.statusRaw.isEmpty() ? job.progressStatusRaw : job.statusRaw);
        // Process is a percent sent as a string ("25"); a trailing "%" is tolerated.
        const QString process = text(o.value(QLatin1String("Process"))).remove(u'%');
        if (const std::optional<double> p = number(QJsonValue(process)))
            job.percent = qBound(0, static_cast<int>(*p), 100);
        job.backupId = text(o.value(QLatin1String("BackupId")));
        job.jobMode = text(o.value(QLatin1String("JobMode")));
        job.taskAction = text(o.value(QLatin1String("TaskAction")));
        result.jobs.append(job);
    }
    return result;
}

BackupPolicy RdsParser::parseBackupPolicy(const QJsonObject &payload, QString *error)
{
    BackupPolicy policy;
    for (const char *key :
         {"PreferredBackupPeriod", "PreferredBackupTime", "BackupRetentionPeriod", "PreferredNextBackupTime",
          "BackupLog", "EnableBackupLog", "LogBackupFrequency"}) {
        const QJsonValue value = payload.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull())
            policy.raw.append({QString::fromLatin1(key), text(value)});
    }
    policy.window = text(payload.value(QLatin1String("PreferredBackupTime")));
    const QString period = text(payload.value(QLatin1String("PreferredBackupPeriod")));
    for (const QString &day : period.split(u',', Qt::SkipEmptyParts)) {
        const int weekday = BackupPolicy::weekday(day);
        if (weekday == 0) {
            *error = tr("PreferredBackupPeriod holds '%1', which is no weekday").arg(day.trimmed().left(40));
            policy.fullBackupWeekdays.clear();
            return policy;
        }
        if (!policy.fullBackupWeekdays.contains(weekday))
            policy.fullBackupWeekdays << weekday;
    }
    std::sort(policy.fullBackupWeekdays.begin(), policy.fullBackupWeekdays.end());
    if (policy.fullBackupWeekdays.isEmpty())
        *error = tr("PreferredBackupPeriod is missing or empty");
    return policy;
}

} // namespace bb
