#include "providers/accounts/vendorcredentials.h"
#include "support/testmain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QProcessEnvironment env(std::initializer_list<std::pair<const char *, const char *>> values)
{
    QProcessEnvironment environment;
    for (const auto &[key, value] : values)
        environment.insert(QString::fromLatin1(key), QString::fromLatin1(value));
    return environment;
}

const QByteArray tencentFile = "# written by hand\n"
                               "[default]\n"
                               "secret_id = AKIDfileDefault1234\n"
                               "secret_key = fileDefaultKey\n"
                               "\n"
                               "[other]\n"
                               "secret_id=AKIDother5678\n"
                               "secret_key=\"otherKey\"\n"
                               "token = otherToken\n";

const QByteArray aliyunConfig = R"({
  "current": "work",
  "profiles": [
    {"name": "default", "mode": "AK", "access_key_id": "LTAIdefault0001", "access_key_secret": "defSecret",
     "sts_token": "ignored-in-ak-mode", "region_id": "cn-hangzhou"},
    {"name": "work", "mode": "StsToken", "access_key_id": "STS.work0002", "access_key_secret": "workSecret",
     "sts_token": "workToken", "region_id": "ap-southeast-1"},
    {"name": "role", "mode": "RamRoleArn", "access_key_id": "LTAIrole0003", "access_key_secret": "roleSecret"}
  ],
  "meta_path": ""
})";

} // namespace

class tst_VendorCredentials : public QObject
{
    Q_OBJECT

private slots:
    void tencentEnvironmentFirst()
    {
        QTemporaryDir home;
        writeFile(home.filePath(QStringLiteral(".tencentcloud/credentials")), tencentFile);
        const VendorProfile found = VendorCredentials::find(Cloud::Tencent,
                                                            env({{"TENCENTCLOUD_SECRET_ID", "AKIDenv"},
                                                                 {"TENCENTCLOUD_SECRET_KEY", "envKey"},
                                                                 {"TENCENTCLOUD_SESSION_TOKEN", "envToken"}}),
                                                            home.path());
        QCOMPARE(found.credentials.id, QStringLiteral("AKIDenv"));
        QCOMPARE(found.credentials.secret, QStringLiteral("envKey"));
        QCOMPARE(found.credentials.token, QStringLiteral("envToken"));
        QCOMPARE(found.source, QStringLiteral("environment"));
    }

    void tencentDefaultSection()
    {
        QTemporaryDir home;
        writeFile(home.filePath(QStringLiteral(".tencentcloud/credentials")), tencentFile);
        // Half-set environment is not used.
        const VendorProfile found = VendorCredentials::find(
            Cloud::Tencent, env({{"TENCENTCLOUD_SECRET_ID", "AKIDonly"}}), home.path());
        QCOMPARE(found.credentials.id, QStringLiteral("AKIDfileDefault1234"));
        QCOMPARE(found.credentials.secret, QStringLiteral("fileDefaultKey"));
        QVERIFY(found.credentials.token.isEmpty());
        QCOMPARE(found.profile, QStringLiteral("default"));
    }

    void tccliFallback()
    {
        QTemporaryDir home;
        writeFile(home.filePath(QStringLiteral(".tccli/default.credential")),
                  R"({"secretId": "AKIDtccli", "secretKey": "tccliKey"})");
        writeFile(home.filePath(QStringLiteral(".tccli/default.configure")),
                  R"({"sysParam": {"region": "ap-singapore", "output": "json"}})");
        const VendorProfile found = VendorCredentials::find(Cloud::Tencent, {}, home.path());
        QCOMPARE(found.credentials.id, QStringLiteral("AKIDtccli"));
        QCOMPARE(found.credentials.secret, QStringLiteral("tccliKey"));
        QCOMPARE(found.region, QStringLiteral("ap-singapore"));
    }

    void tencentNothing()
    {
        QTemporaryDir home;
        QString error;
        const VendorProfile found = VendorCredentials::find(Cloud::Tencent, {}, home.path(), &error);
        QVERIFY(!found.credentials.isValid());
        QVERIFY(error.contains(QLatin1String("TENCENTCLOUD_SECRET_ID")));
    }

    void alibabaEnvironment()
    {
        QTemporaryDir home;
        writeFile(home.filePath(QStringLiteral(".aliyun/config.json")), aliyunConfig);
        const VendorProfile found
            = VendorCredentials::find(Cloud::Alibaba,
                                      env({{"ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv"},
                                           {"ALIBABA_CLOUD_ACCESS_KEY_SECRET", "envSecret"}}),
                                      home.path());
        QCOMPARE(found.credentials.id, QStringLiteral("LTAIenv"));
        QCOMPARE(found.credentials.secret, QStringLiteral("envSecret"));
        QVERIFY(found.credentials.token.isEmpty());
    }

    void alibabaCurrentProfile()
    {
        QTemporaryDir home;
        writeFile(home.filePath(QStringLiteral(".aliyun/config.json")), aliyunConfig);
        const VendorProfile found = VendorCredentials::find(Cloud::Alibaba, {}, home.path());
        QCOMPARE(found.profile, QStringLiteral("work"));
        QCOMPARE(found.credentials.id, QStringLiteral("STS.work0002"));
        QCOMPARE(found.credentials.token, QStringLiteral("workToken"));
        QCOMPARE(found.region, QStringLiteral("ap-southeast-1"));
    }

    void alibabaProfileFromEnvironment()
    {
        QTemporaryDir home;
        writeFile(home.filePath(QStringLiteral(".aliyun/config.json")), aliyunConfig);
        const VendorProfile found = VendorCredentials::find(
            Cloud::Alibaba, env({{"ALIBABA_CLOUD_PROFILE", "default"}}), home.path());
        QCOMPARE(found.credentials.id, QStringLiteral("LTAIdefault0001"));
        QVERIFY(found.credentials.token.isEmpty()); // AK mode ignores sts_token

        QString error;
        const VendorProfile role = VendorCredentials::find(
            Cloud::Alibaba, env({{"ALIBABA_CLOUD_PROFILE", "role"}}), home.path(), &error);
        QVERIFY(!role.credentials.isValid());
        QVERIFY2(error.contains(QLatin1String("RamRoleArn")), qPrintable(error));
    }

    void alibabaMalformedFile()
    {
        QTemporaryDir home;
        writeFile(home.filePath(QStringLiteral(".aliyun/config.json")), "{ not json");
        QString error;
        QVERIFY(!VendorCredentials::find(Cloud::Alibaba, {}, home.path(), &error).credentials.isValid());
        QVERIFY(error.contains(QLatin1String("config.json")));
    }

    void importableLists()
    {
        QTemporaryDir home;
        writeFile(home.filePath(QStringLiteral(".tencentcloud/credentials")), tencentFile);
        writeFile(home.filePath(QStringLiteral(".tccli/default.credential")),
                  R"({"secretId": "AKIDtccli", "secretKey": "tccliKey"})");
        writeFile(home.filePath(QStringLiteral(".aliyun/config.json")), aliyunConfig);
        const QList<VendorProfile> all = VendorCredentials::importable(
            env({{"TENCENTCLOUD_SECRET_ID", "AKIDenv12345678"}, {"TENCENTCLOUD_SECRET_KEY", "envKey"}}),
            home.path());
        QStringList ids;
        for (const VendorProfile &profile : all) {
            ids.append(profile.credentials.id);
            // The description never shows a secret, nor the whole key id.
            QVERIFY(!profile.description().contains(profile.credentials.secret));
            QVERIFY(!profile.description().contains(profile.credentials.id));
        }
        QCOMPARE(ids,
                 (QStringList {QStringLiteral("AKIDenv12345678"), QStringLiteral("AKIDfileDefault1234"),
                               QStringLiteral("AKIDother5678"), QStringLiteral("AKIDtccli"),
                               QStringLiteral("LTAIdefault0001"), QStringLiteral("STS.work0002")}));
    }

    void maskKeyId()
    {
        QCOMPARE(VendorCredentials::maskKeyId(QStringLiteral("AKIDabcdefgh1234")),
                 QStringLiteral("AKID…1234"));
        QCOMPARE(VendorCredentials::maskKeyId(QStringLiteral("short")), QStringLiteral("*****"));
    }
};

BB_TEST_GUILESS_MAIN(tst_VendorCredentials)
#include "tst_vendorcredentials.moc"
