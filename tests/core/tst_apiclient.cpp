#include "providers/core/apiclient.h"
#include "support/calloutcome.h"
#include "support/scriptedhttpserver.h"
#include "support/testmain.h"
#include "support/testprotocol.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace bb;
using bb::test::ScriptedHttpServer;

// ApiClient over real loopback sockets against a scripted server: retries, timeouts, size cap,
// rate limits, TLS trust, aborts and the per-attempt log.
class TestApiClient : public QObject
{
    Q_OBJECT

private:
    using Outcome = bb::test::CallOutcome;

    struct Fixture
    {
        QNetworkAccessManager network;
        ApiClient client {&network};
        ScriptedHttpServer server;
        std::shared_ptr<const ApiProtocol> protocol = std::make_shared<bb::test::TestProtocol>();
        QList<ApiLogEntry> log;
        int clockTicks = 0;

        Fixture()
        {
            ApiClient::Options options;
            options.backoffBaseMs = 10;
            options.backoffMaxMs = 40;
            options.timeoutMs = 5000;
            client.setOptions(options);
            // Every signature gets a later time, so re-signing is visible in the requests.
            client.setClock([this] {
                return QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC).addSecs(clockTicks++);
            });
            QObject::connect(&client, &ApiClient::requestLogged, &client,
                             [this](const ApiLogEntry &entry) { log.append(entry); });
        }
        void setOption(void (*change)(ApiClient::Options &))
        {
            ApiClient::Options options = client.options();
            change(options);
            client.setOptions(options);
        }
        QUrl url(const QString &query = QString()) const
        {
            QUrl url = server.url();
            url.setPath(QStringLiteral("/api"));
            if (!query.isEmpty())
                url.setQuery(query);
            return url;
        }
        ApiCall *send(const ApiRequest &request) { return client.send(request, protocol); }

        // Sends the request and waits for its outcome (and a little longer: anything emitted
        // after the outcome would be a bug).
        Outcome run(const ApiRequest &request)
        {
            std::unique_ptr<ApiCall> call(send(request));
            return bb::test::waitForCall(call.get(), 10000);
        }
    };

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProviderError>();
        qRegisterMetaType<ApiLogEntry>();
    }

    void success()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        f.server.enqueue(ScriptedHttpServer::Response::json(200, R"({"RequestId":"req-1","Value":42})"));
        const Outcome o = f.run(bb::test::testRequest(f.url(QStringLiteral("Signature=secret"))));
        QVERIFY(o.exactlyOne());
        QCOMPARE(o.finished, 1);
        QCOMPARE(o.payload.value(QStringLiteral("Value")).toInt(), 42);
        QCOMPARE(o.requestId, QStringLiteral("req-1"));

        QCOMPARE(f.server.requests().size(), 1);
        const auto &request = f.server.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/api?Signature=secret"));
        QCOMPARE(request.body, QByteArray(R"({"Limit":10})"));
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        QCOMPARE(request.header("x-test-date"), QByteArray("2026-11-23T08:00:00.000Z"));

        QCOMPARE(f.log.size(), 1);
        QCOMPARE(f.log[0].attempt, 1);
        QCOMPARE(f.log[0].httpStatus, 200);
        QCOMPARE(f.log[0].action, QStringLiteral("DescribeThings"));
        QCOMPARE(f.log[0].instanceId, QStringLiteral("inst-1"));
        QCOMPARE(f.log[0].requestId, QStringLiteral("req-1"));
        QVERIFY(f.log[0].code.isEmpty());
        // The query (a signature, a bearer token) never reaches the log.
        QVERIFY(!f.log[0].maskedUrl.contains(QStringLiteral("secret")));
        QVERIFY(f.log[0].maskedUrl.endsWith(QStringLiteral("/api?…")));
    }

    void responseBytesAreTheAnswersBodyAsReceived()
    {
        // What a listing counts against its memory bound: the bytes of the body finished() was
        // made from, white space included; not those of an earlier failed attempt.
        Fixture f;
        QVERIFY(f.server.listen());
        const QByteArray failed = R"({"Code":"ServiceUnavailable","RequestId":"a","Padding":"0123456789"})";
        const QByteArray answer = "{\n    \"RequestId\": \"b\",\n    \"Value\": 42\n}\n";
        f.server.enqueue(ScriptedHttpServer::Response::json(503, failed));
        f.server.enqueue(ScriptedHttpServer::Response::json(200, answer));
        std::unique_ptr<ApiCall> call(f.send(bb::test::testRequest(f.url())));
        QCOMPARE(call->responseBytes(), 0);
        const Outcome o = bb::test::waitForCall(call.get(), 10000);
        QCOMPARE(o.finished, 1);
        QCOMPARE(o.attempts, 2);
        QCOMPARE(call->responseBytes(), answer.size());
    }

    void retriesAfter503AndThrottlingThenSucceeds()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        f.server.enqueue(
            ScriptedHttpServer::Response::json(503, R"({"Code":"ServiceUnavailable","RequestId":"a"})"));
        f.server.enqueue(ScriptedHttpServer::Response::json(400, R"({"Code":"Throttling","RequestId":"b"})"));
        f.server.enqueue(ScriptedHttpServer::Response::json(200, R"({"RequestId":"c"})"));
        const Outcome o = f.run(bb::test::testRequest(f.url()));
        QVERIFY(o.exactlyOne());
        QCOMPARE(o.finished, 1);
        QCOMPARE(o.attempts, 3);
        QCOMPARE(f.server.requests().size(), 3);

        // Each attempt was signed anew: its own time and nonce.
        QSet<QByteArray> dates, nonces;
        for (const auto &request : f.server.requests()) {
            dates.insert(request.header("x-test-date"));
            nonces.insert(request.header("x-test-nonce"));
        }
        QCOMPARE(dates.size(), 3);
        QCOMPARE(nonces.size(), 3);

        QCOMPARE(f.log.size(), 3);
        QCOMPARE(f.log[0].attempt, 1);
        QCOMPARE(f.log[0].httpStatus, 503);
        QCOMPARE(f.log[0].code, QStringLiteral("ServiceUnavailable"));
        QCOMPARE(f.log[1].code, QStringLiteral("Throttling"));
        QCOMPARE(f.log[2].attempt, 3);
        QCOMPARE(f.log[2].httpStatus, 200);
    }

    void noRetryOnAuthError()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        f.server.enqueue(ScriptedHttpServer::Response::json(
            403, R"({"Code":"Forbidden.RAM","Message":"no","RequestId":"r-9"})"));
        f.server.setFallback(ScriptedHttpServer::Response::json(200, R"({})"));
        const Outcome o = f.run(bb::test::testRequest(f.url()));
        QVERIFY(o.exactlyOne());
        QCOMPARE(o.failed, 1);
        const ProviderError error = o.error;
        QCOMPARE(error.kind, ProviderError::Kind::Auth);
        QVERIFY(!error.retryable);
        QCOMPARE(error.code, QStringLiteral("Forbidden.RAM"));
        QCOMPARE(error.requestId, QStringLiteral("r-9"));
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.product, QStringLiteral("test-product"));
        QCOMPARE(error.action, QStringLiteral("DescribeThings"));
        QCOMPARE(error.instanceId, QStringLiteral("inst-1"));
        QCOMPARE(f.server.requests().size(), 1);
    }

    void noRetryOnClientError()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        f.server.enqueue(
            ScriptedHttpServer::Response::json(400, R"({"Code":"InvalidParameter","RequestId":"x"})"));
        f.server.setFallback(ScriptedHttpServer::Response::json(200, R"({})"));
        const Outcome o = f.run(bb::test::testRequest(f.url()));
        QVERIFY(o.exactlyOne());
        QCOMPARE(o.failed, 1);
        QCOMPARE(o.error.kind, ProviderError::Kind::Provider);
        QCOMPARE(f.server.requests().size(), 1);
    }

    void attemptsExhausted()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        f.setOption([](ApiClient::Options &o) { o.maxAttempts = 3; });
        f.server.setFallback(
            ScriptedHttpServer::Response::json(500, R"({"Code":"InternalError","RequestId":"z"})"));
        const Outcome o = f.run(bb::test::testRequest(f.url()));
        QVERIFY(o.exactlyOne());
        QCOMPARE(o.failed, 1);
        const ProviderError error = o.error;
        QCOMPARE(error.code, QStringLiteral("InternalError"));
        QCOMPARE(error.httpStatus, 500);
        QVERIFY(error.retryable); // retryable in itself, but the attempts ran out
        QCOMPARE(f.server.requests().size(), 3);
        QCOMPARE(f.log.size(), 3);
    }

    void nonIdempotentCallsAreRetriedOnlyWhenSurelyNotProcessed()
    {
        // A CreateBackup that hit a 5xx may have started a backup: never send it twice.
        Fixture f;
        QVERIFY(f.server.listen());
        f.server.enqueue(ScriptedHttpServer::Response::json(503, R"({"Code":"ServiceUnavailable"})"));
        f.server.setFallback(ScriptedHttpServer::Response::json(200, R"({})"));
        ApiRequest create = bb::test::testRequest(f.url(), QStringLiteral("CreateBackup"));
        create.idempotent = false;
        const Outcome o = f.run(create);
        QCOMPARE(o.failed, 1);
        QCOMPARE(o.error.httpStatus, 503);
        QCOMPARE(f.server.requests().size(), 1);

        // Throttling means the request was not processed: safe to send again.
        f.server.enqueue(ScriptedHttpServer::Response::json(400, R"({"Code":"Throttling"})"));
        const Outcome throttled = f.run(create);
        QCOMPARE(throttled.finished, 1);
        QCOMPARE(f.server.requests().size(), 3);
    }

    void timeout()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        f.setOption([](ApiClient::Options &o) {
            o.timeoutMs = 300;
            o.maxAttempts = 1;
        });
        // The answer would come (and succeed) after 20 s: a failure well before that is the
        // timeout, whatever the machine's load.
        ScriptedHttpServer::Response slow = ScriptedHttpServer::Response::json(200, R"({})");
        slow.delayMs = 20000;
        f.server.enqueue(slow);
        QElapsedTimer timer;
        timer.start();
        const Outcome o = f.run(bb::test::testRequest(f.url()));
        QVERIFY(o.exactlyOne());
        QCOMPARE(o.failed, 1);
        QVERIFY2(timer.elapsed() < slow.delayMs / 2, qPrintable(QString::number(timer.elapsed())));
        const ProviderError error = o.error;
        QCOMPARE(error.kind, ProviderError::Kind::Network);
        QVERIFY(error.retryable);
        QVERIFY2(error.message.contains(QStringLiteral("timed out")), qPrintable(error.message));
        QCOMPARE(f.log.size(), 1);
        QCOMPARE(f.log[0].code, QStringLiteral("network"));
    }

    void timeoutIsRetried()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        f.setOption([](ApiClient::Options &o) { o.timeoutMs = 300; });
        ScriptedHttpServer::Response slow
            = ScriptedHttpServer::Response::json(200, R"({"RequestId":"late"})");
        slow.delayMs = 3000;
        f.server.enqueue(slow);
        f.server.enqueue(ScriptedHttpServer::Response::json(200, R"({"RequestId":"ok"})"));
        const Outcome o = f.run(bb::test::testRequest(f.url()));
        QVERIFY(o.exactlyOne());
        QCOMPARE(o.finished, 1);
        QCOMPARE(o.requestId, QStringLiteral("ok"));
    }

    void responseTooLargeByContentLength()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        f.setOption([](ApiClient::Options &o) { o.maxResponseBytes = 64 * 1024; });
        ScriptedHttpServer::Response huge;
        huge.streamBytes = qint64(64) << 20;
        f.server.enqueue(huge);
        f.server.setFallback(ScriptedHttpServer::Response::json(200, R"({})"));
        const Outcome o = f.run(bb::test::testRequest(f.url()));
        QVERIFY(o.exactlyOne());
        QCOMPARE(o.failed, 1);
        QCOMPARE(o.error.kind, ProviderError::Kind::TooLarge);
        QVERIFY(!o.error.retryable);
        QCOMPARE(f.server.requests().size(), 1);
    }

    void responseTooLargeWithoutContentLength()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        f.setOption([](ApiClient::Options &o) { o.maxResponseBytes = 256 * 1024; });
        ScriptedHttpServer::Response huge;
        huge.streamBytes = qint64(64) << 20;
        huge.omitContentLength = true;
        f.server.enqueue(huge);
        const Outcome o = f.run(bb::test::testRequest(f.url()));
        QVERIFY(o.exactlyOne());
        QCOMPARE(o.failed, 1);
        QCOMPARE(o.error.kind, ProviderError::Kind::TooLarge);
    }

    void droppedConnectionIsRetried()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        ScriptedHttpServer::Response drop;
        drop.closeWithoutAnswer = true;
        f.server.enqueue(drop);
        f.server.enqueue(drop);
        f.server.setFallback(ScriptedHttpServer::Response::json(200, R"({"RequestId":"after-drop"})"));
        const Outcome o = f.run(bb::test::testRequest(f.url()));
        QVERIFY(o.exactlyOne());
        QCOMPARE(o.finished, 1);
        QVERIFY(o.attempts >= 2);
        QCOMPARE(f.log.first().code, QStringLiteral("network"));
    }

    void connectionRefused()
    {
        Fixture f;
        QUrl url;
        {
            ScriptedHttpServer closed; // listens, then closes its port when it goes
            QVERIFY(closed.listen());
            url = closed.url();
        }
        f.setOption([](ApiClient::Options &o) { o.maxAttempts = 2; });
        const Outcome o = f.run(bb::test::testRequest(url));
        QVERIFY(o.exactlyOne());
        QCOMPARE(o.failed, 1);
        QCOMPARE(o.error.kind, ProviderError::Kind::Network);
        QCOMPARE(o.attempts, 2);
        QCOMPARE(f.log.size(), 2);
    }

    void abortWhileInFlight()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        ScriptedHttpServer::Response slow = ScriptedHttpServer::Response::json(200, R"({})");
        slow.delayMs = 2000;
        f.server.enqueue(slow);
        std::unique_ptr<ApiCall> call(f.send(bb::test::testRequest(f.url())));
        QSignalSpy finished(call.get(), &ApiCall::finished);
        QSignalSpy failed(call.get(), &ApiCall::failed);
        QTRY_COMPARE(f.server.requests().size(), 1);
        call->abort();
        QCOMPARE(failed.count(), 1);
        const auto error = failed.at(0).at(0).value<ProviderError>();
        QCOMPARE(error.kind, ProviderError::Kind::Aborted);
        QCOMPARE(error.action, QStringLiteral("DescribeThings"));
        call->abort(); // a second abort is a no-op
        QTest::qWait(100);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(finished.count(), 0);
    }

    void abortWhileWaitingForTheRateLimit()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        f.server.setFallback(ScriptedHttpServer::Response::json(200, R"({})"));
        ApiRequest request = bb::test::testRequest(f.url());
        request.ratePerSecond = 4;
        std::vector<std::unique_ptr<ApiCall>> burst; // one second's worth goes at once
        for (int i = 0; i < 4; ++i)
            burst.emplace_back(f.send(request));
        std::unique_ptr<ApiCall> waiting(f.send(request)); // waits a quarter second for its token
        QSignalSpy failed(waiting.get(), &ApiCall::failed);
        QTRY_COMPARE(f.server.requests().size(), 4);
        waiting->abort();
        QCOMPARE(failed.count(), 1);
        QTest::qWait(400);
        QCOMPARE(f.server.requests().size(), 4);
    }

    void rateLimitSpacesRequests()
    {
        // 15 requests at 10/s: the first 10 go at once (one second's burst), the other 5 follow
        // 100 ms apart, so the last one arrives no sooner than 500 ms after they were sent. Only
        // that bound holds on a loaded machine (load delays, never hastens); the schedule itself
        // (burst, spacing, rates) is RateLimiter's, tested on a given clock in tst_ratelimiter.
        Fixture f;
        QVERIFY(f.server.listen());
        f.server.setFallback(ScriptedHttpServer::Response::json(200, R"({})"));
        ApiRequest request = bb::test::testRequest(f.url());
        request.ratePerSecond = 10;
        std::vector<std::unique_ptr<ApiCall>> calls;
        int done = 0;
        const qint64 sent = f.server.clockMs();
        for (int i = 0; i < 15; ++i) {
            calls.emplace_back(f.send(request));
            connect(calls.back().get(), &ApiCall::finished, this, [&done] { ++done; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 15, 5000);
        const auto &requests = f.server.requests();
        QCOMPARE(requests.size(), 15);
        // 475: a coarse Qt timer may fire up to 5% early.
        const qint64 last = requests.last().receivedMs - sent;
        QVERIFY2(last >= 475, qPrintable(QString::number(last)));
    }

    void untrustedCertificateIsFatal()
    {
        Fixture f;
        QVERIFY(f.server.listen(ScriptedHttpServer::testServerTls(QStringLiteral(BB_SEEDS_DIR))));
        f.server.setFallback(ScriptedHttpServer::Response::json(200, R"({})"));
        const Outcome o = f.run(bb::test::testRequest(f.url()));
        QVERIFY(o.exactlyOne());
        QCOMPARE(o.failed, 1);
        const ProviderError error = o.error;
        QCOMPARE(error.kind, ProviderError::Kind::Tls);
        QVERIFY(!error.retryable);
        QCOMPARE(o.attempts, 1);
        QVERIFY(f.server.requests().isEmpty()); // nothing was sent over an untrusted channel
        QCOMPARE(f.log.size(), 1);
        QCOMPARE(f.log[0].code, QStringLiteral("tls"));
    }

    void refusedTlsVersionIsNotCalledUntrusted()
    {
        // A server that speaks only TLS 1.0 (the client needs 1.2): the certificate is trusted,
        // so "the certificate is not trusted" sent people to the wrong fix.
        Fixture f;
        QSslConfiguration old = ScriptedHttpServer::testServerTls(QStringLiteral(BB_SEEDS_DIR));
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        old.setProtocol(QSsl::TlsV1_0);
        QT_WARNING_POP
        QVERIFY(f.server.listen(old));
        f.client.setSslConfiguration(ScriptedHttpServer::testClientTls(QStringLiteral(BB_SEEDS_DIR)));
        f.server.setFallback(ScriptedHttpServer::Response::json(200, R"({})"));
        const Outcome o = f.run(bb::test::testRequest(f.url()));
        QCOMPARE(o.failed, 1);
        QCOMPARE(o.error.kind, ProviderError::Kind::Tls);
        QVERIFY2(o.error.message.contains(QStringLiteral("TLS protocol version")),
                 qPrintable(o.error.message));
        QVERIFY2(!o.error.message.contains(QStringLiteral("not trusted")), qPrintable(o.error.message));
        QCOMPARE(o.attempts, 1);
        QVERIFY(f.server.requests().isEmpty());
    }

    void explicitlyTrustedCertificateWorks()
    {
        Fixture f;
        QVERIFY(f.server.listen(ScriptedHttpServer::testServerTls(QStringLiteral(BB_SEEDS_DIR))));
        f.client.setSslConfiguration(ScriptedHttpServer::testClientTls(QStringLiteral(BB_SEEDS_DIR)));
        f.server.enqueue(ScriptedHttpServer::Response::json(200, R"({"RequestId":"tls-ok"})"));
        const Outcome o = f.run(bb::test::testRequest(f.url()));
        QVERIFY(o.exactlyOne());
        QCOMPARE(o.finished, 1);
        QCOMPARE(o.requestId, QStringLiteral("tls-ok"));
        QVERIFY(f.log[0].maskedUrl.startsWith(QStringLiteral("https://127.0.0.1:")));
    }

    void malformedAnswerIsNotRetried()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        f.server.enqueue(ScriptedHttpServer::Response::json(200, "{\"Response\": {"));
        f.server.setFallback(ScriptedHttpServer::Response::json(200, R"({})"));
        const Outcome o = f.run(bb::test::testRequest(f.url()));
        QVERIFY(o.exactlyOne());
        QCOMPARE(o.failed, 1);
        QCOMPARE(o.error.kind, ProviderError::Kind::Malformed);
        QCOMPARE(o.error.httpStatus, 200);
        QCOMPARE(f.server.requests().size(), 1);
    }

    void deletingACallInFlightIsSafe()
    {
        Fixture f;
        QVERIFY(f.server.listen());
        ScriptedHttpServer::Response slow = ScriptedHttpServer::Response::json(200, R"({})");
        slow.delayMs = 200;
        f.server.enqueue(slow);
        auto *call = f.send(bb::test::testRequest(f.url()));
        QTRY_COMPARE(f.server.requests().size(), 1);
        delete call;
        QTest::qWait(300);
        QCOMPARE(f.log.size(), 0);
    }

    void callOutlivingItsClientEndsAborted()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        ScriptedHttpServer::Response slow = ScriptedHttpServer::Response::json(200, R"({})");
        slow.delayMs = 300;
        server.setFallback(slow);
        QNetworkAccessManager network;
        auto client = std::make_unique<ApiClient>(&network);
        std::unique_ptr<ApiCall> call(
            client->send(bb::test::testRequest(server.url()), std::make_shared<bb::test::TestProtocol>()));
        QSignalSpy failed(call.get(), &ApiCall::failed);
        QTRY_COMPARE(server.requests().size(), 1);
        client.reset();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<ProviderError>().kind, ProviderError::Kind::Aborted);
        QTest::qWait(400);
        QCOMPARE(failed.count(), 1);
    }

    void hostHeader_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("host");
        QTest::newRow("https default") << QStringLiteral("https://sqlserver.intl.tencentcloudapi.com/")
                                       << QByteArray("sqlserver.intl.tencentcloudapi.com");
        QTest::newRow("https explicit 443")
            << QStringLiteral("https://a.example:443/") << QByteArray("a.example");
        QTest::newRow("http explicit 80")
            << QStringLiteral("http://a.example:80/") << QByteArray("a.example");
        QTest::newRow("http on 443") << QStringLiteral("http://a.example:443/")
                                     << QByteArray("a.example:443");
        QTest::newRow("https on 80") << QStringLiteral("https://a.example:80/") << QByteArray("a.example:80");
        QTest::newRow("loopback port")
            << QStringLiteral("http://127.0.0.1:8080/") << QByteArray("127.0.0.1:8080");
    }

    void hostHeader()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, host);
        QCOMPARE(ApiClient::hostHeader(QUrl(url)), host);
    }

    void maskUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("masked");
        QTest::newRow("query") << QStringLiteral("https://h.example/p/a.tar?sign=abc&x=1")
                               << QStringLiteral("https://h.example/p/a.tar?…");
        QTest::newRow("no query") << QStringLiteral("https://h.example/")
                                  << QStringLiteral("https://h.example/");
        QTest::newRow("user info") << QStringLiteral("https://u:pw@h.example/a?b")
                                   << QStringLiteral("https://h.example/a?…");
        QTest::newRow("port") << QStringLiteral("http://127.0.0.1:8080/?Signature=s")
                              << QStringLiteral("http://127.0.0.1:8080/?…");
    }

    void maskUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, masked);
        QCOMPARE(ApiClient::maskUrl(QUrl(url)), masked);
    }

    void backoffIsBoundedAndJittered()
    {
        Fixture f;
        // A base of a minute, capped at 20 ms: three backoffs of at most 20 ms each. Without the
        // cap they would be uniform in [0, 60], [0, 120] and [0, 240] s, far beyond the generous
        // bound below (and the run's 10 s wait), so the bound holds on any machine only if the
        // cap does.
        f.setOption([](ApiClient::Options &o) {
            o.maxAttempts = 4;
            o.backoffBaseMs = 60000;
            o.backoffMaxMs = 20;
        });
        QVERIFY(f.server.listen());
        f.server.setFallback(ScriptedHttpServer::Response::json(503, R"({"Code":"ServiceUnavailable"})"));
        QElapsedTimer timer;
        timer.start();
        const Outcome o = f.run(bb::test::testRequest(f.url()));
        QVERIFY(o.exactlyOne());
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(f.server.requests().size(), 4);
    }
};

BB_TEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
