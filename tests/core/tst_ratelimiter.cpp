#include "providers/core/apiclient.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;

// The token bucket with explicit times: burst of one second's worth, then evenly spaced.
class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void burstThenSpacing()
    {
        RateLimiter limiter;
        for (int i = 0; i < 10; ++i)
            QCOMPARE(limiter.reserve(QStringLiteral("a"), 10, 1000), qint64(0));
        // The bucket is empty: the next ones queue 100 ms apart.
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 10, 1000), qint64(100));
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 10, 1000), qint64(200));
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 10, 1000), qint64(300));
    }

    void refillsWithTime()
    {
        RateLimiter limiter;
        for (int i = 0; i < 20; ++i)
            limiter.reserve(QStringLiteral("a"), 20, 0);
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 20, 0), qint64(50));
        // 50 ms later the promised token is spent and the next one is 50 ms away again.
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 20, 50), qint64(50));
        // A full second later the bucket is full again, but never above one second's worth.
        for (int i = 0; i < 20; ++i)
            QCOMPARE(limiter.reserve(QStringLiteral("a"), 20, 5000), qint64(0));
        QVERIFY(limiter.reserve(QStringLiteral("a"), 20, 5000) > 0);
    }

    void keysAreIndependent()
    {
        RateLimiter limiter;
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 1, 0), qint64(0));
        QCOMPARE(limiter.reserve(QStringLiteral("a"), 1, 0), qint64(1000));
        QCOMPARE(limiter.reserve(QStringLiteral("b"), 1, 0), qint64(0));
    }

    void fractionalRates()
    {
        RateLimiter limiter;
        // Below one per second the burst is still one request.
        QCOMPARE(limiter.reserve(QStringLiteral("slow"), 0.5, 0), qint64(0));
        QCOMPARE(limiter.reserve(QStringLiteral("slow"), 0.5, 0), qint64(2000));
        QCOMPARE(limiter.reserve(QStringLiteral("slow"), 0.5, 4000), qint64(0));
    }

    void zeroRateMeansUnlimited()
    {
        RateLimiter limiter;
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(limiter.reserve(QStringLiteral("x"), 0, 0), qint64(0));
    }

    void sustainedRateIsRespected()
    {
        // 200 back-to-back reservations at 20/s: the last one may leave no earlier than
        // (200 - 20 burst) / 20 s = 9 s after the first.
        RateLimiter limiter;
        qint64 last = 0;
        for (int i = 0; i < 200; ++i)
            last = limiter.reserve(QStringLiteral("k"), 20, 0);
        QCOMPARE(last, qint64(9000));
    }
};

BB_TEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
