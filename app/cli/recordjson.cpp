#include "app/cli/recordjson.h"

#include "models/displayformat.h"

#include <QJsonArray>

namespace bb {

namespace {

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// Signed URLs are bearer tokens: null unless the caller asked for them (--with-urls).
QJsonValue url(bool withUrls, const QUrl &value)
{
    if (!withUrls || value.isEmpty())
        return QJsonValue::Null;
    return value.toString(QUrl::FullyEncoded);
}

// Sizes, ages, durations: null where unknown (negative).
QJsonValue nonNegative(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue checksum(const Checksum &value)
{
    if (value.isEmpty())
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("algorithm"), value.algorithm},
                        {QStringLiteral("value"), value.value}};
}

QJsonObject extra(const FieldList &fields)
{
    QJsonObject object;
    for (const Field &field : fields)
        object.insert(field.key, field.value);
    return object;
}

} // namespace

QStringList RecordJson::backupKeys()
{
    return {QStringLiteral("id"),           QStringLiteral("product"),   QStringLiteral("instance"),
            QStringLiteral("name"),         QStringLiteral("status"),    QStringLiteral("status_raw"),
            QStringLiteral("kind"),         QStringLiteral("trigger"),   QStringLiteral("method"),
            QStringLiteral("start"),        QStringLiteral("end"),       QStringLiteral("expire"),
            QStringLiteral("size_bytes"),   QStringLiteral("databases"), QStringLiteral("internal_url"),
            QStringLiteral("external_url"), QStringLiteral("checksum"),  QStringLiteral("files"),
            QStringLiteral("extra"),        QStringLiteral("region")};
}

QStringList RecordJson::instanceKeys()
{
    return {QStringLiteral("id"),     QStringLiteral("name"),   QStringLiteral("product"),
            QStringLiteral("region"), QStringLiteral("status"), QStringLiteral("status_raw"),
            QStringLiteral("engine"), QStringLiteral("extra")};
}

QStringList RecordJson::fileKeys()
{
    return {QStringLiteral("name"),         QStringLiteral("size_bytes"),   QStringLiteral("database"),
            QStringLiteral("internal_url"), QStringLiteral("external_url"), QStringLiteral("checksum"),
            QStringLiteral("extra")};
}

QJsonValue RecordJson::time(const QDateTime &when)
{
    if (!when.isValid())
        return QJsonValue::Null;
    return DisplayFormat::isoUtc(when);
}

QJsonObject RecordJson::fromFile(const BackupFile &file, bool withUrls)
{
    return {{QStringLiteral("name"), text(file.name)},
            {QStringLiteral("size_bytes"), nonNegative(file.sizeBytes)},
            {QStringLiteral("database"), text(file.database)},
            {QStringLiteral("internal_url"), url(withUrls, file.internalUrl)},
            {QStringLiteral("external_url"), url(withUrls, file.externalUrl)},
            // The part's own fields: a StarRocks subtask's Status, StartTime, FinishedTime,
            // SnapshotName and Detail, a Redis file's Shard.
            {QStringLiteral("checksum"), checksum(file.checksum)},
            {QStringLiteral("extra"), extra(file.extra)}};
}

QJsonObject RecordJson::fromBackup(const Backup &backup, bool withUrls)
{
    QJsonArray files;
    for (const BackupFile &file : backup.files)
        files.append(fromFile(file, withUrls));
    return {{QStringLiteral("id"), text(backup.id)},
            {QStringLiteral("product"), text(backup.product)},
            {QStringLiteral("instance"), text(backup.instanceId)},
            {QStringLiteral("name"), text(backup.name)},
            {QStringLiteral("status"), toString(backup.status)},
            {QStringLiteral("status_raw"), text(backup.statusRaw)},
            {QStringLiteral("kind"), text(toString(backup.kind))},
            {QStringLiteral("trigger"), text(toString(backup.trigger))},
            {QStringLiteral("method"), text(toString(backup.method))},
            {QStringLiteral("start"), time(backup.start)},
            {QStringLiteral("end"), time(backup.end)},
            {QStringLiteral("expire"), time(backup.expire)},
            {QStringLiteral("size_bytes"), nonNegative(backup.sizeBytes)},
            {QStringLiteral("databases"), QJsonArray::fromStringList(backup.databases)},
            {QStringLiteral("internal_url"), url(withUrls, backup.internalUrl)},
            {QStringLiteral("external_url"), url(withUrls, backup.externalUrl)},
            {QStringLiteral("checksum"), checksum(backup.checksum)},
            {QStringLiteral("files"), files},
            {QStringLiteral("extra"), extra(backup.extra)},
            {QStringLiteral("region"), text(backup.region)}};
}

QJsonObject RecordJson::fromInstance(const Instance &instance)
{
    return {{QStringLiteral("id"), text(instance.id)},
            {QStringLiteral("name"), text(instance.name)},
            {QStringLiteral("product"), text(instance.product)},
            {QStringLiteral("region"), text(instance.region)},
            {QStringLiteral("status"), toString(instance.status)},
            {QStringLiteral("status_raw"), text(instance.statusRaw)},
            {QStringLiteral("engine"), text(instance.engine)},
            {QStringLiteral("extra"), extra(instance.extra)}};
}

QStringList RecordJson::healthKeys()
{
    return {QStringLiteral("product"),
            QStringLiteral("region"),
            QStringLiteral("instance"),
            QStringLiteral("name"),
            QStringLiteral("state"),
            QStringLiteral("reasons"),
            QStringLiteral("newest_full"),
            QStringLiteral("newest_full_age_seconds"),
            QStringLiteral("newest_full_size_bytes"),
            QStringLiteral("median_full_size_bytes"),
            QStringLiteral("newest_log"),
            QStringLiteral("newest_log_age_seconds"),
            QStringLiteral("failures_7d"),
            QStringLiteral("running_seconds"),
            QStringLiteral("local_copy_rule"),
            QStringLiteral("newest_local_copy"),
            QStringLiteral("newest_local_copy_age_seconds"),
            QStringLiteral("expected_max_age_seconds"),
            QStringLiteral("expected_max_log_age_seconds"),
            QStringLiteral("expectation"),
            QStringLiteral("policy"),
            QStringLiteral("error")};
}

QJsonObject RecordJson::fromHealth(const InstanceHealth &health)
{
    const HealthExpectation &e = health.expectation;
    return {{QStringLiteral("product"), text(health.product)},
            {QStringLiteral("region"), text(health.region)},
            {QStringLiteral("instance"), text(health.instanceId)},
            {QStringLiteral("name"), text(health.instanceName)},
            {QStringLiteral("state"), toString(health.state)},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(health.reasons)},
            {QStringLiteral("newest_full"), time(health.newestFull)},
            {QStringLiteral("newest_full_age_seconds"), nonNegative(health.newestFullAgeSeconds)},
            {QStringLiteral("newest_full_size_bytes"), nonNegative(health.newestFullSizeBytes)},
            {QStringLiteral("median_full_size_bytes"), nonNegative(health.medianFullSizeBytes)},
            {QStringLiteral("newest_log"), time(health.newestLog)},
            {QStringLiteral("newest_log_age_seconds"), nonNegative(health.newestLogAgeSeconds)},
            {QStringLiteral("failures_7d"), health.failuresLast7Days},
            {QStringLiteral("running_seconds"), nonNegative(health.longestRunningSeconds)},
            {QStringLiteral("local_copy_rule"), text(health.localCopyRule)},
            {QStringLiteral("newest_local_copy"), time(health.newestLocalCopy)},
            {QStringLiteral("newest_local_copy_age_seconds"), nonNegative(health.newestLocalCopyAgeSeconds)},
            {QStringLiteral("expected_max_age_seconds"), nonNegative(e.maxFullAgeSeconds)},
            {QStringLiteral("expected_max_log_age_seconds"),
             e.maxLogAgeSeconds > 0 ? QJsonValue(e.maxLogAgeSeconds) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("expectation"), toString(e.source)},
            {QStringLiteral("policy"), text(e.policy)},
            {QStringLiteral("error"), text(health.error)}};
}

} // namespace bb
