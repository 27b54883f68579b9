#include "providers/alibaba/acs3protocol.h"
#include "providers/crypto/digest.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace bb;

static const QByteArray emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

// ACS3 signing of whole requests (the published RPC vector and an ROA one) and the RPC error
// bodies and StarRocks envelopes, fed the seed examples and hostile variants.
class TestAcs3Protocol : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture(const QString &name)
    {
        QFile file(QStringLiteral(BB_SEEDS_DIR "/") + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QByteArray errorBody(const QString &code)
    {
        QJsonObject object;
        object[QStringLiteral("RequestId")] = QStringLiteral("rid-7");
        object[QStringLiteral("HostId")] = QStringLiteral("rds.aliyuncs.com");
        object[QStringLiteral("Code")] = code;
        object[QStringLiteral("Message")] = QStringLiteral("Something happened.");
        return QJsonDocument(object).toJson();
    }
    static const Acs3Protocol &rpc()
    {
        static const Acs3Protocol protocol({}, QStringLiteral("2014-08-15"), Acs3Protocol::Style::Rpc);
        return protocol;
    }
    static const Acs3Protocol &roa()
    {
        static const Acs3Protocol protocol({}, QStringLiteral("2022-10-19"), Acs3Protocol::Style::Roa);
        return protocol;
    }

private slots:
    void signReproducesThePublishedVector()
    {
        Acs3Protocol protocol(
            {QStringLiteral("YourAccessKeyId"), QStringLiteral("YourAccessKeySecret"), QString()},
            QStringLiteral("2014-05-26"), Acs3Protocol::Style::Rpc);
        protocol.setNonceSource([] { return QByteArray("3156853299f313e23d1673dc12e1703d"); });
        ApiRequest api;
        api.action = QStringLiteral("RunInstances");
        api.url = QUrl(QStringLiteral(
            "https://ecs.cn-shanghai.aliyuncs.com/"
            "?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai"));
        QNetworkRequest request(api.url);
        protocol.sign(request, api, QDateTime(QDate(2023, 10, 26), QTime(10, 22, 32), Qt::UTC));
        QCOMPARE(request.rawHeader("Authorization"),
                 QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                            "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                            "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
        QCOMPARE(request.rawHeader("host"), QByteArray("ecs.cn-shanghai.aliyuncs.com"));
        QCOMPARE(request.rawHeader("x-acs-date"), QByteArray("2023-10-26T10:22:32Z"));
        QCOMPARE(request.rawHeader("x-acs-content-sha256"), emptyHash);
        QCOMPARE(request.rawHeader("x-acs-version"), QByteArray("2014-05-26"));
        QVERIFY(!request.hasRawHeader("content-type")); // no body, nothing to type
        QVERIFY(!request.hasRawHeader("x-acs-security-token"));
    }

    void signRoaStarRocks()
    {
        // The values recomputed with Python's hashlib/hmac (see tst_acs3signer).
        Acs3Protocol protocol(
            {QStringLiteral("YourAccessKeyId"), QStringLiteral("YourAccessKeySecret"), QString()},
            QStringLiteral("2022-10-19"), Acs3Protocol::Style::Roa);
        protocol.setNonceSource([] { return QByteArray("0b4d5c3a-6e7f-4a1b-9c2d-3e4f5a6b7c8d"); });
        ApiRequest api;
        api.action = QStringLiteral("DescribeBackups");
        api.url
            = QUrl(QStringLiteral("https://starrocks.cn-hangzhou.aliyuncs.com/webapi/backup/manage/describe"
                                  "?RegionId=cn-hangzhou&InstanceId=c-b1f2e3d4a5c6&PageNumber=1&PageSize=10"
                                  "&Statuses=COMPLETED"));
        QNetworkRequest request(api.url);
        protocol.sign(request, api, QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
        QVERIFY(request.rawHeader("Authorization")
                    .endsWith("Signature=c8c987685103065a4366c7431ae42af7d54c81d254fc2777a2b434f626dd4aa0"));
    }

    // The two independently computed vectors of tst_acs3signer, reproduced through the protocol:
    // the headers it chooses to send and sign are the SDK's.
    void signRoaJsonBodyVector()
    {
        Acs3Protocol protocol(
            {QStringLiteral("YourAccessKeyId"), QStringLiteral("YourAccessKeySecret"), QString()},
            QStringLiteral("2022-10-19"), Acs3Protocol::Style::Roa);
        protocol.setNonceSource([] { return QByteArray("7f3c2a1b9d8e4f605a4b3c2d1e0f9a8b"); });
        ApiRequest api;
        api.action = QStringLiteral("UpdateBackup");
        api.url = QUrl(QStringLiteral(
            "https://starrocks.cn-hangzhou.aliyuncs.com/webapi/backup/manage/update?RegionId=cn-hangzhou"));
        // QJsonDocument writes keys sorted, as the vector's body has them.
        api.body = QJsonDocument(
                       QJsonObject {{QStringLiteral("description"), QStringLiteral("kept for the audit")},
                                    {QStringLiteral("backupTaskId"), QStringLiteral("bt-0123456789ab")}})
                       .toJson(QJsonDocument::Compact);
        api.contentType = "application/json; charset=utf-8";
        QNetworkRequest request(api.url);
        protocol.sign(request, api, QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
        QCOMPARE(request.rawHeader("x-acs-content-sha256"),
                 QByteArray("675d516cbe53a8d4733eb94426d2a0c3821b7cb95a02c33972661e09b4c7f46d"));
        QCOMPARE(
            request.rawHeader("Authorization"),
            QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=content-type;host;"
                       "x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                       "Signature=2ebfe3b5c9eb61984ee1b29a20d9bf890321a9cbc98ffa59e4d7315e9bc24554"));
    }

    void signRpcStsTokenVector()
    {
        Acs3Protocol protocol({QStringLiteral("STS.NTestKeyId"), QStringLiteral("TestKeySecret"),
                               QStringLiteral("CAIS+test/token==")},
                              QStringLiteral("2014-08-15"), Acs3Protocol::Style::Rpc);
        protocol.setNonceSource([] { return QByteArray("1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f"); });
        ApiRequest api;
        api.action = QStringLiteral("DescribeBackups");
        api.url = QUrl(
            QStringLiteral("https://rds.aliyuncs.com/?RegionId=cn-hangzhou&DBInstanceId=rm-uf6wjk5xxxxxxx"
                           "&BackupId=321020562&PageSize=30&PageNumber=1"));
        QNetworkRequest request(api.url);
        protocol.sign(request, api, QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
        QCOMPARE(request.rawHeader("x-acs-accesskey-id"), QByteArray("STS.NTestKeyId"));
        QCOMPARE(request.rawHeader("x-acs-security-token"), QByteArray("CAIS+test/token=="));
        QCOMPARE(
            request.rawHeader("Authorization"),
            QByteArray("ACS3-HMAC-SHA256 Credential=STS.NTestKeyId,SignedHeaders=host;x-acs-accesskey-id;"
                       "x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;"
                       "x-acs-signature-nonce;x-acs-version,"
                       "Signature=53a1225b2b688ba49f832c83b573bce6e8ec75968fbaec9a351b1251355b56c8"));
    }

    void bodyTokenAndNonce()
    {
        const Acs3Protocol protocol(
            {QStringLiteral("id"), QStringLiteral("secret"), QStringLiteral("sts-token")},
            QStringLiteral("2022-10-19"), Acs3Protocol::Style::Roa);
        ApiRequest api;
        api.action = QStringLiteral("AddBackupPolicy");
        api.url = QUrl(
            QStringLiteral("https://starrocks.cn-hangzhou.aliyuncs.com/webapi/backupRestore/policy/add"));
        api.body = R"({"InstanceId":"c-1"})";
        api.contentType = "application/json";
        QSet<QByteArray> nonces;
        for (int i = 0; i < 20; ++i) {
            QNetworkRequest request(api.url);
            protocol.sign(request, api, QDateTime::currentDateTimeUtc());
            nonces.insert(request.rawHeader("x-acs-signature-nonce"));
            QCOMPARE(request.rawHeader("content-type"), QByteArray("application/json"));
            QCOMPARE(request.rawHeader("x-acs-security-token"), QByteArray("sts-token"));
            // As darabonba-openapi's CallApi does with a token: the key id beside it, signed.
            QCOMPARE(request.rawHeader("x-acs-accesskey-id"), QByteArray("id"));
            QCOMPARE(request.rawHeader("x-acs-content-sha256"), digest::sha256Hex(api.body));
            const QByteArray authorization = request.rawHeader("Authorization");
            QVERIFY(authorization.contains(
                "SignedHeaders=content-type;host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;"
                "x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,"));
        }
        QCOMPARE(nonces.size(), 20);
    }

    void throttlingHintFromRateLimitHeaders()
    {
        QCOMPARE(Acs3Protocol::timeLeft("Limit:100,Remain:0,TimeLeft:750,Reset:1700000000"), qint64(750));
        QCOMPARE(Acs3Protocol::timeLeft(" TimeLeft : 20 "), qint64(20));
        QCOMPARE(Acs3Protocol::timeLeft("Limit:100,Remain:3"), qint64(-1));
        QCOMPARE(Acs3Protocol::timeLeft("TimeLeft:soon"), qint64(-1));
        QCOMPARE(Acs3Protocol::timeLeft("TimeLeft:-5"), qint64(-1));
        // The larger of the two headers, whatever their case; nothing without them.
        QCOMPARE(roa().retryAfterMs({{"X-RateLimit-User-Api", "Limit:20,Remain:0,TimeLeft:50"},
                                     {"x-ratelimit-user", "Limit:500,Remain:0,TimeLeft:900"},
                                     {"x-acs-request-id", "TimeLeft:99999"}}),
                 qint64(900));
        QCOMPARE(rpc().retryAfterMs({{"x-acs-request-id", "1"}}), qint64(-1));
    }

    void dateFormat()
    {
        QCOMPARE(Acs3Protocol::formatDate(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)),
                 QByteArray("2026-01-02T03:04:05Z"));
        // A local time is converted, never printed as if it were UTC.
        const QDateTime beijing(QDate(2026, 1, 2), QTime(11, 4, 5), Qt::OffsetFromUTC, 8 * 3600);
        QCOMPARE(Acs3Protocol::formatDate(beijing), QByteArray("2026-01-02T03:04:05Z"));
    }

    void queryPairsDecode()
    {
        QUrl url(QStringLiteral("https://h/"));
        url.setQuery(QStringLiteral("B=a%20b&A=x%2Ay&C=%E4%B8%AD&D=&E"), QUrl::StrictMode);
        const auto pairs = Acs3Protocol::queryPairs(url);
        QCOMPARE(pairs.size(), 5);
        QCOMPARE(pairs[0], (QPair<QByteArray, QByteArray>("B", "a b")));
        QCOMPARE(pairs[1], (QPair<QByteArray, QByteArray>("A", "x*y")));
        QCOMPARE(pairs[2].second, QStringLiteral("中").toUtf8());
        QCOMPARE(pairs[3], (QPair<QByteArray, QByteArray>("D", "")));
        QCOMPARE(pairs[4], (QPair<QByteArray, QByteArray>("E", "")));
    }

    void rpcSuccessFromTheSeed()
    {
        const ApiResult result
            = rpc().interpret(200, fixture(QStringLiteral("alibaba-rds/describebackups.json")));
        QVERIFY(!result.error.isError());
        QCOMPARE(result.requestId, QStringLiteral("1A6D328C-84B8-40DC-BF49-6C73984D7494"));
        QVERIFY(result.payload.value(QStringLiteral("Items")).isObject());
    }

    void rpcErrorFromTheSeedKeepsRecommend()
    {
        const ApiResult result
            = rpc().interpret(403, fixture(QStringLiteral("alibaba-rds/error-incorrectstate.json")));
        QCOMPARE(result.error.kind, ProviderError::Kind::Provider);
        QCOMPARE(result.error.code, QStringLiteral("IncorrectDBInstanceState"));
        QCOMPARE(result.error.requestId, QStringLiteral("7B2C0A15-96E0-4C4B-A1F4-3D5A3C3BF7B1"));
        QCOMPARE(result.error.httpStatus, 403);
        QVERIFY(!result.error.retryable);
        QVERIFY(result.error.hint.contains(
            QStringLiteral("https://api.aliyun.com/troubleshoot?q=IncorrectDBInstanceState&product=Rds")));
    }

    void rpcErrorCodes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("hintPart");
        using K = ProviderError::Kind;
        QTest::newRow("throttling") << 400 << QStringLiteral("Throttling") << int(K::Throttled) << true
                                    << QString();
        QTest::newRow("throttling user")
            << 400 << QStringLiteral("Throttling.User") << int(K::Throttled) << true << QString();
        QTest::newRow("throttling api")
            << 503 << QStringLiteral("Throttling.Api") << int(K::Throttled) << true << QString();
        QTest::newRow("unavailable") << 503 << QStringLiteral("ServiceUnavailable") << int(K::Provider)
                                     << true << QString();
        QTest::newRow("internal") << 500 << QStringLiteral("InternalError") << int(K::Provider) << true
                                  << QString();
        QTest::newRow("rds proxy") << 500 << QStringLiteral("InvokeProxyFailure") << int(K::Provider) << true
                                   << QString();
        QTest::newRow("signature") << 400 << QStringLiteral("SignatureDoesNotMatch") << int(K::Auth) << false
                                   << QStringLiteral("secret is wrong");
        QTest::newRow("incomplete") << 400 << QStringLiteral("IncompleteSignature") << int(K::Auth) << false
                                    << QStringLiteral("secret");
        QTest::newRow("clock") << 400 << QStringLiteral("InvalidTimeStamp.Expired") << int(K::Auth) << false
                               << QStringLiteral("15 minutes");
        QTest::newRow("nonce") << 400 << QStringLiteral("SignatureNonceUsed") << int(K::Auth) << false
                               << QStringLiteral("nonce");
        QTest::newRow("key not found") << 404 << QStringLiteral("InvalidAccessKeyId.NotFound") << int(K::Auth)
                                       << false << QStringLiteral("does not exist");
        QTest::newRow("key inactive") << 400 << QStringLiteral("InvalidAccessKeyId.Inactive") << int(K::Auth)
                                      << false << QStringLiteral("disabled");
        QTest::newRow("token expired") << 400 << QStringLiteral("InvalidSecurityToken.Expired")
                                       << int(K::Auth) << false << QStringLiteral("STS");
        QTest::newRow("token missing") << 400 << QStringLiteral("MissingSecurityToken") << int(K::Auth)
                                       << false << QStringLiteral("STS");
        QTest::newRow("ram") << 403 << QStringLiteral("Forbidden.RAM") << int(K::Auth) << false
                             << QStringLiteral("RAM permission for DescribeBackups");
        QTest::newRow("bad parameter")
            << 400 << QStringLiteral("InvalidParameter") << int(K::Provider) << false << QString();
        QTest::newRow("not found") << 404 << QStringLiteral("InvalidDBInstance.NotFound") << int(K::Provider)
                                   << false << QString();
        QTest::newRow("throttling look-alike")
            << 400 << QStringLiteral("ThrottlingX") << int(K::Provider) << false << QString();
    }

    void rpcErrorCodes()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        QFETCH(QString, hintPart);
        ApiRequest api;
        api.action = QStringLiteral("DescribeBackups");
        const ApiResult result = rpc().interpretFor(api, status, errorBody(code));
        QCOMPARE(int(result.error.kind), kind);
        QCOMPARE(result.error.retryable, retryable);
        QCOMPARE(result.error.code, code);
        QCOMPARE(result.error.message, QStringLiteral("Something happened."));
        QCOMPARE(result.error.requestId, QStringLiteral("rid-7"));
        QCOMPARE(result.error.httpStatus, status);
        if (!hintPart.isEmpty())
            QVERIFY2(result.error.hint.contains(hintPart), qPrintable(result.error.hint));
    }

    void rpcHostileBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        using K = ProviderError::Kind;
        QTest::newRow("empty 200") << 200 << QByteArray() << int(K::Malformed) << false;
        QTest::newRow("array 200") << 200 << QByteArray("[1,2]") << int(K::Malformed) << false;
        QTest::newRow("truncated 200")
            << 200 << QByteArray(R"({"Items":{"Backup":[{)") << int(K::Malformed) << false;
        QTest::newRow("deep nesting") << 200 << QByteArray(100000, '{') << int(K::Malformed) << false;
        QTest::newRow("xml 400") << 400 << QByteArray("<Error><Code>X</Code></Error>") << int(K::Network)
                                 << false;
        QTest::newRow("html 502") << 502 << QByteArray("<html>Bad Gateway</html>") << int(K::Network) << true;
        QTest::newRow("empty 503") << 503 << QByteArray() << int(K::Network) << true;
        QTest::newRow("json without code 500")
            << 500 << QByteArray(R"({"RequestId":"r"})") << int(K::Network) << true;
        QTest::newRow("code not a string")
            << 400 << QByteArray(R"({"Code":{"x":1},"Message":"m"})") << int(K::Provider) << false;
    }

    void rpcHostileBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        const ApiResult result = rpc().interpret(status, body);
        QCOMPARE(int(result.error.kind), kind);
        QCOMPARE(result.error.retryable, retryable);
        QCOMPARE(result.error.httpStatus, status);
        QVERIFY(result.payload.isEmpty());
        QVERIFY(!result.error.message.isEmpty());
    }

    void starRocksContradictorySeedIsASuccess()
    {
        // Success false, ErrCode "Success", an error message and data: the data wins.
        const ApiResult result
            = roa().interpret(200, fixture(QStringLiteral("alibaba-starrocks/describebackups.json")));
        QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
        QCOMPARE(result.requestId, QStringLiteral("32A44F0D-BFF6-5664-999A-218BBDE7****"));
        QVERIFY(result.payload.value(QStringLiteral("Data")).isArray());
    }

    void starRocksEnvelopes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("seed error at 400")
            << 400 << fixture(QStringLiteral("alibaba-starrocks/error-envelope.json")) << false
            << QStringLiteral("InvalidParam") << false;
        QTest::newRow("seed error at 200")
            << 200 << fixture(QStringLiteral("alibaba-starrocks/error-envelope.json")) << false
            << QStringLiteral("InvalidParam") << false;
        QTest::newRow("seed update") << 200 << fixture(QStringLiteral("alibaba-starrocks/updatebackup.json"))
                                     << true << QString() << false;
        QTest::newRow("success true")
            << 200 << QByteArray(R"({"Success":true,"Data":[]})") << true << QString() << false;
        QTest::newRow("success true, data false")
            << 200 << QByteArray(R"({"Success":true,"Data":false})") << true << QString() << false;
        QTest::newRow("business error on 200")
            << 200
            << QByteArray(
                   R"({"HttpStatusCode":200,"Success":false,"ErrCode":"InstanceNotFound","ErrMessage":"no"})")
            << false << QStringLiteral("InstanceNotFound") << false;
        QTest::newRow("success code without data")
            << 200 << QByteArray(R"({"Success":false,"ErrCode":"Success","ErrMessage":"x","Data":null})")
            << false << QString() << false;
        QTest::newRow("numeric 200 code with data")
            << 200 << QByteArray(R"({"Success":false,"ErrCode":200,"Data":{"a":1}})") << true << QString()
            << false;
        QTest::newRow("body says 500")
            << 200 << QByteArray(R"({"HttpStatusCode":500,"Success":false,"ErrCode":"InternalError"})")
            << false << QStringLiteral("InternalError") << true;
        QTest::newRow("body says 500, success true")
            << 200 << QByteArray(R"({"HttpStatusCode":500,"Success":true,"Data":[]})") << false << QString()
            << true;
        QTest::newRow("plain roa answer")
            << 200 << QByteArray(R"({"RequestId":"r","Total":0})") << true << QString() << false;
        QTest::newRow("rpc-style throttling")
            << 400 << QByteArray(R"({"Code":"Throttling.User","Message":"slow"})") << false
            << QStringLiteral("Throttling.User") << true;
        QTest::newRow("ram denied") << 403 << QByteArray(R"({"Success":false,"ErrCode":"Forbidden.RAM"})")
                                    << false << QStringLiteral("Forbidden.RAM") << false;
        QTest::newRow("gateway html") << 504 << QByteArray("<html></html>") << false << QString() << true;
        QTest::newRow("not json on 200") << 200 << QByteArray("Success") << false << QString() << false;
        QTest::newRow("array on 200") << 200 << QByteArray("[]") << false << QString() << false;
    }

    void starRocksEnvelopes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        QVERIFY(!body.isEmpty());
        const ApiResult result = roa().interpret(status, body);
        QCOMPARE(!result.error.isError(), ok);
        if (ok) {
            QVERIFY(!result.payload.isEmpty());
            return;
        }
        QCOMPARE(result.error.code, code);
        QCOMPARE(result.error.retryable, retryable);
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(result.payload.isEmpty());
    }

    void starRocksErrorCarriesMessageAndRequestId()
    {
        const ApiResult result
            = roa().interpret(400, fixture(QStringLiteral("alibaba-starrocks/error-envelope.json")));
        QCOMPARE(result.error.message, QStringLiteral("Invalid params: [instance not exists].\n"));
        QCOMPARE(result.error.requestId, QStringLiteral("A4B7D9E2-0C3F-5E61-8A9B-1C2D3E4F5A6B"));
        QCOMPARE(result.error.httpStatus, 400);
    }

    void randomBodiesNeverPassAsSuccessfulGarbage()
    {
        // Mutations of the seeds: whatever comes back, an answer is either a JSON object payload
        // or an error with a message, never a crash or an empty success.
        const QByteArray seeds[] = {fixture(QStringLiteral("alibaba-rds/describebackups.json")),
                                    fixture(QStringLiteral("alibaba-starrocks/describebackups.json"))};
        QRandomGenerator rng(7);
        for (int i = 0; i < 2000; ++i) {
            QByteArray body = seeds[i % 2];
            for (int m = 0, n = int(rng.bounded(1, 8)); m < n; ++m) {
                const qsizetype at = qsizetype(rng.bounded(quint32(body.size())));
                body[at] = char(rng.bounded(256));
            }
            if (i % 5 == 0)
                body.truncate(qsizetype(rng.bounded(quint32(body.size()))));
            for (const Acs3Protocol *protocol : {&rpc(), &roa()}) {
                const ApiResult result = protocol->interpret(i % 7 == 0 ? 500 : 200, body);
                QVERIFY(result.error.isError() || !result.payload.isEmpty());
                QVERIFY(!result.error.isError() || !result.error.message.isEmpty());
            }
        }
    }
};

BB_TEST_GUILESS_MAIN(TestAcs3Protocol)
#include "tst_acs3protocol.moc"
