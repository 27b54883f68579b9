#include "support/testmain.h"
#include "transfers/bandwidthlimiter.h"

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
    qint64 now = 1000; // a stepped clock: the test decides how much time passes
    limiter.setClock([&now] { return now; });
    limiter.setLimit(400000); // burst: a quarter second, 100000 bytes
    now += 300; // long enough for the bucket to fill, not to overflow it
    QCOMPARE(limiter.acquire(1000000), 100000);
    // Emptied: nothing is left until time passes, then 400 bytes a millisecond.
    QCOMPARE(limiter.acquire(1000000), 0);
    QCOMPARE(limiter.msUntilAvailable(50000), 125);
    now += 10;
    QCOMPARE(limiter.acquire(1000000), 4000);
    QCOMPARE(limiter.msUntilAvailable(50000), 125);
    QCOMPARE(limiter.msUntilAvailable(1000000), 250); // capped at one burst
}

void TestBandwidthLimiter::refillsAtTheRate()
{
    bb::BandwidthLimiter limiter;
    qint64 now = 0;
    limiter.setClock([&now] { return now; });
    limiter.setLimit(1000000);
    // The bucket starts empty: 0.5 s at 1 MB/s in 5 ms steps grants exactly 500 kB.
    qint64 granted = 0;
    for (int step = 0; step < 100; ++step) {
        now += 5;
        granted += limiter.acquire(64 * 1024);
    }
    QCOMPARE(granted, 500000);
    // Idle for a second: no more than one burst (250 kB) saved up.
    now += 1000;
    QCOMPARE(limiter.acquire(1 << 30), 250000);
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

BB_TEST_GUILESS_MAIN(TestBandwidthLimiter)
#include "tst_bandwidthlimiter.moc"
