// TimeCoverage: what a listing holds, and what of a window is still missing.
#include "models/timecoverage.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;

namespace {
const QDateTime t0(QDate(2026, 11, 23), QTime(12, 0, 0), Qt::UTC);
QDateTime day(int d)
{
    return t0.addDays(d);
}
} // namespace

class TestTimeCoverage : public QObject
{
    Q_OBJECT

private slots:
    void emptyMissesEverything()
    {
        TimeCoverage c;
        const auto gaps = c.missing(day(-7), day(0));
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps.first().begin, day(-7));
        QCOMPARE(gaps.first().end, day(0));
    }

    void wideningMissesOnlyTheOlderPart()
    {
        TimeCoverage c;
        c.add(day(-7), day(0));
        const auto gaps = c.missing(day(-30), day(0));
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps.first().begin, day(-30));
        QCOMPARE(gaps.first().end, day(-7).addSecs(-1)); // ends are inclusive: no overlap
        QVERIFY(c.covers(day(-1), day(0))); // narrowing: nothing missing
        QVERIFY(c.missing(day(-7), day(0)).isEmpty());
    }

    void gapsBetweenSpansOldestFirst()
    {
        TimeCoverage c;
        c.add(day(-20), day(-15));
        c.add(day(-7), day(0));
        const auto gaps = c.missing(day(-30), day(1));
        QCOMPARE(gaps.size(), 3);
        QCOMPARE(gaps.at(0), (TimeCoverage::Span {day(-30), day(-20).addSecs(-1)}));
        QCOMPARE(gaps.at(1), (TimeCoverage::Span {day(-15).addSecs(1), day(-7).addSecs(-1)}));
        QCOMPARE(gaps.at(2), (TimeCoverage::Span {day(0).addSecs(1), day(1)}));
    }

    void touchingAndOverlappingSpansMerge()
    {
        TimeCoverage c;
        c.add(day(-7), day(0));
        c.add(day(-30), day(-7).addSecs(-1)); // touching
        QCOMPARE(c.spans().size(), 1);
        c.add(day(-40), day(-35));
        QCOMPARE(c.spans().size(), 2);
        c.add(day(-36), day(-29)); // overlaps both
        QCOMPARE(c.spans().size(), 1);
        QCOMPARE(c.spans().first(), (TimeCoverage::Span {day(-40), day(0)}));
        QCOMPARE(c.coveredBackFrom(day(0)), day(-40));
        QVERIFY(!c.coveredBackFrom(day(1)).isValid());
    }

    void fractionsAreWholeSecondsAndBadSpansIgnored()
    {
        TimeCoverage c;
        c.add(day(-1).addMSecs(700), day(0).addMSecs(300));
        QCOMPARE(c.spans().first(), (TimeCoverage::Span {day(-1), day(0)}));
        c.add(day(1), day(0)); // reversed
        c.add({}, day(3)); // invalid
        QCOMPARE(c.spans().size(), 1);
        QVERIFY(c.missing({}, day(0)).isEmpty());
        QVERIFY(c.missing(day(0), day(-1)).isEmpty());
    }
};

BB_TEST_APPLESS_MAIN(TestTimeCoverage)
#include "tst_timecoverage.moc"
