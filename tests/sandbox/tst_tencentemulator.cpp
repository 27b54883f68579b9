#include "sandbox/faultstate.h"
#include "sandbox/tencentemulator.h"
#include "support/sandboxfixture.h"
#include "support/signedrequest.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bb::sandbox;
using bb::test::RawReply;
using bb::test::Tc3Call;

namespace {

// A product of our own on the shared base, so the base's rules are tested in isolation:
// "Echo" (Name required) answers its parameters back; "Slow" allows 1 request/s.
class EchoEmulator final : public TencentEmulator
{
public:
    explicit EchoEmulator(SandboxContext context)
        : TencentEmulator(std::move(context), "echo", "2099-01-01")
    {
        setRegions({QStringLiteral("ap-guangzhou"), QStringLiteral("ap-shanghai")});
        addAction(QStringLiteral("Echo"), 1000, {QStringLiteral("Name")}, [](const TencentCall &call) {
            return TencentReply::ok({{QStringLiteral("Params"), call.params},
                                     {QStringLiteral("Region"), call.region},
                                     {QStringLiteral("SecretId"), call.secretId}});
        });
        addAction(QStringLiteral("Fast"), 1000, {}, [](const TencentCall &) { return TencentReply::ok({}); });
        addAction(QStringLiteral("Slow"), 1, {}, [](const TencentCall &) { return TencentReply::ok({}); });
    }
};

} // namespace

class tst_TencentEmulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<bb::test::SandboxFixture> m_fixture;

    Tc3Call call(const QByteArray &action = "Fast", bool tls = true) const
    {
        Tc3Call c;
        c.endpoint = m_fixture->endpoint(tls);
        c.service = "echo";
        c.version = "2099-01-01";
        c.action = action;
        c.body = R"({"Name":"x"})";
        return c;
    }
    RawReply send(const Tc3Call &c)
    {
        return bb::test::sendTc3(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), c);
    }
    static QJsonObject response(const RawReply &reply)
    {
        return reply.json.value(QStringLiteral("Response")).toObject();
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<bb::test::SandboxFixture>();
        QString error;
        QVERIFY2(m_fixture->start(&error), qPrintable(error));
        m_fixture->sandbox().addHandler(std::make_shared<EchoEmulator>(m_fixture->sandbox().context()));
    }
    void cleanupTestCase() { m_fixture.reset(); }
    void cleanup() { m_fixture->sandbox().setFaults({}); }

    void validSignature_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }
    void validSignature()
    {
        QFETCH(bool, tls);
        const RawReply reply = send(call("Echo", tls));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.tencentError(), QString());
        const QJsonObject r = response(reply);
        QCOMPARE(r.value(QStringLiteral("Params")).toObject().value(QStringLiteral("Name")).toString(),
                 QStringLiteral("x"));
        QCOMPARE(r.value(QStringLiteral("Region")).toString(), QStringLiteral("ap-guangzhou"));
        QCOMPARE(r.value(QStringLiteral("RequestId")).toString().size(), 36);
    }

    void getWithFlattenedQuery()
    {
        Tc3Call c = call("Fast");
        c.method = "GET";
        c.query = "Name=a%20b&DBNames.0=db1&DBNames.1=db2&Filters.0.Name=status&Filters.0.Values.0=2";
        const RawReply ok = send(c);
        QCOMPARE(ok.tencentError(), QString());
        c.action = "Echo";
        const RawReply reply = send(c);
        QCOMPARE(reply.tencentError(), QString());
        const QJsonObject params = response(reply).value(QStringLiteral("Params")).toObject();
        QCOMPARE(params.value(QStringLiteral("Name")).toString(), QStringLiteral("a b"));
        QCOMPARE(params.value(QStringLiteral("DBNames")).toArray(),
                 (QJsonArray {QStringLiteral("db1"), QStringLiteral("db2")}));
        const QJsonObject filter = params.value(QStringLiteral("Filters")).toArray().at(0).toObject();
        QCOMPARE(filter.value(QStringLiteral("Name")).toString(), QStringLiteral("status"));
        QCOMPARE(filter.value(QStringLiteral("Values")).toArray().at(0).toString(), QStringLiteral("2"));
    }

    void authFailures_data()
    {
        QTest::addColumn<QByteArray>("secretId");
        QTest::addColumn<QByteArray>("secretKey");
        QTest::addColumn<qint64>("skew");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong key") << QByteArray(SandboxKeys::tencentSecretId) << QByteArray("not-the-key")
                                   << 0LL << QStringLiteral("AuthFailure.SignatureFailure");
        QTest::newRow("unknown id") << QByteArray("AKIDunknown") << QByteArray(SandboxKeys::tencentSecretKey)
                                    << 0LL << QStringLiteral("AuthFailure.SecretIdNotFound");
        QTest::newRow("stale timestamp")
            << QByteArray(SandboxKeys::tencentSecretId) << QByteArray(SandboxKeys::tencentSecretKey) << -301LL
            << QStringLiteral("AuthFailure.SignatureExpire");
        QTest::newRow("future timestamp")
            << QByteArray(SandboxKeys::tencentSecretId) << QByteArray(SandboxKeys::tencentSecretKey) << 400LL
            << QStringLiteral("AuthFailure.SignatureExpire");
        QTest::newRow("timestamp within 5 min")
            << QByteArray(SandboxKeys::tencentSecretId) << QByteArray(SandboxKeys::tencentSecretKey) << -250LL
            << QString();
    }
    void authFailures()
    {
        QFETCH(QByteArray, secretId);
        QFETCH(QByteArray, secretKey);
        QFETCH(qint64, skew);
        QFETCH(QString, code);
        Tc3Call c = call();
        c.secretId = secretId;
        c.secretKey = secretKey;
        c.timestamp = QDateTime::currentSecsSinceEpoch() + skew;
        const RawReply reply = send(c);
        QCOMPARE(reply.status, 200); // Tencent answers API errors inside a 200 envelope
        QCOMPARE(reply.tencentError(), code);
        QVERIFY(!response(reply).value(QStringLiteral("RequestId")).toString().isEmpty());
    }

    void tamperedBodyFailsSignature()
    {
        // Signed for one body, sent with another: the raw bytes are what is verified.
        Tc3Call c = call();
        const RawReply good = send(c);
        QCOMPARE(good.tencentError(), QString());
        c.body = R"({"Name": "x"})";
        QCOMPARE(send(c).tencentError(), QString()); // re-signed: still fine
        // One reading of the clock for the credential's date and the timestamp: two could fall
        // either side of midnight.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray auth = "TC3-HMAC-SHA256 Credential=" + QByteArray(SandboxKeys::tencentSecretId) + "/"
            + now.toString(QStringLiteral("yyyy-MM-dd")).toLatin1()
            + "/echo/tc3_request, SignedHeaders=content-type;host, Signature=" + QByteArray(64, 'a');
        QUrl url = m_fixture->endpoint();
        url.setPath(QStringLiteral("/"));
        const RawReply forged = bb::test::sendRaw(
            m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), "POST", url,
            {{"Content-Type", "application/json"},
             {"X-TC-Action", "Fast"},
             {"X-TC-Version", "2099-01-01"},
             {"X-TC-Region", "ap-guangzhou"},
             {"X-TC-Timestamp", QByteArray::number(now.toSecsSinceEpoch())},
             {"Authorization", auth}},
            "{}");
        QCOMPARE(forged.tencentError(), QStringLiteral("AuthFailure.SignatureFailure"));
    }

    void missingOrMalformedAuthorization()
    {
        QUrl url = m_fixture->endpoint();
        url.setPath(QStringLiteral("/"));
        const QList<QPair<QByteArray, QByteArray>> base
            = {{"Content-Type", "application/json"},
               {"X-TC-Action", "Fast"},
               {"X-TC-Version", "2099-01-01"},
               {"X-TC-Timestamp", QByteArray::number(QDateTime::currentSecsSinceEpoch())}};
        const auto tls = m_fixture->sandbox().clientSslConfiguration();
        QCOMPARE(bb::test::sendRaw(m_fixture->network(), tls, "POST", url, base, "{}").tencentError(),
                 QStringLiteral("AuthFailure.SignatureFailure"));
        auto malformed = base;
        malformed.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic dXNlcjpwYXNz")});
        QCOMPARE(bb::test::sendRaw(m_fixture->network(), tls, "POST", url, malformed, "{}").tencentError(),
                 QStringLiteral("AuthFailure.InvalidAuthorization"));
    }

    void temporaryCredentialsNeedTheirToken()
    {
        Tc3Call c = call();
        c.secretId = SandboxKeys::tencentTmpSecretId;
        c.secretKey = SandboxKeys::tencentTmpSecretKey;
        QCOMPARE(send(c).tencentError(), QStringLiteral("AuthFailure.TokenFailure"));
        c.token = SandboxKeys::tencentToken;
        QCOMPARE(send(c).tencentError(), QString());
        c.token = "stolen";
        QCOMPARE(send(c).tencentError(), QStringLiteral("AuthFailure.TokenFailure"));
    }

    void unknownActionAndMissingParameter()
    {
        QCOMPARE(send(call("Nope")).tencentError(), QStringLiteral("InvalidAction"));
        Tc3Call c = call("Echo");
        c.body = "{}";
        QCOMPARE(send(c).tencentError(), QStringLiteral("MissingParameter"));
        c.region = "mars-north-1";
        QCOMPARE(send(c).tencentError(), QStringLiteral("UnsupportedRegion"));
    }

    void serviceFromCredentialScope()
    {
        // The same version signed for another service belongs to no emulator here.
        Tc3Call c = call();
        c.service = "cvm";
        const RawReply reply = send(c);
        QCOMPARE(reply.status, 404);
    }

    void documentedRateLimit()
    {
        QStringList codes;
        for (int i = 0; i < 4; ++i)
            codes.append(send(call("Slow")).tencentError());
        QCOMPARE(codes.at(0), QString());
        QVERIFY2(codes.mid(1).contains(QStringLiteral("RequestLimitExceeded")), qPrintable(codes.join(u',')));
        QTest::qWait(1100); // the bucket refills at 1 per second
        QCOMPARE(send(call("Slow")).tencentError(), QString());
    }

    void faultThrottleThenRecover()
    {
        FaultPlan plan;
        plan.throttleNext = 1;
        m_fixture->sandbox().setFaults(plan);
        QCOMPARE(send(call()).tencentError(), QStringLiteral("RequestLimitExceeded"));
        QCOMPARE(send(call()).tencentError(), QString());
        QCOMPARE(m_fixture->sandbox().faults().throttleNext, 0);
    }

    void faultServerError()
    {
        FaultPlan plan;
        plan.serverErrorNext = 1;
        m_fixture->sandbox().setFaults(plan);
        const RawReply reply = send(call());
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.tencentError(), QStringLiteral("InternalError"));
        QCOMPARE(send(call()).status, 200);
    }

    void faultMalformedJson()
    {
        FaultPlan plan;
        plan.malformedNext = 1;
        m_fixture->sandbox().setFaults(plan);
        const RawReply reply = send(call());
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.body.isEmpty());
        QJsonParseError error;
        QJsonDocument::fromJson(reply.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void faultDropAndLatency()
    {
        FaultPlan plan;
        plan.dropNext = 1;
        m_fixture->sandbox().setFaults(plan);
        // QNetworkAccessManager re-sends a request whose connection closed before any answer byte
        // (three times at most), so one drop is invisible to it...
        RawReply reply = send(call());
        QCOMPARE(reply.tencentError(), QString());
        QCOMPARE(m_fixture->sandbox().faults().dropNext, 0);
        // ...and four in a row reach the caller as a network error.
        plan.dropNext = 4;
        plan.latencyMs = 250;
        m_fixture->sandbox().setFaults(plan);
        reply = send(call());
        QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(reply.status, 0);
        QCOMPARE(m_fixture->sandbox().faults().dropNext, 0);
        QElapsedTimer timer;
        timer.start();
        reply = send(call());
        QCOMPARE(reply.tencentError(), QString());
        QVERIFY(timer.elapsed() >= 240);
    }
};

BB_TEST_GUILESS_MAIN(tst_TencentEmulator)
#include "tst_tencentemulator.moc"
