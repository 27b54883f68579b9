#include "transfers/downloadidentity.h"

#include "transfers/filenamesanitizer.h"

using namespace Qt::StringLiterals;

namespace bb {

namespace {

// The last segment of a URL's path. Fully decoded because COS keys come with "%2F" for their
// slashes (".../appid%2fsqlserver%2f...%2fx.bak.tar"), and the name is only after the last one.
QString lastPathSegment(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    return path.mid(path.lastIndexOf(u'/') + 1);
}

QString firstNonEmpty(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.trimmed().isEmpty())
            return candidate;
    }
    return {};
}

// A locator value that could be (or carry) an address is dropped: the identity is written to
// disk, and a signed URL there would be a bearer token at rest.
bool looksLikeAddress(const QString &value)
{
    return value.contains(u"://"_s) || value.contains(u'?') || value.contains(u'&');
}

QString timeToJson(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromJson(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

BackupKind kindFromString(const QString &name)
{
    for (const BackupKind kind :
         {BackupKind::Full, BackupKind::Incremental, BackupKind::Log, BackupKind::Snapshot}) {
        if (toString(kind) == name)
            return kind;
    }
    return BackupKind::Unknown;
}

} // namespace

bool DownloadIdentity::sameFile(const DownloadIdentity &other) const
{
    return account == other.account && product == other.product && instanceId == other.instanceId
        && backupId == other.backupId && fileName == other.fileName && database == other.database;
}

QString DownloadIdentity::key() const
{
    QStringList parts = {product, instanceId, backupId, fileName};
    if (!database.isEmpty())
        parts << database;
    return parts.join(u'/');
}

QJsonObject DownloadIdentity::toJson() const
{
    QJsonObject json {
        {u"account"_s, account},
        {u"product"_s, product},
        {u"region"_s, region},
        {u"instance"_s, instanceId},
        {u"backup"_s, backupId},
        {u"file"_s, fileName},
        {u"database"_s, database},
        // Sizes beyond 2^53 do not survive a JSON double; a string keeps every byte count exact.
        {u"size"_s, QString::number(expectedSize)},
        {u"size_slack"_s, QString::number(listedSizeSlack)},
    };
    if (!checksum.isEmpty())
        json.insert(u"checksum"_s,
                    QJsonObject {{u"algorithm"_s, checksum.algorithm}, {u"value"_s, checksum.value}});
    // How the provider finds the backup again; absent from files written before it existed.
    QJsonObject locate;
    if (start.isValid())
        locate.insert(u"start"_s, timeToJson(start));
    if (end.isValid())
        locate.insert(u"end"_s, timeToJson(end));
    if (kind != BackupKind::Unknown)
        locate.insert(u"kind"_s, toString(kind));
    // The fields forBackup() kept (the service's declared ones); an address is never written,
    // even when set by hand.
    QJsonObject fields;
    for (const Field &field : locator) {
        if (!field.key.isEmpty() && !field.value.isEmpty() && !looksLikeAddress(field.value))
            fields.insert(field.key, field.value);
    }
    if (!fields.isEmpty())
        locate.insert(u"fields"_s, fields);
    if (!locate.isEmpty())
        json.insert(u"locate"_s, locate);
    return json;
}

DownloadIdentity DownloadIdentity::fromJson(const QJsonObject &json)
{
    DownloadIdentity id;
    id.account = json.value(u"account"_s).toString();
    id.product = json.value(u"product"_s).toString();
    id.region = json.value(u"region"_s).toString();
    id.instanceId = json.value(u"instance"_s).toString();
    id.backupId = json.value(u"backup"_s).toString();
    id.fileName = json.value(u"file"_s).toString();
    id.database = json.value(u"database"_s).toString();
    bool ok = false;
    const qint64 size = json.value(u"size"_s).toString().toLongLong(&ok);
    id.expectedSize = ok ? size : -1;
    const qint64 slack = json.value(u"size_slack"_s).toString().toLongLong(&ok);
    // Files written before "size_slack" existed: then only Tencent SQL Server listed whole KB.
    id.listedSizeSlack = ok ? std::max<qint64>(0, slack) : id.product == u"tencent-sqlserver"_s ? 1023 : 0;
    const QJsonObject sum = json.value(u"checksum"_s).toObject();
    id.checksum.algorithm = sum.value(u"algorithm"_s).toString();
    id.checksum.value = sum.value(u"value"_s).toString();
    // Older sidecars and queues have no "locate": the identity then rebuilds a bare record, as
    // before, and products that need only the ids still resolve.
    const QJsonObject locate = json.value(u"locate"_s).toObject();
    id.start = timeFromJson(locate.value(u"start"_s));
    id.end = timeFromJson(locate.value(u"end"_s));
    id.kind = kindFromString(locate.value(u"kind"_s).toString());
    // Every field written is one the product declared when the download was queued; which ones
    // is the provider layer's business, so all string values are read back (a newer version's
    // extra field included), in key order as forBackup() keeps them, never an address.
    const QJsonObject fields = locate.value(u"fields"_s).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString value = it.value().toString();
        if (!it.key().isEmpty() && !value.isEmpty() && !looksLikeAddress(value))
            id.locator.append({it.key(), value});
    }
    return id;
}

QList<DownloadIdentity> DownloadIdentity::forBackup(const Backup &backup, const BackupService &service,
                                                    const QString &account)
{
    return forBackup(backup, service.locatorFields(), account, service.capabilities().sizeSlack);
}

QList<DownloadIdentity> DownloadIdentity::forBackup(const Backup &backup, const QStringList &locatorFields,
                                                    const QString &account, qint64 sizeSlack)
{
    DownloadIdentity base;
    base.account = account;
    base.listedSizeSlack = sizeSlack;
    base.product = backup.product;
    base.region = backup.region;
    base.instanceId = backup.instanceId;
    base.backupId = backup.id;
    base.start = backup.start.isValid() ? backup.start.toUTC() : QDateTime();
    base.end = backup.end.isValid() ? backup.end.toUTC() : QDateTime();
    base.kind = backup.kind;
    // Sorted by key: JSON objects read back in key order, and the identity must compare equal.
    QStringList keys = locatorFields;
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QString value = key.isEmpty() ? QString() : backup.extraValue(key);
        if (!value.isEmpty() && !looksLikeAddress(value))
            base.locator.append({key, value});
    }
    QList<DownloadIdentity> out;
    if (backup.files.isEmpty()) {
        base.fileName = fileNameFor(backup, nullptr);
        base.expectedSize = backup.sizeBytes;
        base.checksum = backup.checksum;
        out << base;
        return out;
    }
    for (const BackupFile &file : backup.files) {
        DownloadIdentity id = base;
        id.fileName = fileNameFor(backup, &file);
        id.database = file.database;
        id.expectedSize = file.sizeBytes;
        id.checksum = file.checksum.isEmpty() && backup.files.size() == 1 ? backup.checksum : file.checksum;
        out << id;
    }
    return out;
}

QString DownloadIdentity::fileNameFor(const Backup &backup, const BackupFile *file)
{
    const QUrl url = file ? (file->externalUrl.isEmpty() ? file->internalUrl : file->externalUrl)
                          : (backup.externalUrl.isEmpty() ? backup.internalUrl : backup.externalUrl);
    // The backup's FileName is the provider's name for its first file only (SQL Server), so it
    // names a file only when there is just one.
    const QString backupFileName
        = !file || backup.files.size() == 1 ? backup.extraValue(u"FileName"_s) : QString();
    return FileNameSanitizer::sanitize(firstNonEmpty(
        {file ? file->name : QString(), backupFileName, lastPathSegment(url), backup.name, backup.id}));
}

qint64 DownloadIdentity::sizeSlack() const
{
    return expectedSize >= 0 ? listedSizeSlack : 0;
}

Backup DownloadIdentity::toBackup() const
{
    Backup backup;
    backup.id = backupId;
    backup.product = product;
    backup.region = region;
    backup.instanceId = instanceId;
    backup.name = fileName;
    backup.sizeBytes = expectedSize;
    backup.checksum = checksum;
    backup.start = start;
    backup.end = end;
    backup.kind = kind;
    backup.extra = locator;
    return backup;
}

} // namespace bb
