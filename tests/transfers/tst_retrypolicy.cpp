// RetryPolicy's decisions and bounds, one failure kind at a time (no network: the policy only
// decides; tst_downloadtask and tst_hostileservers show the task carrying them out over sockets).
#include "support/testmain.h"
#include "transfers/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bb::DownloadError;
using bb::RetryPolicy;
using Action = bb::RetryPolicy::Decision::Action;

namespace {

bb::DownloadOptions options()
{
    bb::DownloadOptions options;
    options.maxAttempts = 3;
    options.maxTotalAttempts = 10;
    options.maxResolves = 2;
    options.maxFetchedSizeFactor = 3;
    options.backoffBaseMs = 1000;
    options.backoffMaxMs = 4000;
    return options;
}

// A dropped connection at `received`, the attempt having started at `from`.
RetryPolicy::Failure drop(qint64 from, qint64 received)
{
    RetryPolicy::Failure failure;
    failure.error = QNetworkReply::RemoteHostClosedError;
    failure.status = 206;
    failure.message = u"the connection closed"_s;
    failure.attemptStart = from;
    failure.received = received;
    failure.expectedSize = 10000000;
    return failure;
}

RetryPolicy::Failure status(int code)
{
    RetryPolicy::Failure failure;
    failure.error = QNetworkReply::ContentAccessDenied;
    failure.status = code;
    failure.message = u"HTTP %1"_s.arg(code);
    return failure;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void dropsWithoutProgressGiveUp();
    void progressResetsTheCount();
    void repeatedBytesAreNoProgress();
    void trickleIsNoProgress();
    void backoffDoublesWithJitterUpToTheMaximum();
    void tlsFailureIsFatal();
    void protocolErrorsAndRedirectsAreFatal();
    void expiredLinkRenewsABoundedNumberOfTimes();
    void missingFileStartsOverABoundedNumberOfTimes();
    void clientErrorsAreFatalButThrottlingRetries();
    void unreachableInternalUrlUsesTheExternalOne();
    void unreachableInternalUrlWithoutFallbackFails();
    void attemptsPerStartAreBounded();
    void bytesFetchedPerStartAreBounded();
    void wrongRangeGivesUpAfterTheLimit();
    void beginResetsTheStartButNotTheTotal();
};

void TestRetryPolicy::dropsWithoutProgressGiveUp()
{
    RetryPolicy policy;
    policy.begin(options());
    QCOMPARE(policy.afterFailure(drop(0, 0)).action, Action::Retry);
    QCOMPARE(policy.afterFailure(drop(0, 0)).action, Action::Retry);
    const auto last = policy.afterFailure(drop(0, 0));
    QCOMPARE(last.action, Action::Fail);
    QCOMPARE(bb::toString(last.error), bb::toString(DownloadError::Network));
    QVERIFY2(last.text.startsWith(u"Gave up after 3 failed attempts without progress"_s),
             qPrintable(last.text));
}

void TestRetryPolicy::progressResetsTheCount()
{
    RetryPolicy policy;
    policy.begin(options());
    QCOMPARE(policy.afterFailure(drop(0, 0)).action, Action::Retry);
    QCOMPARE(policy.afterFailure(drop(0, 0)).action, Action::Retry);
    // New bytes: the count starts again from this failure, so the next one still retries where,
    // without the progress, it would have been the third in a row.
    QCOMPARE(policy.afterFailure(drop(0, 5000)).action, Action::Retry);
    QCOMPARE(policy.afterFailure(drop(5000, 5000)).action, Action::Retry);
    QCOMPARE(policy.afterFailure(drop(5000, 5000)).action, Action::Fail);
}

void TestRetryPolicy::repeatedBytesAreNoProgress()
{
    RetryPolicy policy;
    policy.begin(options());
    QCOMPARE(policy.afterFailure(drop(0, 8000)).action, Action::Retry); // progress
    // A host that makes the download start over and drops before 8000 brings nothing new.
    QCOMPARE(policy.afterFailure(drop(0, 6000)).action, Action::Retry);
    QCOMPARE(policy.afterFailure(drop(0, 8000)).action, Action::Fail);
}

void TestRetryPolicy::trickleIsNoProgress()
{
    RetryPolicy policy;
    policy.begin(options());
    for (int i = 1; i <= 2; ++i) {
        policy.markReached(i * 10);
        QCOMPARE(policy.afterFailure(drop((i - 1) * 10, i * 10)).action, Action::Retry);
    }
    policy.markReached(30);
    QCOMPARE(policy.afterFailure(drop(20, 30)).action, Action::Fail);
}

void TestRetryPolicy::backoffDoublesWithJitterUpToTheMaximum()
{
    bb::DownloadOptions o = options();
    o.maxAttempts = 10;
    RetryPolicy policy;
    policy.begin(o);
    const int bases[] = {1000, 2000, 4000, 4000, 4000};
    for (const int base : bases) {
        const auto decision = policy.afterFailure(drop(0, 0));
        QCOMPARE(decision.action, Action::Retry);
        QVERIFY2(decision.delayMs >= base * 8 / 10 && decision.delayMs <= base * 12 / 10,
                 qPrintable(u"%1 for a base of %2"_s.arg(decision.delayMs).arg(base)));
        QVERIFY2(decision.text.contains(u"retrying in"_s), qPrintable(decision.text));
    }
}

void TestRetryPolicy::tlsFailureIsFatal()
{
    RetryPolicy policy;
    policy.begin(options());
    RetryPolicy::Failure failure = drop(0, 0);
    failure.error = QNetworkReply::SslHandshakeFailedError;
    failure.status = 0;
    failure.host = u"files.example"_s;
    const auto decision = policy.afterFailure(failure);
    QCOMPARE(decision.action, Action::Fail);
    QCOMPARE(bb::toString(decision.error), bb::toString(DownloadError::Tls));
    QVERIFY(decision.text.contains(u"files.example"_s));
}

void TestRetryPolicy::protocolErrorsAndRedirectsAreFatal()
{
    RetryPolicy policy;
    policy.begin(options());
    RetryPolicy::Failure framing = drop(0, 0);
    framing.error = QNetworkReply::ProtocolFailure;
    QCOMPARE(bb::toString(policy.afterFailure(framing).error), bb::toString(DownloadError::Http));
    const auto redirect = policy.afterFailure(status(301));
    QCOMPARE(redirect.action, Action::Fail);
    QVERIFY(redirect.text.contains(u"redirect"_s));
    const auto switching = policy.afterFailure(status(101));
    QCOMPARE(switching.action, Action::Fail);
    QVERIFY(switching.text.contains(u"instead of the file"_s));
}

void TestRetryPolicy::expiredLinkRenewsABoundedNumberOfTimes()
{
    RetryPolicy policy;
    policy.begin(options());
    QCOMPARE(policy.afterFailure(status(403)).action, Action::Renew);
    QCOMPARE(policy.afterFailure(status(401)).action, Action::Renew);
    const auto decision = policy.afterFailure(status(403));
    QCOMPARE(decision.action, Action::Fail);
    QCOMPARE(bb::toString(decision.error), bb::toString(DownloadError::Expired));
}

void TestRetryPolicy::missingFileStartsOverABoundedNumberOfTimes()
{
    RetryPolicy policy;
    policy.begin(options());
    QCOMPARE(policy.afterFailure(status(404)).action, Action::RestartAndRenew);
    QCOMPARE(policy.afterFailure(status(416)).action, Action::RestartAndRenew);
    QCOMPARE(policy.afterFailure(status(404)).action, Action::Fail);
}

void TestRetryPolicy::clientErrorsAreFatalButThrottlingRetries()
{
    RetryPolicy policy;
    policy.begin(options());
    QCOMPARE(policy.afterFailure(status(400)).action, Action::Fail);
    QCOMPARE(policy.afterFailure(status(429)).action, Action::Retry);
    QCOMPARE(policy.afterFailure(status(408)).action, Action::Retry);
    policy.begin(options());
    QCOMPARE(policy.afterFailure(status(503)).action, Action::Retry);
}

void TestRetryPolicy::unreachableInternalUrlUsesTheExternalOne()
{
    RetryPolicy policy;
    policy.begin(options());
    RetryPolicy::Failure failure = drop(0, 0);
    failure.error = QNetworkReply::ConnectionRefusedError;
    failure.status = 0;
    failure.internal = true;
    failure.canUseExternal = true;
    QCOMPARE(policy.afterFailure(failure).action, Action::UseExternal);
    // Once bytes came over it, the internal URL is reachable: a refusal then is a retry.
    failure.received = 100;
    QCOMPARE(policy.afterFailure(failure).action, Action::Retry);
}

void TestRetryPolicy::unreachableInternalUrlWithoutFallbackFails()
{
    RetryPolicy policy;
    policy.begin(options());
    RetryPolicy::Failure failure = drop(0, 0);
    failure.error = QNetworkReply::HostNotFoundError;
    failure.status = 0;
    failure.internal = true;
    failure.maskedUrl = u"https://internal.example/f?Signature=***"_s;
    const auto decision = policy.afterFailure(failure);
    QCOMPARE(decision.action, Action::Fail);
    QCOMPARE(bb::toString(decision.error), bb::toString(DownloadError::InternalUnreachable));
    QVERIFY(decision.text.contains(failure.maskedUrl));
}

void TestRetryPolicy::attemptsPerStartAreBounded()
{
    RetryPolicy policy;
    policy.begin(options());
    for (int i = 0; i < 10; ++i) {
        QVERIFY(policy.exhausted(-1, 0).isEmpty());
        policy.attemptSent();
    }
    const QString why = policy.exhausted(-1, 5000);
    QVERIFY2(why.startsWith(u"Gave up after 10 attempts"_s), qPrintable(why));
    QVERIFY2(why.contains(u"is kept"_s), qPrintable(why)); // bytes are in the .part
}

void TestRetryPolicy::bytesFetchedPerStartAreBounded()
{
    RetryPolicy policy;
    policy.begin(options());
    constexpr qint64 size = 10 * 1024 * 1024;
    policy.addFetched(3 * size - 1);
    QVERIFY(policy.exhausted(size, 0).isEmpty());
    policy.addFetched(1);
    QVERIFY(policy.exhausted(size, 0).startsWith(u"Gave up after fetching"_s));
    // A small file still gets its minimum budget: a few retries of it always fit.
    policy.begin(options());
    policy.addFetched(RetryPolicy::minFetchBudget);
    QVERIFY(policy.exhausted(100, 0).isEmpty());
    policy.addFetched(100);
    QVERIFY(!policy.exhausted(100, 0).isEmpty());
}

void TestRetryPolicy::wrongRangeGivesUpAfterTheLimit()
{
    RetryPolicy policy;
    policy.begin(options());
    QVERIFY(!policy.giveUpOnWrongRange());
    QVERIFY(!policy.giveUpOnWrongRange());
    QVERIFY(policy.giveUpOnWrongRange());
}

void TestRetryPolicy::beginResetsTheStartButNotTheTotal()
{
    RetryPolicy policy;
    policy.begin(options());
    policy.attemptSent();
    policy.attemptSent();
    policy.addFetched(500);
    QCOMPARE(policy.afterFailure(drop(0, 0)).action, Action::Retry);
    QCOMPARE(policy.afterFailure(drop(0, 0)).action, Action::Retry);
    policy.begin(options());
    QCOMPARE(policy.runAttempts(), 0);
    QCOMPARE(policy.totalAttempts(), 2);
    QCOMPARE(policy.fetched(), 0);
    QCOMPARE(policy.afterFailure(drop(0, 0)).action, Action::Retry); // the count started again
}

BB_TEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
