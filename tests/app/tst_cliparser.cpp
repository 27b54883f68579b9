#include "app/cli/cliparser.h"
#include "providers/productregistry.h"
#include "support/testmain.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace bb;

class TestCliParser : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2025, 2, 10), QTime(12, 0), Qt::UTC);

    CliParser::Result parse(const QString &line) const
    {
        return CliParser(m_now).parse(line.split(u' ', Qt::SkipEmptyParts));
    }

private slots:
    void products()
    {
        const auto r = parse(QStringLiteral("--sandbox products"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.command, QStringLiteral("products"));
        QVERIFY(r.options.sandbox);
        QCOMPARE(r.options.format, OutputFormat::Table);
        QCOMPARE(r.options.verbosity, Verbosity::Normal);
    }

    void backupsWithEverything()
    {
        const auto r = parse(QStringLiteral(
            "backups --product tencent-sqlserver --instance mssql-1a2b3c4d --since 7d --until=2025-02-10 "
            "--status succeeded --format=json --output out.json --region ap-guangzhou --verbose "
            "--endpoint https://127.0.0.1:8443/"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const CliOptions &o = r.options;
        QCOMPARE(o.command, QStringLiteral("backups"));
        QCOMPARE(o.product, QStringLiteral("tencent-sqlserver"));
        QCOMPARE(o.instance, QStringLiteral("mssql-1a2b3c4d"));
        QCOMPARE(o.since, QDateTime(QDate(2025, 2, 3), QTime(12, 0), Qt::UTC));
        QCOMPARE(o.until, QDateTime(QDate(2025, 2, 10), QTime(0, 0), Qt::UTC));
        QCOMPARE(o.status, QStringLiteral("succeeded"));
        QCOMPARE(o.format, OutputFormat::Json);
        QCOMPARE(o.outputFile, QStringLiteral("out.json"));
        QCOMPARE(o.region, QStringLiteral("ap-guangzhou"));
        QCOMPARE(o.verbosity, Verbosity::Verbose);
        QCOMPARE(o.endpoint, QUrl(QStringLiteral("https://127.0.0.1:8443")));
    }

    void createAndDownload()
    {
        auto r = parse(
            QStringLiteral("create --product alibaba-rds --instance rm-1 --databases a,,b, --name x --wait"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.databases, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(r.options.name, QStringLiteral("x"));
        QVERIFY(r.options.wait);
        QVERIFY(!r.options.keepUntilInstanceRemoved);

        r = parse(QStringLiteral(
            "create --product tencent-sqlserver --instance mssql-1 --keep-until-instance-removed"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.options.keepUntilInstanceRemoved);
        // A create-only switch: other commands refuse it.
        QVERIFY(!parse(QStringLiteral("backups --product tencent-sqlserver --instance mssql-1 "
                                      "--keep-until-instance-removed"))
                     .ok());

        r = parse(QStringLiteral(
            "download --product tencent-redis --instance crs-1 --backup b-1 --network internal "
            "--dir /tmp --overwrite --quiet"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.network, DownloadNetwork::Internal);
        QCOMPARE(r.options.dir, QStringLiteral("/tmp"));
        QVERIFY(r.options.overwrite);
        QCOMPARE(r.options.verbosity, Verbosity::Quiet);
        QCOMPARE(r.options.connections, 4); // the engine's default
        QCOMPARE(r.options.parallelFiles, 0); // DownloadCommand's default

        r = parse(QStringLiteral("download --product tencent-redis --instance crs-1 --backup b-1 "
                                 "--connections 16 --parallel-files=8"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.connections, 16);
        QCOMPARE(r.options.parallelFiles, 8);
        r = parse(QStringLiteral("download --product tencent-redis --instance crs-1 --backup b-1 "
                                 "--connections=1 --parallel-files 1"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.connections, 1);
        QCOMPARE(r.options.parallelFiles, 1);
    }

    void editDeleteAndFilters()
    {
        auto r = parse(QStringLiteral("edit --product alibaba-starrocks --instance c-1 --backup bt-1 "
                                      "--description=kept --format json"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.command, QStringLiteral("edit"));
        QCOMPARE(r.options.description, QStringLiteral("kept"));
        r = parse(QStringLiteral("delete --product alibaba-rds --instance rm-1 --backup 321020562 --yes"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.options.yes);
        QCOMPARE(r.options.backup, QStringLiteral("321020562"));
        QVERIFY(
            !parse(QStringLiteral("delete --product alibaba-rds --instance rm-1 --backup 1")).options.yes);
        // As --help says: edit and delete search a window when given one (else they find by id).
        r = parse(
            QStringLiteral("delete --product alibaba-rds --instance rm-1 --backup 1 --yes --since 30d"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.options.since.isValid());
        r = parse(QStringLiteral("edit --product alibaba-starrocks --instance c-1 --backup bt-1 "
                                 "--description=kept --until 2026-12-01 --since 2026-11-01"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.options.until.isValid() && r.options.since.isValid());
        r = parse(QStringLiteral(
            "backups --product alibaba-rds --instance rm-1 --kind incremental --trigger manual"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.kind, QStringLiteral("incremental"));
        QCOMPARE(r.options.trigger, QStringLiteral("manual"));
    }

    void track()
    {
        const auto r
            = parse(QStringLiteral("track --product tencent-sqlserver --instance mssql-1 --flow 5012"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.command, QStringLiteral("track"));
        QCOMPARE(r.options.flow, QStringLiteral("5012"));
        QCOMPARE(r.options.instance, QStringLiteral("mssql-1"));
        QVERIFY(parse(QStringLiteral("track --product alibaba-rds --instance rm-1 --flow 12 --with-urls"))
                    .options.withUrls);
    }

    void sync()
    {
        auto r = parse(QStringLiteral("--sandbox sync --dest /b --product tencent-redis --instance crs-1 "
                                      "--instance prod-* --newest 3 --days 7 --kind all --no-prune --dry-run "
                                      "--verify --network internal --format json"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.command, QStringLiteral("sync"));
        QCOMPARE(r.options.dest, QStringLiteral("/b"));
        QCOMPARE(r.options.instances, (QStringList {QStringLiteral("crs-1"), QStringLiteral("prod-*")}));
        QCOMPARE(r.options.newest, 3);
        QCOMPARE(r.options.days, 7);
        QCOMPARE(r.options.syncKind, QStringLiteral("all"));
        QVERIFY(r.options.noPrune && r.options.dryRun && r.options.verify);
        QCOMPARE(r.options.network, DownloadNetwork::Internal);

        r = parse(QStringLiteral("sync --rules r.json --dry-run"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.rulesFile, QStringLiteral("r.json"));
        QVERIFY(parse(QStringLiteral("sync")).ok()); // the rules file beside the settings

        // A one-rule run needs both; the rules file excludes the one-rule options.
        QVERIFY(!parse(QStringLiteral("sync --dest /b")).ok());
        QVERIFY(!parse(QStringLiteral("sync --product tencent-redis --newest 2")).ok());
        QVERIFY(!parse(QStringLiteral("sync --rules r.json --newest 2")).ok());
        QVERIFY(!parse(QStringLiteral("sync --dest /b --product tencent-redis --newest 0")).ok());
        QVERIFY(!parse(QStringLiteral("sync --dest /b --product tencent-redis --days 9999")).ok());
        QVERIFY(!parse(QStringLiteral("sync --dest /b --product tencent-redis --kind incremental")).ok());
        QVERIFY(!parse(QStringLiteral("sync --dest /b --product tencent-redis --format csv")).ok());
        // sync's options belong to sync only, and backups keeps its own --kind values.
        QVERIFY(!parse(QStringLiteral("backups --product tencent-redis --instance crs-1 --dry-run")).ok());
        QVERIFY(!parse(QStringLiteral("backups --product tencent-redis --instance crs-1 --kind all")).ok());
    }

    void check()
    {
        auto r = parse(QStringLiteral("--sandbox check"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.command, QStringLiteral("check"));
        QVERIFY(r.options.product.isEmpty());
        QVERIFY(r.options.instances.isEmpty());
        QCOMPARE(r.options.maxAge.globalSeconds(), -1);

        r = parse(
            QStringLiteral("check --product alibaba-rds --instance rm-1 --instance rm-2 --instance rm-1 "
                           "--max-age 2d --format prometheus --output /tmp/x.prom"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.instances, (QStringList {QStringLiteral("rm-1"), QStringLiteral("rm-2")}));
        QCOMPARE(r.options.maxAge.globalSeconds(), 2 * 86400);
        QCOMPARE(r.options.format, OutputFormat::Prometheus);
        QCOMPARE(r.options.outputFile, QStringLiteral("/tmp/x.prom"));
        QCOMPARE(parse(QStringLiteral("check --max-age 26h")).options.maxAge.globalSeconds(), 26 * 3600);

        // Per product or instance, beside the global one.
        r = parse(QStringLiteral("check --max-age 1d --max-age tencent-redis=2d --max-age crs-1=12h"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.options.maxAge.globalSeconds(), 86400);
        QCOMPARE(r.options.maxAge.forProduct(QStringLiteral("tencent-redis")), 2 * 86400);
        QCOMPARE(r.options.maxAge.forInstance(QStringLiteral("crs-1")), 12 * 3600);
        QVERIFY(!parse(QStringLiteral("check --max-age =2d")).ok());
        QVERIFY(!parse(QStringLiteral("check --max-age crs-1=")).ok());
        QVERIFY(!parse(QStringLiteral("check --max-age crs-1=soon")).ok());
        // The key decides the level: a product's key is the product's, anything else an instance.
        QCOMPARE(r.options.maxAge.forInstance(QStringLiteral("tencent-redis")), -1);
        QCOMPARE(r.options.maxAge.forProduct(QStringLiteral("crs-1")), -1);
        // Bounded: at most HealthThresholds::maxSeconds, and instance ids of a sane length.
        QCOMPARE(parse(QStringLiteral("check --max-age 9999w")).options.maxAge.globalSeconds(),
                 HealthThresholds::maxSeconds);
        r = parse(
            QStringLiteral("check --max-age %1=1h").arg(QString(HealthThresholds::maxKeyLength + 1, u'x')));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("too long")), qPrintable(r.error));

        // Nagios: check only, on standard output.
        QCOMPARE(parse(QStringLiteral("check --format nagios")).options.format, OutputFormat::Nagios);
        QVERIFY(!parse(QStringLiteral("backups --product alibaba-rds --instance rm-1 --format nagios")).ok());
        r = parse(QStringLiteral("check --format nagios --output /tmp/x"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("--output")), qPrintable(r.error));
    }

    void helpAndVersionWinOverErrors()
    {
        QVERIFY(parse(QStringLiteral("--help")).options.help);
        QVERIFY(parse(QStringLiteral("-h")).options.help);
        QVERIFY(parse(QStringLiteral("help")).options.help);
        QVERIFY(parse(QStringLiteral("backups --help")).options.help);
        QVERIFY(parse(QStringLiteral("--version")).options.version);
        QVERIFY(parse(QStringLiteral("--version")).ok());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("nothing") << ""
                                 << "no command";
        QTest::newRow("unknown command") << "list"
                                         << "unknown command 'list'";
        QTest::newRow("unknown option") << "products --colour"
                                        << "unknown option '--colour'";
        QTest::newRow("missing value") << "instances --product"
                                       << "needs a value";
        QTest::newRow("flag with value") << "--sandbox=1 products"
                                         << "takes no value";
        QTest::newRow("wrong command") << "instances --product tencent-redis --since 7d"
                                       << "does not apply";
        QTest::newRow("missing product") << "instances"
                                         << "needs --product";
        QTest::newRow("missing instance") << "backups --product tencent-redis"
                                          << "needs --instance";
        QTest::newRow("missing backup") << "show --product tencent-redis --instance crs-1"
                                        << "needs --backup";
        QTest::newRow("bad product") << "instances --product aws-rds"
                                     << "unknown product 'aws-rds'";
        QTest::newRow("bad format") << "--format xml products"
                                    << "--format";
        QTest::newRow("bad time") << "backups --product alibaba-rds --instance rm-1 --since yesterday"
                                  << "not a time";
        QTest::newRow("window backwards")
            << "backups --product alibaba-rds --instance rm-1 --since 1d --until 2d"
            << "later than";
        QTest::newRow("empty window")
            << "backups --product alibaba-rds --instance rm-1 --since 2025-01-31 --until 2025-01-31"
            << "same time";
        QTest::newRow("bad kind") << "backups --product alibaba-rds --instance rm-1 --kind weekly"
                                  << "--kind";
        QTest::newRow("bad trigger") << "backups --product alibaba-rds --instance rm-1 --trigger cron"
                                     << "--trigger";
        QTest::newRow("edit without description")
            << "edit --product alibaba-starrocks --instance c-1 --backup bt-1"
            << "needs --description";
        QTest::newRow("delete without backup") << "delete --product alibaba-rds --instance rm-1"
                                               << "needs --backup";
        QTest::newRow("yes on edit") << "edit --product alibaba-starrocks --instance c-1 --backup bt-1 --yes"
                                     << "does not apply";
        QTest::newRow("bad network")
            << "download --product alibaba-rds --instance rm-1 --backup 1 --network lan"
            << "--network";
        QTest::newRow("connections 0")
            << "download --product alibaba-rds --instance rm-1 --backup 1 --connections 0"
            << "--connections needs a whole number from 1 to 16, not '0'";
        QTest::newRow("connections 17")
            << "download --product alibaba-rds --instance rm-1 --backup 1 --connections 17"
            << "--connections needs a whole number from 1 to 16, not '17'";
        QTest::newRow("connections word")
            << "download --product alibaba-rds --instance rm-1 --backup 1 --connections many"
            << "--connections needs a whole number";
        QTest::newRow("parallel files 9")
            << "download --product alibaba-rds --instance rm-1 --backup 1 --parallel-files 9"
            << "--parallel-files needs a whole number from 1 to 8, not '9'";
        QTest::newRow("parallel files 0")
            << "download --product alibaba-rds --instance rm-1 --backup 1 --parallel-files=0"
            << "--parallel-files needs a whole number from 1 to 8";
        QTest::newRow("connections elsewhere") << "show --product alibaba-rds --instance rm-1 --backup 1 "
                                                  "--connections 2"
                                               << "does not apply";
        QTest::newRow("quiet+verbose") << "--quiet --verbose products"
                                       << "exclude";
        QTest::newRow("sandbox+account") << "--sandbox --account prod products"
                                         << "exclude";
        QTest::newRow("extra argument") << "products now"
                                        << "unexpected argument 'now'";
        QTest::newRow("endpoint path") << "--endpoint https://h/x products"
                                       << "only a scheme";
        QTest::newRow("endpoint scheme") << "--endpoint ftp://h products"
                                         << "http";
        QTest::newRow("endpoint userinfo") << "--endpoint https://u:p@h products"
                                           << "password";
        QTest::newRow("bad region") << "--region AP_X products"
                                    << "region";
        QTest::newRow("empty value") << "--account= products"
                                     << "non-empty";
        QTest::newRow("track without flow") << "track --product tencent-sqlserver --instance mssql-1"
                                            << "needs --flow";
        QTest::newRow("flow not digits") << "track --product tencent-sqlserver --instance mssql-1 --flow 12a"
                                         << "not a job id";
        QTest::newRow("check max-age") << "check --max-age soon"
                                       << "not a duration";
        QTest::newRow("check max-age zero") << "check --max-age 0h"
                                            << "not a duration";
        QTest::newRow("check instance without product") << "check --instance rm-1"
                                                        << "needs --product";
        QTest::newRow("prometheus elsewhere") << "--format prometheus products"
                                              << "'check' only";
        QTest::newRow("max-age elsewhere") << "backups --product alibaba-rds --instance rm-1 --max-age 1d"
                                           << "does not apply";
        QTest::newRow("flow on create") << "create --product tencent-sqlserver --instance mssql-1 --flow 12"
                                        << "does not apply";
    }
    void usageErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, mentions);
        const auto r = parse(line);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    }

    void secretsRefused_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("secret-key") << "--secret-key abc products";
        QTest::newRow("secret-id") << "--secret-id=AKID products";
        QTest::newRow("access-key-secret") << "--access-key-secret abc products";
        QTest::newRow("access-key-id") << "--access-key-id LTAI products";
        QTest::newRow("token") << "--token t products";
        QTest::newRow("password") << "--password p products";
        QTest::newRow("key") << "--key k products";
        QTest::newRow("after command") << "instances --product alibaba-rds --SecretKey k";
    }
    void secretsRefused()
    {
        QFETCH(QString, line);
        const auto r = parse(line);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("never accepted")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("TENCENTCLOUD_SECRET_ID")), qPrintable(r.error));
        // The message names the option but never echoes the value.
        QVERIFY(!r.error.contains(QStringLiteral(" abc")));
    }

    void helpDocumentsEveryOptionAndCommand()
    {
        const QString help = CliParser::helpText();
        for (const QString &command : CliParser::commands())
            QVERIFY2(help.contains(QStringLiteral("  ") + command + u' '), qPrintable(command));
        for (const char *option :
             {"--sandbox",     "--account", "--endpoint", "--region",    "--format",    "--output",
              "--quiet",       "--verbose", "--version",  "--help",      "--product",   "--instance",
              "--backup",      "--since",   "--until",    "--status",    "--databases", "--name",
              "--wait",        "--network", "--dir",      "--overwrite", "--kind",      "--trigger",
              "--description", "--yes"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
        QVERIFY(help.contains(QLatin1String("--keep-until-instance-removed")));
        QVERIFY(help.contains(QLatin1String("--flow")));
        for (const char *code : {"0 success", "1 usage", "2 the provider", "3 network", "4 download",
                                 "5 credentials", "130 interrupted"})
            QVERIFY2(help.contains(QLatin1String(code)), code);
    }

    // The --product entry lists the registry's products, wrapped to 80 columns.
    void helpListsTheRegisteredProducts()
    {
        const QString help = CliParser::helpText();
        const qsizetype from = help.indexOf(QLatin1String("\n  --product P  "));
        const qsizetype to = help.indexOf(QLatin1String("\n  --instance ID  "));
        QVERIFY(from >= 0 && to > from);
        const QString entry = help.mid(from, to - from);
        for (const QString &key : ProductRegistry::keys())
            QVERIFY2(entry.contains(key), qPrintable(key));
        for (const QString &line : entry.split(u'\n'))
            QVERIFY2(line.size() <= 80, qPrintable(line));
        QVERIFY(entry.count(u'\n') >= 2); // four keys do not fit on one line after the option
    }

    // The man page is written by hand: every option, command and exit code of --help is in it.
    void manPageMatchesHelp()
    {
        QFile page(QStringLiteral(BB_SEEDS_DIR "/../../installer/backup-browser-cli.1"));
        QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
        const QString man
            = QString::fromUtf8(page.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
        const QString help = CliParser::helpText();
        static const QRegularExpression option(QStringLiteral("--[a-z]+"));
        for (const QRegularExpressionMatch &match : option.globalMatch(help))
            QVERIFY2(man.contains(match.captured()), qPrintable(match.captured()));
        for (const QString &command : CliParser::commands())
            QVERIFY2(man.contains(QStringLiteral(".B ") + command), qPrintable(command));
        for (const char *code : {"0", "1", "2", "3", "4", "5", "6", "7", "8", "130"})
            QVERIFY2(man.contains(QStringLiteral(".B ") + QLatin1String(code) + u'\n'), code);
    }
};

BB_TEST_GUILESS_MAIN(TestCliParser)
#include "tst_cliparser.moc"
