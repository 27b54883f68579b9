#include "app/cli/downloadbatchprogress.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;

namespace {

DownloadProgress running(qint64 received, qint64 total, double speed)
{
    DownloadProgress p;
    p.received = received;
    p.total = total;
    p.bytesPerSecond = speed;
    return p;
}

} // namespace

class TestDownloadBatchProgress : public QObject
{
    Q_OBJECT

private slots:
    void sumsEveryFileStillWanted()
    {
        DownloadBatchProgress batch({1000, 2000, 3000});
        batch.started(0);
        batch.started(1);
        QCOMPARE(batch.running(), 2);
        QCOMPARE(batch.sum().total, 6000); // the running ones at their listed size until they report
        batch.update(0, running(400, 1000, 100), 0);
        batch.update(1, running(600, 2000, 200), 0);
        const DownloadProgress sum = batch.sum();
        QCOMPARE(sum.received, 1000); // the waiting file has none yet
        QCOMPARE(sum.total, 6000); // ... but counts at its listed size
        QCOMPARE(sum.bytesPerSecond, 300.0); // no time measured yet: the files' own speeds
        QCOMPARE(sum.percent, 16);
        QCOMPARE(sum.etaSeconds, 17); // 5000 left at 300/s
        QCOMPARE(batch.running(), 2);
        QCOMPARE(batch.done(), 0);
    }

    // The speed is what arrived over the last seconds, whichever files brought it: a file that
    // finishes and one that starts (its own speed near zero) do not make it dip.
    void theSpeedIsTheBatchsOwn()
    {
        DownloadBatchProgress batch({2000, 2000});
        batch.started(0);
        batch.update(0, running(0, 2000, 5), 0);
        batch.update(0, running(1000, 2000, 5), 1000);
        QCOMPARE(batch.sum().bytesPerSecond, 1000.0);
        batch.finished(0, 2000, 2000);
        batch.started(1);
        batch.update(1, running(0, 2000, 1), 2000);
        DownloadProgress sum = batch.sum();
        QCOMPARE(sum.bytesPerSecond, 1000.0); // the files' own would say 1
        QCOMPARE(sum.received, 2000);
        QCOMPARE(sum.etaSeconds, 2);
        QCOMPARE(batch.done(), 1);
        QCOMPARE(batch.running(), 1);
        // Over the last 3 s only (plus the sample before them): 1500 bytes in 3.5 s.
        batch.update(1, running(1500, 2000, 1), 5500);
        sum = batch.sum();
        QCOMPARE(qRound(sum.bytesPerSecond), 429);
        QCOMPARE(sum.etaSeconds, 1);
    }

    void resumedBytesAreNotSpeed()
    {
        DownloadBatchProgress batch({10000});
        batch.started(0);
        batch.update(0, running(6000, 10000, 0), 0); // what its .part had
        batch.update(0, running(7000, 10000, 0), 1000);
        const DownloadProgress sum = batch.sum();
        QCOMPARE(sum.bytesPerSecond, 1000.0);
        QCOMPARE(sum.received, 7000);
        QCOMPARE(sum.etaSeconds, 3);
    }

    void aClockGoingBackIsHeld()
    {
        DownloadBatchProgress batch({10000});
        batch.started(0);
        batch.update(0, running(0, 10000, 0), 1000);
        batch.update(0, running(500, 10000, 0), 2000);
        batch.update(0, running(1000, 10000, 0), 500); // taken as 2000 again
        QCOMPARE(batch.sum().bytesPerSecond, 1000.0);
    }

    void aFailedFileLeavesTheSums()
    {
        DownloadBatchProgress batch({1000, 2000});
        batch.update(0, running(500, 1000, 100), 0);
        batch.update(1, running(700, 2000, 100), 0);
        batch.failed(1);
        batch.update(1, running(900, 2000, 100), 0); // late news from the failed one: ignored
        const DownloadProgress sum = batch.sum();
        QCOMPARE(sum.received, 500);
        QCOMPARE(sum.total, 1000);
        QCOMPARE(sum.bytesPerSecond, 100.0);
        QCOMPARE(sum.etaSeconds, 5);
    }

    void theHostsLengthOverTheListing()
    {
        // SQL Server lists whole KB: once a file runs, the host's exact length counts.
        DownloadBatchProgress batch({2048, 4096});
        batch.update(0, running(100, 2000, 10), 0);
        QCOMPARE(batch.sum().total, 2000 + 4096);
    }

    void anUnknownSizeMakesTheTotalUnknown()
    {
        DownloadBatchProgress batch({1000, -1});
        batch.update(0, running(500, 1000, 100), 0);
        DownloadProgress sum = batch.sum();
        QCOMPARE(sum.received, 500);
        QCOMPARE(sum.total, -1);
        QCOMPARE(sum.percent, -1);
        QCOMPARE(sum.etaSeconds, -1);
        QCOMPARE(sum.bytesPerSecond, 100.0);
        // Once the host announces it, it is known.
        batch.update(1, running(0, 3000, 0), 0);
        sum = batch.sum();
        QCOMPARE(sum.total, 4000);
        QCOMPARE(sum.etaSeconds, 35);
    }

    void outOfRangeIndexesAreIgnored()
    {
        DownloadBatchProgress batch({10});
        batch.update(-1, running(5, 10, 1), 0);
        batch.update(1, running(5, 10, 1), 0);
        batch.finished(7, 10, 0);
        batch.started(4);
        batch.failed(-3);
        QCOMPARE(batch.sum().received, 0);
        QCOMPARE(batch.sum().total, 10);
    }

    void theLine()
    {
        DownloadBatchProgress one({2048});
        one.update(0, running(1024, 2048, 0), 0);
        const QString single = one.line(QStringLiteral("a.bak"));
        QVERIFY2(single.startsWith(QStringLiteral("a.bak  ")), qPrintable(single));
        QVERIFY2(single.contains(QStringLiteral("50%")), qPrintable(single));
        QVERIFY2(!single.contains(QStringLiteral("ETA")), qPrintable(single)); // no speed yet

        DownloadBatchProgress three({100, 100, 100});
        three.finished(0, 100, 0);
        three.update(1, running(50, 100, 10), 0);
        const QString several = three.line(QStringLiteral("b.bak"));
        QVERIFY2(several.startsWith(QStringLiteral("1 of 3 files done, 1 running  ")), qPrintable(several));
        QVERIFY2(!several.contains(QStringLiteral("b.bak")), qPrintable(several));
        QVERIFY2(several.contains(QStringLiteral("50%")), qPrintable(several));
        QVERIFY2(several.contains(QStringLiteral("ETA")), qPrintable(several));
    }
};

BB_TEST_GUILESS_MAIN(TestDownloadBatchProgress)
#include "tst_downloadbatchprogress.moc"
