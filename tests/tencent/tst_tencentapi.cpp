#include "providers/core/apiclient.h"
#include "providers/crypto/tc3signer.h"
#include "providers/tencent/redisservice.h"
#include "providers/tencent/sqlserverservice.h"
#include "providers/tencent/tencentapi.h"
#include "support/calloutcome.h"
#include "support/sandboxfixture.h"
#include "support/scriptedhttpserver.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace bb;
using bb::test::ScriptedHttpServer;

// Endpoint selection per site and override, and a whole signed call over a real socket, checked
// the way the cloud checks it (recompute the signature from what arrived).
class TestTencentApi : public QObject
{
    Q_OBJECT

private:
    static ServiceConfig config(Site site, const QUrl &override = QUrl(), ApiClient *client = nullptr)
    {
        ServiceConfig config;
        config.client = client;
        config.credentials = {QStringLiteral("AKIDexample"), QStringLiteral("secretExample"), QString()};
        config.site = site;
        config.endpointOverride = override;
        return config;
    }

    using Outcome = bb::test::CallOutcome;

    // One SQL Server DescribeDBInstances through the sandbox, waited for.
    static Outcome describeInstances(const ServiceConfig &config)
    {
        const TencentApi api(config, QStringLiteral("sqlserver"), QStringLiteral("2018-03-28"),
                             QStringLiteral("tencent-sqlserver"));
        std::unique_ptr<ApiCall> call(api.call(QStringLiteral("DescribeDBInstances"),
                                               QStringLiteral("ap-guangzhou"), QString(),
                                               QJsonObject {{QStringLiteral("Limit"), 10}}, 20));
        return bb::test::waitForCall(call.get());
    }

    std::unique_ptr<bb::test::SandboxFixture> m_sandbox;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProviderError>();
        m_sandbox = bb::test::SandboxFixture::started();
        QVERIFY(m_sandbox);
    }

    void cleanup() { m_sandbox->reset(); }

    // The sandbox checks TC3 the way the cloud does: these pass only if what was signed is
    // what went on the wire (Host with port, service from the product, UTC date).
    void sandboxAcceptsOurSignature_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("https") << true;
        QTest::newRow("http") << false;
    }

    void sandboxAcceptsOurSignature()
    {
        QFETCH(bool, tls);
        const Outcome outcome = describeInstances(m_sandbox->tencentConfig(tls));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QVERIFY(outcome.payload.contains(QStringLiteral("TotalCount")));
        QCOMPARE(outcome.attempts, 1);
    }

    void sandboxRejectsAWrongKey()
    {
        ServiceConfig config = m_sandbox->tencentConfig();
        config.credentials.secret += u'x';
        const Outcome outcome = describeInstances(config);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.code, QStringLiteral("AuthFailure.SignatureFailure"));
        QCOMPARE(outcome.error.kind, ProviderError::Kind::Auth);
        QCOMPARE(outcome.attempts, 1); // never retried
        QVERIFY(!outcome.error.requestId.isEmpty());
        QCOMPARE(outcome.error.action, QStringLiteral("DescribeDBInstances"));
    }

    void sandboxRejectsASkewedClock()
    {
        m_sandbox->client().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(600); });
        const Outcome outcome = describeInstances(m_sandbox->tencentConfig());
        QCOMPARE(outcome.error.code, QStringLiteral("AuthFailure.SignatureExpire"));
        QVERIFY(outcome.error.hint.contains(QStringLiteral("clock")));
        QCOMPARE(outcome.attempts, 1);
    }

    void sandboxFaultsAreRetried_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("throttled") << 0;
        QTest::newRow("server error") << 1;
        QTest::newRow("dropped connection") << 2;
    }

    void sandboxFaultsAreRetried()
    {
        QFETCH(int, fault);
        sandbox::FaultPlan plan;
        (fault == 0 ? plan.throttleNext : fault == 1 ? plan.serverErrorNext : plan.dropNext) = 1;
        m_sandbox->sandbox().setFaults(plan);
        const Outcome outcome = describeInstances(m_sandbox->tencentConfig());
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        // A connection dropped before any answer on a reused keep-alive connection is resent by
        // QNetworkAccessManager itself, below ApiClient: then one attempt is all we see.
        QVERIFY(fault == 2 || outcome.attempts >= 2);
    }

    void sandboxMalformedAnswerFails()
    {
        sandbox::FaultPlan plan;
        plan.malformedNext = 1;
        m_sandbox->sandbox().setFaults(plan);
        const Outcome outcome = describeInstances(m_sandbox->tencentConfig());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind, ProviderError::Kind::Malformed);
        QCOMPARE(outcome.attempts, 1);
    }

    void endpoints_data()
    {
        QTest::addColumn<int>("site");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("intl sqlserver")
            << int(Site::International) << QStringLiteral("sqlserver") << QString()
            << QStringLiteral("https://sqlserver.intl.tencentcloudapi.com/");
        QTest::newRow("intl redis") << int(Site::International) << QStringLiteral("redis") << QString()
                                    << QStringLiteral("https://redis.intl.tencentcloudapi.com/");
        QTest::newRow("mainland sqlserver") << int(Site::Mainland) << QStringLiteral("sqlserver") << QString()
                                            << QStringLiteral("https://sqlserver.tencentcloudapi.com/");
        QTest::newRow("mainland redis") << int(Site::Mainland) << QStringLiteral("redis") << QString()
                                        << QStringLiteral("https://redis.tencentcloudapi.com/");
        QTest::newRow("override http port")
            << int(Site::International) << QStringLiteral("sqlserver")
            << QStringLiteral("http://127.0.0.1:4567") << QStringLiteral("http://127.0.0.1:4567/");
        QTest::newRow("override keeps only scheme host port")
            << int(Site::Mainland) << QStringLiteral("redis")
            << QStringLiteral("https://proxy.example:8443/x?y=1")
            << QStringLiteral("https://proxy.example:8443/");
        QTest::newRow("override regional host")
            << int(Site::International) << QStringLiteral("sqlserver")
            << QStringLiteral("https://sqlserver.ap-guangzhou.tencentcloudapi.com")
            << QStringLiteral("https://sqlserver.ap-guangzhou.tencentcloudapi.com/");
    }

    void endpoints()
    {
        QFETCH(int, site);
        QFETCH(QString, service);
        QFETCH(QString, override);
        QFETCH(QString, endpoint);
        const TencentApi api(config(Site(site), QUrl(override)), service, QStringLiteral("2018-03-28"),
                             QStringLiteral("tencent-") + service);
        QCOMPARE(api.endpoint().toString(), endpoint);
        QCOMPARE(api.protocol()->service(), service);
    }

    void financialZonesUseTheirOwnHost()
    {
        const TencentApi api(config(Site::International), QStringLiteral("sqlserver"),
                             QStringLiteral("2018-03-28"), QStringLiteral("tencent-sqlserver"));
        QCOMPARE(api.endpointFor(QStringLiteral("ap-shanghai-fsi")).toString(),
                 QStringLiteral("https://sqlserver.ap-shanghai-fsi.tencentcloudapi.com/"));
        QCOMPARE(api.endpointFor(QStringLiteral("ap-guangzhou")).toString(),
                 QStringLiteral("https://sqlserver.intl.tencentcloudapi.com/"));
        QCOMPARE(api.request(QStringLiteral("DescribeBackups"), QStringLiteral("ap-shenzhen-fsi"), QString(),
                             {}, 60)
                     .url.host(),
                 QStringLiteral("sqlserver.ap-shenzhen-fsi.tencentcloudapi.com"));
        // An override still wins (the sandbox serves every region).
        const TencentApi local(config(Site::International, QUrl(QStringLiteral("http://127.0.0.1:9"))),
                               QStringLiteral("sqlserver"), QStringLiteral("2018-03-28"),
                               QStringLiteral("tencent-sqlserver"));
        QCOMPARE(local.endpointFor(QStringLiteral("ap-shanghai-fsi")).toString(),
                 QStringLiteral("http://127.0.0.1:9/"));
    }

    // The host table for every region either product lists, on both sites: the site's
    // nearest-region host (SDK GetServiceDomain: service + "." + RootDomain, RootDomain
    // "tencentcloudapi.com", or "intl.tencentcloudapi.com" on the international site), except the
    // isolated finance regions, which have their own regional host (docs/providers.md).
    void everyRegionsHost()
    {
        QStringList regions = TencentSqlServerService(config(Site::International)).knownRegions();
        regions += TencentRedisService(config(Site::International)).knownRegions();
        regions.removeDuplicates();
        QVERIFY(regions.size() >= 18);
        int finance = 0;
        for (const QString &service : {QStringLiteral("sqlserver"), QStringLiteral("redis")}) {
            for (const Site site : {Site::International, Site::Mainland}) {
                const TencentApi api(config(site), service, QStringLiteral("2018-03-28"),
                                     QStringLiteral("tencent-") + service);
                for (const QString &region : std::as_const(regions)) {
                    const bool isFinance = region == u"ap-shanghai-fsi" || region == u"ap-shenzhen-fsi";
                    finance += isFinance;
                    const QString expected = isFinance
                        ? service + u'.' + region + QStringLiteral(".tencentcloudapi.com")
                        : site == Site::International ? service + QStringLiteral(".intl.tencentcloudapi.com")
                                                      : service + QStringLiteral(".tencentcloudapi.com");
                    QCOMPARE(api.endpointFor(region).toString(),
                             QStringLiteral("https://") + expected + u'/');
                    QCOMPARE(api.request(QStringLiteral("DescribeBackups"), region, {}, {}, 20).region,
                             region);
                }
            }
        }
        QCOMPARE(finance, 2 * 2 * 2); // both finance regions, for both products on both sites
    }

    void requestShape()
    {
        const TencentApi api(config(Site::International, QUrl(QStringLiteral("http://127.0.0.1:9"))),
                             QStringLiteral("sqlserver"), QStringLiteral("2018-03-28"),
                             QStringLiteral("tencent-sqlserver"));
        QJsonObject params;
        params[QStringLiteral("InstanceId")] = QStringLiteral("mssql-1a2b3c4d");
        params[QStringLiteral("Limit")] = 100;
        const ApiRequest request
            = api.request(QStringLiteral("DescribeBackups"), QStringLiteral("ap-guangzhou"),
                          QStringLiteral("mssql-1a2b3c4d"), params, 60);
        QCOMPARE(request.body, QByteArray(R"({"InstanceId":"mssql-1a2b3c4d","Limit":100})"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.contentType, QByteArray("application/json; charset=utf-8"));
        QCOMPARE(request.product, QStringLiteral("tencent-sqlserver"));
        QCOMPARE(request.action, QStringLiteral("DescribeBackups"));
        QCOMPARE(request.region, QStringLiteral("ap-guangzhou"));
        QCOMPARE(request.instanceId, QStringLiteral("mssql-1a2b3c4d"));
        QCOMPARE(request.ratePerSecond, 60.0);
        QVERIFY(request.rateKey.startsWith(QStringLiteral("tencent-sqlserver/DescribeBackups")));
    }

    void signedCallOverOverriddenEndpoint()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedHttpServer::Response::json(
            200, R"({"Response":{"TotalCount":0,"Backups":[],"RequestId":"e2e-1"}})"));
        QNetworkAccessManager network;
        ApiClient client(&network);
        const TencentApi api(config(Site::International, server.url(), &client), QStringLiteral("sqlserver"),
                             QStringLiteral("2018-03-28"), QStringLiteral("tencent-sqlserver"));
        QJsonObject params;
        params[QStringLiteral("InstanceId")] = QStringLiteral("mssql-1a2b3c4d");
        params[QStringLiteral("DBs")] = QJsonArray {QStringLiteral("名字")};
        std::unique_ptr<ApiCall> call(api.call(QStringLiteral("DescribeBackups"),
                                               QStringLiteral("ap-guangzhou"),
                                               QStringLiteral("mssql-1a2b3c4d"), params, 60));
        QSignalSpy finished(call.get(), &ApiCall::finished);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("e2e-1"));

        QCOMPARE(server.requests().size(), 1);
        const auto &got = server.requests().first();
        QCOMPARE(got.target, QByteArray("/"));
        QCOMPARE(got.header("host"), QByteArray("127.0.0.1:") + QByteArray::number(server.url().port()));
        QCOMPARE(got.header("x-tc-action"), QByteArray("DescribeBackups"));
        QCOMPARE(got.header("x-tc-version"), QByteArray("2018-03-28"));
        QCOMPARE(got.header("x-tc-region"), QByteArray("ap-guangzhou"));
        QCOMPARE(got.header("content-type"), QByteArray("application/json; charset=utf-8"));

        // Verify as the cloud would: the service comes from the scope, the rest from the wire.
        static const QRegularExpression pattern(QStringLiteral(
            R"(^TC3-HMAC-SHA256 Credential=AKIDexample/(\d{4}-\d{2}-\d{2})/sqlserver/tc3_request, SignedHeaders=([a-z;-]+), Signature=([0-9a-f]{64})$)"));
        const auto match = pattern.match(QString::fromLatin1(got.header("authorization")));
        QVERIFY2(match.hasMatch(), got.header("authorization").constData());
        Tc3Input input;
        input.secretId = "AKIDexample";
        input.secretKey = "secretExample";
        input.service = "sqlserver";
        input.timestamp = got.header("x-tc-timestamp").toLongLong();
        for (const QString &name : match.captured(2).split(u';'))
            input.signedHeaders.append({name.toLatin1(), got.header(name.toLatin1())});
        input.payload = got.body;
        QCOMPARE(signTc3(input).signature, match.captured(3).toLatin1());
        QVERIFY(qAbs(input.timestamp - QDateTime::currentSecsSinceEpoch()) < 60);
    }
};

BB_TEST_GUILESS_MAIN(TestTencentApi)
#include "tst_tencentapi.moc"
