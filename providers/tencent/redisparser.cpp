#include "providers/tencent/redisparser.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace bb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::RedisParser", text);
}

QString productKey()
{
    return QString::fromLatin1(RedisParser::product);
}

QString requestIdOf(const QJsonObject &response)
{
    return TencentJson::string(response.value(QLatin1String("RequestId")));
}

} // namespace

BackupStatus RedisParser::backupStatus(qint64 status)
{
    switch (status) {
    case 1:
        return BackupStatus::Locked; // locked by another process (e.g. a restore reading it)
    case 2:
        return BackupStatus::Succeeded;
    case -1:
        return BackupStatus::Expired;
    case 3:
        return BackupStatus::Exporting;
    case 4:
        return BackupStatus::Exported;
    case -2:
        return BackupStatus::Deleted;
    default:
        return BackupStatus::Unknown;
    }
}

InstanceStatus RedisParser::instanceStatus(qint64 status)
{
    switch (status) {
    case 0:
        return InstanceStatus::Creating; // initialising
    case 1:
        return InstanceStatus::Busy; // a flow is running
    case 2:
        return InstanceStatus::Running;
    case -2:
        return InstanceStatus::Stopped; // isolated
    case -3:
        return InstanceStatus::Deleting; // pending deletion
    default:
        return InstanceStatus::Unknown;
    }
}

QString RedisParser::engineForType(qint64 type)
{
    switch (type) {
    case 2:
        return QStringLiteral("Redis 2.8 (standard)");
    case 3:
        return QStringLiteral("CKV 3.2 (standard)");
    case 4:
        return QStringLiteral("CKV 3.2 (cluster)");
    case 5:
        return QStringLiteral("Redis 2.8 (standalone)");
    case 6:
        return QStringLiteral("Redis 4.0 (standard)");
    case 7:
        return QStringLiteral("Redis 4.0 (cluster)");
    case 8:
        return QStringLiteral("Redis 5.0 (standard)");
    case 9:
        return QStringLiteral("Redis 5.0 (cluster)");
    case 15:
        return QStringLiteral("Redis 6.2 (standard)");
    case 16:
        return QStringLiteral("Redis 6.2 (cluster)");
    case 17:
        return QStringLiteral("Redis 7.0 (standard)");
    case 18:
        return QStringLiteral("Redis 7.0 (cluster)");
    default:
        return {};
    }
}

TencentPage<Instance> RedisParser::parseInstances(const QJsonObject &payload, const QString &region)
{
    const QString action = QStringLiteral("DescribeInstances");
    TencentPage<Instance> page;
    const QJsonObject response = TencentJson::unwrap(payload);
    page.requestId = requestIdOf(response);
    page.error = TencentJson::envelopeError(response, productKey(), action);
    QJsonArray rows;
    if (page.error.isError()
        || !TencentJson::pageRows(response, productKey(), action, "InstanceSet", maxRowsPerPage,
                                  maxTotalCount, rows, page.totalCount, page.error))
        return page;
    for (const QJsonValue &value : std::as_const(rows)) {
        const QJsonObject row = value.toObject();
        Instance instance;
        instance.id = TencentJson::string(row.value(QLatin1String("InstanceId")));
        if (instance.id.isEmpty()) {
            page.error = TencentJson::malformed(
                productKey(), action, tr("An instance in the answer has no InstanceId."), page.requestId);
            page.items.clear();
            return page;
        }
        instance.name = TencentJson::string(row.value(QLatin1String("InstanceName")));
        instance.product = productKey();
        // Region is the readable name; RegionId is numeric and of no use to the other calls.
        instance.region = TencentJson::string(row.value(QLatin1String("Region")));
        if (!instance.region.contains(QLatin1Char('-')))
            instance.region = region;
        bool ok = false;
        const qint64 status = TencentJson::integer(row.value(QLatin1String("Status")), 0, &ok);
        instance.status = ok ? instanceStatus(status) : InstanceStatus::Unknown;
        instance.statusRaw = TencentJson::string(row.value(QLatin1String("Status")));
        instance.engine = engineForType(TencentJson::integer(row.value(QLatin1String("Type")), 0));
        if (instance.engine.isEmpty())
            instance.engine = TencentJson::string(row.value(QLatin1String("Engine")));
        TencentJson::appendRemaining(row,
                                     {QStringLiteral("InstanceId"), QStringLiteral("InstanceName"),
                                      QStringLiteral("Region"), QStringLiteral("Status"),
                                      // per-node metrics: large and of no use to a backup browser
                                      QStringLiteral("InstanceNode")},
                                     instance.extra);
        page.items.append(instance);
    }
    return page;
}

TencentPage<Backup> RedisParser::parseBackups(const QJsonObject &payload, const QString &instanceId,
                                              const QString &region)
{
    const QString action = QStringLiteral("DescribeInstanceBackups");
    TencentPage<Backup> page;
    const QJsonObject response = TencentJson::unwrap(payload);
    page.requestId = requestIdOf(response);
    page.error = TencentJson::envelopeError(response, productKey(), action);
    QJsonArray rows;
    if (page.error.isError()
        || !TencentJson::pageRows(response, productKey(), action, "BackupSet", maxRowsPerPage, maxTotalCount,
                                  rows, page.totalCount, page.error))
        return page;
    for (const QJsonValue &value : std::as_const(rows)) {
        const QJsonObject row = value.toObject();
        Backup backup;
        backup.product = productKey();
        backup.id = TencentJson::string(row.value(QLatin1String("BackupId")));
        if (!value.isObject() || backup.id.isEmpty()) {
            page.error = TencentJson::malformed(
                productKey(), action, tr("A backup in the answer has no BackupId."), page.requestId);
            page.items.clear();
            return page;
        }
        backup.instanceId = TencentJson::string(row.value(QLatin1String("InstanceId")));
        if (backup.instanceId.isEmpty())
            backup.instanceId = instanceId;
        backup.region = TencentJson::string(row.value(QLatin1String("Region")));
        if (backup.region.isEmpty())
            backup.region = region;
        backup.name = TencentJson::string(row.value(QLatin1String("Remark")));
        bool ok = false;
        const qint64 status = TencentJson::integer(row.value(QLatin1String("Status")), 0, &ok);
        backup.status = ok ? backupStatus(status) : BackupStatus::Unknown;
        backup.statusRaw = TencentJson::string(row.value(QLatin1String("Status")));
        // Every Redis backup is an RDB snapshot of the whole data set.
        backup.kind = BackupKind::Full;
        backup.method = BackupMethod::Snapshot;
        backup.start = TencentJson::beijingTime(TencentJson::string(row.value(QLatin1String("StartTime"))));
        backup.end = TencentJson::beijingTime(TencentJson::string(row.value(QLatin1String("EndTime"))));
        backup.expire = TencentJson::beijingTime(TencentJson::string(row.value(QLatin1String("ExpireTime"))));
        // RedisBackupSet.BackupSize is an "internal field" per the SDK: the size in bytes comes
        // from DescribeBackupDetail (or the files' FileSize), so it stays unknown here.
        if (backup.status == BackupStatus::Expired || backup.status == BackupStatus::Deleted)
            backup.notDownloadableReason = tr("The backup has expired or was deleted.");
        TencentJson::appendRemaining(row,
                                     {QStringLiteral("BackupId"), QStringLiteral("InstanceId"),
                                      QStringLiteral("Region"), QStringLiteral("Remark"),
                                      QStringLiteral("Status"), QStringLiteral("StartTime"),
                                      QStringLiteral("EndTime"), QStringLiteral("ExpireTime")},
                                     backup.extra);
        page.items.append(backup);
    }
    return page;
}

namespace {

void setExtra(FieldList &extra, const QString &key, const QString &value)
{
    for (Field &field : extra) {
        if (field.key == key) {
            field.value = value;
            return;
        }
    }
    extra.append({key, value});
}

} // namespace

Backup RedisParser::parseBackupDetail(const QJsonObject &payload, const Backup &known, ProviderError *error)
{
    const QString action = QStringLiteral("DescribeBackupDetail");
    const QJsonObject response = TencentJson::unwrap(payload);
    ProviderError failure = TencentJson::envelopeError(response, productKey(), action);
    Backup backup = known;
    if (!failure.isError()) {
        const QString id = TencentJson::string(response.value(QLatin1String("BackupId")));
        if (id.isEmpty() && known.id.isEmpty()) {
            failure = TencentJson::malformed(productKey(), action, tr("The answer has no BackupId."),
                                             requestIdOf(response));
        } else {
            if (!id.isEmpty())
                backup.id = id;
            if (backup.product.isEmpty())
                backup.product = productKey();
            backup.kind = BackupKind::Full;
            backup.method = BackupMethod::Snapshot;
            const QString remark = TencentJson::string(response.value(QLatin1String("Remark")));
            if (!remark.isEmpty())
                backup.name = remark;
            bool ok = false;
            const qint64 status = TencentJson::integer(response.value(QLatin1String("Status")), 0, &ok);
            if (ok) {
                backup.status = backupStatus(status);
                backup.statusRaw = QString::number(status);
                // Found by id alone (no listing row before it), an expired backup says so too.
                if (backup.status == BackupStatus::Expired || backup.status == BackupStatus::Deleted)
                    backup.notDownloadableReason = tr("The backup has expired or was deleted.");
            }
            const QDateTime start
                = TencentJson::beijingTime(TencentJson::string(response.value(QLatin1String("StartTime"))));
            const QDateTime end
                = TencentJson::beijingTime(TencentJson::string(response.value(QLatin1String("EndTime"))));
            if (start.isValid())
                backup.start = start;
            if (end.isValid())
                backup.end = end;
            const qint64 size = TencentJson::integer(response.value(QLatin1String("BackupSize")), -1, &ok);
            if (ok && size >= 0) {
                backup.sizeBytes = size; // bytes already
                // The listing's BackupSize (an "internal field", 0 in practice) is no size: the
                // real one is known now, so the placeholder goes.
                backup.extra.removeIf(
                    [](const Field &field) { return field.key == QLatin1String("BackupSize"); });
            }
            // Seed 002 (DescribeBackupDetail): BackupType "1" manual, "0" automatic. The
            // RedisBackupSet page of DescribeInstanceBackups says the opposite for its own field
            // (docs/providers.md); for this call the seed is followed.
            const QString type = TencentJson::string(response.value(QLatin1String("BackupType"))).trimmed();
            if (type == QLatin1String("1"))
                backup.trigger = BackupTrigger::Manual;
            else if (type == QLatin1String("0"))
                backup.trigger = BackupTrigger::Automatic;
            const QStringList detailKeys = {QStringLiteral("BackupType"),   QStringLiteral("Locked"),
                                            QStringLiteral("InstanceType"), QStringLiteral("ShardNum"),
                                            QStringLiteral("ReplicasNum"),  QStringLiteral("MemSize")};
            for (const QString &key : detailKeys) {
                const QJsonValue value = response.value(key);
                if (!value.isUndefined() && !value.isNull())
                    setExtra(backup.extra, key, TencentJson::displayText(value));
            }
            // MemSize is MB per shard; say so once here rather than in every view.
            const qint64 memMb = TencentJson::integer(response.value(QLatin1String("MemSize")), -1, &ok);
            if (ok && memMb >= 0)
                setExtra(backup.extra, QStringLiteral("MemSizeBytesPerShard"),
                         QString::number(memMb * 1024 * 1024));
        }
    }
    if (error)
        *error = failure;
    return backup;
}

QList<BackupFile> RedisParser::parseBackupUrls(const QJsonObject &payload, ProviderError *error)
{
    const QString action = QStringLiteral("DescribeBackupUrl");
    const QJsonObject response = TencentJson::unwrap(payload);
    ProviderError failure = TencentJson::envelopeError(response, productKey(), action);
    QList<BackupFile> files;
    if (!failure.isError()) {
        const QJsonValue infos = response.value(QLatin1String("BackupInfos"));
        if (infos.isArray() && !infos.toArray().isEmpty()) {
            const QJsonArray array = infos.toArray();
            int shard = 0;
            for (const QJsonValue &value : array) {
                const QJsonObject row = value.toObject();
                BackupFile file;
                file.name = TencentJson::string(row.value(QLatin1String("FileName")));
                bool ok = false;
                const qint64 size = TencentJson::integer(row.value(QLatin1String("FileSize")), 0, &ok);
                file.sizeBytes = ok && size > 0 ? size : -1; // 0 means unknown
                file.externalUrl
                    = TencentJson::url(TencentJson::string(row.value(QLatin1String("DownloadUrl"))));
                file.internalUrl
                    = TencentJson::url(TencentJson::string(row.value(QLatin1String("InnerDownloadUrl"))));
                file.extra.append({QStringLiteral("Shard"), QString::number(++shard)});
                if (file.externalUrl.isEmpty() && file.internalUrl.isEmpty())
                    continue;
                files.append(file);
            }
        } else {
            // Older servers: the deprecated parallel arrays.
            const QStringList names = TencentJson::stringList(response.value(QLatin1String("Filenames")));
            const QStringList external
                = TencentJson::stringList(response.value(QLatin1String("DownloadUrl")));
            const QStringList internal
                = TencentJson::stringList(response.value(QLatin1String("InnerDownloadUrl")));
            const qsizetype count = std::max(external.size(), internal.size());
            for (qsizetype i = 0; i < count; ++i) {
                BackupFile file;
                file.name = names.value(i);
                file.externalUrl = TencentJson::url(external.value(i));
                file.internalUrl = TencentJson::url(internal.value(i));
                file.extra.append({QStringLiteral("Shard"), QString::number(i + 1)});
                files.append(file);
            }
        }
        if (files.isEmpty()) {
            failure = TencentJson::malformed(productKey(), action, tr("The answer has no download address."),
                                             requestIdOf(response));
        } else if (files.size() > maxRowsPerPage) {
            failure = TencentJson::malformed(
                productKey(), action, tr("The answer has implausibly many files."), requestIdOf(response));
            files.clear();
        }
    }
    if (error)
        *error = failure;
    return files;
}

qint64 RedisParser::parseTaskId(const QJsonObject &payload, ProviderError *error)
{
    const QString action = QStringLiteral("ManualBackupInstance");
    const QJsonObject response = TencentJson::unwrap(payload);
    ProviderError failure = TencentJson::envelopeError(response, productKey(), action);
    bool ok = false;
    const qint64 taskId = TencentJson::integer(response.value(QLatin1String("TaskId")), 0, &ok);
    if (!failure.isError() && (!ok || taskId <= 0))
        failure = TencentJson::malformed(productKey(), action, tr("The answer has no usable TaskId."),
                                         requestIdOf(response));
    if (error)
        *error = failure;
    return failure.isError() ? 0 : taskId;
}

BackupPolicy RedisParser::parseAutoBackupConfig(const QJsonObject &payload, ProviderError *error)
{
    const QString action = QStringLiteral("DescribeAutoBackupConfig");
    const QJsonObject response = TencentJson::unwrap(payload);
    ProviderError failure = TencentJson::envelopeError(response, productKey(), action);
    BackupPolicy policy;
    if (!failure.isError()) {
        for (const QJsonValue &day : response.value(QLatin1String("WeekDays")).toArray()) {
            const int weekday = BackupPolicy::weekday(TencentJson::string(day));
            if (weekday > 0 && !policy.fullBackupWeekdays.contains(weekday))
                policy.fullBackupWeekdays << weekday;
        }
        std::sort(policy.fullBackupWeekdays.begin(), policy.fullBackupWeekdays.end());
        policy.window = TencentJson::string(response.value(QLatin1String("TimePeriod")));
        QStringList named;
        for (const QJsonValue &day : response.value(QLatin1String("WeekDays")).toArray())
            named << TencentJson::string(day);
        policy.raw.append({QStringLiteral("WeekDays"), named.join(u',')});
        for (const char *key : {"TimePeriod", "AutoBackupType", "BackupStorageDays", "BinlogStorageDays"}) {
            const QJsonValue value = response.value(QLatin1String(key));
            if (!value.isUndefined() && !value.isNull())
                policy.raw.append({QString::fromLatin1(key),
                                   value.isString() ? value.toString() : QString::number(value.toInteger())});
        }
        if (policy.fullBackupWeekdays.isEmpty())
            failure = TencentJson::malformed(
                productKey(), action, tr("The answer names no weekday in WeekDays."), requestIdOf(response));
    }
    if (error)
        *error = failure;
    return failure.isError() ? BackupPolicy() : policy;
}

RedisParser::TaskInfo RedisParser::parseTaskInfo(const QJsonObject &payload, ProviderError *error)
{
    const QString action = QStringLiteral("DescribeTaskInfo");
    const QJsonObject response = TencentJson::unwrap(payload);
    ProviderError failure = TencentJson::envelopeError(response, productKey(), action);
    TaskInfo info;
    if (!failure.isError()) {
        info.statusRaw = TencentJson::string(response.value(QLatin1String("Status")));
        const QString status = info.statusRaw.toLower();
        if (status == QLatin1String("preparing"))
            info.state = TaskState::Preparing;
        else if (status == QLatin1String("running"))
            info.state = TaskState::Running;
        else if (status == QLatin1String("succeed") || status == QLatin1String("succeeded"))
            info.state = TaskState::Succeeded;
        else if (status == QLatin1String("failed") || status == QLatin1String("error"))
            info.state = TaskState::Failed;
        else
            failure = TencentJson::malformed(
                productKey(), action,
                tr("The task status \"%1\" is not one the API documents.").arg(info.statusRaw),
                requestIdOf(response));
        info.taskType = TencentJson::string(response.value(QLatin1String("TaskType")));
        info.instanceId = TencentJson::string(response.value(QLatin1String("InstanceId")));
        info.message = TencentJson::string(response.value(QLatin1String("TaskMessage")));
        info.start
            = TencentJson::beijingTime(TencentJson::string(response.value(QLatin1String("StartTime"))));
    }
    if (error)
        *error = failure;
    return info;
}

void RedisParser::markCreatedManually(Backup &backup)
{
    backup.trigger = BackupTrigger::Manual;
}

} // namespace bb
