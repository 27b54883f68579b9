// PrometheusWriter: the node_exporter textfile format, read back line by line and checked by the
// real `promtool check metrics`.

#include "app/cli/prometheuswriter.h"
#include "support/promtool.h"
#include "support/skip.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(6, 0), Qt::UTC);

InstanceHealth health(const QString &product, const QString &id, HealthState state, qint64 age)
{
    InstanceHealth h;
    h.product = product;
    h.region = u"cn-hangzhou"_s;
    h.instanceId = id;
    h.state = state;
    h.newestFullAgeSeconds = age;
    h.newestFullSizeBytes = age < 0 ? -1 : 123456789012;
    h.failuresLast7Days = state == HealthState::Ok ? 0 : 3;
    h.expectation.maxFullAgeSeconds = 93600;
    return h;
}

QList<InstanceHealth> fleet()
{
    QList<InstanceHealth> list;
    list << health(u"alibaba-rds"_s, u"rm-ok"_s, HealthState::Ok, 3600)
         << health(u"tencent-redis"_s, u"crs-late"_s, HealthState::Warning, 100000)
         << health(u"alibaba-starrocks"_s, u"c-none"_s, HealthState::Critical, -1);
    // Ids come from the provider: hostile ones must still make a valid file.
    list << health(u"tencent-sqlserver"_s, u"a\"b\\c\nd \u00e9\u4e2d"_s, HealthState::Warning, 5);
    list.last().newestLogAgeSeconds = 60;
    // One instance an offsite rule covers, with a verified local copy.
    list.first().localCopyRule = u"nightly"_s;
    list.first().newestLocalCopyAgeSeconds = 7200;
    return list;
}

} // namespace

class TestPrometheusWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesLabelValues()
    {
        QCOMPARE(PrometheusWriter::escapeLabel(u"plain-1"_s), u"plain-1"_s);
        QCOMPARE(PrometheusWriter::escapeLabel(u"a\"b\\c\nd"_s), u"a\\\"b\\\\c\\nd"_s);
    }

    void writesHelpTypeAndOneGaugePerInstance()
    {
        const QByteArray text = PrometheusWriter::text(fleet(), kNow);
        const QList<QByteArray> lines = text.split('\n');
        QVERIFY(text.endsWith('\n'));
        QVERIFY(lines.contains("backup_browser_check_timestamp_seconds 1773122400"));
        QVERIFY(lines.contains("# TYPE backup_browser_health_state gauge"));
        QVERIFY(lines.contains(
            R"(backup_browser_health_state{cloud="alibaba",product="alibaba-rds",region="cn-hangzhou",instance="rm-ok"} 0)"));
        QVERIFY(lines.contains(
            R"(backup_browser_health_state{cloud="tencent",product="tencent-redis",region="cn-hangzhou",instance="crs-late"} 1)"));
        QVERIFY(lines.contains(
            R"(backup_browser_newest_full_backup_age_seconds{cloud="tencent",product="tencent-redis",region="cn-hangzhou",instance="crs-late"} 100000)"));
        QVERIFY(lines.contains(
            R"(backup_browser_failed_backups_7d{cloud="alibaba",product="alibaba-starrocks",region="cn-hangzhou",instance="c-none"} 3)"));
        QVERIFY(lines.contains(
            R"(backup_browser_newest_full_backup_size_bytes{cloud="alibaba",product="alibaba-rds",region="cn-hangzhou",instance="rm-ok"} 123456789012)"));
        // The escaped id, as UTF-8.
        QVERIFY(text.contains(u"instance=\"a\\\"b\\\\c\\nd \u00e9\u4e2d\"}"_s.toUtf8()));

        // Every metric has HELP and TYPE once; no age sample where there is no full backup.
        int help = 0;
        int type = 0;
        for (const QByteArray &line : lines) {
            help += line.startsWith("# HELP ");
            type += line.startsWith("# TYPE ");
            if (line.contains("instance=\"c-none\"")) {
                QVERIFY2(!line.startsWith("backup_browser_newest_full_backup_age_seconds"), line.constData());
                QVERIFY2(!line.startsWith("backup_browser_newest_full_backup_size_bytes"), line.constData());
            }
        }
        QCOMPARE(help, 8);
        QCOMPARE(type, 8);
        // Only the instance with a verified local copy has a local copy age sample.
        QCOMPARE(text.count("backup_browser_local_copy_age_seconds{"), 1);
        QVERIFY(lines.contains(
            R"(backup_browser_local_copy_age_seconds{cloud="alibaba",product="alibaba-rds",region="cn-hangzhou",instance="rm-ok"} 7200)"));
        // Only the one instance with a log backup has a log age sample.
        QCOMPARE(text.count("backup_browser_newest_log_backup_age_seconds{"), 1);
    }

    void promtoolAcceptsIt()
    {
        const test::PromtoolCheck check = test::promtoolCheckMetrics(PrometheusWriter::text(fleet(), kNow));
        if (!check.found)
            BB_SKIP("promtool is not installed (Debian package prometheus; scripts/setup installs it)");
        QVERIFY2(check.exitCode == 0, check.output.constData());
        // An empty fleet is a valid file too (HELP and TYPE only).
        const test::PromtoolCheck empty = test::promtoolCheckMetrics(PrometheusWriter::text({}, kNow));
        QVERIFY2(empty.exitCode == 0, empty.output.constData());
    }

    void promtoolCatchesAnUnescapedLabel()
    {
        // The check above can fail: the same text with one label left unescaped is refused.
        QByteArray broken = PrometheusWriter::text(fleet(), kNow);
        broken.replace("a\\\"b", "a\"b");
        const test::PromtoolCheck check = test::promtoolCheckMetrics(broken);
        if (!check.found)
            BB_SKIP("promtool is not installed (Debian package prometheus; scripts/setup installs it)");
        QVERIFY2(check.exitCode != 0, check.output.constData());
    }
};

BB_TEST_GUILESS_MAIN(TestPrometheusWriter)
#include "tst_prometheuswriter.moc"
