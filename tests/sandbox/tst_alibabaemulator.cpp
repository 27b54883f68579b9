#include "sandbox/alibabaemulator.h"
#include "support/sandboxfixture.h"
#include "support/signedrequest.h"
#include "support/testmain.h"

#include <QJsonDocument>
#include <QTest>

using namespace bb::sandbox;
using bb::test::Acs3Call;
using bb::test::RawReply;

namespace {

// A product of our own on the shared ACS3 base: one RPC action and one ROA action that echo what
// they received, and a slow RPC action (1 request/s) for the rate limit.
class EchoEmulator final : public AlibabaEmulator
{
public:
    explicit EchoEmulator(SandboxContext context)
        : AlibabaEmulator(std::move(context), "2099-09-09", QStringLiteral("Echo"),
                          QStringLiteral("echo.aliyuncs.com"))
    {
        const auto echo = [](const AlibabaCall &call) {
            QJsonObject params;
            for (auto it = call.params.cbegin(); it != call.params.cend(); ++it)
                params.insert(it.key(), it.value());
            return AlibabaReply::ok({{QStringLiteral("Action"), call.action},
                                     {QStringLiteral("Params"), params},
                                     {QStringLiteral("Body"), call.body}});
        };
        addRpcAction(QStringLiteral("DescribeEcho"), 1000, {QStringLiteral("RegionId")}, echo);
        addRpcAction(QStringLiteral("DescribeSlowly"), 1, {}, echo);
        addRoaAction("POST", QStringLiteral("/webapi/echo/describe"), QStringLiteral("DescribeRoaEcho"), 1000,
                     {}, echo);
    }
};

} // namespace

class tst_AlibabaEmulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<bb::test::SandboxFixture> m_fixture;

    Acs3Call rpc(const QByteArray &action = "DescribeEcho", bool tls = true) const
    {
        Acs3Call c;
        c.endpoint = m_fixture->endpoint(tls);
        c.action = action;
        c.version = "2099-09-09";
        c.query = {{"RegionId", "cn-hangzhou"}, {"DBInstanceId", "rm-abc"}, {"Name", "a b*~"}};
        return c;
    }
    RawReply send(const Acs3Call &c)
    {
        return bb::test::sendAcs3(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), c);
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

    void rpcSigned_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }
    void rpcSigned()
    {
        QFETCH(bool, tls);
        const RawReply reply = send(rpc("DescribeEcho", tls));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.alibabaError(), QString());
        QCOMPARE(reply.json.value(QStringLiteral("Action")).toString(), QStringLiteral("DescribeEcho"));
        const QJsonObject params = reply.json.value(QStringLiteral("Params")).toObject();
        QCOMPARE(params.value(QStringLiteral("Name")).toString(), QStringLiteral("a b*~"));
        QCOMPARE(reply.json.value(QStringLiteral("RequestId")).toString().size(), 36);
        QCOMPARE(reply.header("x-acs-request-id"),
                 reply.json.value(QStringLiteral("RequestId")).toString().toLatin1());
    }

    void roaWithJsonBody()
    {
        Acs3Call c = rpc("DescribeRoaEcho");
        c.path = "/webapi/echo/describe";
        c.body = R"({"InstanceId":"c-123","Hour":3})";
        c.contentType = "application/json";
        const RawReply reply = send(c);
        QCOMPARE(reply.alibabaError(), QString());
        QCOMPARE(reply.json.value(QStringLiteral("Body")).toObject().value(QStringLiteral("Hour")).toInt(),
                 3);
        c.path = "/webapi/echo/nothing";
        const RawReply missing = send(c);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.alibabaError(), QStringLiteral("InvalidAction.NotFound"));
    }

    void wrongSecret()
    {
        Acs3Call c = rpc();
        c.accessKeySecret = "not-the-secret";
        const RawReply reply = send(c);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.alibabaError(), QStringLiteral("SignatureDoesNotMatch"));
        // The gateway's error shape.
        QCOMPARE(reply.json.value(QStringLiteral("HostId")).toString(), QStringLiteral("echo.aliyuncs.com"));
        QVERIFY(reply.json.value(QStringLiteral("Recommend"))
                    .toString()
                    .contains(QStringLiteral("SignatureDoesNotMatch")));
        QVERIFY(!reply.json.value(QStringLiteral("RequestId")).toString().isEmpty());
        QVERIFY(!reply.json.value(QStringLiteral("Message")).toString().isEmpty());
    }

    void unknownAccessKey()
    {
        Acs3Call c = rpc();
        c.accessKeyId = "LTAIunknown";
        const RawReply reply = send(c);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.alibabaError(), QStringLiteral("InvalidAccessKeyId.NotFound"));
    }

    void bodyMustMatchItsHash()
    {
        Acs3Call c = rpc();
        c.body = "a=1";
        c.contentType = "application/x-www-form-urlencoded";
        QCOMPARE(send(c).alibabaError(), QString());
        c.bodyOnWire = QByteArray("a=2");
        QCOMPARE(send(c).alibabaError(), QStringLiteral("SignatureDoesNotMatch"));
    }

    void nonceReuse()
    {
        Acs3Call c = rpc();
        c.nonce = "fixed-nonce-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(send(c).alibabaError(), QString());
        const RawReply again = send(c);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.alibabaError(), QStringLiteral("SignatureNonceUsed"));
    }

    void dateWindow_data()
    {
        QTest::addColumn<int>("skewSeconds");
        QTest::addColumn<QString>("code");
        QTest::newRow("20 min behind") << -20 * 60 << QStringLiteral("InvalidTimeStamp.Expired");
        QTest::newRow("20 min ahead") << 20 * 60 << QStringLiteral("InvalidTimeStamp.Expired");
        QTest::newRow("10 min behind") << -10 * 60 << QString();
    }
    void dateWindow()
    {
        QFETCH(int, skewSeconds);
        QFETCH(QString, code);
        Acs3Call c = rpc();
        c.date = QDateTime::currentDateTimeUtc().addSecs(skewSeconds);
        QCOMPARE(send(c).alibabaError(), code);
    }

    void securityToken()
    {
        Acs3Call c = rpc();
        c.accessKeyId = SandboxKeys::alibabaStsAccessKeyId;
        c.accessKeySecret = SandboxKeys::alibabaStsAccessKeySecret;
        QCOMPARE(send(c).alibabaError(), QStringLiteral("MissingSecurityToken"));
        c.token = SandboxKeys::alibabaSecurityToken;
        QCOMPARE(send(c).alibabaError(), QString());
        c.token = "forged";
        QCOMPARE(send(c).alibabaError(), QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"));
    }

    void missingAuthorizationAndParameter()
    {
        QUrl url = m_fixture->endpoint();
        url.setPath(QStringLiteral("/"));
        const RawReply bare
            = bb::test::sendRaw(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), "POST",
                                url, {{"x-acs-version", "2099-09-09"}, {"x-acs-action", "DescribeEcho"}});
        QCOMPARE(bare.status, 400);
        QCOMPARE(bare.alibabaError(), QStringLiteral("IncompleteSignature"));
        Acs3Call c = rpc();
        c.query = {};
        const RawReply missing = send(c);
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.alibabaError(), QStringLiteral("MissingParameter"));
        QVERIFY(
            missing.json.value(QStringLiteral("Message")).toString().contains(QStringLiteral("RegionId")));
    }

    void throttling()
    {
        QStringList codes;
        for (int i = 0; i < 4; ++i)
            codes.append(send(rpc("DescribeSlowly")).alibabaError());
        QCOMPARE(codes.at(0), QString());
        QVERIFY2(codes.mid(1).contains(QStringLiteral("Throttling.User")), qPrintable(codes.join(u',')));
        FaultPlan plan;
        plan.throttleNext = 1;
        m_fixture->sandbox().setFaults(plan);
        const RawReply throttled = send(rpc());
        QCOMPARE(throttled.status, 400);
        QCOMPARE(throttled.alibabaError(), QStringLiteral("Throttling.User"));
        // The retry hint in the form the SDKs parse: TimeLeft, the wait for the next token.
        QVERIFY2(throttled.header("x-ratelimit-user-api").contains("TimeLeft:"),
                 throttled.header("x-ratelimit-user-api").constData());
        const QByteArray hint = throttled.header("x-ratelimit-user-api");
        QVERIFY(hint.mid(hint.indexOf("TimeLeft:") + 9).toInt() > 0);
        QCOMPARE(send(rpc()).alibabaError(), QString());
    }

    void serverErrorAndMalformed()
    {
        FaultPlan plan;
        plan.serverErrorNext = 1;
        plan.malformedNext = 1;
        m_fixture->sandbox().setFaults(plan);
        const RawReply failed = send(rpc());
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.alibabaError(), QStringLiteral("ServiceUnavailable"));
        const RawReply cut = send(rpc());
        QCOMPARE(cut.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(cut.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QCOMPARE(send(rpc()).alibabaError(), QString());
    }
};

BB_TEST_GUILESS_MAIN(tst_AlibabaEmulator)
#include "tst_alibabaemulator.moc"
