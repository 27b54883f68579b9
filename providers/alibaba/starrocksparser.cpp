#include "providers/alibaba/starrocksparser.h"

#include "providers/alibaba/alibabajson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace bb {

using namespace alibabajson;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::StarRocksParser", text);
}

QString field(const QJsonObject &o, const char *key)
{
    return text(o.value(QLatin1String(key)));
}

// "FE: 4 CU, 200 GiB pl1 x 2 disks, 3 nodes, standard" — one line per node group for the detail pane.
QString nodeGroupLine(const QJsonObject &g)
{
    QStringList parts;
    if (const QString cu = field(g, "Cu"); !cu.isEmpty())
        parts << QStringLiteral("%1 CU").arg(cu);
    QString storage;
    if (const QString size = field(g, "StorageSize"); !size.isEmpty())
        storage = QStringLiteral("%1 GiB").arg(size);
    if (const QString pl = field(g, "StoragePerformanceLevel"); !pl.isEmpty())
        storage += (storage.isEmpty() ? QString() : QStringLiteral(" ")) + pl;
    if (const QString disks = field(g, "DiskNumber"); !disks.isEmpty())
        storage += QStringLiteral(" x %1 disks").arg(disks);
    if (!storage.isEmpty())
        parts << storage.trimmed();
    if (const QString nodes = field(g, "ResidentNodeNumber"); !nodes.isEmpty())
        parts << QStringLiteral("%1 nodes").arg(nodes);
    if (const QString spec = field(g, "SpecType"); !spec.isEmpty())
        parts << spec;
    // The docs' example sends the text "null" for an unset local-storage type.
    if (const QString local = field(g, "LocalStorageInstanceType");
        !local.isEmpty() && local != QLatin1String("null"))
        parts << local;
    const QString type = field(g, "ComponentType");
    const QString rest = parts.join(QStringLiteral(", "));
    if (type.isEmpty())
        return rest;
    return rest.isEmpty() ? type : type + QStringLiteral(": ") + rest;
}

// The instance as it was when the backup ran, flattened as "InstanceSnapshot.<Field>".
void addInstanceSnapshot(FieldList &extra, const QJsonObject &snap)
{
    const QString prefix = QStringLiteral("InstanceSnapshot.");
    static const char *const scalars[] = {"InstanceName", "RunMode",         "Version", "MinorVersion",
                                          "SpecType",     "ResourceGroupId", "VpcId",   "RegionId"};
    for (const char *key : scalars)
        addField(extra, prefix + QLatin1String(key), field(snap, key));

    const QJsonArray groups = snap.value(QLatin1String("NodeGroups")).toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (groups.at(i).isObject())
            addField(extra, prefix + QStringLiteral("NodeGroups[%1]").arg(i),
                     nodeGroupLine(groups.at(i).toObject()));
    }
    QStringList tags;
    for (const QJsonValue &tag : snap.value(QLatin1String("Tags")).toArray()) {
        const QString key = field(tag.toObject(), "Key");
        if (!key.isEmpty())
            tags << key + u'=' + field(tag.toObject(), "Value");
    }
    addField(extra, prefix + QStringLiteral("Tags"), tags.join(QStringLiteral(", ")));

    QStringList handled;
    for (const char *key : scalars)
        handled << QLatin1String(key);
    handled << QStringLiteral("NodeGroups") << QStringLiteral("Tags");
    addRemainingFields(extra, snap, handled, prefix);
}

BackupFile subTaskFile(const QJsonObject &sub)
{
    BackupFile file;
    file.database = field(sub, "DataBase");
    const QString table = field(sub, "Table");
    const QString snapshot = field(sub, "SnapshotName");
    if (!file.database.isEmpty() && !table.isEmpty())
        file.name = file.database + u'.' + table;
    else
        file.name = !table.isEmpty() ? table : (!file.database.isEmpty() ? file.database : snapshot);
    file.sizeBytes = StarRocksParser::gibToBytes(sub.value(QLatin1String("Size")));
    addField(file.extra, QStringLiteral("Table"), table);
    addField(file.extra, QStringLiteral("SnapshotName"), snapshot);
    addField(file.extra, QStringLiteral("Status"), field(sub, "Status"));
    addField(file.extra, QStringLiteral("StartTime"),
             isoText(epochSeconds(sub.value(QLatin1String("StartTime")))));
    addField(file.extra, QStringLiteral("FinishedTime"),
             isoText(epochSeconds(sub.value(QLatin1String("FinishedTime")))));
    addField(file.extra, QStringLiteral("Detail"), field(sub, "Detail"));
    addRemainingFields(file.extra, sub,
                       {QStringLiteral("DataBase"), QStringLiteral("Table"), QStringLiteral("SnapshotName"),
                        QStringLiteral("Size"), QStringLiteral("Status"), QStringLiteral("StartTime"),
                        QStringLiteral("FinishedTime"), QStringLiteral("Detail")});
    return file;
}

BackupKind backupKind(const QString &raw)
{
    if (raw == QLatin1String("FullBackup"))
        return BackupKind::Full;
    if (raw == QLatin1String("IncrementalBackup"))
        return BackupKind::Incremental;
    return BackupKind::Unknown;
}

} // namespace

qint64 StarRocksParser::gibToBytes(const QJsonValue &value)
{
    const std::optional<double> gib = number(value);
    if (!gib || *gib < 0 || *gib > 8.0e9)
        return -1;
    return static_cast<qint64>(std::llround(*gib * static_cast<double>(bytesPerGiB)));
}

BackupStatus StarRocksParser::backupStatus(const QString &raw)
{
    // No full enum is published (docs/providers.md#emr-serverless-starrocks-roa-version-2022-10-19); the
    // seed shows RUNNING, COMPLETED, subtasks "success". Match without case so either spelling lands.
    const QString s = raw.toUpper();
    if (s.isEmpty())
        return BackupStatus::Unknown;
    if (s == QLatin1String("COMPLETED") || s == QLatin1String("SUCCESS") || s == QLatin1String("FINISHED")
        || s == QLatin1String("SUCCEEDED"))
        return BackupStatus::Succeeded;
    if (s == QLatin1String("RUNNING") || s == QLatin1String("BACKING_UP")
        || s == QLatin1String("IN_PROGRESS"))
        return BackupStatus::Running;
    if (s == QLatin1String("PENDING") || s == QLatin1String("CREATING") || s == QLatin1String("WAITING")
        || s == QLatin1String("INIT"))
        return BackupStatus::Creating;
    if (s == QLatin1String("FAILED") || s == QLatin1String("FAIL") || s == QLatin1String("ERROR")
        || s == QLatin1String("CANCELLED") || s == QLatin1String("TIMEOUT"))
        return BackupStatus::Failed;
    if (s == QLatin1String("EXPIRED"))
        return BackupStatus::Expired;
    if (s == QLatin1String("DELETED") || s == QLatin1String("DELETING"))
        return BackupStatus::Deleted;
    return BackupStatus::Unknown;
}

Backup StarRocksParser::parseBackup(const QJsonObject &item, const QString &region)
{
    Backup b;
    b.product = QLatin1String(product);
    b.id = field(item, "BackupTaskId");
    b.instanceId = field(item, "InstanceId");
    b.region = field(item, "RegionId");
    if (b.region.isEmpty())
        b.region = region;
    b.name = field(item, "Description");
    b.statusRaw = field(item, "Status");
    b.status = backupStatus(b.statusRaw);
    const QString typeRaw = field(item, "BackupType");
    b.kind = backupKind(typeRaw);
    // The page calls the top-level Size "the cloud disk size in GiB" and each subtask's Size "the
    // data size in GiB": the backup's size is its data (the subtasks added up); the disk size is
    // kept under its own name (docs/providers.md, StarRocks).
    const qint64 diskBytes = gibToBytes(item.value(QLatin1String("Size")));
    if (diskBytes >= 0)
        addField(b.extra, QStringLiteral("CloudDiskSizeGiB"), field(item, "Size"));
    b.start = epochMilliseconds(item.value(QLatin1String("BackupStartTime")));
    b.end = epochMilliseconds(item.value(QLatin1String("BackupFinishedTime")));
    b.expire = epochMilliseconds(item.value(QLatin1String("ExpireTime")));
    b.notDownloadableReason = tr("StarRocks backups have no download URL.");

    for (const QJsonValue &entry : item.value(QLatin1String("SubTasks")).toArray()) {
        if (!entry.isObject())
            continue;
        const BackupFile file = subTaskFile(entry.toObject());
        if (!file.database.isEmpty() && !b.databases.contains(file.database))
            b.databases.append(file.database);
        b.files.append(file);
    }
    qint64 dataBytes = -1;
    for (const BackupFile &file : std::as_const(b.files)) {
        if (file.sizeBytes >= 0)
            dataBytes = std::max<qint64>(dataBytes, 0) + file.sizeBytes;
    }
    b.sizeBytes = dataBytes;

    // "0 fast / 1 consistent" in the docs, "FullBackup" in the example: keep what cannot be mapped.
    if (b.kind == BackupKind::Unknown)
        addField(b.extra, QStringLiteral("BackupType"), typeRaw);
    const QJsonValue snapshot = item.value(QLatin1String("InstanceSnapshot"));
    if (snapshot.isObject())
        addInstanceSnapshot(b.extra, snapshot.toObject());
    addRemainingFields(
        b.extra, item,
        {QStringLiteral("BackupTaskId"), QStringLiteral("InstanceId"), QStringLiteral("RegionId"),
         QStringLiteral("Description"), QStringLiteral("Status"), QStringLiteral("BackupType"),
         QStringLiteral("Size"), QStringLiteral("BackupStartTime"), QStringLiteral("BackupFinishedTime"),
         QStringLiteral("ExpireTime"), QStringLiteral("SubTasks"), QStringLiteral("InstanceSnapshot")});
    return b;
}

StarRocksBackupPage StarRocksParser::parseBackups(const QJsonObject &payload, const QString &region)
{
    StarRocksBackupPage page;
    page.total = static_cast<int>(integer(payload.value(QLatin1String("Total"))).value_or(0));
    bool ok = true;
    const QJsonArray list = arrayAt(payload, QStringLiteral("Data"), &ok);
    if (!ok) {
        page.error = tr("DescribeBackups answered without a list at Data.");
        return page;
    }
    page.skipped
        = parseEach(list, page.backups, [&](const QJsonObject &o) { return parseBackup(o, region); });
    return page;
}

InstanceStatus StarRocksParser::instanceStatus(const QString &raw)
{
    // Every InstanceStatus value the SDK model lists (starrocks-20221019
    // describe_instances_response_body_model.go); the raw value is kept beside it by the caller.
    static const QHash<QString, InstanceStatus> known = {
        {QStringLiteral("running"), InstanceStatus::Running},
        {QStringLiteral("created"), InstanceStatus::Running}, // created, the last step before running
        {QStringLiteral("not_init"), InstanceStatus::Creating},
        {QStringLiteral("unpaid"), InstanceStatus::Creating},
        {QStringLiteral("paid"), InstanceStatus::Creating},
        {QStringLiteral("creating"), InstanceStatus::Creating},
        {QStringLiteral("agent_creating"), InstanceStatus::Creating},
        {QStringLiteral("creating_failed"), InstanceStatus::Error},
        {QStringLiteral("deleting_failed"), InstanceStatus::Error},
        {QStringLiteral("deleted_with_error"), InstanceStatus::Deleting},
        {QStringLiteral("deleting"), InstanceStatus::Deleting},
        {QStringLiteral("deleted"), InstanceStatus::Deleting},
        {QStringLiteral("disable"), InstanceStatus::Stopped}, // "the instance is unavailable"
        {QStringLiteral("actively_disabled"), InstanceStatus::Stopped},
        {QStringLiteral("updating"), InstanceStatus::Busy},
        {QStringLiteral("agent_scaling_up"), InstanceStatus::Busy},
        {QStringLiteral("modifying_config"), InstanceStatus::Busy},
        {QStringLiteral("scaling_out"), InstanceStatus::Busy},
        {QStringLiteral("restarting"), InstanceStatus::Busy},
        {QStringLiteral("scaling_in"), InstanceStatus::Busy},
        {QStringLiteral("scaling_up"), InstanceStatus::Busy},
        {QStringLiteral("scaling_down"), InstanceStatus::Busy},
        {QStringLiteral("upgrading"), InstanceStatus::Busy},
        {QStringLiteral("enable_public_network"), InstanceStatus::Busy},
        {QStringLiteral("disable_public_network"), InstanceStatus::Busy},
        {QStringLiteral("convert_from_trial_to_official"), InstanceStatus::Busy},
        {QStringLiteral("migration_cluster_to_serverless"), InstanceStatus::Busy},
        {QStringLiteral("modifying_timezone"), InstanceStatus::Busy},
        {QStringLiteral("switch_az"), InstanceStatus::Busy},
        {QStringLiteral("enabling"), InstanceStatus::Busy},
    };
    const auto it = known.constFind(raw.toLower());
    // A value the model does not list yet is shown as unknown (with its raw text), not guessed.
    return it == known.cend() ? InstanceStatus::Unknown : it.value();
}

Instance StarRocksParser::parseInstance(const QJsonObject &item, const QString &region)
{
    Instance in;
    in.product = QLatin1String(product);
    in.id = field(item, "InstanceId");
    in.name = field(item, "InstanceName");
    if (in.name.isEmpty())
        in.name = in.id;
    in.region = field(item, "RegionId");
    if (in.region.isEmpty())
        in.region = region;
    in.statusRaw = field(item, "InstanceStatus");
    in.status = instanceStatus(in.statusRaw);
    const QString version
        = field(item, "MinorVersion").isEmpty() ? field(item, "Version") : field(item, "MinorVersion");
    in.engine = version.isEmpty() ? QStringLiteral("StarRocks") : QStringLiteral("StarRocks ") + version;
    addField(in.extra, QStringLiteral("RunMode"), field(item, "RunMode"));
    addField(in.extra, QStringLiteral("Version"), field(item, "Version"));
    addField(in.extra, QStringLiteral("PayType"), field(item, "PayType"));
    addField(in.extra, QStringLiteral("BeginTime"),
             isoText(epochMilliseconds(item.value(QLatin1String("BeginTime")))));
    addField(in.extra, QStringLiteral("ExpireTime"),
             isoText(epochMilliseconds(item.value(QLatin1String("ExpireTime")))));
    addField(in.extra, QStringLiteral("VpcId"), field(item, "VpcId"));
    addRemainingFields(in.extra, item,
                       {QStringLiteral("InstanceId"), QStringLiteral("InstanceName"),
                        QStringLiteral("RegionId"), QStringLiteral("InstanceStatus"),
                        QStringLiteral("MinorVersion"), QStringLiteral("RunMode"), QStringLiteral("Version"),
                        QStringLiteral("PayType"), QStringLiteral("BeginTime"), QStringLiteral("ExpireTime"),
                        QStringLiteral("VpcId")});
    return in;
}

StarRocksInstancePage StarRocksParser::parseInstances(const QJsonObject &payload, const QString &region)
{
    StarRocksInstancePage page;
    page.total = static_cast<int>(integer(payload.value(QLatin1String("Total"))).value_or(0));
    bool ok = true;
    const QJsonArray list = arrayAt(payload, QStringLiteral("Data"), &ok);
    if (!ok) {
        page.error = tr("DescribeInstances answered without a list at Data.");
        return page;
    }
    page.skipped
        = parseEach(list, page.instances, [&](const QJsonObject &o) { return parseInstance(o, region); });
    return page;
}

} // namespace bb
