#include "providers/tencent/tc3protocol.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTest>

using namespace bb;

static const QByteArray vectorBody
    = R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";

// TC3 signing of whole requests (published vector C) and the envelope/error interpretation,
// fed the seed examples and hostile bodies.
class TestTc3Protocol : public QObject
{
    Q_OBJECT

private:
    static ApiRequest vectorRequest()
    {
        ApiRequest api;
        api.product = QStringLiteral("tencent-cvm");
        api.action = QStringLiteral("DescribeInstances");
        api.region = QStringLiteral("ap-guangzhou");
        api.url = QUrl(QStringLiteral("https://cvm.tencentcloudapi.com/"));
        api.body = vectorBody;
        api.contentType = "application/json; charset=utf-8";
        return api;
    }
    static QDateTime vectorTime() { return QDateTime::fromSecsSinceEpoch(1551113065, Qt::UTC); }
    static Credentials vectorCredentials()
    {
        return {QStringLiteral("AKID") + QString(32, u'*'), QString(32, u'*'), QString()};
    }

private slots:
    void signReproducesVectorC()
    {
        const Tc3Protocol protocol(vectorCredentials(), QStringLiteral("cvm"), QStringLiteral("2017-03-12"));
        QNetworkRequest request(vectorRequest().url);
        protocol.sign(request, vectorRequest(), vectorTime());
        QCOMPARE(request.rawHeader("Authorization"),
                 QByteArray("TC3-HMAC-SHA256 Credential=AKID********************************/2019-02-25/cvm/"
                            "tc3_request, SignedHeaders=content-type;host;x-tc-action, "
                            "Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"));
        QCOMPARE(request.rawHeader("Host"), QByteArray("cvm.tencentcloudapi.com"));
        QCOMPARE(request.rawHeader("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(request.rawHeader("X-TC-Action"), QByteArray("DescribeInstances"));
        QCOMPARE(request.rawHeader("X-TC-Version"), QByteArray("2017-03-12"));
        QCOMPARE(request.rawHeader("X-TC-Timestamp"), QByteArray("1551113065"));
        QCOMPARE(request.rawHeader("X-TC-Region"), QByteArray("ap-guangzhou"));
        QVERIFY(!request.hasRawHeader("X-TC-Token"));
    }

    void tokenAndRegionOnlyWhenPresent()
    {
        Credentials credentials = vectorCredentials();
        credentials.token = QStringLiteral("sts-token");
        const Tc3Protocol protocol(credentials, QStringLiteral("cvm"), QStringLiteral("2017-03-12"));
        ApiRequest api = vectorRequest();
        api.region.clear();
        QNetworkRequest request(api.url);
        protocol.sign(request, api, vectorTime());
        QCOMPARE(request.rawHeader("X-TC-Token"), QByteArray("sts-token"));
        QVERIFY(!request.hasRawHeader("X-TC-Region"));
        // The token is not signed (it is not one of the signed headers), so the signature stays.
        QVERIFY(request.rawHeader("Authorization")
                    .endsWith("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"));
    }

    void serviceComesFromTheProductNotTheHost()
    {
        const Tc3Protocol protocol(vectorCredentials(), QStringLiteral("sqlserver"),
                                   QStringLiteral("2018-03-28"));
        ApiRequest api = vectorRequest();
        api.url = QUrl(QStringLiteral("http://127.0.0.1:40123/"));
        QNetworkRequest request(api.url);
        protocol.sign(request, api, vectorTime());
        QVERIFY(request.rawHeader("Authorization").contains("/2019-02-25/sqlserver/tc3_request"));
        QCOMPARE(request.rawHeader("Host"), QByteArray("127.0.0.1:40123"));
    }

    void reSigningMovesWithTheClock()
    {
        const Tc3Protocol protocol(vectorCredentials(), QStringLiteral("cvm"), QStringLiteral("2017-03-12"));
        QNetworkRequest first(vectorRequest().url);
        QNetworkRequest second(vectorRequest().url);
        protocol.sign(first, vectorRequest(), vectorTime());
        protocol.sign(second, vectorRequest(), vectorTime().addSecs(1));
        QVERIFY(first.rawHeader("Authorization") != second.rawHeader("Authorization"));
        QCOMPARE(second.rawHeader("X-TC-Timestamp"), QByteArray("1551113066"));
    }

    void successEnvelopeFromTheSeed()
    {
        QFile file(QStringLiteral(BB_SEEDS_DIR "/tencent-sqlserver/createbackup.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Tc3Protocol protocol({}, QStringLiteral("sqlserver"), QStringLiteral("2018-03-28"));
        const ApiResult result = protocol.interpret(200, file.readAll());
        QVERIFY(!result.error.isError());
        QCOMPARE(result.requestId, QStringLiteral("4be5990d-a4b5-49dc-b2b4-e713b6aa7ba3"));
        QCOMPARE(result.payload.value(QStringLiteral("FlowId")).toInt(), 5293);
    }

    void errorCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("hintPart");
        using K = ProviderError::Kind;
        QTest::newRow("throttled") << QStringLiteral("RequestLimitExceeded") << int(K::Throttled) << true
                                   << QString();
        QTest::newRow("throttled uin") << QStringLiteral("RequestLimitExceeded.UinLimitExceeded")
                                       << int(K::Throttled) << true << QString();
        QTest::newRow("throttled global")
            << QStringLiteral("RequestLimitExceeded.GlobalRegionUinLimitExceeded") << int(K::Throttled)
            << true << QString();
        QTest::newRow("throttled ip") << QStringLiteral("RequestLimitExceeded.IPLimitExceeded")
                                      << int(K::Throttled) << true << QString();
        QTest::newRow("internal") << QStringLiteral("InternalError") << int(K::Provider) << true << QString();
        QTest::newRow("internal cos")
            << QStringLiteral("InternalError.CosError") << int(K::Provider) << true << QString();
        QTest::newRow("unavailable") << QStringLiteral("ServiceUnavailable") << int(K::Provider) << true
                                     << QString();
        QTest::newRow("redis system")
            << QStringLiteral("FailedOperation.SystemError") << int(K::Provider) << true << QString();
        QTest::newRow("db error") << QStringLiteral("FailedOperation.DBError") << int(K::Provider) << false
                                  << QString();
        QTest::newRow("signature") << QStringLiteral("AuthFailure.SignatureFailure") << int(K::Auth) << false
                                   << QStringLiteral("SecretKey");
        QTest::newRow("expired") << QStringLiteral("AuthFailure.SignatureExpire") << int(K::Auth) << false
                                 << QStringLiteral("clock is more than 5 minutes off");
        QTest::newRow("secret id") << QStringLiteral("AuthFailure.SecretIdNotFound") << int(K::Auth) << false
                                   << QStringLiteral("SecretId");
        QTest::newRow("invalid secret id") << QStringLiteral("AuthFailure.InvalidSecretId") << int(K::Auth)
                                           << false << QStringLiteral("SecretId");
        QTest::newRow("token") << QStringLiteral("AuthFailure.TokenFailure") << int(K::Auth) << false
                               << QStringLiteral("temporary token");
        QTest::newRow("cam") << QStringLiteral("UnauthorizedOperation") << int(K::Auth) << false
                             << QStringLiteral("CAM permission for DescribeBackups");
        QTest::newRow("cam redis") << QStringLiteral("UnauthorizedOperation.NoCAMAuthed") << int(K::Auth)
                                   << false << QStringLiteral("CAM permission for DescribeBackups");
        QTest::newRow("cam auth") << QStringLiteral("AuthFailure.UnauthorizedOperation") << int(K::Auth)
                                  << false << QStringLiteral("CAM permission for DescribeBackups");
        QTest::newRow("other auth") << QStringLiteral("AuthFailure.Whatever") << int(K::Auth) << false
                                    << QStringLiteral("credentials");
        QTest::newRow("bad parameter")
            << QStringLiteral("InvalidParameter") << int(K::Provider) << false << QString();
        QTest::newRow("not found") << QStringLiteral("ResourceNotFound.InstanceNotFound") << int(K::Provider)
                                   << false << QString();
        QTest::newRow("prefix is not a family")
            << QStringLiteral("InternalErrorish") << int(K::Provider) << false << QString();
    }

    void errorCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        QFETCH(QString, hintPart);
        QJsonObject error;
        error[QStringLiteral("Code")] = code;
        error[QStringLiteral("Message")] = QStringLiteral("Something happened.");
        QJsonObject response;
        response[QStringLiteral("Error")] = error;
        response[QStringLiteral("RequestId")] = QStringLiteral("rid-1");
        QJsonObject envelope;
        envelope[QStringLiteral("Response")] = response;
        const QByteArray body = QJsonDocument(envelope).toJson();
        const Tc3Protocol protocol({}, QStringLiteral("sqlserver"), QStringLiteral("2018-03-28"));
        ApiRequest api;
        api.action = QStringLiteral("DescribeBackups");
        const ApiResult result = protocol.interpretFor(api, 200, body);
        QCOMPARE(int(result.error.kind), kind);
        QCOMPARE(result.error.retryable, retryable);
        QCOMPARE(result.error.code, code);
        QCOMPARE(result.error.message, QStringLiteral("Something happened."));
        QCOMPARE(result.error.requestId, QStringLiteral("rid-1"));
        QCOMPARE(result.requestId, QStringLiteral("rid-1"));
        QCOMPARE(result.error.httpStatus, 200);
        if (!hintPart.isEmpty())
            QVERIFY2(result.error.hint.contains(hintPart), qPrintable(result.error.hint));
    }

    void hostileBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        using K = ProviderError::Kind;
        QTest::newRow("empty") << 200 << QByteArray() << int(K::Malformed) << false;
        QTest::newRow("null") << 200 << QByteArray("null") << int(K::Malformed) << false;
        QTest::newRow("array") << 200 << QByteArray("[]") << int(K::Malformed) << false;
        QTest::newRow("no response") << 200 << QByteArray("{}") << int(K::Malformed) << false;
        QTest::newRow("response null")
            << 200 << QByteArray(R"({"Response":null})") << int(K::Malformed) << false;
        QTest::newRow("response array")
            << 200 << QByteArray(R"({"Response":[1]})") << int(K::Malformed) << false;
        QTest::newRow("response string")
            << 200 << QByteArray(R"({"Response":"ok"})") << int(K::Malformed) << false;
        QTest::newRow("error string")
            << 200 << QByteArray(R"({"Response":{"Error":"boom"}})") << int(K::Malformed) << false;
        QTest::newRow("truncated") << 200 << QByteArray(R"({"Response":{"RequestId":"x","Backups":[{)")
                                   << int(K::Malformed) << false;
        QTest::newRow("deep nesting") << 200 << QByteArray(100000, '[') << int(K::Malformed) << false;
        QTest::newRow("binary") << 200 << QByteArray("\xff\xfe\x00\x01garbage", 11) << int(K::Malformed)
                                << false;
        QTest::newRow("html 502") << 502 << QByteArray("<html>Bad Gateway</html>") << int(K::Network) << true;
        QTest::newRow("503 empty") << 503 << QByteArray() << int(K::Network) << true;
        QTest::newRow("404") << 404 << QByteArray("not here") << int(K::Network) << false;
        QTest::newRow("429") << 429 << QByteArray() << int(K::Throttled) << true;
        QTest::newRow("error code not a string")
            << 200 << QByteArray(R"({"Response":{"Error":{"Code":5}}})") << int(K::Provider) << false;
        QTest::newRow("error on 500")
            << 500 << QByteArray(R"({"Response":{"Error":{"Code":"AuthFailure.SignatureFailure"}}})")
            << int(K::Auth) << false;
    }

    void hostileBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        const Tc3Protocol protocol({}, QStringLiteral("redis"), QStringLiteral("2018-04-12"));
        const ApiResult result = protocol.interpret(status, body);
        QCOMPARE(int(result.error.kind), kind);
        QCOMPARE(result.error.retryable, retryable);
        QCOMPARE(result.error.httpStatus, status);
        QVERIFY(result.payload.isEmpty());
        QVERIFY(!result.error.message.isEmpty() || !result.error.code.isEmpty()
                || kind == int(ProviderError::Kind::Provider));
    }

    void randomBodiesNeverPassAsSuccessfulGarbage()
    {
        // Mutations of a seed: whatever comes back, an answer is either the Response object or
        // an error, never a crash.
        QFile file(QStringLiteral(BB_SEEDS_DIR "/tencent-sqlserver/describebackups.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray seed = file.readAll();
        const Tc3Protocol protocol({}, QStringLiteral("redis"), QStringLiteral("2018-04-12"));
        QRandomGenerator rng(7);
        for (int i = 0; i < 2000; ++i) {
            QByteArray body = seed;
            for (int m = 0, n = int(rng.bounded(1, 8)); m < n; ++m) {
                const qsizetype at = qsizetype(rng.bounded(quint32(body.size())));
                body[at] = char(rng.bounded(256));
            }
            if (i % 5 == 0)
                body.truncate(qsizetype(rng.bounded(quint32(body.size()))));
            const ApiResult result = protocol.interpret(i % 7 == 0 ? 502 : 200, body);
            QVERIFY(result.error.isError() || !result.payload.isEmpty());
            QVERIFY(!result.error.isError() || !result.error.message.isEmpty()
                    || !result.error.code.isEmpty());
        }
    }
};

BB_TEST_GUILESS_MAIN(TestTc3Protocol)
#include "tst_tc3protocol.moc"
