#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bb {

// One ordered key/value pair of provider-specific fields, shown as-is in the detail pane and
// exported under "extra" by the CLI. Names are spelled as the provider spells them.
struct Field
{
    QString key;
    QString value;
    friend bool operator==(const Field &, const Field &) = default;
};
using FieldList = QList<Field>;

enum class BackupStatus {
    Unknown,
    Creating,
    Running,
    Succeeded,
    Failed,
    Expired,
    Locked,
    Exporting,
    Exported,
    Deleted,
};
enum class BackupKind { Unknown, Full, Incremental, Log, Snapshot };
enum class BackupTrigger { Unknown, Automatic, Manual };
enum class BackupMethod { Unknown, Physical, Logical, Snapshot };

// A checksum the provider publishes for a backup file. Only "crc64-xz" is verified today.
struct Checksum
{
    QString algorithm; // e.g. "crc64-xz"; empty when the provider gives none
    QString value; // as the provider prints it (decimal for CRC-64)
    bool isEmpty() const { return algorithm.isEmpty() || value.isEmpty(); }
    friend bool operator==(const Checksum &, const Checksum &) = default;
};

// One downloadable file of a backup: per database (SQL Server "single", RDS per-database
// links), per shard (Redis), or a StarRocks subtask (no URLs).
struct BackupFile
{
    QString name;
    qint64 sizeBytes = -1; // -1 when unknown
    QString database;
    QUrl internalUrl;
    QUrl externalUrl;
    Checksum checksum;
    FieldList extra;
    friend bool operator==(const BackupFile &, const BackupFile &) = default;
};

// The provider-neutral backup record. Every parser normalises units once: sizes to bytes,
// times to UTC QDateTime (invalid when the provider says "none"), enums to the types above
// while keeping the provider's raw status text.
struct Backup
{
    QString id;
    QString product; // product key, e.g. "tencent-sqlserver"
    QString instanceId;
    QString region;
    QString name;
    BackupStatus status = BackupStatus::Unknown;
    QString statusRaw;
    BackupKind kind = BackupKind::Unknown;
    BackupTrigger trigger = BackupTrigger::Unknown;
    BackupMethod method = BackupMethod::Unknown;
    QDateTime start;
    QDateTime end;
    QDateTime expire;
    qint64 sizeBytes = -1; // -1 when unknown
    QStringList databases;
    QUrl internalUrl;
    QUrl externalUrl;
    Checksum checksum;
    QList<BackupFile> files;
    FieldList extra;
    // Why the backup cannot be downloaded (empty when it can, or when unknown).
    QString notDownloadableReason;
    // Why the provider will refuse to delete it, known from the record itself (RDS StoreStatus
    // Disabled, an engine DeleteBackup does not serve); empty when it may, or when unknown.
    QString notDeletableReason;

    bool hasUrls() const { return !internalUrl.isEmpty() || !externalUrl.isEmpty(); }
    QString extraValue(const QString &key) const;
    friend bool operator==(const Backup &, const Backup &) = default;
};

// Stable lower-case names used by the CLI's JSON/CSV output and by settings; never translated.
QString toString(BackupStatus status);
QString toString(BackupKind kind);
QString toString(BackupTrigger trigger);
QString toString(BackupMethod method);
BackupStatus backupStatusFromString(const QString &name);

} // namespace bb

// Made only of implicitly shared Qt types, enums and integers: QList may move them with memmove
// when it grows (100,000 backups were moved one by one, 20-25 ms on the GUI thread).
Q_DECLARE_TYPEINFO(bb::Field, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(bb::Checksum, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(bb::BackupFile, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(bb::Backup, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(bb::Backup)
