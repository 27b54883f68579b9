// ListingCoverage: what was listed per server-side filter, and what a filter still misses.
#include "models/listingcoverage.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;

namespace {
const QDateTime t0(QDate(2026, 11, 23), QTime(12, 0, 0), Qt::UTC);
QDateTime day(int d)
{
    return t0.addDays(d);
}
const ListingFilter all;
const ListingFilter failed {BackupStatus::Failed, std::nullopt, std::nullopt};
const ListingFilter succeeded {BackupStatus::Succeeded, std::nullopt, std::nullopt};
const ListingFilter failedManual {BackupStatus::Failed, std::nullopt, BackupTrigger::Manual};
} // namespace

class TestListingCoverage : public QObject
{
    Q_OBJECT

private slots:
    void widerFiltersCoverNarrowerOnes()
    {
        QVERIFY(all.covers(failed));
        QVERIFY(all.covers(all));
        QVERIFY(failed.covers(failed));
        QVERIFY(failed.covers(failedManual));
        QVERIFY(!failed.covers(all));
        QVERIFY(!failed.covers(succeeded));
        QVERIFY(!failedManual.covers(failed));
    }

    // All listed: every narrower filter holds the window already.
    void narrowingAfterAllListsNothing()
    {
        ListingCoverage c;
        c.add(all, day(-7), day(0));
        QVERIFY(c.missing(failed, day(-7), day(0)).isEmpty());
        QVERIFY(c.missing(failedManual, day(-7), day(0)).isEmpty());
        const auto older = c.missing(failed, day(-30), day(0));
        QCOMPARE(older.size(), 1);
        QCOMPARE(older.first().begin, day(-30));
        QCOMPARE(older.first().end, day(-7).addSecs(-1));
    }

    // A narrow filter's listing does not hold a wider one's rows, nor a sibling's.
    void wideningListsAgain()
    {
        ListingCoverage c;
        c.add(failed, day(-7), day(0));
        QVERIFY(c.missing(failed, day(-7), day(0)).isEmpty());
        QCOMPARE(c.missing(all, day(-7), day(0)).size(), 1);
        QCOMPARE(c.missing(succeeded, day(-7), day(0)).size(), 1);
        QVERIFY(c.missing(failedManual, day(-7), day(0)).isEmpty());
    }

    // What several listings at least as wide hold together counts once.
    void coverageOfWiderFiltersAddsUp()
    {
        ListingCoverage c;
        c.add(all, day(-7), day(0));
        c.add(failed, day(-30), day(-7));
        QVERIFY(c.missing(failed, day(-30), day(0)).isEmpty());
        QVERIFY(c.missing(failedManual, day(-30), day(0)).isEmpty());
        const auto gaps = c.missing(all, day(-30), day(0));
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps.first().end, day(-7).addSecs(-1));
        QVERIFY(!c.holdsOnly(all));
        c.clear();
        QVERIFY(c.isEmpty());
        QVERIFY(c.holdsOnly(failed));
        c.add(failed, day(-1), day(0));
        QVERIFY(c.holdsOnly(failed));
        QVERIFY(!c.holdsOnly(all));
    }
};

BB_TEST_GUILESS_MAIN(TestListingCoverage)
#include "tst_listingcoverage.moc"
