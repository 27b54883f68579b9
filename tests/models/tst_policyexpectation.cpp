// PolicyExpectation: an instance's published schedule turned into the age its newest full backup
// may have.

#include "models/policyexpectation.h"
#include "support/testmain.h"

#include <QLocale>
#include <QTest>

using namespace bb;
using namespace Qt::StringLiterals;

class TestPolicyExpectation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void longestGapRoundTheWeek()
    {
        QCOMPARE(PolicyExpectation::longestGapDays({1, 2, 3, 4, 5, 6, 7}), 1);
        QCOMPARE(PolicyExpectation::longestGapDays({1, 3, 5, 7}), 2);
        QCOMPARE(PolicyExpectation::longestGapDays({2}), 7); // weekly
        QCOMPARE(PolicyExpectation::longestGapDays({6, 1}), 5); // Saturday to Monday 2, Monday to Saturday 5
        QCOMPARE(PolicyExpectation::longestGapDays({3, 3, 9, 0}), 7); // duplicates and nonsense ignored
        QCOMPARE(PolicyExpectation::longestGapDays({}), 0);
    }

    void scheduleGivesTheExpectation()
    {
        HealthExpectation fallback;
        fallback.maxFullAgeSeconds = 3600;
        fallback.source = HealthExpectation::Source::User;

        BackupPolicy policy;
        policy.fullBackupWeekdays = {1, 3, 5, 7};
        policy.window = u"15:00Z-16:00Z"_s;
        const HealthExpectation e = PolicyExpectation::from(policy, fallback);
        QCOMPARE(toString(e.source), u"policy"_s);
        QCOMPARE(e.maxFullAgeSeconds, 2 * 86400 + 2 * 3600);
        QCOMPARE(e.policy, u"full backups on Mon, Wed, Fri, Sun at 15:00Z-16:00Z"_s);

        policy.fullBackupWeekdays = {1, 2, 3, 4, 5, 6, 7};
        policy.window.clear();
        QCOMPARE(PolicyExpectation::from(policy, fallback).maxFullAgeSeconds, 26 * 3600);
        QCOMPARE(PolicyExpectation::from(policy, fallback).policy,
                 u"full backups on Mon, Tue, Wed, Thu, Fri, Sat, Sun"_s);
    }

    void withoutScheduleTheFallback()
    {
        HealthExpectation fallback;
        fallback.maxFullAgeSeconds = 3600;
        fallback.source = HealthExpectation::Source::User;
        const HealthExpectation e = PolicyExpectation::from(BackupPolicy {}, fallback);
        QCOMPARE(toString(e.source), u"user"_s);
        QCOMPARE(e.maxFullAgeSeconds, 3600);
        QVERIFY(e.policy.isEmpty());
    }
};

BB_TEST_GUILESS_MAIN(TestPolicyExpectation)
#include "tst_policyexpectation.moc"
