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
    };
    if (!checksum.isEmpty())
        json.insert(u"checksum"_s,
                    QJsonObject {{u"algorithm"_s, checksum.algorithm}, {u"value"_s, checksum.value}});
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
    const QJsonObject sum = json.value(u"checksum"_s).toObject();
    id.checksum.algorithm = sum.value(u"algorithm"_s).toString();
    id.checksum.value = sum.value(u"value"_s).toString();
    return id;
}

QList<DownloadIdentity> DownloadIdentity::forBackup(const Backup &backup, const QString &account)
{
    DownloadIdentity base;
    base.account = account;
    base.product = backup.product;
    base.region = backup.region;
    base.instanceId = backup.instanceId;
    base.backupId = backup.id;
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
    return backup;
}

} // namespace bb
