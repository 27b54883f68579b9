#pragma once

#include "providers/core/backup.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bb {

// Which backup file a download is, without the URL: URLs expire and are bearer tokens, so only
// the identity is ever written to disk (sidecar, queue state) and fresh URLs are resolved from it.
struct DownloadIdentity
{
    QString account; // the app's account key; empty for the CLI's environment credentials
    QString product; // product key
    QString region;
    QString instanceId;
    QString backupId;
    QString fileName; // the provider's name for the file, sanitised (see fileNameFor())
    QString database; // per-database files; empty otherwise
    qint64 expectedSize = -1; // -1 when the provider does not say
    Checksum checksum;

    bool isValid() const { return !product.isEmpty() && !backupId.isEmpty(); }
    // Same backup file (what a .part may be resumed for); size and checksum may be refined later.
    bool sameFile(const DownloadIdentity &other) const;
    // A stable key for maps and logs: product/instance/backup/file.
    QString key() const;

    QJsonObject toJson() const;
    static DownloadIdentity fromJson(const QJsonObject &json);

    // One identity per downloadable file of `backup` (its files, or the backup itself when it
    // is one file).
    static QList<DownloadIdentity> forBackup(const Backup &backup, const QString &account = {});
    // The local name of `file` of `backup` (of the backup itself when `file` is null): the
    // file's own name, else the backup's "FileName" field, else the last segment of the URL's
    // path, else the backup's name or id; always through FileNameSanitizer.
    static QString fileNameFor(const Backup &backup, const BackupFile *file);
    // A Backup record that carries just enough to ask the service for fresh URLs.
    Backup toBackup() const;

    friend bool operator==(const DownloadIdentity &, const DownloadIdentity &) = default;
};

} // namespace bb
