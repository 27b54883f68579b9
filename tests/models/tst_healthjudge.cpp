// HealthJudge with a pinned clock: one instance per situation the issue names (healthy, late,
// failing, shrinking, stuck running, no log backups) and the state and reasons each gets.

#include "models/healthjudge.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(6, 0), Qt::UTC);

Instance instance()
{
    Instance i;
    i.id = u"rm-health"_s;
    i.name = u"orders"_s;
    i.product = u"alibaba-rds"_s;
    i.region = u"cn-hangzhou"_s;
    return i;
}

// A backup that started `hoursAgo` before kNow and ran `minutes`.
Backup backup(const QString &id, double hoursAgo, int minutes, BackupStatus status = BackupStatus::Succeeded,
              qint64 size = 1000, BackupKind kind = BackupKind::Full)
{
    Backup b;
    b.id = id;
    b.product = u"alibaba-rds"_s;
    b.instanceId = u"rm-health"_s;
    b.kind = kind;
    b.status = status;
    b.start = kNow.addSecs(qint64(-hoursAgo * 3600));
    if (status != BackupStatus::Running && status != BackupStatus::Creating)
        b.end = b.start.addSecs(minutes * 60);
    b.sizeBytes = size;
    return b;
}

// One daily full backup for `days` days, the newest `firstHoursAgo` ago, 20 minutes each.
QList<Backup> daily(int days, double firstHoursAgo = 5, qint64 size = 1000)
{
    QList<Backup> list;
    for (int d = 0; d < days; ++d)
        list << backup(u"b%1"_s.arg(d), firstHoursAgo + 24 * d, 20, BackupStatus::Succeeded, size);
    return list;
}

HealthExpectation expectDaily()
{
    HealthExpectation e;
    e.maxFullAgeSeconds = 26 * 3600;
    e.source = HealthExpectation::Source::User;
    return e;
}

} // namespace

class TestHealthJudge : public QObject
{
    Q_OBJECT

private slots:
    void healthyIsOkWithAges()
    {
        const InstanceHealth h = HealthJudge(kNow).judge(instance(), daily(10), expectDaily());
        QCOMPARE(toString(h.state), u"ok"_s);
        QVERIFY2(h.reasons.isEmpty(), qPrintable(h.reasons.join(u'|')));
        // The newest started 5 h ago and ran 20 min.
        QCOMPARE(h.newestFullAgeSeconds, 5 * 3600 - 20 * 60);
        QCOMPARE(h.newestFull, kNow.addSecs(-5 * 3600 + 20 * 60));
        QCOMPARE(h.newestFullSizeBytes, 1000);
        QCOMPARE(h.medianFullSizeBytes, 1000);
        QCOMPARE(h.failuresLast7Days, 0);
        QCOMPARE(h.longestRunningSeconds, -1);
        QCOMPARE(h.instanceId, u"rm-health"_s);
        QCOMPARE(h.product, u"alibaba-rds"_s);
        QCOMPARE(h.region, u"cn-hangzhou"_s);
    }

    void lateIsWarningThenCritical()
    {
        // 30 h old against 26 h: Warning; 60 h (over twice 26 h): Critical.
        InstanceHealth h = HealthJudge(kNow).judge(instance(), daily(5, 30 + 1.0 / 3), expectDaily());
        QCOMPARE(toString(h.state), u"warning"_s);
        QCOMPARE(h.newestFullAgeSeconds, 30 * 3600);
        QCOMPARE(h.reasons.size(), 1);
        QVERIFY2(h.reasons.first().contains(u"is 1 d 6 h old"_s), qPrintable(h.reasons.first()));
        QVERIFY2(h.reasons.first().contains(u"every 1 d 2 h"_s), qPrintable(h.reasons.first()));

        h = HealthJudge(kNow).judge(instance(), daily(5, 60 + 1.0 / 3), expectDaily());
        QCOMPARE(toString(h.state), u"critical"_s);
        QCOMPARE(h.newestFullAgeSeconds, 60 * 3600);
    }

    void theClockIsTheOneGiven()
    {
        // The same backups judged a day later are late: nothing reads the wall clock.
        const QList<Backup> list = daily(5);
        QCOMPARE(toString(HealthJudge(kNow).judge(instance(), list, expectDaily()).state), u"ok"_s);
        QCOMPARE(toString(HealthJudge(kNow.addDays(1)).judge(instance(), list, expectDaily()).state),
                 u"warning"_s);
        QCOMPARE(toString(HealthJudge(kNow.addDays(3)).judge(instance(), list, expectDaily()).state),
                 u"critical"_s);
    }

    void noBackupIsCritical()
    {
        QList<Backup> list;
        list << backup(u"f1"_s, 3, 10, BackupStatus::Failed);
        const InstanceHealth h = HealthJudge(kNow).judge(instance(), list, expectDaily());
        QCOMPARE(toString(h.state), u"critical"_s);
        QCOMPARE(h.newestFullAgeSeconds, -1);
        QCOMPARE(h.reasons.size(), 2);
        QVERIFY2(h.reasons.at(0).startsWith(u"No successful full backup in the last 30 day"_s),
                 qPrintable(h.reasons.at(0)));
        QVERIFY2(h.reasons.at(1).contains(u"failed in the last 7 days"_s), qPrintable(h.reasons.at(1)));
    }

    void failuresInSevenDaysWarn()
    {
        QList<Backup> list = daily(10);
        list << backup(u"f1"_s, 2, 5, BackupStatus::Failed)
             << backup(u"f2"_s, 24 * 6.9, 5, BackupStatus::Failed)
             << backup(u"old"_s, 24 * 7.1, 5, BackupStatus::Failed); // outside the 7 days
        const InstanceHealth h = HealthJudge(kNow).judge(instance(), list, expectDaily());
        QCOMPARE(toString(h.state), u"warning"_s);
        QCOMPARE(h.failuresLast7Days, 2);
        QCOMPARE(h.reasons, QStringList {u"2 backup(s) failed in the last 7 days."_s});
    }

    void shrinkingWarns()
    {
        QList<Backup> list = daily(8, 29, 10'000'000);
        list.prepend(backup(u"small"_s, 5, 20, BackupStatus::Succeeded, 4'000'000));
        const InstanceHealth h = HealthJudge(kNow).judge(instance(), list, expectDaily());
        QCOMPARE(toString(h.state), u"warning"_s);
        QCOMPARE(h.newestFullSizeBytes, 4'000'000);
        QCOMPARE(h.medianFullSizeBytes, 10'000'000); // of the 7 before it
        QCOMPARE(h.reasons.size(), 1);
        QVERIFY2(h.reasons.first().contains(u"less than half the median"_s), qPrintable(h.reasons.first()));
        QVERIFY2(h.reasons.first().contains(u"of the 7 before it"_s), qPrintable(h.reasons.first()));

        // 60 % of the median is a normal day; with only 2 before it nothing is judged.
        list.first().sizeBytes = 6'000'000;
        QCOMPARE(toString(HealthJudge(kNow).judge(instance(), list, expectDaily()).state), u"ok"_s);
        QList<Backup> few = daily(2, 29, 10'000'000);
        few.prepend(backup(u"small"_s, 5, 20, BackupStatus::Succeeded, 1));
        const InstanceHealth h2 = HealthJudge(kNow).judge(instance(), few, expectDaily());
        QCOMPARE(toString(h2.state), u"ok"_s);
        QCOMPARE(h2.medianFullSizeBytes, -1);
    }

    void stuckRunningWarns()
    {
        // Backups usually take 20 min; one started 4 h ago still runs (limit: 3 x 20 min = 1 h,
        // which is more than 20 + 30 min).
        QList<Backup> list = daily(10);
        list << backup(u"stuck"_s, 4, 0, BackupStatus::Running);
        InstanceHealth h = HealthJudge(kNow).judge(instance(), list, expectDaily());
        QCOMPARE(toString(h.state), u"warning"_s);
        QCOMPARE(h.longestRunningSeconds, 4 * 3600);
        QCOMPARE(h.reasons.size(), 1);
        QVERIFY2(h.reasons.first().contains(u"Backup stuck has been running for 4 h 00 min"_s),
                 qPrintable(h.reasons.first()));
        QVERIFY2(h.reasons.first().contains(u"usually take 20 min 00 s"_s), qPrintable(h.reasons.first()));

        // 45 minutes is within the limit (1 h).
        list.last().start = kNow.addSecs(-45 * 60);
        h = HealthJudge(kNow).judge(instance(), list, expectDaily());
        QCOMPARE(toString(h.state), u"ok"_s);
        QCOMPARE(h.longestRunningSeconds, 45 * 60);

        // Without three finished ones to compare with, only a day-long run warns.
        QList<Backup> alone = daily(1);
        alone << backup(u"new"_s, 23, 0, BackupStatus::Creating);
        QCOMPARE(toString(HealthJudge(kNow).judge(instance(), alone, expectDaily()).state), u"ok"_s);
        alone.last().start = kNow.addSecs(-25 * 3600);
        QCOMPARE(toString(HealthJudge(kNow).judge(instance(), alone, expectDaily()).state), u"warning"_s);
    }

    void logBackupsJudgedOnlyWhenExpected()
    {
        QList<Backup> list = daily(3);
        HealthExpectation e = expectDaily();
        QCOMPARE(toString(HealthJudge(kNow).judge(instance(), list, e).state), u"ok"_s);

        e.maxLogAgeSeconds = 3600;
        InstanceHealth h = HealthJudge(kNow).judge(instance(), list, e);
        QCOMPARE(toString(h.state), u"warning"_s);
        QVERIFY2(h.reasons.first().startsWith(u"No successful log backup"_s), qPrintable(h.reasons.first()));

        list << backup(u"log1"_s, 3, 1, BackupStatus::Succeeded, 10, BackupKind::Log);
        h = HealthJudge(kNow).judge(instance(), list, e);
        QCOMPARE(h.newestLogAgeSeconds, 3 * 3600 - 60);
        QCOMPARE(toString(h.state), u"warning"_s);
        QVERIFY2(h.reasons.first().startsWith(u"The newest log backup is 2 h 59 min old"_s),
                 qPrintable(h.reasons.first()));

        list << backup(u"log2"_s, 0.5, 1, BackupStatus::Succeeded, 10, BackupKind::Log);
        h = HealthJudge(kNow).judge(instance(), list, e);
        QCOMPARE(toString(h.state), u"ok"_s);
        QCOMPARE(h.newestLogAgeSeconds, 30 * 60 - 60);
        // A log backup is not a full one: the newest full is still the daily one.
        QCOMPARE(h.newestFullAgeSeconds, 5 * 3600 - 20 * 60);
    }

    void incrementalIsNotFullAndFutureIsNow()
    {
        QList<Backup> list;
        list << backup(u"inc"_s, 1, 5, BackupStatus::Succeeded, 10, BackupKind::Incremental);
        QCOMPARE(toString(HealthJudge(kNow).judge(instance(), list, expectDaily()).state), u"critical"_s);
        list << backup(u"future"_s, -2, 5); // a provider clock two hours ahead
        const InstanceHealth h = HealthJudge(kNow).judge(instance(), list, expectDaily());
        QCOMPARE(toString(h.state), u"ok"_s);
        QCOMPARE(h.newestFullAgeSeconds, 0);
    }

    void worstStateWinsAndReasonsAccumulate()
    {
        QList<Backup> list = daily(8, 60, 10'000'000);
        list.prepend(backup(u"small"_s, 59, 20, BackupStatus::Succeeded, 1'000));
        list << backup(u"f"_s, 1, 5, BackupStatus::Failed);
        const InstanceHealth h = HealthJudge(kNow).judge(instance(), list, expectDaily());
        QCOMPARE(toString(h.state), u"critical"_s);
        QCOMPARE(h.reasons.size(), 3);
        QVERIFY(h.reasons.at(0).startsWith(u"The newest successful full backup"_s)); // the Critical one first
    }

    void unreachableIsCritical()
    {
        const InstanceHealth h = HealthJudge(kNow).unreachable(
            instance(), u"DescribeBackups: Forbidden (RequestId 1)"_s, expectDaily());
        QCOMPARE(toString(h.state), u"critical"_s);
        QCOMPARE(h.error, u"DescribeBackups: Forbidden (RequestId 1)"_s);
        QCOMPARE(h.reasons.size(), 1);
        QVERIFY(h.reasons.first().contains(u"Forbidden"_s));
    }

    void localCopyNotJudgedWithoutARule()
    {
        LocalCopyFacts none;
        none.newestVerified = kNow.addDays(-20); // facts without a rule: not covered
        const InstanceHealth h = HealthJudge(kNow).judge(instance(), daily(10), expectDaily(), none);
        QCOMPARE(toString(h.state), u"ok"_s);
        QVERIFY(h.localCopyRule.isEmpty());
        QCOMPARE(h.newestLocalCopyAgeSeconds, -1);
    }

    void localCopyWithinOneIntervalIsOk()
    {
        // The newest cloud backup finished 4 h 40 min ago; the copy is of yesterday's (29 h ago):
        // 24 h behind, within the expected 26 h.
        LocalCopyFacts copies;
        copies.rule = u"nightly"_s;
        copies.newestVerified = kNow.addSecs(-29 * 3600);
        const InstanceHealth h = HealthJudge(kNow).judge(instance(), daily(10), expectDaily(), copies);
        QVERIFY2(h.reasons.isEmpty(), qPrintable(h.reasons.join(u'|')));
        QCOMPARE(h.localCopyRule, u"nightly"_s);
        QCOMPARE(h.newestLocalCopy, copies.newestVerified);
        QCOMPARE(h.newestLocalCopyAgeSeconds, 29 * 3600);
    }

    void staleLocalCopyWarns()
    {
        // The copy's backup started 53 h ago: 48 h 20 min before the newest cloud backup finished.
        LocalCopyFacts copies;
        copies.rule = u"nightly"_s;
        copies.newestVerified = kNow.addSecs(-53 * 3600);
        const InstanceHealth h = HealthJudge(kNow).judge(instance(), daily(10), expectDaily(), copies);
        QCOMPARE(toString(h.state), u"warning"_s);
        QCOMPARE(h.reasons.size(), 1);
        QVERIFY2(h.reasons.first().contains(u"nightly"_s), qPrintable(h.reasons.first()));
        QVERIFY2(h.reasons.first().contains(u"local copy"_s), qPrintable(h.reasons.first()));
        QCOMPARE(h.newestLocalCopyAgeSeconds, 53 * 3600);
    }

    void lagCountsFromTheCloudNotTheClock()
    {
        // Cloud backups stopped 3 days ago (Critical on their own); the copy of the last one is
        // not blamed a second time.
        LocalCopyFacts copies;
        copies.rule = u"nightly"_s;
        copies.newestVerified = kNow.addSecs(-72 * 3600);
        const InstanceHealth h = HealthJudge(kNow).judge(instance(), daily(10, 72), expectDaily(), copies);
        QCOMPARE(toString(h.state), u"critical"_s);
        QCOMPARE(h.reasons.size(), 1);
        QVERIFY(!h.reasons.first().contains(u"local copy"_s));
    }

    void coveredWithoutVerifiedCopyWarns()
    {
        LocalCopyFacts copies;
        copies.rule = u"nightly"_s;
        const InstanceHealth h = HealthJudge(kNow).judge(instance(), daily(10), expectDaily(), copies);
        QCOMPARE(toString(h.state), u"warning"_s);
        QCOMPARE(h.reasons.size(), 1);
        QVERIFY2(h.reasons.first().contains(u"no backup has a verified local copy"_s),
                 qPrintable(h.reasons.first()));
        QCOMPARE(h.newestLocalCopyAgeSeconds, -1);
        QVERIFY(!h.newestLocalCopy.isValid());
    }

    void namesAreStable()
    {
        QCOMPARE(toString(HealthState::Ok), u"ok"_s);
        QCOMPARE(toString(HealthState::Warning), u"warning"_s);
        QCOMPARE(toString(HealthState::Critical), u"critical"_s);
        QCOMPARE(toString(HealthExpectation::Source::Policy), u"policy"_s);
        QCOMPARE(toString(HealthExpectation::Source::User), u"user"_s);
        QCOMPARE(toString(HealthExpectation::Source::Default), u"default"_s);
    }
};

BB_TEST_GUILESS_MAIN(TestHealthJudge)
#include "tst_healthjudge.moc"
