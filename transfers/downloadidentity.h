#pragma once

#include "providers/core/backup.h"
#include "providers/core/backupservice.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

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
    // How far the real size may be from expectedSize either way, as the product describes its
    // listed sizes (Capabilities::sizeSlack): 0 for exact bytes, 1,023 for whole KB.
    qint64 listedSizeSlack = 0;
    Checksum checksum;
    // What the product's resolveDownload() reads to find the backup again after a restart (a
    // restored queue, a re-run CLI), copied from the listed record by forBackup(). SQL Server
    // re-lists within a day of `start` for its `kind`; the provider fields a service needs besides
    // are the ones its BackupService::locatorFields() declares. Never a URL: URLs are bearer tokens.
    QDateTime start; // UTC; invalid when unknown (older sidecars and queues)
    QDateTime end;
    BackupKind kind = BackupKind::Unknown;
    // The declared provider fields, sorted by key (as JSON reads them back, so an identity read
    // back compares equal); never a URL-like value.
    FieldList locator;

    bool isValid() const { return !product.isEmpty() && !backupId.isEmpty(); }
    // How far the real size may be from expectedSize either way: listedSizeSlack when the size is
    // known. Where it is not 0 (whole KB, as Tencent SQL Server lists), a file whose host announces
    // its exact length (Content-Length/Content-Range) is held to that length, and one without is
    // accepted within the slack: that many missing bytes cannot be told from rounding there.
    qint64 sizeSlack() const;
    // Same backup file (what a .part may be resumed for); size and checksum may be refined later.
    bool sameFile(const DownloadIdentity &other) const;
    // A stable key for maps and logs: product/instance/backup/file.
    QString key() const;

    QJsonObject toJson() const;
    static DownloadIdentity fromJson(const QJsonObject &json);

    // One identity per downloadable file of `backup` (its files, or the backup itself when it
    // is one file). `locatorFields` are the Backup::extra keys the product's resolveDownload()
    // reads (BackupService::locatorFields()): the only provider fields the identity keeps;
    // `sizeSlack` is its Capabilities::sizeSlack.
    static QList<DownloadIdentity> forBackup(const Backup &backup, const QStringList &locatorFields,
                                             const QString &account = {}, qint64 sizeSlack = 0);
    // The same with what `service` declares for its product.
    static QList<DownloadIdentity> forBackup(const Backup &backup, const BackupService &service,
                                             const QString &account = {});
    // The local name of `file` of `backup` (of the backup itself when `file` is null): the
    // file's own name, else the backup's "FileName" field, else the last segment of the URL's
    // path, else the backup's name or id; always through FileNameSanitizer.
    static QString fileNameFor(const Backup &backup, const BackupFile *file);
    // A Backup record that carries just enough to ask the service for fresh URLs: the ids, the
    // start/end times, the kind and the locator fields.
    Backup toBackup() const;

    friend bool operator==(const DownloadIdentity &, const DownloadIdentity &) = default;
};

} // namespace bb
