#pragma once

#include "models/healththresholds.h"
#include "providers/core/backupservice.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bb {

enum class OutputFormat { Table, Csv, Json, Prometheus, Nagios }; // Prometheus, Nagios: check only
enum class Verbosity { Quiet, Normal, Verbose };

// Everything one backup-browser-cli invocation asked for, already validated by CliParser.
struct CliOptions
{
    QString command; // products, instances, backups, show, create, download, edit, delete, track, check,
                     // sync; empty with help/version
    bool help = false;
    bool version = false;

    // global options
    bool sandbox = false;
    QString account;
    QUrl endpoint;
    QString region;
    OutputFormat format = OutputFormat::Table;
    QString outputFile;
    Verbosity verbosity = Verbosity::Normal;

    // command options
    QString product;
    QString instance;
    QStringList instances; // check: every --instance given (empty: all)
    // check --max-age DURATION (global) and KEY=DURATION (a product's key or an instance's id).
    HealthThresholds maxAge;
    QString backup;
    QDateTime since; // UTC; invalid: the product's default window
    QDateTime until;
    QString status; // neutral name or the provider's raw value
    QString kind; // backups: full, incremental, log, snapshot
    QString trigger; // backups: manual, automatic
    QStringList databases;
    QString description; // edit
    bool yes = false; // delete: no question
    QString name;
    bool wait = false;
    bool keepUntilInstanceRemoved = false; // create: SQL Server StorageStrategy 1
    QString flow; // track: the job id create printed (FlowId, Redis TaskId, RDS BackupJobId)
    DownloadNetwork network = DownloadNetwork::External;
    QString dir;
    bool overwrite = false;
    // download: connections per file (1-16; DownloadOptions::connections' default) and files of one
    // backup at once (1-8; 0: DownloadCommand's default, which the per-host cap may lower)
    int connections = 4;
    int parallelFiles = 0;
    // backups, show, create: print the signed download URLs (bearer tokens: anyone holding one
    // can download the backup until it expires); without it internal_url/external_url are null.
    bool withUrls = false;

    // sync: a rules file, or one rule from --dest/--product/--instance/--newest/--days/--kind
    QString rulesFile;
    QString dest;
    int newest = 0;
    int days = 0;
    QString syncKind; // full, log, all (sync's --kind)
    bool noPrune = false;
    bool dryRun = false;
    bool verify = false;
};

} // namespace bb
