#include "transfers/bandwidthlimiter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

class TestBandwidthLimiter : public QObject
{
    Q_OBJECT

private slots:
    void unlimitedGrantsEverything();
    void limitedGrantsABurstThenWaits();
    void refillsAtTheRate();
    void changingTheLimitIsAnnounced();
    void readBufferFollowsTheLimit();
};

void TestBandwidthLimiter::unlimitedGrantsEverything()
{
    bb::BandwidthLimiter limiter;
    QVERIFY(!limiter.isLimited());
    QCOMPARE(limiter.acquire(123456789), 123456789);
    QCOMPARE(limiter.msUntilAvailable(1 << 30), 0);
}

void TestBandwidthLimiter::limitedGrantsABurstThenWaits()
{
    bb::BandwidthLimiter limiter;
    limiter.setLimit(400000); // burst: a quarter second, 100000 bytes
    QTest::qWait(300); // let the bucket fill
    const qint64 first = limiter.acquire(1000000);
    QVERIFY2(first > 0 && first <= 100000, qPrintable(QString::number(first)));
    // Emptied: only what trickled in since (400 bytes a millisecond) is left.
    const qint64 second = limiter.acquire(1000000);
    QVERIFY2(second < 20000, qPrintable(QString::number(second)));
    const int wait = limiter.msUntilAvailable(50000);
    QVERIFY2(wait > 0 && wait <= 130, qPrintable(QString::number(wait)));
}

void TestBandwidthLimiter::refillsAtTheRate()
{
    bb::BandwidthLimiter limiter;
    limiter.setLimit(1000000);
    QElapsedTimer clock;
    clock.start();
    qint64 granted = 0;
    while (clock.elapsed() < 500) {
        granted += limiter.acquire(64 * 1024);
        QTest::qWait(5);
    }
    // 0.5 s at 1 MB/s, plus at most one burst (250 kB) that was there at the start.
    QVERIFY2(granted >= 350000 && granted <= 800000, qPrintable(QString::number(granted)));
}

void TestBandwidthLimiter::changingTheLimitIsAnnounced()
{
    bb::BandwidthLimiter limiter;
    QSignalSpy changed(&limiter, &bb::BandwidthLimiter::limitChanged);
    limiter.setLimit(5000);
    limiter.setLimit(5000);
    limiter.setLimit(0);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).first().toLongLong(), 0);
    QVERIFY(!limiter.isLimited());
}

void TestBandwidthLimiter::readBufferFollowsTheLimit()
{
    bb::BandwidthLimiter limiter;
    QCOMPARE(limiter.suggestedReadBuffer(), bb::BandwidthLimiter::unlimitedReadBuffer);
    limiter.setLimit(1000);
    QCOMPARE(limiter.suggestedReadBuffer(), 16 * 1024); // never below 16 KiB
    limiter.setLimit(400000);
    QCOMPARE(limiter.suggestedReadBuffer(), 100000);
    limiter.setLimit(qint64(1) << 40);
    QCOMPARE(limiter.suggestedReadBuffer(), bb::BandwidthLimiter::unlimitedReadBuffer);
}

QTEST_GUILESS_MAIN(TestBandwidthLimiter)
#include "tst_bandwidthlimiter.moc"
