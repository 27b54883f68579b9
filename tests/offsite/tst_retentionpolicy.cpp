#include "offsite/retentionpolicy.h"
#include "support/testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bb::RetentionDecision;
using bb::RetentionItem;
using bb::RetentionPolicy;
using bb::RetentionSpec;

namespace {

// One backup a day at 09:18 UTC for `days` days, ending at `last` (newest first), keys "d0", "d1"...
QList<RetentionItem> daily(const QDate &last, int days)
{
    QList<RetentionItem> items;
    for (int i = 0; i < days; ++i)
        items.append({u"d%1"_s.arg(i), QDateTime(last.addDays(-i), QTime(9, 18), Qt::UTC)});
    return items;
}

QStringList kept(const QList<RetentionDecision> &decisions)
{
    QStringList out;
    for (const RetentionDecision &d : decisions) {
        if (d.keep)
            out << d.key;
    }
    return out;
}

const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

} // namespace

class TestRetentionPolicy : public QObject
{
    Q_OBJECT

private slots:
    void lastKeepsTheNewest()
    {
        RetentionSpec spec;
        spec.last = 3;
        const auto d = RetentionPolicy(spec).apply(daily(now.date(), 10), now);
        QCOMPARE(kept(d), (QStringList {u"d0"_s, u"d1"_s, u"d2"_s}));
        QVERIFY(d.at(5).reasons.join(u' ').contains(u"no retention rule keeps it"_s));
    }

    void withinDaysCountsFromNow()
    {
        RetentionSpec spec;
        spec.withinDays = 2;
        // d0 09:18 today, d1 yesterday, d2 two days ago 09:18 (after now-2d = 12:00 two days ago? no)
        const auto d = RetentionPolicy(spec).apply(daily(now.date(), 5), now);
        QCOMPARE(kept(d), (QStringList {u"d0"_s, u"d1"_s}));
    }

    void itemsAreSortedNewestFirstWhateverTheInputOrder()
    {
        QList<RetentionItem> items = daily(now.date(), 5);
        std::reverse(items.begin(), items.end());
        RetentionSpec spec;
        spec.last = 2;
        const auto d = RetentionPolicy(spec).apply(items, now);
        QCOMPARE(d.first().key, u"d0"_s);
        QCOMPARE(kept(d), (QStringList {u"d0"_s, u"d1"_s}));
    }

    // restic forget --keep-daily 2 --keep-weekly 2 --keep-monthly 2 --keep-yearly 1 over a year
    // of daily backups: the newest of each of the last 2 days, 2 ISO weeks, 2 months, 1 year;
    // buckets overlap (the newest backup is the newest of its day, week, month and year).
    void grandfatherFatherSon()
    {
        RetentionSpec spec;
        spec.daily = 2;
        spec.weekly = 2;
        spec.monthly = 2;
        spec.yearly = 1;
        const QDate last(2026, 12, 7); // a Monday
        const auto d = RetentionPolicy(spec).apply(daily(last, 400), now);
        // days: 12-07, 12-06; weeks: W50 (12-07), W49 (newest of it: 12-06); months: 2026-12 (12-07),
        // 2026-11 (11-30); year: 2026 (12-07).
        QStringList expected {u"d0"_s, u"d1"_s, u"d7"_s};
        QCOMPARE(kept(d), expected);
        QVERIFY(d.at(0).reasons.join(u' ').contains(u"yearly 2026"_s));
        QVERIFY(d.at(1).reasons.join(u' ').contains(u"weekly 2026-W49"_s));
        QVERIFY(d.at(7).reasons.join(u' ').contains(u"monthly 2026-11"_s));
    }

    void gfsReachesBackAYearWithFewFiles()
    {
        RetentionSpec spec;
        spec.daily = 7;
        spec.weekly = 4;
        spec.monthly = 12;
        const auto d = RetentionPolicy(spec).apply(daily(QDate(2026, 12, 7), 400), now);
        const QStringList k = kept(d);
        QVERIFY2(k.size() <= 7 + 4 + 12, qPrintable(k.join(u',')));
        // The oldest monthly one is about a year back (12 months: 2026-01's newest is 01-31).
        QDateTime oldest;
        for (const RetentionDecision &x : d) {
            if (x.keep)
                oldest = x.start;
        }
        QCOMPARE(oldest.date(), QDate(2026, 1, 31));
    }

    void bucketsAreUtcDays()
    {
        // 23:30 and 00:30 UTC are two days whatever the machine's zone (Asia/Shanghai sees one).
        QList<RetentionItem> items {{u"late"_s, QDateTime(QDate(2026, 12, 6), QTime(23, 30), Qt::UTC)},
                                    {u"early"_s, QDateTime(QDate(2026, 12, 7), QTime(0, 30), Qt::UTC)}};
        RetentionSpec spec;
        spec.daily = 2;
        QCOMPARE(kept(RetentionPolicy(spec).apply(items, now)).size(), 2);
    }

    void minimumAlwaysStays()
    {
        RetentionSpec spec;
        spec.withinDays = 1;
        spec.minimum = 3;
        const auto d = RetentionPolicy(spec).apply(daily(now.date().addDays(-30), 10), now);
        QCOMPARE(kept(d), (QStringList {u"d0"_s, u"d1"_s, u"d2"_s}));
        QVERIFY(d.at(2).reasons.join(u' ').contains(u"minimum"_s));
    }

    void noRuleKeepsEverything()
    {
        const auto d = RetentionPolicy(RetentionSpec {}).apply(daily(now.date(), 4), now);
        QCOMPARE(kept(d).size(), 4);
    }

    void emptyInputGivesNothing()
    {
        RetentionSpec spec;
        spec.last = 1;
        QVERIFY(RetentionPolicy(spec).apply({}, now).isEmpty());
    }
};

BB_TEST_GUILESS_MAIN(TestRetentionPolicy)
#include "tst_retentionpolicy.moc"
