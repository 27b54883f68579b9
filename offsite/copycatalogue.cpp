#include "offsite/copycatalogue.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace bb {

namespace {

constexpr qint64 maxSidecarBytes = 64 * 1024;

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

BackupKind kindFrom(const QString &name)
{
    for (BackupKind k : {BackupKind::Full, BackupKind::Incremental, BackupKind::Log, BackupKind::Snapshot}) {
        if (toString(k) == name)
            return k;
    }
    return BackupKind::Unknown;
}

// A relative path from a file (sidecar, database) that must stay inside the root.
bool safeRelative(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':'))
        return false;
    for (const QString &part : path.split(u'/')) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

} // namespace

QString CopyRecord::backupKey() const
{
    return product + u'/' + instanceId + u'/' + backupId;
}

QJsonObject CopyRecord::toJson() const
{
    return {{QStringLiteral("rule"), rule},
            {QStringLiteral("account"), account},
            {QStringLiteral("product"), product},
            {QStringLiteral("region"), region},
            {QStringLiteral("instance"), instanceId},
            {QStringLiteral("backup"), backupId},
            {QStringLiteral("backup_start"), iso(backupStart)},
            {QStringLiteral("kind"), toString(kind)},
            {QStringLiteral("backup_files"), backupFiles},
            {QStringLiteral("file"), fileName},
            {QStringLiteral("path"), path},
            {QStringLiteral("size_bytes"), size},
            {QStringLiteral("crc64"), crc64},
            {QStringLiteral("copied_at"), iso(copiedAt)},
            {QStringLiteral("verified_at"), iso(verifiedAt)},
            {QStringLiteral("corrupt"), corrupt}};
}

std::optional<CopyRecord> CopyRecord::fromJson(const QJsonObject &json)
{
    CopyRecord r;
    r.rule = json.value(QStringLiteral("rule")).toString();
    r.account = json.value(QStringLiteral("account")).toString();
    r.product = json.value(QStringLiteral("product")).toString();
    r.region = json.value(QStringLiteral("region")).toString();
    r.instanceId = json.value(QStringLiteral("instance")).toString();
    r.backupId = json.value(QStringLiteral("backup")).toString();
    r.backupStart = fromIso(json.value(QStringLiteral("backup_start")).toString());
    r.kind = kindFrom(json.value(QStringLiteral("kind")).toString());
    r.backupFiles = json.value(QStringLiteral("backup_files")).toInt(1);
    r.fileName = json.value(QStringLiteral("file")).toString();
    r.path = json.value(QStringLiteral("path")).toString();
    r.size = json.value(QStringLiteral("size_bytes")).toInteger(-1);
    r.crc64 = json.value(QStringLiteral("crc64")).toString();
    r.copiedAt = fromIso(json.value(QStringLiteral("copied_at")).toString());
    r.verifiedAt = fromIso(json.value(QStringLiteral("verified_at")).toString());
    r.corrupt = json.value(QStringLiteral("corrupt")).toBool();
    if (r.product.isEmpty() || r.instanceId.isEmpty() || r.backupId.isEmpty() || !safeRelative(r.path)
        || r.size < 0 || r.backupFiles < 1 || r.backupFiles > 100000)
        return std::nullopt;
    return r;
}

CopyCatalogue::CopyCatalogue(QString root)
    : m_root(std::move(root))
    , m_connection(QStringLiteral("bb-catalogue-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

CopyCatalogue::~CopyCatalogue()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString CopyCatalogue::stateFolder(const QString &root)
{
    return QDir(root).filePath(QStringLiteral(".backup-browser"));
}

QString CopyCatalogue::databasePath(const QString &root)
{
    return QDir(stateFolder(root)).filePath(QStringLiteral("catalogue.sqlite"));
}

QString CopyCatalogue::absolutePath(const QString &relative) const
{
    return QDir(m_root).filePath(relative);
}

bool CopyCatalogue::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

bool CopyCatalogue::exec(const QString &sql, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(sql))
        return true;
    if (error)
        *error = tr("catalogue %1: %2").arg(databasePath(m_root), q.lastError().text());
    return false;
}

bool CopyCatalogue::open(QString *error, bool *wasMissing)
{
    const QString path = databasePath(m_root);
    if (!QDir().mkpath(stateFolder(m_root))) {
        if (error)
            *error = tr("cannot create %1").arg(stateFolder(m_root));
        return false;
    }
    if (wasMissing)
        *wasMissing = !QFileInfo::exists(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = tr("cannot open the catalogue %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        if (error)
            *error = tr("%1 is not a catalogue: %2").arg(path, version.lastError().text());
        return false;
    }
    const int found = version.value(0).toInt();
    if (found > schemaVersion) {
        if (error)
            *error = tr("the catalogue %1 has schema %2, newer than this version reads (%3)")
                         .arg(path)
                         .arg(found)
                         .arg(schemaVersion);
        return false;
    }
    if (found == schemaVersion)
        return true;
    // Version 0: a new file. Later versions migrate here step by step.
    return exec(QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS copies ("
                    " path TEXT PRIMARY KEY, rule TEXT NOT NULL, account TEXT, product TEXT NOT NULL,"
                    " region TEXT, instance TEXT NOT NULL, backup TEXT NOT NULL, backup_start TEXT,"
                    " kind TEXT, backup_files INTEGER NOT NULL, file TEXT NOT NULL,"
                    " size INTEGER NOT NULL, crc64 TEXT NOT NULL, copied_at TEXT, verified_at TEXT,"
                    " corrupt INTEGER NOT NULL DEFAULT 0)"),
                error)
        && exec(QStringLiteral(
                    "CREATE INDEX IF NOT EXISTS copies_backup ON copies(product, instance, backup)"),
                error)
        && exec(
               QStringLiteral("CREATE TABLE IF NOT EXISTS runs (rule TEXT NOT NULL, started TEXT NOT NULL,"
                              " finished TEXT, fetched INTEGER, failed INTEGER, pruned INTEGER, outcome TEXT,"
                              " message TEXT)"),
               error)
        && exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion), error);
}

QList<CopyRecord> CopyCatalogue::copies(const QString &rule) const
{
    QList<CopyRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("SELECT path, rule, account, product, region, instance, backup, backup_start, kind,"
                       " backup_files, file, size, crc64, copied_at, verified_at, corrupt FROM copies"
                       " WHERE (:rule = '' OR rule = :rule) ORDER BY product, instance, backup_start, path"));
    q.bindValue(QStringLiteral(":rule"), rule.isNull() ? QStringLiteral("") : rule);
    if (!q.exec())
        return out;
    while (q.next()) {
        CopyRecord r;
        r.path = q.value(0).toString();
        r.rule = q.value(1).toString();
        r.account = q.value(2).toString();
        r.product = q.value(3).toString();
        r.region = q.value(4).toString();
        r.instanceId = q.value(5).toString();
        r.backupId = q.value(6).toString();
        r.backupStart = fromIso(q.value(7).toString());
        r.kind = kindFrom(q.value(8).toString());
        r.backupFiles = q.value(9).toInt();
        r.fileName = q.value(10).toString();
        r.size = q.value(11).toLongLong();
        r.crc64 = q.value(12).toString();
        r.copiedAt = fromIso(q.value(13).toString());
        r.verifiedAt = fromIso(q.value(14).toString());
        r.corrupt = q.value(15).toBool();
        out << r;
    }
    return out;
}

bool CopyCatalogue::record(const CopyRecord &r, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO copies (path, rule, account, product, region, instance, backup,"
        " backup_start, kind, backup_files, file, size, crc64, copied_at, verified_at, corrupt)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values {r.path,           r.rule,          r.account,         r.product,
                               r.region,         r.instanceId,    r.backupId,        iso(r.backupStart),
                               toString(r.kind), r.backupFiles,   r.fileName,        r.size,
                               r.crc64,          iso(r.copiedAt), iso(r.verifiedAt), int(r.corrupt)};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (error)
        *error = tr("catalogue %1: %2").arg(databasePath(m_root), q.lastError().text());
    return false;
}

bool CopyCatalogue::markVerified(const QString &path, const QDateTime &whenUtc, bool matched, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(matched ? QStringLiteral("UPDATE copies SET verified_at = ?, corrupt = 0 WHERE path = ?")
                      : QStringLiteral("UPDATE copies SET corrupt = 1 WHERE path = ?"));
    if (matched)
        q.addBindValue(iso(whenUtc));
    q.addBindValue(path);
    if (q.exec())
        return true;
    if (error)
        *error = tr("catalogue %1: %2").arg(databasePath(m_root), q.lastError().text());
    return false;
}

bool CopyCatalogue::remove(const QString &path, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM copies WHERE path = ?"));
    q.addBindValue(path);
    if (q.exec())
        return true;
    if (error)
        *error = tr("catalogue %1: %2").arg(databasePath(m_root), q.lastError().text());
    return false;
}

bool CopyCatalogue::recordRun(const SyncRunRecord &run, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO runs (rule, started, finished, fetched, failed, pruned, outcome, message)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList {run.rule, iso(run.started), iso(run.finished), run.fetched,
                                           run.failed, run.pruned, run.outcome, run.message})
        q.addBindValue(v);
    QSqlQuery trim(db);
    trim.prepare(QStringLiteral("DELETE FROM runs WHERE rule = ? AND rowid NOT IN"
                                " (SELECT rowid FROM runs WHERE rule = ? ORDER BY started DESC LIMIT ?)"));
    trim.addBindValue(run.rule);
    trim.addBindValue(run.rule);
    trim.addBindValue(maxRuns);
    if (q.exec() && trim.exec())
        return true;
    if (error)
        *error = tr("catalogue %1: %2")
                     .arg(databasePath(m_root), q.lastError().text() + trim.lastError().text());
    return false;
}

QList<SyncRunRecord> CopyCatalogue::runs(int limit) const
{
    QList<SyncRunRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("SELECT rule, started, finished, fetched, failed, pruned, outcome, message FROM runs"
                       " ORDER BY started DESC, rowid DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        out << SyncRunRecord {q.value(0).toString(),
                              fromIso(q.value(1).toString()),
                              fromIso(q.value(2).toString()),
                              q.value(3).toInt(),
                              q.value(4).toInt(),
                              q.value(5).toInt(),
                              q.value(6).toString(),
                              q.value(7).toString()};
    }
    return out;
}

bool CopyCatalogue::writeSidecar(const CopyRecord &record, QString *error) const
{
    QSaveFile file(sidecarPath(absolutePath(record.path)));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.write(QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

int CopyCatalogue::rebuildFromDisk(QString *error, QStringList *partials)
{
    int found = 0;
    const QDir root(m_root);
    QDirIterator it(m_root, {QStringLiteral("*.copy.json"), QStringLiteral("*.part")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString sidecar = it.next();
        if (sidecar.endsWith(QLatin1String(".part"))) {
            if (partials)
                partials->append(root.relativeFilePath(sidecar));
            continue;
        }
        QFile file(sidecar);
        if (!file.open(QIODevice::ReadOnly) || file.size() > maxSidecarBytes)
            continue;
        std::optional<CopyRecord> record
            = CopyRecord::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        // The sidecar must describe the file beside it: a moved or stray sidecar counts for nothing.
        const QString expected = sidecar.chopped(int(QStringLiteral(".copy.json").size()));
        if (!record || root.relativeFilePath(expected) != record->path)
            continue;
        const QFileInfo copy(expected);
        if (!copy.isFile() || copy.size() != record->size)
            continue;
        if (!this->record(*record, error))
            return -1;
        ++found;
    }
    return found;
}

} // namespace bb
