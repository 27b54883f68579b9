#pragma once

#include "offsite/retentionpolicy.h"
#include "providers/core/backup.h"
#include "providers/core/backupservice.h"
#include "transfers/downloadtypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace bb {

// Which backups to keep a local copy of, where, and how long (issue 16). One rule covers one
// product on one account; instances by id or name pattern.
struct OffsiteRule
{
    Q_DECLARE_TR_FUNCTIONS(OffsiteRule)

public:
    enum class Kinds { Full, Log, All };

    static constexpr int maxNewest = 10000;
    static constexpr int maxDays = 3660;
    static constexpr int maxConnections = 16;
    static constexpr qint64 maxBandwidth = qint64(1) << 40; // bytes per second
    // The grandfather-father-son counts' bounds: 50 years of weeks, 100 of months and years.
    static constexpr int maxWeekly = 600;
    static constexpr int maxMonthly = 1200;
    static constexpr int maxYearly = 100;
    // How far back a rule without `days` lists: the clouds keep automatic backups 7-30 days by
    // default, and one listing window of a Tencent API is 30 days.
    static constexpr int defaultListDays = 30;

    QString name; // unique in a rules file; the catalogue records it per copy
    QString account; // a saved account's name; empty: the CLI's credentials (or --sandbox)
    QString product; // product key
    QStringList regions; // empty: the account's default region
    QStringList instances; // ids or wildcard patterns matched against id and name; empty: all
    Kinds kinds = Kinds::Full;
    int newest = 0; // per instance; 0: no limit
    int days = 0; // started within D days; 0: no limit
    QString destination; // root folder
    QString layout = defaultLayout();
    DownloadNetwork network = DownloadNetwork::External;
    int connections = 2; // backups fetched at once
    // Connections for each file (byte ranges, as `download --connections`); the engine's default.
    int connectionsPerFile = DownloadOptions().connections;
    qint64 bytesPerSecond = 0; // 0: unlimited
    bool prune = true;
    // How long local copies stay. Unset: what the selection says (newest N, D days).
    RetentionSpec retention;
    bool retentionSet = false;

    static QString defaultLayout()
    {
        return QStringLiteral("{cloud}/{product}/{instance}/{yyyy}-{mm}-{dd}/{file}");
    }

    bool selectsInstance(const QString &id, const QString &name) const;
    bool selectsKind(BackupKind kind) const;
    // The retention that decides what stays: `retention` when set, else newest/days with the
    // same minimum.
    RetentionSpec effectiveRetention() const;
    // The window listed: `days`, else defaultListDays.
    int listDays() const { return days > 0 ? days : defaultListDays; }

    // The folder (relative to destination, '/'-separated) a backup's files go to: the layout
    // up to its last "/{file}", every segment through FileNameSanitizer, dates in UTC.
    QString folderFor(const Backup &backup) const;
    // Empty when the layout is usable; else what is wrong with it (translated).
    static QString checkLayout(const QString &layout);

    static QString kindsName(Kinds kinds);

    // Why this rule cannot be saved (translated, naming the field: "newest: must be a whole
    // number from 0 to 10000"); empty when it can. The checks are RuleFile::parse's: the rule is
    // written as the file would hold it and read back.
    QString problem() const;
    // Where a backup started at `startUtc` would land, relative to the destination, for the
    // editor's layout preview: a sample instance (the first instance id that is no pattern),
    // region and file name.
    QString examplePath(const QDateTime &startUtc) const;
    // "a, b" or one per line (what the editor's instances and regions fields hold), trimmed,
    // without empty items.
    static QStringList splitList(const QString &text);

    friend bool operator==(const OffsiteRule &, const OffsiteRule &) = default;
};

// A rules file (JSON; see docs/cli.md#sync): {"rules": [{...}, ...]}. Errors name the line for
// syntax and the field ("rules[1].newest") for values.
struct RuleFile
{
    Q_DECLARE_TR_FUNCTIONS(RuleFile)

public:
    static constexpr qint64 maxBytes = 1024 * 1024;
    static constexpr int maxRules = 1000;

    QList<OffsiteRule> rules;
    // The file's top-level fields besides "rules" (a hand-written "comment", say): parse() keeps
    // them and toJson() writes them back, so saving from the GUI loses nothing the user wrote.
    QJsonObject others;
    QString error; // translated; empty when read

    bool ok() const { return error.isEmpty(); }
    static RuleFile parse(const QByteArray &json, const QString &fileName);
    static RuleFile read(const QString &path);

    // The file's text: every field of every rule, explicitly (defaults too, so a person reading
    // it sees what applies), in the form parse() reads back to equal rules.
    QByteArray toJson() const;
    // One rule as the file holds it.
    static QJsonObject toJsonObject(const OffsiteRule &rule);
    // Checks the rules as parse() would (the text is parsed back: duplicate names, bounds, the
    // layout) and writes them atomically through QSaveFile. Empty on success, else why not
    // (translated, naming the file and the field); nothing is written then.
    QString write(const QString &path) const;
};

} // namespace bb
