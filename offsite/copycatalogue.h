#pragma once

#include "providers/core/backup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bb {

// One local copy of one backup file, as the catalogue and its sidecar record it.
struct CopyRecord
{
    QString rule;
    QString account;
    QString product;
    QString region;
    QString instanceId;
    QString backupId;
    QDateTime backupStart; // UTC
    BackupKind kind = BackupKind::Unknown;
    int backupFiles = 1; // how many files the whole backup has
    QString fileName;
    QString path; // relative to the destination root, '/'-separated
    qint64 size = -1;
    QString crc64; // CRC-64/XZ of the local file, decimal
    QDateTime copiedAt; // UTC
    QDateTime verifiedAt; // UTC; when the file was last read back and matched
    bool corrupt = false; // the last verification found different bytes

    // product/instance/backup: what groups a backup's files.
    QString backupKey() const;
    QJsonObject toJson() const;
    static std::optional<CopyRecord> fromJson(const QJsonObject &json);
    friend bool operator==(const CopyRecord &, const CopyRecord &) = default;
};

// One sync run of a rule, as the catalogue keeps it for the "Local copies" view.
struct SyncRunRecord
{
    QString rule;
    QDateTime started; // UTC
    QDateTime finished; // UTC
    int fetched = 0;
    int failed = 0;
    int pruned = 0;
    QString outcome; // "ok", "incomplete", "failed", "interrupted"
    QString message; // translated; the first error, when there was one
    friend bool operator==(const SyncRunRecord &, const SyncRunRecord &) = default;
};

// The local catalogue of offsite copies: SQLite through Qt SQL, one database per destination
// root (<root>/.backup-browser/catalogue.sqlite) so an archive carries its own catalogue when it
// moves. Every copy also has a sidecar "<file>.copy.json" beside it, from which the catalogue is
// rebuilt when it is lost. The schema is versioned (PRAGMA user_version); a newer one is refused.
class CopyCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(CopyCatalogue)

public:
    static constexpr int schemaVersion = 1;

    explicit CopyCatalogue(QString root);
    ~CopyCatalogue();
    CopyCatalogue(const CopyCatalogue &) = delete;
    CopyCatalogue &operator=(const CopyCatalogue &) = delete;

    static QString stateFolder(const QString &root); // <root>/.backup-browser
    static QString databasePath(const QString &root);
    static QString sidecarPath(const QString &filePath) { return filePath + QStringLiteral(".copy.json"); }

    QString root() const { return m_root; }
    // Opens (creating the folder and schema when missing). wasMissing tells the caller to rebuild.
    bool open(QString *error, bool *wasMissing = nullptr);
    bool isOpen() const;

    QList<CopyRecord> copies(const QString &rule = {}) const;
    // Inserts or replaces the copy at record.path.
    bool record(const CopyRecord &record, QString *error);
    bool markVerified(const QString &path, const QDateTime &whenUtc, bool matched, QString *error);
    bool remove(const QString &path, QString *error);

    // The run history (newest first; at most `limit`). A run is recorded when it ends; the
    // catalogue keeps the newest maxRuns per rule.
    static constexpr int maxRuns = 100;
    bool recordRun(const SyncRunRecord &run, QString *error);
    QList<SyncRunRecord> runs(int limit = 20) const;

    // Reads every "*.copy.json" under the root whose file is there with the recorded size into the
    // catalogue (verified-at as the sidecar says). Returns how many; `partials` gets the .part
    // files found (they resume at the next run).
    int rebuildFromDisk(QString *error, QStringList *partials = nullptr);
    // Writes the sidecar of a copy (atomically).
    bool writeSidecar(const CopyRecord &record, QString *error) const;

    QString absolutePath(const QString &relative) const;

private:
    bool exec(const QString &sql, QString *error);

    QString m_root;
    QString m_connection;
};

} // namespace bb
