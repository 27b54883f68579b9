// `backup-browser-cli check` (CheckCommand), run as the real executable (BB_CLI_PATH) against its
// in-process sandbox. The sandbox's seed places, relative to its anchor (the moment it starts),
// the instances these tests name: a healthy one, a failing one, a shrinking one, one with a
// backup stuck running, and, with a small --max-age, late ones.

#include "support/clirun.h"
#include "support/promtool.h"
#include "support/skip.h"
#include "support/testmain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Run = bb::test::CliRun;

class TestCheckCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run run(const QStringList &arguments) const
    {
        return bb::test::runCli(QStringLiteral(BB_CLI_PATH), bb::test::cliEnvironment(m_home.path()),
                                arguments, {}, 60000);
    }

    // check --format json, by instance id.
    static QHash<QString, QJsonObject> byInstance(const QByteArray &json)
    {
        QHash<QString, QJsonObject> records;
        for (const QJsonValue &value : QJsonDocument::fromJson(json).array())
            records.insert(value[u"instance"_s].toString(), value.toObject());
        return records;
    }

    static QStringList reasons(const QJsonObject &record)
    {
        QStringList list;
        for (const QJsonValue &reason : record[u"reasons"_s].toArray())
            list << reason.toString();
        return list;
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void failingAndShrinkingAreWarnings()
    {
        // The newest full backups are within their policy's day: what is left is failures and
        // the size drop.
        const Run r = run({u"--sandbox"_s, u"check"_s, u"--product"_s, u"alibaba-rds"_s, u"--max-age"_s,
                           u"1w"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 7, r.err.constData());
        const QHash<QString, QJsonObject> records = byInstance(r.out);
        QCOMPARE(records.size(), 8);

        const QJsonObject failing = records.value(u"rm-zocyy6hisk2fbn"_s);
        QCOMPARE(failing[u"state"_s].toString(), u"warning"_s);
        QCOMPARE(failing[u"failures_7d"_s].toInt(), 2);
        QCOMPARE(reasons(failing), QStringList {u"2 backup(s) failed in the last 7 days."_s});

        const QJsonObject shrinking = records.value(u"rm-b9job2ub9wirvl"_s);
        QCOMPARE(shrinking[u"state"_s].toString(), u"warning"_s);
        QCOMPARE(reasons(shrinking).size(), 1);
        QVERIFY2(reasons(shrinking).first().contains(u"less than half the median"_s),
                 qPrintable(reasons(shrinking).first()));
        QVERIFY(shrinking[u"newest_full_size_bytes"_s].toInteger() * 2
                < shrinking[u"median_full_size_bytes"_s].toInteger());

        const QJsonObject healthy = records.value(u"rm-szgu0wesdog6kx"_s);
        QCOMPARE(healthy[u"state"_s].toString(), u"ok"_s);
        QCOMPARE(reasons(healthy), QStringList());
        QCOMPARE(healthy[u"failures_7d"_s].toInt(), 0);
        QVERIFY(healthy[u"newest_full_age_seconds"_s].toInteger() > 0);
        // RDS publishes its schedule (DescribeBackupPolicy): every day, so 26 h, whatever --max-age says.
        QCOMPARE(healthy[u"expected_max_age_seconds"_s].toInteger(), 26 * 3600);
        QCOMPARE(healthy[u"expectation"_s].toString(), u"policy"_s);
        QVERIFY2(healthy[u"policy"_s].toString().startsWith(u"full backups on "_s),
                 qPrintable(healthy[u"policy"_s].toString()));
        QCOMPARE(healthy[u"product"_s].toString(), u"alibaba-rds"_s);
        QVERIFY(!healthy[u"region"_s].toString().isEmpty());
    }

    void stuckRunningIsAWarning()
    {
        const Run r = run({u"--sandbox"_s, u"check"_s, u"--product"_s, u"alibaba-starrocks"_s, u"--max-age"_s,
                           u"1w"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 7, r.err.constData());
        const QJsonObject stuck = byInstance(r.out).value(u"c-7b8225e15c604e95"_s);
        QCOMPARE(stuck[u"state"_s].toString(), u"warning"_s);
        // StarRocks publishes no policy this project reads: the user's --max-age holds.
        QCOMPARE(stuck[u"expectation"_s].toString(), u"user"_s);
        QCOMPARE(stuck[u"expected_max_age_seconds"_s].toInteger(), 7 * 86400);
        QVERIFY(stuck[u"running_seconds"_s].toInteger() > 3 * 3600);
        bool said = false;
        for (const QString &reason : reasons(stuck))
            said = said || (reason.startsWith(u"Backup "_s) && reason.contains(u"usually take"_s));
        QVERIFY2(said, qPrintable(reasons(stuck).join(u'|')));
    }

    void healthyExitsZero()
    {
        const Run r
            = run({u"--sandbox"_s, u"check"_s, u"--product"_s, u"alibaba-rds"_s, u"--instance"_s,
                   u"rm-szgu0wesdog6kx"_s, u"--instance"_s, u"rm-4syatqgn7fvfjc"_s, u"--max-age"_s, u"1w"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // the table's header and the two instances asked for
        QVERIFY(lines.at(0).startsWith("STATE "));
        QVERIFY(lines.at(1).startsWith("ok ") && lines.at(2).startsWith("ok "));
        QVERIFY(r.out.contains("rm-szgu0wesdog6kx") && r.out.contains("rm-4syatqgn7fvfjc"));
    }

    void redisPolicyIsTheExpectation()
    {
        // Redis publishes its schedule (DescribeAutoBackupConfig): it, not --max-age, is the
        // expectation, so a minute's --max-age changes nothing.
        const Run r = run({u"--sandbox"_s, u"check"_s, u"--product"_s, u"tencent-redis"_s, u"--instance"_s,
                           u"crs-6xqcv6ic"_s, u"--max-age"_s, u"1m"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject redis = byInstance(r.out).value(u"crs-6xqcv6ic"_s);
        QCOMPARE(redis[u"state"_s].toString(), u"ok"_s);
        QCOMPARE(redis[u"expectation"_s].toString(), u"policy"_s);
        QCOMPARE(redis[u"expected_max_age_seconds"_s].toInteger(), 26 * 3600);
        QVERIFY2(redis[u"policy"_s].toString().endsWith(u"at 01:00-02:00"_s),
                 qPrintable(redis[u"policy"_s].toString()));
    }

    void lateIsCritical()
    {
        // Every StarRocks instance's newest full backup is more than an hour old: with 30 min
        // expected, over twice that is Critical.
        const Run r
            = run({u"--sandbox"_s, u"check"_s, u"--product"_s, u"alibaba-starrocks"_s, u"--instance"_s,
                   u"c-2a90b17b600c9001"_s, u"--max-age"_s, u"30m"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 8, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("product,region,instance,name,state,reasons,"));
        QVERIFY2(lines.at(1).contains(",critical,"), lines.at(1).constData());
        QVERIFY2(lines.at(1).contains("one was expected every 30 min 00 s."), lines.at(1).constData());
    }

    void unknownInstanceIsCritical()
    {
        const Run r = run({u"--sandbox"_s, u"check"_s, u"--product"_s, u"alibaba-rds"_s, u"--instance"_s,
                           u"rm-nosuchinstance"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 8, r.err.constData());
        const QJsonObject missing = byInstance(r.out).value(u"rm-nosuchinstance"_s);
        QCOMPARE(missing[u"state"_s].toString(), u"critical"_s);
        QCOMPARE(missing[u"error"_s].toString(), u"no such instance in the regions checked"_s);
        QVERIFY(missing[u"newest_full_age_seconds"_s].isNull());
    }

    void nagiosGivesOneLineAndThePluginCode()
    {
        // The same late StarRocks instance as lateIsCritical: CRITICAL, plugin exit 2 (not 8).
        const Run r
            = run({u"--sandbox"_s, u"check"_s, u"--product"_s, u"alibaba-starrocks"_s, u"--instance"_s,
                   u"c-2a90b17b600c9001"_s, u"--max-age"_s, u"30m"_s, u"--format"_s, u"nagios"_s});
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(
            r.out.startsWith("BACKUPS CRITICAL - 1 critical, 0 warning, 0 OK: c-2a90b17b600c9001 critical: "),
            r.out.constData());
        QVERIFY2(r.out.endsWith(" | ok=0 warning=0 critical=1\n"), r.out.constData());
        QCOMPARE(r.out.count('\n'), 1);

        const Run healthy
            = run({u"--sandbox"_s, u"check"_s, u"--product"_s, u"alibaba-rds"_s, u"--instance"_s,
                   u"rm-szgu0wesdog6kx"_s, u"--max-age"_s, u"1w"_s, u"--format"_s, u"nagios"_s});
        QVERIFY2(healthy.exitCode == 0, healthy.err.constData());
        QCOMPARE(healthy.out,
                 QByteArray("BACKUPS OK - 1 instance(s) checked, all OK | ok=1 warning=0 critical=0\n"));
    }

    void nagiosSaysUnknownWhenTheCheckCannotRun()
    {
        // No credentials at all (no --sandbox): the check did not run, UNKNOWN (3) with the reason.
        const Run r = run({u"check"_s, u"--format"_s, u"nagios"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.startsWith("BACKUPS UNKNOWN - no credentials for any cloud"), r.out.constData());
        // A bad command line is UNKNOWN too (Nagios would read 1 as WARNING).
        const Run bad
            = run({u"--sandbox"_s, u"check"_s, u"--format"_s, u"nagios"_s, u"--max-age"_s, u"soon"_s});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.out.startsWith("BACKUPS UNKNOWN - --max-age: 'soon' is not a duration"),
                 bad.out.constData());
    }

    void maxAgeForOneInstanceOrProduct()
    {
        // Two healthy RDS instances under a week's threshold; an hour for one of them alone makes
        // it (and only it) critical, and an instance's threshold counts over the product's.
        const Run r
            = run({u"--sandbox"_s, u"check"_s, u"--product"_s, u"alibaba-rds"_s, u"--instance"_s,
                   u"rm-szgu0wesdog6kx"_s, u"--instance"_s, u"rm-4syatqgn7fvfjc"_s, u"--max-age"_s,
                   u"alibaba-rds=1w"_s, u"--max-age"_s, u"rm-szgu0wesdog6kx=1m"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 8, r.err.constData());
        const QHash<QString, QJsonObject> records = byInstance(r.out);
        const QJsonObject strict = records.value(u"rm-szgu0wesdog6kx"_s);
        QCOMPARE(strict[u"state"_s].toString(), u"critical"_s);
        QCOMPARE(strict[u"expectation"_s].toString(), u"user"_s);
        QCOMPARE(strict[u"expected_max_age_seconds"_s].toInteger(), 60);
        const QJsonObject other = records.value(u"rm-4syatqgn7fvfjc"_s);
        QCOMPARE(other[u"state"_s].toString(), u"ok"_s);
        QVERIFY2(other[u"expected_max_age_seconds"_s].toInteger() != 60,
                 QJsonDocument(other).toJson().constData());
    }

    void prometheusFileIsValidAndAtomic()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"backup.prom"_s);
        const Run r = run({u"--sandbox"_s, u"check"_s, u"--product"_s, u"alibaba-starrocks"_s, u"--format"_s,
                           u"prometheus"_s, u"--output"_s, file});
        QVERIFY2(r.exitCode == 7, r.err.constData());
        QVERIFY(r.out.isEmpty());
        // Only the finished file is there (QSaveFile wrote a temporary and renamed it).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"backup.prom"_s});
        QFile read(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QByteArray text = read.readAll();
        QVERIFY(text.contains(
            R"(backup_browser_health_state{cloud="alibaba",product="alibaba-starrocks",region="cn-hangzhou",instance="c-7b8225e15c604e95"} 1)"));
        QCOMPARE(text.count("backup_browser_health_state{"), 4);

        const bb::test::PromtoolCheck check = bb::test::promtoolCheckMetrics(text);
        if (!check.found)
            BB_SKIP("promtool is not installed (Debian package prometheus; scripts/setup installs it)");
        QVERIFY2(check.exitCode == 0, check.output.constData());
    }

    void failedCheckLeavesTheOldFile()
    {
        // The provider cannot be reached: exit 3, and the textfile the collector reads stays
        // as it was (never half written, never emptied).
        QTemporaryDir dir;
        const QString file = dir.filePath(u"backup.prom"_s);
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("# the previous run\n");
        old.close();
        const Run r = run({u"--sandbox"_s, u"--endpoint"_s, u"http://127.0.0.1:1"_s, u"check"_s,
                           u"--product"_s, u"alibaba-rds"_s, u"--region"_s, u"cn-hangzhou"_s, u"--format"_s,
                           u"prometheus"_s, u"--output"_s, file});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("# the previous run\n"));
    }

    // The offsite rules' catalogues, made by a real `sync` into a temporary destination: the
    // instance with a verified copy shows its age, the one a rule covers without any copy is a
    // warning, the one no rule covers has no local copy facts; in every format.
    void localCopiesFromTheRulesCatalogues()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString healthy = u"rm-szgu0wesdog6kx"_s;
        const QString other = u"rm-4syatqgn7fvfjc"_s;
        const QString failing = u"rm-zocyy6hisk2fbn"_s;
        const auto writeRules = [&dir](const QString &rules) {
            QFile file(dir.filePath(u"offsite.json"_s));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(u"{\"rules\": [%1]}"_s.arg(rules).toUtf8());
        };
        const QString nightly = uR"({"name": "nightly", "product": "alibaba-rds", "instances": ["%1"],
            "destination": "%2", "newest": 1})"_s.arg(healthy, dir.filePath(u"copies"_s));
        writeRules(nightly);
        const QString rules = dir.filePath(u"offsite.json"_s);
        Run r = run({u"--sandbox"_s, u"sync"_s, u"--rules"_s, rules});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // A second rule, never run: its instance has no verified copy.
        writeRules(nightly + uR"(, {"name": "weekly", "product": "alibaba-rds", "instances": ["%1"],
            "destination": "%2"})"_s.arg(other, dir.filePath(u"never"_s)));
        const QStringList check {
            u"--sandbox"_s,   u"check"_s,      u"--rules"_s,   rules,           u"--product"_s,
            u"alibaba-rds"_s, u"--instance"_s, healthy,        u"--instance"_s, other,
            u"--instance"_s,  failing,         u"--max-age"_s, u"1w"_s};
        QElapsedTimer sinceJson; // ages are measured from the wall clock at each run
        sinceJson.start();
        r = run(check + QStringList {u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 7, r.err.constData());
        const QHash<QString, QJsonObject> records = byInstance(r.out);

        const QJsonObject copied = records.value(healthy);
        QCOMPARE(copied[u"state"_s].toString(), u"ok"_s);
        QCOMPARE(copied[u"local_copy_rule"_s].toString(), u"nightly"_s);
        // The copy is of the newest full backup: its age is the backup's, measured from its start.
        const qint64 copyAge = copied[u"newest_local_copy_age_seconds"_s].toInteger();
        QVERIFY2(copyAge >= copied[u"newest_full_age_seconds"_s].toInteger(), QJsonDocument(copied).toJson());
        QVERIFY(copyAge < 2 * 86400);
        QVERIFY(!copied[u"newest_local_copy"_s].toString().isEmpty());

        const QJsonObject none = records.value(other);
        QCOMPARE(none[u"state"_s].toString(), u"warning"_s);
        QCOMPARE(none[u"local_copy_rule"_s].toString(), u"weekly"_s);
        QVERIFY(none[u"newest_local_copy_age_seconds"_s].isNull());
        QCOMPARE(
            reasons(none),
            QStringList {
                u"Offsite rule weekly covers this instance, but no backup has a verified local copy."_s});
        QVERIFY(!QDir(dir.filePath(u"never"_s)).exists()); // check creates nothing at a destination

        const QJsonObject uncovered = records.value(failing);
        QVERIFY(uncovered[u"local_copy_rule"_s].isNull());
        QVERIFY(uncovered[u"newest_local_copy_age_seconds"_s].isNull());
        QCOMPARE(reasons(uncovered).size(), 1); // the failures only

        r = run(check + QStringList {u"--format"_s, u"prometheus"_s});
        QVERIFY2(r.exitCode == 7, r.err.constData());
        QCOMPARE(r.out.count("backup_browser_local_copy_age_seconds{"), 1);
        const QByteArray gauge = "backup_browser_local_copy_age_seconds{cloud=\"alibaba\",product=\"alibaba-"
                                 "rds\",region=\"cn-hangzhou\",instance=\""
            + healthy.toUtf8() + "\"} ";
        const qsizetype at = r.out.indexOf(gauge);
        QVERIFY2(at >= 0, r.out.constData());
        const qsizetype valueStart = at + gauge.size();
        bool isNumber = false;
        const qint64 gaugeAge
            = r.out.mid(valueStart, r.out.indexOf('\n', valueStart) - valueStart).toLongLong(&isNumber);
        QVERIFY(isNumber);
        // The same copy, judged by a later run: older by at most the seconds between the two runs
        // (plus one for the whole-second rounding), never younger.
        const qint64 between = sinceJson.elapsed() / 1000 + 1;
        QVERIFY2(
            gaugeAge >= copyAge && gaugeAge <= copyAge + between,
            qPrintable(u"json %1 s, prometheus %2 s, %3 s apart"_s.arg(copyAge).arg(gaugeAge).arg(between)));
        const bb::test::PromtoolCheck promtool = bb::test::promtoolCheckMetrics(r.out);
        if (promtool.found)
            QVERIFY2(promtool.exitCode == 0, promtool.output.constData());

        r = run(check + QStringList {u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 7, r.err.constData());
        QVERIFY(r.out.split('\n').first().contains("newest_local_copy_age_seconds"));
        r = run(check);
        QVERIFY(r.out.split('\n').first().contains("LOCAL COPY AGE"));
    }

    void unreadableRulesFileIsAUsageError()
    {
        QTemporaryDir dir;
        const Run r = run({u"--sandbox"_s, u"check"_s, u"--rules"_s, dir.filePath(u"missing.json"_s),
                           u"--product"_s, u"alibaba-rds"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("missing.json"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void withoutProductJudgesEveryProductOfTheAccountsCloud()
    {
        const Run r = run({u"--sandbox"_s, u"check"_s, u"--region"_s, u"cn-hangzhou"_s, u"--max-age"_s,
                           u"1w"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 7, r.err.constData());
        QSet<QString> products;
        for (const QJsonObject &record : byInstance(r.out))
            products.insert(record[u"product"_s].toString());
        // cn-hangzhou is an Alibaba region: both Alibaba products are judged there, Tencent's
        // (which would answer UnsupportedRegion) are left out.
        QCOMPARE(products, (QSet<QString> {u"alibaba-rds"_s, u"alibaba-starrocks"_s}));
    }
};

BB_TEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
