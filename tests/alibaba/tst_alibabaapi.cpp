#include "providers/alibaba/alibabaapi.h"
#include "providers/core/apiclient.h"
#include "providers/crypto/acs3signer.h"
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

// Endpoint selection, request shapes, parameter flattening, and whole signed RPC and ROA calls
// over a real socket, checked the way the cloud checks them.
class TestAlibabaApi : public QObject
{
    Q_OBJECT

private:
    static ServiceConfig config(const QUrl &override = QUrl(), ApiClient *client = nullptr)
    {
        ServiceConfig config;
        config.client = client;
        config.credentials = {QStringLiteral("LTAIexample"), QStringLiteral("secretExample"), QString()};
        config.endpointOverride = override;
        return config;
    }

    // Recomputes the signature of a received request from its wire form alone.
    static void verifySignature(const ScriptedHttpServer::Request &got, const QByteArray &expectedUri)
    {
        static const QRegularExpression pattern(QStringLiteral(
            R"(^ACS3-HMAC-SHA256 Credential=LTAIexample,SignedHeaders=([a-z0-9;-]+),Signature=([0-9a-f]{64})$)"));
        const auto match = pattern.match(QString::fromLatin1(got.header("authorization")));
        QVERIFY2(match.hasMatch(), got.header("authorization").constData());
        const qsizetype question = got.target.indexOf('?');
        Acs3Input input;
        input.accessKeyId = "LTAIexample";
        input.accessKeySecret = "secretExample";
        input.method = got.method;
        input.canonicalUri = question < 0 ? got.target : got.target.left(question);
        QCOMPARE(input.canonicalUri, expectedUri);
        if (question >= 0) {
            for (const QByteArray &item : got.target.mid(question + 1).split('&')) {
                const qsizetype equals = item.indexOf('=');
                input.query.append({QByteArray::fromPercentEncoding(item.left(equals)),
                                    QByteArray::fromPercentEncoding(item.mid(equals + 1))});
            }
        }
        for (const QString &name : match.captured(1).split(u';'))
            input.signedHeaders.append({name.toLatin1(), got.header(name.toLatin1())});
        input.hashedPayload = got.header("x-acs-content-sha256");
        QCOMPARE(input.hashedPayload, QCryptographicHash::hash(got.body, QCryptographicHash::Sha256).toHex());
        QCOMPARE(signAcs3(input).signature, match.captured(2).toLatin1());
    }

    using Outcome = bb::test::CallOutcome;

    // One instance listing through the sandbox (RDS over RPC or StarRocks over ROA), waited for.
    static Outcome listInstances(const ServiceConfig &config, bool starRocks)
    {
        const AlibabaApi api(config, starRocks ? AlibabaApi::Product::StarRocks : AlibabaApi::Product::Rds,
                             starRocks ? QStringLiteral("alibaba-starrocks") : QStringLiteral("alibaba-rds"));
        const QueryParams region = {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                                    {QStringLiteral("PageSize"), QStringLiteral("30")}};
        std::unique_ptr<ApiCall> call(
            starRocks ? api.roa("POST", QStringLiteral("/webapi/starrocks/describeInstances"),
                                QStringLiteral("DescribeInstances"), QStringLiteral("cn-hangzhou"), QString(),
                                region, std::nullopt, 20)
                      : api.rpc(QStringLiteral("DescribeDBInstances"), QStringLiteral("cn-hangzhou"),
                                QString(), region, 200));
        return bb::test::waitForCall(call.get());
    }

    std::unique_ptr<bb::test::SandboxFixture> m_sandbox;

    static void productRows()
    {
        QTest::addColumn<bool>("starRocks");
        QTest::addColumn<bool>("tls");
        QTest::newRow("rds https") << false << true;
        QTest::newRow("rds http") << false << false;
        QTest::newRow("starrocks https") << true << true;
        QTest::newRow("starrocks http") << true << false;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProviderError>();
        m_sandbox = bb::test::SandboxFixture::started();
        QVERIFY(m_sandbox);
    }

    void cleanup() { m_sandbox->reset(); }

    // The sandbox checks ACS3 the way the cloud does (signature, nonce, date window).
    void sandboxAcceptsOurSignature_data() { productRows(); }
    void sandboxAcceptsOurSignature()
    {
        QFETCH(bool, starRocks);
        QFETCH(bool, tls);
        const Outcome outcome = listInstances(m_sandbox->alibabaConfig(tls), starRocks);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QVERIFY(!outcome.payload.value(QStringLiteral("RequestId")).toString().isEmpty());
        QCOMPARE(outcome.attempts, 1);
    }

    void sandboxRejectsAWrongSecret_data() { productRows(); }
    void sandboxRejectsAWrongSecret()
    {
        QFETCH(bool, starRocks);
        QFETCH(bool, tls);
        ServiceConfig config = m_sandbox->alibabaConfig(tls);
        config.credentials.secret += u'x';
        const Outcome outcome = listInstances(config, starRocks);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.code, QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(outcome.error.kind, ProviderError::Kind::Auth);
        QCOMPARE(outcome.attempts, 1);
    }

    void sandboxRejectsASkewedClock()
    {
        m_sandbox->client().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-20 * 60); });
        const Outcome outcome = listInstances(m_sandbox->alibabaConfig(), false);
        QCOMPARE(outcome.error.code, QStringLiteral("InvalidTimeStamp.Expired"));
        QVERIFY(outcome.error.hint.contains(QStringLiteral("15 minutes")));
        QCOMPARE(outcome.attempts, 1);
    }

    void sandboxThrottlingIsRetried_data() { productRows(); }
    void sandboxThrottlingIsRetried()
    {
        QFETCH(bool, starRocks);
        QFETCH(bool, tls);
        sandbox::FaultPlan plan;
        plan.throttleNext = 1;
        plan.serverErrorNext = 1;
        m_sandbox->sandbox().setFaults(plan);
        const Outcome outcome = listInstances(m_sandbox->alibabaConfig(tls), starRocks);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.attempts, 3);
    }

    void endpoints_data()
    {
        QTest::addColumn<int>("product");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("endpoint");
        const int rds = int(AlibabaApi::Product::Rds);
        const int starRocks = int(AlibabaApi::Product::StarRocks);
        QTest::newRow("rds hangzhou central") << rds << QStringLiteral("cn-hangzhou") << QString()
                                              << QStringLiteral("https://rds.aliyuncs.com/");
        QTest::newRow("rds singapore central") << rds << QStringLiteral("ap-southeast-1") << QString()
                                               << QStringLiteral("https://rds.aliyuncs.com/");
        QTest::newRow("rds heyuan central")
            << rds << QStringLiteral("cn-heyuan") << QString() << QStringLiteral("https://rds.aliyuncs.com/");
        QTest::newRow("rds finance central") << rds << QStringLiteral("cn-shanghai-finance-1") << QString()
                                             << QStringLiteral("https://rds.aliyuncs.com/");
        // The one RDS region the SDK's table sends to a host of its own.
        QTest::newRow("rds hangzhou finance own host")
            << rds << QStringLiteral("cn-hangzhou-finance") << QString()
            << QStringLiteral("https://rds-vpc.cn-hangzhou-finance.aliyuncs.com/");
        QTest::newRow("rds frankfurt regional") << rds << QStringLiteral("eu-central-1") << QString()
                                                << QStringLiteral("https://rds.eu-central-1.aliyuncs.com/");
        QTest::newRow("rds tokyo regional") << rds << QStringLiteral("ap-northeast-1") << QString()
                                            << QStringLiteral("https://rds.ap-northeast-1.aliyuncs.com/");
        QTest::newRow("rds zhangjiakou regional")
            << rds << QStringLiteral("cn-zhangjiakou") << QString()
            << QStringLiteral("https://rds.cn-zhangjiakou.aliyuncs.com/");
        QTest::newRow("starrocks hangzhou") << starRocks << QStringLiteral("cn-hangzhou") << QString()
                                            << QStringLiteral("https://starrocks.cn-hangzhou.aliyuncs.com/");
        QTest::newRow("starrocks singapore")
            << starRocks << QStringLiteral("ap-southeast-1") << QString()
            << QStringLiteral("https://starrocks.ap-southeast-1.aliyuncs.com/");
        QTest::newRow("override") << rds << QStringLiteral("eu-central-1")
                                  << QStringLiteral("http://127.0.0.1:4567")
                                  << QStringLiteral("http://127.0.0.1:4567/");
        QTest::newRow("override keeps only scheme host port")
            << starRocks << QStringLiteral("cn-hangzhou")
            << QStringLiteral("https://proxy.example:8443/x?y=1")
            << QStringLiteral("https://proxy.example:8443/");
    }

    void endpoints()
    {
        QFETCH(int, product);
        QFETCH(QString, region);
        QFETCH(QString, override);
        QFETCH(QString, endpoint);
        const AlibabaApi api(config(QUrl(override)), AlibabaApi::Product(product),
                             QStringLiteral("alibaba-x"));
        QCOMPARE(api.endpoint(region).toString(), endpoint);
    }

    // The SDKs' tables, entry by entry (alibabacloud-go rds-20140815 and starrocks-20221019
    // client.go, EndpointMap): 45 RDS regions, all central but cn-hangzhou-finance; 13 StarRocks
    // regions, all regional. Regions outside the tables follow the SDKs' "regional" rule.
    void sdkEndpointTables()
    {
        const QStringList rds = AlibabaApi::mappedRegions(AlibabaApi::Product::Rds);
        QCOMPARE(rds.size(), 45);
        for (const QString &region : rds) {
            const QString expected = region == QLatin1String("cn-hangzhou-finance")
                ? QStringLiteral("rds-vpc.cn-hangzhou-finance.aliyuncs.com")
                : QStringLiteral("rds.aliyuncs.com");
            QCOMPARE(AlibabaApi::host(AlibabaApi::Product::Rds, region), expected);
        }
        for (const char *central :
             {"cn-qingdao", "cn-beijing", "cn-hangzhou", "cn-shanghai", "cn-shenzhen", "cn-heyuan",
              "cn-hongkong", "ap-southeast-1", "us-west-1", "us-east-1", "cn-shanghai-finance-1",
              "cn-shenzhen-finance-1", "cn-north-2-gov-1", "ap-northeast-2-pop", "cn-beijing-finance-1",
              "cn-wuhan", "eu-west-1-oxs"})
            QVERIFY2(rds.contains(QLatin1String(central)), central);
        QCOMPARE(AlibabaApi::host(AlibabaApi::Product::Rds, QStringLiteral("ap-south-1")),
                 QStringLiteral("rds.ap-south-1.aliyuncs.com"));

        const QStringList starRocks = AlibabaApi::mappedRegions(AlibabaApi::Product::StarRocks);
        QCOMPARE(starRocks.size(), 13);
        for (const QString &region : starRocks)
            QCOMPARE(AlibabaApi::host(AlibabaApi::Product::StarRocks, region),
                     QStringLiteral("starrocks.%1.aliyuncs.com").arg(region));
        QVERIFY(starRocks.contains(QStringLiteral("eu-central-1")));
        QVERIFY(starRocks.contains(QStringLiteral("ap-southeast-5")));
    }

    void protocolsPerProduct()
    {
        const AlibabaApi rds(config(), AlibabaApi::Product::Rds, QStringLiteral("alibaba-rds"));
        QCOMPARE(rds.protocol()->style(), Acs3Protocol::Style::Rpc);
        QCOMPARE(rds.protocol()->version(), QStringLiteral("2014-08-15"));
        const AlibabaApi starRocks(config(), AlibabaApi::Product::StarRocks,
                                   QStringLiteral("alibaba-starrocks"));
        QCOMPARE(starRocks.protocol()->style(), Acs3Protocol::Style::Roa);
        QCOMPARE(starRocks.protocol()->version(), QStringLiteral("2022-10-19"));
    }

    void rpcRequestShape()
    {
        const AlibabaApi api(config(), AlibabaApi::Product::Rds, QStringLiteral("alibaba-rds"));
        const ApiRequest request = api.rpcRequest(
            QStringLiteral("DescribeBackups"), QStringLiteral("cn-hangzhou"), QStringLiteral("rm-1"),
            {{QStringLiteral("DBInstanceId"), QStringLiteral("rm-1")},
             {QStringLiteral("StartTime"), QStringLiteral("2026-11-01T00:00Z")},
             {QStringLiteral("Odd"), QStringLiteral("a b*c~d+e/f")}},
            200);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url.path(), QStringLiteral("/"));
        QVERIFY(request.body.isEmpty());
        QCOMPARE(request.url.query(QUrl::FullyEncoded),
                 QStringLiteral("RegionId=cn-hangzhou&DBInstanceId=rm-1&StartTime=2026-11-01T00%3A00Z&"
                                "Odd=a%20b%2Ac~d%2Be%2Ff"));
        // QUrl sends it as built: the server decodes exactly the values that were signed.
        QVERIFY(request.url.toEncoded().endsWith("Odd=a%20b%2Ac~d%2Be%2Ff"));
        const auto pairs = Acs3Protocol::queryPairs(request.url);
        QCOMPARE(pairs.last().second, QByteArray("a b*c~d+e/f"));
        QCOMPARE(request.product, QStringLiteral("alibaba-rds"));
        QCOMPARE(request.instanceId, QStringLiteral("rm-1"));
        QCOMPARE(request.ratePerSecond, 200.0);

        // A RegionId given by the caller is not doubled.
        const ApiRequest own
            = api.rpcRequest(QStringLiteral("DescribeDBInstances"), QStringLiteral("cn-hangzhou"), QString(),
                             {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")}}, 200);
        QCOMPARE(own.url.query(QUrl::FullyEncoded), QStringLiteral("RegionId=cn-hangzhou"));
    }

    void roaRequestShape()
    {
        const AlibabaApi api(config(), AlibabaApi::Product::StarRocks, QStringLiteral("alibaba-starrocks"));
        const ApiRequest describe = api.roaRequest(
            "POST", QStringLiteral("/webapi/backup/manage/describe"), QStringLiteral("DescribeBackups"),
            QStringLiteral("cn-hangzhou"), QStringLiteral("c-1"),
            {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
             {QStringLiteral("InstanceId"), QStringLiteral("c-1")}},
            std::nullopt, 10);
        QCOMPARE(describe.url.toString(),
                 QStringLiteral("https://starrocks.cn-hangzhou.aliyuncs.com/webapi/backup/"
                                "manage/describe?RegionId=cn-hangzhou&InstanceId=c-1"));
        QVERIFY(describe.body.isEmpty());
        QVERIFY(describe.contentType.isEmpty());

        QJsonObject body;
        body[QStringLiteral("InstanceId")] = QStringLiteral("c-1");
        body[QStringLiteral("RecurrenceValues")] = QJsonArray {1, 3};
        const ApiRequest add = api.roaRequest(
            "POST", QStringLiteral("/webapi/backupRestore/policy/add"), QStringLiteral("AddBackupPolicy"),
            QStringLiteral("cn-hangzhou"), QStringLiteral("c-1"), {}, body, 10);
        QCOMPARE(add.body, QByteArray(R"({"InstanceId":"c-1","RecurrenceValues":[1,3]})"));
        QCOMPARE(add.contentType, QByteArray("application/json; charset=utf-8"));
        QVERIFY(!add.url.hasQuery());
    }

    void flatten()
    {
        const QueryParams list = AlibabaApi::flatten(QStringLiteral("DBName"),
                                                     QStringList {QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(list,
                 (QueryParams {{QStringLiteral("DBName.1"), QStringLiteral("a")},
                               {QStringLiteral("DBName.2"), QStringLiteral("b")}}));
        QVERIFY(AlibabaApi::flatten(QStringLiteral("X"), QStringList()).isEmpty());

        QJsonObject tag;
        tag[QStringLiteral("Key")] = QStringLiteral("env");
        tag[QStringLiteral("Value")] = QStringLiteral("prod");
        const QueryParams nested = AlibabaApi::flatten(QStringLiteral("Tag"), QJsonArray {tag, true, 5});
        QCOMPARE(nested,
                 (QueryParams {{QStringLiteral("Tag.1.Key"), QStringLiteral("env")},
                               {QStringLiteral("Tag.1.Value"), QStringLiteral("prod")},
                               {QStringLiteral("Tag.2"), QStringLiteral("true")},
                               {QStringLiteral("Tag.3"), QStringLiteral("5")}}));
    }

    // The gateway's x-ratelimit-* TimeLeft is honoured: a short one is waited out and the call
    // retried; one longer than ApiClient::Options::maxRetryHintMs ends the call, saying how long
    // the server asked for.
    void throttlingHintFromTheGateway()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        auto throttled = [](const QByteArray &timeLeft) {
            ScriptedHttpServer::Response r = ScriptedHttpServer::Response::json(
                400,
                R"({"RequestId":"t-1","Code":"Throttling.User","Message":"Request was denied due to user flow control."})");
            r.headers.append({"x-ratelimit-user-api", "Limit:20,Remain:0,TimeLeft:" + timeLeft});
            return r;
        };
        server.enqueue(throttled("30"));
        server.enqueue(ScriptedHttpServer::Response::json(200, R"({"RequestId":"ok-1"})"));
        server.enqueue(throttled("90000"));
        QNetworkAccessManager network;
        ApiClient client(&network);
        ApiClient::Options options = client.options();
        options.backoffBaseMs = 1;
        options.backoffMaxMs = 2;
        client.setOptions(options);
        const AlibabaApi api(config(server.url(), &client), AlibabaApi::Product::Rds,
                             QStringLiteral("alibaba-rds"));
        const QueryParams params {{QStringLiteral("DBInstanceId"), QStringLiteral("rm-1")}};

        std::unique_ptr<ApiCall> retried(api.rpc(QStringLiteral("DescribeBackups"),
                                                 QStringLiteral("cn-hangzhou"), QStringLiteral("rm-1"),
                                                 params, 200));
        QSignalSpy finished(retried.get(), &ApiCall::finished);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(retried->attempts(), 2);

        std::unique_ptr<ApiCall> refused(api.rpc(QStringLiteral("DescribeBackups"),
                                                 QStringLiteral("cn-hangzhou"), QStringLiteral("rm-1"),
                                                 params, 200));
        QSignalSpy failed(refused.get(), &ApiCall::failed);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(refused->attempts(), 1);
        const ProviderError error = failed.at(0).at(0).value<ProviderError>();
        QCOMPARE(error.code, QStringLiteral("Throttling.User"));
        QCOMPARE(int(error.kind), int(ProviderError::Kind::Throttled));
        QVERIFY2(error.hint.contains(QLatin1String("asked to wait 90 s")), qPrintable(error.hint));
        QCOMPARE(server.requests().size(), 3);
    }

    void signedRpcCallOverOverriddenEndpoint()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(
            ScriptedHttpServer::Response::json(200, R"({"RequestId":"rpc-1","Items":{"Backup":[]}})"));
        QNetworkAccessManager network;
        ApiClient client(&network);
        const AlibabaApi api(config(server.url(), &client), AlibabaApi::Product::Rds,
                             QStringLiteral("alibaba-rds"));
        std::unique_ptr<ApiCall> call(api.rpc(QStringLiteral("DescribeBackups"),
                                              QStringLiteral("eu-central-1"), QStringLiteral("rm-1"),
                                              {{QStringLiteral("DBInstanceId"), QStringLiteral("rm-1")},
                                               {QStringLiteral("Note"), QStringLiteral("a b*c~中")}},
                                              200));
        QSignalSpy finished(call.get(), &ApiCall::finished);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("rpc-1"));
        QCOMPARE(server.requests().size(), 1);
        const auto &got = server.requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.header("x-acs-action"), QByteArray("DescribeBackups"));
        QCOMPARE(got.header("x-acs-version"), QByteArray("2014-08-15"));
        QCOMPARE(got.header("host"), QByteArray("127.0.0.1:") + QByteArray::number(server.url().port()));
        verifySignature(got, "/");
    }

    void signedRoaCallWithBody()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(
            ScriptedHttpServer::Response::json(200, R"({"RequestId":"roa-1","Success":true,"Data":true})"));
        QNetworkAccessManager network;
        ApiClient client(&network);
        const AlibabaApi api(config(server.url(), &client), AlibabaApi::Product::StarRocks,
                             QStringLiteral("alibaba-starrocks"));
        QJsonObject body;
        body[QStringLiteral("InstanceId")] = QStringLiteral("c-1");
        std::unique_ptr<ApiCall> call(
            api.roa("POST", QStringLiteral("/webapi/backupRestore/policy/add"),
                    QStringLiteral("AddBackupPolicy"), QStringLiteral("cn-hangzhou"), QStringLiteral("c-1"),
                    {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")}}, body, 10));
        QSignalSpy finished(call.get(), &ApiCall::finished);
        QTRY_COMPARE(finished.count(), 1);
        const auto &got = server.requests().first();
        QCOMPARE(got.body, QByteArray(R"({"InstanceId":"c-1"})"));
        QCOMPARE(got.header("content-type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(got.header("x-acs-version"), QByteArray("2022-10-19"));
        verifySignature(got, "/webapi/backupRestore/policy/add");
    }
};

BB_TEST_GUILESS_MAIN(TestAlibabaApi)
#include "tst_alibabaapi.moc"
