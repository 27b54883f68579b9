#include "app/cli/cliparser.h"

#include "app/cli/timeparser.h"
#include "providers/productregistry.h"

#include <QRegularExpression>

namespace bb {

namespace {

// Which commands an option belongs to; an empty list marks a global option.
struct OptionSpec
{
    QLatin1String name;
    bool takesValue;
    QLatin1String commands;
};

constexpr OptionSpec kOptions[] = {
    {QLatin1String("--sandbox"), false, QLatin1String("")},
    {QLatin1String("--account"), true, QLatin1String("")},
    {QLatin1String("--endpoint"), true, QLatin1String("")},
    {QLatin1String("--region"), true, QLatin1String("")},
    {QLatin1String("--format"), true, QLatin1String("")},
    {QLatin1String("--output"), true, QLatin1String("")},
    {QLatin1String("--quiet"), false, QLatin1String("")},
    {QLatin1String("--verbose"), false, QLatin1String("")},
    {QLatin1String("--version"), false, QLatin1String("")},
    {QLatin1String("--help"), false, QLatin1String("")},
    {QLatin1String("--product"), true,
     QLatin1String("instances backups show create download edit delete track check sync")},
    {QLatin1String("--instance"), true,
     QLatin1String("backups show create download edit delete track check sync")},
    {QLatin1String("--max-age"), true, QLatin1String("check")},
    {QLatin1String("--backup"), true, QLatin1String("show download edit delete")},
    {QLatin1String("--since"), true, QLatin1String("backups show download edit delete")},
    {QLatin1String("--until"), true, QLatin1String("backups show download edit delete")},
    {QLatin1String("--status"), true, QLatin1String("backups")},
    {QLatin1String("--kind"), true, QLatin1String("backups sync")},
    {QLatin1String("--trigger"), true, QLatin1String("backups")},
    {QLatin1String("--description"), true, QLatin1String("edit")},
    {QLatin1String("--yes"), false, QLatin1String("delete")},
    {QLatin1String("--databases"), true, QLatin1String("create")},
    {QLatin1String("--name"), true, QLatin1String("create")},
    {QLatin1String("--wait"), false, QLatin1String("create")},
    {QLatin1String("--keep-until-instance-removed"), false, QLatin1String("create")},
    {QLatin1String("--flow"), true, QLatin1String("track")},
    {QLatin1String("--network"), true, QLatin1String("download sync")},
    {QLatin1String("--dir"), true, QLatin1String("download")},
    {QLatin1String("--overwrite"), false, QLatin1String("download")},
    {QLatin1String("--connections"), true, QLatin1String("download")},
    {QLatin1String("--parallel-files"), true, QLatin1String("download")},
    {QLatin1String("--with-urls"), false, QLatin1String("backups show create track")},
    {QLatin1String("--rules"), true, QLatin1String("sync check")},
    {QLatin1String("--dest"), true, QLatin1String("sync")},
    {QLatin1String("--newest"), true, QLatin1String("sync")},
    {QLatin1String("--days"), true, QLatin1String("sync")},
    {QLatin1String("--no-prune"), false, QLatin1String("sync")},
    {QLatin1String("--dry-run"), false, QLatin1String("sync")},
    {QLatin1String("--verify"), false, QLatin1String("sync")},
};

const OptionSpec *findOption(const QString &name)
{
    for (const OptionSpec &spec : kOptions) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

bool belongsTo(const OptionSpec &spec, const QString &command)
{
    if (spec.commands.isEmpty())
        return true;
    return QString(spec.commands).split(u' ').contains(command);
}

// Options people try when they want to hand a key over; refused with a pointer to the safe ways.
bool looksLikeSecret(const QString &name)
{
    static const QRegularExpression secret(
        QStringLiteral(
            "secret|passw|token|access-?key|api-?key|key-?id|credential|^--(key|sk|ak|password|pass)$"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

// `items` joined by ", " and wrapped at 80 columns under a help column starting at `indent`.
QString wrapped(const QStringList &items, int indent)
{
    QString text;
    int column = indent;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items.at(i) + (i + 1 < items.size() ? QStringLiteral(",") : QString());
        if (i > 0 && column + 1 + item.size() > 80) {
            text += u'\n' + QString(indent, u' ');
            column = indent;
        } else if (i > 0) {
            text += u' ';
            ++column;
        }
        text += item;
        column += int(item.size());
    }
    return text;
}

} // namespace

CliParser::CliParser(const QDateTime &nowUtc)
    : m_now(nowUtc.toUTC())
{ }

QStringList CliParser::commands()
{
    return {QStringLiteral("products"), QStringLiteral("instances"), QStringLiteral("backups"),
            QStringLiteral("show"),     QStringLiteral("create"),    QStringLiteral("download"),
            QStringLiteral("edit"),     QStringLiteral("delete"),    QStringLiteral("track"),
            QStringLiteral("check"),    QStringLiteral("sync")};
}

CliParser::Result CliParser::parse(const QStringList &arguments) const
{
    Result result;
    CliOptions &o = result.options;
    auto fail = [&result](const QString &message) {
        result.error = message;
        return result;
    };

    QList<QPair<const OptionSpec *, QString>> given;
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!onlyPositionals && arg == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        if (onlyPositionals || !arg.startsWith(u'-') || arg == QLatin1String("-")) {
            if (!o.command.isEmpty())
                return fail(tr("unexpected argument '%1'").arg(arg));
            o.command = arg;
            continue;
        }
        if (arg == QLatin1String("-h")) {
            o.help = true;
            continue;
        }
        const qsizetype equals = arg.indexOf(u'=');
        const QString name = equals < 0 ? arg : arg.left(equals);
        if (looksLikeSecret(name)) {
            return fail(tr("%1: secrets are never accepted on the command line (they would show in ps and "
                           "in shell history). Use --account NAME (keys in the OS keychain), the "
                           "TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY or "
                           "ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET environment "
                           "variables, or the vendors' credential files.")
                            .arg(name));
        }
        const OptionSpec *spec = findOption(name);
        if (!spec)
            return fail(tr("unknown option '%1'").arg(name));
        QString value;
        if (spec->takesValue) {
            if (equals >= 0)
                value = arg.mid(equals + 1);
            else if (i + 1 < arguments.size())
                value = arguments.at(++i);
            else
                return fail(tr("option %1 needs a value").arg(name));
        } else if (equals >= 0) {
            return fail(tr("option %1 takes no value").arg(name));
        }
        given.append({spec, value});
    }

    for (const auto &[spec, value] : std::as_const(given)) {
        if (spec->name == QLatin1String("--help"))
            o.help = true;
        else if (spec->name == QLatin1String("--version"))
            o.version = true;
    }
    if (o.command == QLatin1String("help"))
        o.help = true;
    if (o.help || o.version)
        return result;

    if (o.command.isEmpty())
        return fail(
            tr("no command given (one of: %1); see --help").arg(commands().join(QStringLiteral(", "))));
    if (!commands().contains(o.command))
        return fail(
            tr("unknown command '%1' (one of: %2)").arg(o.command, commands().join(QStringLiteral(", "))));

    bool quiet = false;
    bool verbose = false;
    for (const auto &[spec, value] : std::as_const(given)) {
        const QString name = spec->name;
        if (!belongsTo(*spec, o.command))
            return fail(tr("option %1 does not apply to '%2'").arg(name, o.command));
        if (spec->takesValue && value.trimmed().isEmpty())
            return fail(tr("option %1 needs a non-empty value").arg(name));

        if (name == QLatin1String("--sandbox")) {
            o.sandbox = true;
        } else if (name == QLatin1String("--account")) {
            o.account = value;
        } else if (name == QLatin1String("--endpoint")) {
            const QUrl url(value, QUrl::StrictMode);
            const QString scheme = url.scheme();
            if (!url.isValid() || url.host().isEmpty()
                || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
                return fail(
                    tr("--endpoint needs an http:// or https:// URL with a host, not '%1'").arg(value));
            if (!url.userInfo().isEmpty())
                return fail(tr("--endpoint must not carry a user name or password"));
            if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery()
                || url.hasFragment())
                return fail(tr("--endpoint takes only a scheme, host and port, not '%1'").arg(value));
            o.endpoint = url.adjusted(QUrl::RemovePath);
        } else if (name == QLatin1String("--region")) {
            static const QRegularExpression region(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
            if (!region.match(value).hasMatch())
                return fail(
                    tr("--region: '%1' is not a region id (e.g. ap-guangzhou, cn-hangzhou)").arg(value));
            o.region = value;
        } else if (name == QLatin1String("--format")) {
            if (value == QLatin1String("table"))
                o.format = OutputFormat::Table;
            else if (value == QLatin1String("csv"))
                o.format = OutputFormat::Csv;
            else if (value == QLatin1String("json"))
                o.format = OutputFormat::Json;
            else if (value == QLatin1String("prometheus"))
                o.format = OutputFormat::Prometheus;
            else if (value == QLatin1String("nagios"))
                o.format = OutputFormat::Nagios;
            else
                return fail(
                    tr("--format must be table, csv, json, or prometheus or nagios (check only), not '%1'")
                        .arg(value));
        } else if (name == QLatin1String("--output")) {
            o.outputFile = value;
        } else if (name == QLatin1String("--quiet")) {
            quiet = true;
        } else if (name == QLatin1String("--verbose")) {
            verbose = true;
        } else if (name == QLatin1String("--product")) {
            if (!ProductRegistry::isKnown(value)) {
                return fail(tr("unknown product '%1' (one of: %2)")
                                .arg(value, ProductRegistry::keys().join(QStringLiteral(", "))));
            }
            o.product = value;
        } else if (name == QLatin1String("--instance")) {
            o.instance = value; // the last one; check takes every one (instances)
            if (!o.instances.contains(value))
                o.instances << value;
        } else if (name == QLatin1String("--max-age")) {
            // DURATION for every instance, or KEY=DURATION for one product or one instance.
            const qsizetype equals = value.lastIndexOf(u'=');
            const QString key = equals < 0 ? QString() : value.left(equals);
            const qint64 seconds = TimeParser::durationSeconds(equals < 0 ? value : value.mid(equals + 1));
            if (seconds <= 0 || (equals >= 0 && key.isEmpty()))
                return fail(tr("--max-age: '%1' is not a duration (use 26h, 2d, 90m or 1w), nor a product or "
                               "instance with one (tencent-redis=2d, crs-xxxx=12h)")
                                .arg(value));
            if (key.isEmpty())
                o.maxAge.setGlobalSeconds(seconds);
            else if (!(ProductRegistry::isKnown(key) ? o.maxAge.setForProduct(key, seconds)
                                                     : o.maxAge.setForInstance(key, seconds)))
                return fail(tr("--max-age: '%1' is too long an instance id, or too many instances have one")
                                .arg(key));
        } else if (name == QLatin1String("--backup")) {
            o.backup = value;
        } else if (name == QLatin1String("--since") || name == QLatin1String("--until")) {
            const QDateTime when = TimeParser::parse(value, m_now);
            if (!when.isValid())
                return fail(tr("%1: '%2' is not a time (use 2025-01-31, 2025-01-31T08:00:00Z, 7d or 24h)")
                                .arg(name, value));
            (name == QLatin1String("--since") ? o.since : o.until) = when;
        } else if (name == QLatin1String("--status")) {
            o.status = value;
        } else if (name == QLatin1String("--kind") && o.command == QLatin1String("sync")) {
            if (value != QLatin1String("full") && value != QLatin1String("log")
                && value != QLatin1String("all"))
                return fail(tr("sync --kind must be full, log or all, not '%1'").arg(value));
            o.syncKind = value;
        } else if (name == QLatin1String("--kind")) {
            static const QStringList kinds {QStringLiteral("full"), QStringLiteral("incremental"),
                                            QStringLiteral("log"), QStringLiteral("snapshot")};
            if (!kinds.contains(value))
                return fail(
                    tr("--kind must be one of %1, not '%2'").arg(kinds.join(QStringLiteral(", ")), value));
            o.kind = value;
        } else if (name == QLatin1String("--trigger")) {
            if (value != QLatin1String("manual") && value != QLatin1String("automatic"))
                return fail(tr("--trigger must be manual or automatic, not '%1'").arg(value));
            o.trigger = value;
        } else if (name == QLatin1String("--description")) {
            o.description = value;
        } else if (name == QLatin1String("--yes")) {
            o.yes = true;
        } else if (name == QLatin1String("--databases")) {
            for (const QString &db : value.split(u',', Qt::SkipEmptyParts)) {
                if (!db.trimmed().isEmpty())
                    o.databases << db.trimmed();
            }
        } else if (name == QLatin1String("--name")) {
            o.name = value;
        } else if (name == QLatin1String("--wait")) {
            o.wait = true;
        } else if (name == QLatin1String("--keep-until-instance-removed")) {
            o.keepUntilInstanceRemoved = true;
        } else if (name == QLatin1String("--flow")) {
            static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
            if (!digits.match(value).hasMatch())
                return fail(tr("--flow: '%1' is not a job id (the digits create printed in extra.FlowId, "
                               "extra.TaskId or extra.BackupJobId)")
                                .arg(value));
            o.flow = value;
        } else if (name == QLatin1String("--network")) {
            if (value == QLatin1String("internal"))
                o.network = DownloadNetwork::Internal;
            else if (value == QLatin1String("external"))
                o.network = DownloadNetwork::External;
            else
                return fail(tr("--network must be internal or external, not '%1'").arg(value));
        } else if (name == QLatin1String("--dir")) {
            o.dir = value;
        } else if (name == QLatin1String("--overwrite")) {
            o.overwrite = true;
        } else if (name == QLatin1String("--with-urls")) {
            o.withUrls = true;
        } else if (name == QLatin1String("--rules")) {
            o.rulesFile = value;
        } else if (name == QLatin1String("--dest")) {
            o.dest = value;
        } else if (name == QLatin1String("--newest") || name == QLatin1String("--days")
                   || name == QLatin1String("--connections") || name == QLatin1String("--parallel-files")) {
            // The bounds: sync's documented ones; 16 connections is the engine's cap per host
            // (DownloadOptions::maxConnectionsPerHost); 8 files at once is where a backup's files
            // stop gaining from one more (each already has its own connections) and start
            // competing for the disk.
            const int max = name == QLatin1String("--newest") ? 10000
                : name == QLatin1String("--days")             ? 3660
                : name == QLatin1String("--connections")      ? 16
                                                              : 8;
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 1 || n > max)
                return fail(
                    tr("%1 needs a whole number from 1 to %2, not '%3'").arg(name).arg(max).arg(value));
            if (name == QLatin1String("--newest"))
                o.newest = n;
            else if (name == QLatin1String("--days"))
                o.days = n;
            else if (name == QLatin1String("--connections"))
                o.connections = n;
            else
                o.parallelFiles = n;
        } else if (name == QLatin1String("--no-prune")) {
            o.noPrune = true;
        } else if (name == QLatin1String("--dry-run")) {
            o.dryRun = true;
        } else if (name == QLatin1String("--verify")) {
            o.verify = true;
        }
    }

    if (quiet && verbose)
        return fail(tr("--quiet and --verbose exclude each other"));
    o.verbosity = quiet ? Verbosity::Quiet : verbose ? Verbosity::Verbose : Verbosity::Normal;
    if (o.sandbox && !o.account.isEmpty())
        return fail(tr("--sandbox and --account exclude each other"));

    if (o.format == OutputFormat::Prometheus && o.command != QLatin1String("check"))
        return fail(tr("--format prometheus applies to 'check' only"));
    if (o.format == OutputFormat::Nagios && o.command != QLatin1String("check"))
        return fail(tr("--format nagios applies to 'check' only"));
    // The plugin runner reads standard output; a file would leave it an empty answer.
    if (o.format == OutputFormat::Nagios && !o.outputFile.isEmpty())
        return fail(tr("--format nagios writes to standard output: leave out --output"));
    if (o.command == QLatin1String("sync")) {
        if (!o.rulesFile.isEmpty()) {
            if (!o.dest.isEmpty() || !o.product.isEmpty() || !o.instances.isEmpty() || o.newest || o.days
                || !o.syncKind.isEmpty() || o.noPrune)
                return fail(tr("sync --rules takes the rules from the file: leave out --dest, --product, "
                               "--instance, --newest, --days, --kind and --no-prune"));
        } else if ((o.dest.isEmpty() || o.product.isEmpty())
                   && (!o.dest.isEmpty() || !o.product.isEmpty() || !o.instances.isEmpty() || o.newest
                       || o.days || !o.syncKind.isEmpty() || o.noPrune)) {
            return fail(tr("a one-rule 'sync' needs --dest DIR and --product P (without them, the rules "
                           "file beside the settings, or --rules FILE)"));
        }
        if (o.format != OutputFormat::Table && o.format != OutputFormat::Json)
            return fail(tr("sync prints a table or JSON (--format json)"));
        return result;
    }
    const bool needsProduct = o.command != QLatin1String("products") && o.command != QLatin1String("check");
    const bool needsInstance = needsProduct && o.command != QLatin1String("instances");
    if (o.command == QLatin1String("check") && !o.instances.isEmpty() && o.product.isEmpty())
        return fail(tr("'check --instance' needs --product (instance ids are per product)"));
    const bool needsBackup = o.command == QLatin1String("show") || o.command == QLatin1String("download")
        || o.command == QLatin1String("edit") || o.command == QLatin1String("delete");
    if (needsProduct && o.product.isEmpty())
        return fail(tr("'%1' needs --product").arg(o.command));
    if (needsInstance && o.instance.isEmpty())
        return fail(tr("'%1' needs --instance").arg(o.command));
    if (needsBackup && o.backup.isEmpty())
        return fail(tr("'%1' needs --backup").arg(o.command));
    if (o.command == QLatin1String("edit") && o.description.isNull())
        return fail(tr("'edit' needs --description"));
    if (o.command == QLatin1String("track") && o.flow.isEmpty())
        return fail(tr("'%1' needs --flow").arg(o.command));
    if (o.since.isValid() && o.until.isValid() && o.since > o.until)
        return fail(tr("--since is later than --until"));
    // An empty window: RDS answers InvalidParameterCombination, the others nothing. Said here,
    // before any call.
    if (o.since.isValid() && o.until.isValid() && o.since == o.until)
        return fail(
            tr("--since and --until are the same time, so the window is empty; give a later --until"));
    return result;
}

QString CliParser::helpText()
{
    QString help = tr(R"(Usage: backup-browser-cli [global options] <command> [options]

Browse, create and download database backups on Tencent Cloud and Alibaba Cloud.

Commands:
  products            list the products this tool serves
  instances           list the instances of a product
                        --product P
  backups             list the backups of an instance
                        --product P --instance ID [--since TIME] [--until TIME]
                        [--status STATUS] [--kind KIND] [--trigger TRIGGER] [--with-urls]
  show                print one backup, whatever its age
                        --product P --instance ID --backup ID [--with-urls]
  create              start a backup; with --wait, follow it and print the result
                        --product P --instance ID [--databases a,b] [--name NAME] [--wait]
                        [--keep-until-instance-removed] [--with-urls]
  download            download a backup's file(s), verified; prints the final path(s)
                        --product P --instance ID --backup ID
                        [--network internal|external] [--dir DIR] [--overwrite]
  edit                change a backup's description (alibaba-starrocks)
                        --product P --instance ID --backup ID --description TEXT
  delete              delete a backup (alibaba-rds, alibaba-starrocks); asks first,
                        naming the backup, its instance, size and age
                        --product P --instance ID --backup ID [--yes]

Global options:
  --sandbox           start the built-in sandbox in-process and use it for every call
  --account NAME      a saved account (secrets from the OS keychain)
  --endpoint URL      override the API endpoint: scheme, host and port
  --region REGION     region for the call (default: the account's, else the product's)
  --format table|csv|json
                      output format (default: table)
  --output FILE       write the output to FILE (atomically) instead of stdout
  --quiet             less on stderr
  --verbose           one stderr line per API request: action, status, RequestId,
                      duration, URL (signed query strings masked)
  --version           print the version and exit
  --help, -h          print this help and exit

Command options:
  --product P         tencent-sqlserver, tencent-redis, alibaba-rds, alibaba-starrocks
  --instance ID       the instance id, e.g. mssql-1a2b3c4d, crs-xxxxxxxx, rm-xxxxxxxx
  --backup ID         the backup id as the provider prints it
  --since TIME        list backups started at or after TIME
  --until TIME        list backups started before TIME
                      TIME: 2025-01-31 (midnight UTC), 2025-01-31T08:00:00Z (no offset
                      means UTC), or an age: 30m, 24h, 7d, 2w.
                      backups without --since/--until: the last 7 days. show,
                      download, edit and delete find the backup by id whatever its
                      age; with --since/--until they search that window instead.
                      --since and --until must differ.
  --status STATUS     keep backups whose status (creating, running, succeeded, failed,
                      expired, locked, exporting, exported, deleted, unknown) or
                      provider status is STATUS (sent to the API where it has the
                      filter: alibaba-rds BackupStatus, alibaba-starrocks Statuses)
  --kind KIND         keep full, incremental, log or snapshot backups (alibaba-rds:
                      BackupType on the server)
  --trigger TRIGGER   keep manual or automatic backups (alibaba-rds: BackupMode on
                      the server)
  --databases a,b     back up only these databases (products that support it)
  --name NAME         backup name, remark or description
  --wait              wait for the created backup to finish
  --keep-until-instance-removed
                      keep the backup until the instance is removed instead of
                      following the retention policy (tencent-sqlserver only)
  --network N         external (default) or internal (only inside the cloud's network)
  --dir DIR           download into DIR (default: the current directory)
  --overwrite         replace an existing file instead of choosing a numbered name
  --description TEXT  the backup's new description
  --yes               delete without asking (needed when stdin is not a terminal)
  --with-urls         include the signed download URLs (internal_url, external_url)
                      in the output; without it they are null. They are bearer
                      tokens: anyone holding one can download the backup until it
                      expires, so keep them out of logs and shared files.

Credentials (without --account or --sandbox), as the vendors' SDKs take them:
  Tencent: TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN,
           else [default] in ~/.tencentcloud/credentials
  Alibaba: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET,
           ALIBABA_CLOUD_SECURITY_TOKEN, else ~/.aliyun/config.json
           (profile from ALIBABA_CLOUD_PROFILE)
  Secrets are never accepted as command-line arguments.

Output: --format json prints an array of records (show, edit, delete: one object,
  delete's with status "deleted") with the keys
  id product instance name status status_raw kind trigger method start end expire
  size_bytes databases internal_url external_url checksum files extra
  (instances: id name product region status status_raw engine extra); null when
  unknown; internal_url/external_url (also in files) null unless --with-urls; times
  ISO-8601 UTC. csv has the same columns (nested values as JSON text).

Exit codes:
  0 success, 1 usage error, 2 the provider answered with an error, 3 network or TLS
  failure, 4 download verification failed, 5 credentials missing or rejected,
  6 a local file could not be written, 7 check found an instance warning,
  8 check found an instance critical, 9 sync could not copy every backup it
  selected, 10 another sync holds the destination's lock, 130 interrupted (a
  download leaves a resumable .part; run the same command again to resume)

Examples:
  backup-browser-cli --sandbox instances --product tencent-sqlserver
  backup-browser-cli backups --product alibaba-rds --instance rm-xxxx --since 7d --format csv
  backup-browser-cli download --product tencent-sqlserver --instance mssql-xxxx --backup 1234
)") + tr(R"(
Also:
  track               follow a backup that create started without --wait, like
                        create --wait, and print the result
                        --product P --instance ID --flow FLOW_ID
  --flow FLOW_ID      the job id create printed in its record: extra.FlowId
                        (tencent-sqlserver), extra.TaskId (tencent-redis),
                        extra.BackupJobId (alibaba-rds)
  Backup records end with a region key. Each record in files has the keys
  name size_bytes database internal_url external_url checksum extra; its extra holds
  the part's own fields (a StarRocks subtask's Status, StartTime, FinishedTime,
  SnapshotName and Detail; a Redis file's Shard). backups lists the files the
  listing has (StarRocks subtasks, RDS links); show adds what the detail call
  returns (SQL Server per-database files, Redis shards).
)") + tr(R"(
Fleet health:
  check               judge every instance's backups OK, warning or critical, with
                        the reasons; all products the credentials reach, or one
                        [--product P] [--instance ID]... [--max-age DURATION]
                        [--format table|csv|json|prometheus] [--output FILE]
                      Per instance: the newest successful full backup against the
                      expected age (critical past twice that, or none in 30 days),
                      log backups where the policy expects them, failures in the
                      last 7 days, a backup running over 3 times its usual, a full
                      backup under half the median of the 7 before it.
  --instance ID       (check) may repeat; without it, every instance
  --max-age DURATION  (check) expected age of the newest full backup where the
                      instance publishes no backup policy: 26h (default), 2d, 90m, 1w
  --format prometheus (check) node_exporter textfile format; with --output the file
                      is replaced atomically, for the textfile collector
  check exits 0 when every instance is OK, 7 when any is warning (none critical),
  8 when any is critical (the output is written in all three cases); 7 and 8 follow
  the codes above so a script tells "an instance needs attention" from "the check
  could not run" (Nagios' 1 and 2 would collide with usage and provider errors).
)") + tr(R"(  --max-age KEY=DURATION
                      (check) the same for one product (tencent-redis=2d) or one
                      instance (crs-xxxx=12h); may repeat. The most specific one
                      counts; one given for an instance counts over its policy too
  --format nagios     (check) one line on standard output and the Nagios plugin
                      exit code: 0 OK, 1 warning, 2 critical, 3 unknown (the check
                      could not run, the reason in the line)
)") + tr(R"(  --rules FILE        (check) the offsite rules whose catalogues say which
                      instances have verified local copies (default: offsite.json
                      beside the settings, when it exists); an instance a rule
                      covers is a warning when its newest verified copy lags the
                      cloud's newest full backup by more than the expected age
)") + tr(R"(
Offsite copies:
  sync                keep verified local copies of the backups a rule selects:
                        lists, plans (fetch, keep, prune, with reasons), fetches what
                        is missing (resuming .part files), records each copy with its
                        CRC-64 in a catalogue in DIR, removes local copies that fell
                        out of the rule (never anything in the cloud)
                        [--rules FILE] [--dry-run] [--verify] [--format json]
                        (default FILE: offsite.json beside the settings), or one rule:
                        --dest DIR --product P [--instance ID]... [--newest N]
                        [--days D] [--kind full|log|all] [--network N] [--no-prune]
  --rules FILE        (sync) the rules file (JSON, docs/cli.md#sync)
  --dest DIR          (sync) the destination root; the catalogue and lock live in
                      DIR/.backup-browser
  --instance ID       (sync) an instance id or name pattern (prod-*); may repeat;
                      without it, every instance
  --newest N          (sync) the newest N backups per instance
  --days D            (sync) backups started within D days (without it: listed
                      in the last 30 days)
  --kind K            (sync) full (default), log or all
  --no-prune          (sync) keep local copies the rule no longer selects
  --dry-run           (sync) print the plan with its reasons; change nothing
  --verify            (sync) re-read every local copy, compare size and CRC-64
                      with the catalogue and fetch again the ones that differ
)") + tr(R"(
Downloads over several connections:
  --connections N     (download) connections per file, 1-16 (default 4): a file
                      of 16 MiB or more with an exact size comes as byte ranges
                      over them, each resumable; a smaller one over one
  --parallel-files N  (download) files of one backup (SQL Server per-database
                      files, Redis shards) fetched at once, 1-8 (default 3);
                      fewer when N times --connections would pass the 16
                      connections allowed to one host. The progress line sums
                      them. A file that fails does not stop the others: the
                      command ends when all have, with the code of the first
                      failed file in the backup's order and nothing on stdout
)");
    // The text (and its translations) was written when these were all the products; the --product
    // entry lists the registry's instead, so a product added there is offered here too.
    help.replace(QStringLiteral("tencent-sqlserver, tencent-redis, alibaba-rds, alibaba-starrocks"),
                 wrapped(ProductRegistry::keys(), 22));
    return help;
}

} // namespace bb
