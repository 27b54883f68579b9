// The Redis emulator's own rules, with raw TC3-signed requests (the service never sends the bad
// ones): row offsets must be multiples of Limit, windows at most 30 days, Limit bounds, status
// filter, documented error codes, per-shard URLs valid 6 hours, and the task state machine.
#include "sandbox/tencentredisemulator.h"
#include "support/jsonshape.h"
#include "support/sandboxfixture.h"
#include "support/signedrequest.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace bb;

namespace {

using Emulator = sandbox::TencentRedisEmulator;

QJsonObject fixture(const char *name)
{
    QFile file(QStringLiteral(BB_SEEDS_DIR "/tencent-redis/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray beijing(const QDateTime &utc)
{
    return utc.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1();
}

} // namespace

class TestTencentRedisEmulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowOffsets();
    void offsetNotMultipleOfLimit();
    void limitBounds();
    void windowOverThirtyDays();
    void statusFilter();
    void documentedErrorCodes();
    void urlsPerShardValidSixHours();
    void taskStateMachine();
    void regionIsolation();
    void shapesMatchThePublishedExamples();
    void detailBackupTypeAsTheSeedSays();

private:
    test::RawReply call(const QByteArray &action, const QJsonObject &params,
                        const QByteArray &region = "ap-guangzhou");
    Emulator::RedisInstance busy() const;
    Emulator::RedisInstance cluster() const;

    std::unique_ptr<test::SandboxFixture> m_fixture;
};

void TestTencentRedisEmulator::initTestCase()
{
    sandbox::Sandbox::Options options;
    options.createDurationMs = 600;
    m_fixture = std::make_unique<test::SandboxFixture>(options);
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

test::RawReply TestTencentRedisEmulator::call(const QByteArray &action, const QJsonObject &params,
                                              const QByteArray &region)
{
    test::Tc3Call request;
    request.endpoint = m_fixture->endpoint(true);
    request.service = "redis";
    request.version = "2018-04-12";
    request.action = action;
    request.region = region;
    request.body = QJsonDocument(params).toJson(QJsonDocument::Compact);
    return test::sendTc3(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), request);
}

Emulator::RedisInstance TestTencentRedisEmulator::busy() const
{
    for (const Emulator::RedisInstance &instance : m_fixture->sandbox().redis().instances()) {
        if (instance.name == QLatin1String("sandbox-redis-busy"))
            return instance;
    }
    return {};
}

Emulator::RedisInstance TestTencentRedisEmulator::cluster() const
{
    for (const Emulator::RedisInstance &instance : m_fixture->sandbox().redis().instances()) {
        if (instance.shardNum > 1)
            return instance;
    }
    return {};
}

void TestTencentRedisEmulator::rowOffsets()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject params {{QStringLiteral("InstanceId"), busy().id},
                        {QStringLiteral("BeginTime"), QString::fromLatin1(beijing(now.addDays(-30)))},
                        {QStringLiteral("EndTime"), QString::fromLatin1(beijing(now))},
                        {QStringLiteral("Limit"), 50}};
    QStringList ids;
    qint64 total = -1;
    for (int offset = 0; total < 0 || offset < total; offset += 50) {
        params[QStringLiteral("Offset")] = offset;
        const test::RawReply reply = call("DescribeInstanceBackups", params);
        QCOMPARE(reply.tencentError(), QString());
        const QJsonObject response = reply.json.value(QStringLiteral("Response")).toObject();
        total = response.value(QStringLiteral("TotalCount")).toInteger();
        const QJsonArray set = response.value(QStringLiteral("BackupSet")).toArray();
        QVERIFY(set.size() <= 50);
        QVERIFY(!set.isEmpty());
        for (const QJsonValue &row : set)
            ids.append(row.toObject().value(QStringLiteral("BackupId")).toString());
    }
    QCOMPARE(ids.size(), total);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QVERIFY(total > 100);
}

void TestTencentRedisEmulator::offsetNotMultipleOfLimit()
{
    const test::RawReply reply = call("DescribeInstanceBackups",
                                      {{QStringLiteral("InstanceId"), busy().id},
                                       {QStringLiteral("Limit"), 20},
                                       {QStringLiteral("Offset"), 1}});
    QCOMPARE(reply.tencentError(), QStringLiteral("InvalidParameterValue"));
    QCOMPARE(reply.status, 200);
}

void TestTencentRedisEmulator::limitBounds()
{
    QCOMPARE(call("DescribeInstanceBackups",
                  {{QStringLiteral("InstanceId"), busy().id}, {QStringLiteral("Limit"), 101}})
                 .tencentError(),
             QStringLiteral("InvalidParameterValue"));
    QCOMPARE(call("DescribeInstances", {{QStringLiteral("Limit"), 1001}}).tencentError(),
             QStringLiteral("InvalidParameterValue"));
    const test::RawReply ok = call("DescribeInstances", {{QStringLiteral("Limit"), 1000}});
    QCOMPARE(ok.tencentError(), QString());
    QCOMPARE(ok.json.value(QStringLiteral("Response")).toObject().value(QStringLiteral("TotalCount")).toInt(),
             2);
}

void TestTencentRedisEmulator::windowOverThirtyDays()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject params {
        {QStringLiteral("InstanceId"), busy().id},
        {QStringLiteral("BeginTime"), QString::fromLatin1(beijing(now.addDays(-30).addSecs(-1)))},
        {QStringLiteral("EndTime"), QString::fromLatin1(beijing(now))}};
    QCOMPARE(call("DescribeInstanceBackups", params).tencentError(), QStringLiteral("InvalidParameterValue"));
    params[QStringLiteral("BeginTime")] = QString::fromLatin1(beijing(now.addDays(-30)));
    QCOMPARE(call("DescribeInstanceBackups", params).tencentError(), QString());
    params[QStringLiteral("BeginTime")] = QStringLiteral("2024-13-45 99:00:00");
    QCOMPARE(call("DescribeInstanceBackups", params).tencentError(), QStringLiteral("InvalidParameterValue"));
}

void TestTencentRedisEmulator::statusFilter()
{
    const test::RawReply reply = call("DescribeInstanceBackups",
                                      {{QStringLiteral("InstanceId"), busy().id},
                                       {QStringLiteral("Status"), QJsonArray {-1}},
                                       {QStringLiteral("Limit"), 100}});
    QCOMPARE(reply.tencentError(), QString());
    const QJsonArray set = reply.json.value(QStringLiteral("Response"))
                               .toObject()
                               .value(QStringLiteral("BackupSet"))
                               .toArray();
    QVERIFY(!set.isEmpty());
    for (const QJsonValue &row : set)
        QCOMPARE(row.toObject().value(QStringLiteral("Status")).toInt(), -1);
}

void TestTencentRedisEmulator::documentedErrorCodes()
{
    QCOMPARE(call("DescribeBackupDetail",
                  {{QStringLiteral("InstanceId"), QStringLiteral("crs-nosuch00")},
                   {QStringLiteral("BackupId"), QStringLiteral("x")}})
                 .tencentError(),
             QStringLiteral("ResourceNotFound.InstanceNotExists"));
    QCOMPARE(
        call("DescribeBackupUrl",
             {{QStringLiteral("InstanceId"), busy().id}, {QStringLiteral("BackupId"), QStringLiteral("x")}})
            .tencentError(),
        QStringLiteral("InvalidParameterValue.BackupNotExists"));
    QCOMPARE(call("DescribeBackupDetail", {{QStringLiteral("InstanceId"), busy().id}}).tencentError(),
             QStringLiteral("MissingParameter"));
    QCOMPARE(call("ManualBackupInstance",
                  {{QStringLiteral("InstanceId"), busy().id}, {QStringLiteral("StorageDays"), 5000}})
                 .tencentError(),
             QStringLiteral("InvalidParameterValue"));
}

void TestTencentRedisEmulator::urlsPerShardValidSixHours()
{
    const Emulator::RedisInstance instance = cluster();
    const QList<Emulator::RedisBackup> backups = m_fixture->sandbox().redis().backups(instance.id);
    const auto usable
        = std::find_if(backups.cbegin(), backups.cend(), [](const auto &b) { return b.status == 2; });
    QVERIFY(usable != backups.cend());
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const test::RawReply reply
        = call("DescribeBackupUrl",
               {{QStringLiteral("InstanceId"), instance.id}, {QStringLiteral("BackupId"), usable->id}});
    QCOMPARE(reply.tencentError(), QString());
    const QJsonObject response = reply.json.value(QStringLiteral("Response")).toObject();
    const QJsonArray infos = response.value(QStringLiteral("BackupInfos")).toArray();
    QCOMPARE(infos.size(), instance.shardNum);
    // Not the deprecated parallel arrays: the published example has none.
    QVERIFY(!response.contains(QStringLiteral("DownloadUrl")));
    for (int i = 0; i < infos.size(); ++i) {
        const QJsonObject info = infos.at(i).toObject();
        QCOMPARE(info.value(QStringLiteral("FileSize")).toInteger(), usable->shardSizes.at(i));
        const QUrl url(info.value(QStringLiteral("DownloadUrl")).toString());
        // Whatever the signing scheme, the expiry it carries is about 6 hours away.
        bool sawExpiry = false;
        for (const auto &[key, value] : QUrlQuery(url).queryItems()) {
            const qint64 number = value.toLongLong();
            if (number > before + 6 * 3600 - 60 && number < before + 6 * 3600 + 60)
                sawExpiry = true;
        }
        QVERIFY2(sawExpiry, qPrintable(url.toString()));
        const test::RawReply file
            = test::sendRaw(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), "GET", url);
        QCOMPARE(file.status, 200);
        QCOMPARE(file.body.size(), usable->shardSizes.at(i));
    }
}

void TestTencentRedisEmulator::taskStateMachine()
{
    const Emulator::RedisInstance instance = busy();
    const test::RawReply started = call(
        "ManualBackupInstance",
        {{QStringLiteral("InstanceId"), instance.id}, {QStringLiteral("Remark"), QStringLiteral("t")}});
    QCOMPARE(started.tencentError(), QString());
    const qint64 taskId = started.json.value(QStringLiteral("Response"))
                              .toObject()
                              .value(QStringLiteral("TaskId"))
                              .toInteger();
    QVERIFY(taskId > 0);
    QStringList seen;
    for (int i = 0; i < 60 && !seen.contains(QStringLiteral("succeed")); ++i) {
        const test::RawReply info = call("DescribeTaskInfo", {{QStringLiteral("TaskId"), taskId}});
        QCOMPARE(info.tencentError(), QString());
        const QString status = info.json.value(QStringLiteral("Response"))
                                   .toObject()
                                   .value(QStringLiteral("Status"))
                                   .toString();
        if (seen.isEmpty() || seen.last() != status)
            seen.append(status);
        QTest::qWait(40);
    }
    QCOMPARE(seen.first(), QStringLiteral("preparing"));
    QVERIFY(seen.contains(QStringLiteral("running")));
    QCOMPARE(seen.last(), QStringLiteral("succeed"));
    QCOMPARE(m_fixture->sandbox().redis().backups(instance.id).first().remark, QStringLiteral("t"));
    QCOMPARE(call("DescribeTaskInfo", {{QStringLiteral("TaskId"), 999999}}).tencentError(),
             QStringLiteral("InvalidParameterValue"));
}

void TestTencentRedisEmulator::regionIsolation()
{
    // The busy instance lives in ap-guangzhou: asked in another region, it does not exist.
    QCOMPARE(call("DescribeInstanceBackups", {{QStringLiteral("InstanceId"), busy().id}}, "ap-beijing")
                 .tencentError(),
             QStringLiteral("ResourceNotFound.InstanceNotExists"));
    QCOMPARE(call("DescribeInstances", {}, "eu-nowhere-1").tencentError(),
             QStringLiteral("UnsupportedRegion"));
}

// Every answer has the shape (keys, JSON types) of the vendor's published example of it
// (tests/fixtures/tencent-redis/SOURCES.md).
void TestTencentRedisEmulator::shapesMatchThePublishedExamples()
{
    // Every difference of every action at once, each line naming the example it departs from.
    QStringList differences;
    const auto check = [&differences](const char *name, const QJsonObject &produced) {
        for (const QString &line : test::shapeDifferences(fixture(name), produced))
            differences << QLatin1String(name) + QStringLiteral(": ") + line;
    };
    const Emulator::RedisInstance instance = cluster();
    QVERIFY(!instance.id.isEmpty());
    const QByteArray region = instance.region.toLatin1();
    check("tccli-describeinstances-1.json",
          call("DescribeInstances", {{QStringLiteral("Limit"), 10}}, region).json);
    const QDateTime anchor = m_fixture->sandbox().context().anchorUtc;
    const test::RawReply listed
        = call("DescribeInstanceBackups",
               {{QStringLiteral("InstanceId"), instance.id},
                {QStringLiteral("BeginTime"), QString::fromLatin1(beijing(anchor.addDays(-29)))},
                {QStringLiteral("EndTime"), QString::fromLatin1(beijing(anchor))},
                {QStringLiteral("Limit"), 20}},
               region);
    QCOMPARE(listed.tencentError(), QString());
    check("tccli-describeinstancebackups-1.json", listed.json);
    const QString backupId = listed.json.value(QStringLiteral("Response"))
                                 .toObject()
                                 .value(QStringLiteral("BackupSet"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("BackupId"))
                                 .toString();
    const QJsonObject ids {{QStringLiteral("InstanceId"), instance.id},
                           {QStringLiteral("BackupId"), backupId}};
    const test::RawReply detail = call("DescribeBackupDetail", ids, region);
    check("seed002-describebackupdetail-1.json", detail.json);
    // tccli's newer example adds the keys of an encrypted backup; the sandbox has none.
    QCOMPARE(test::shapeDifferences(fixture("tccli-describebackupdetail-1.json"), detail.json),
             QStringList({QStringLiteral("Response.DecryptKey: in the example, missing here"),
                          QStringLiteral("Response.KmsKeyId: in the example, missing here")}));
    check("tccli-describebackupurl-1.json", call("DescribeBackupUrl", ids, region).json);
    const test::RawReply started
        = call("ManualBackupInstance", {{QStringLiteral("InstanceId"), instance.id}}, region);
    check("tccli-manualbackupinstance-1.json", started.json);
    check("tccli-describeautobackupconfig-1.json",
          call("DescribeAutoBackupConfig", {{QStringLiteral("InstanceId"), instance.id}}, region).json);
    const qint64 taskId = started.json.value(QStringLiteral("Response"))
                              .toObject()
                              .value(QStringLiteral("TaskId"))
                              .toInteger();
    check("tccli-describetaskinfo-1.json",
          call("DescribeTaskInfo", {{QStringLiteral("TaskId"), taskId}}, region).json);
    for (const QString &line : std::as_const(differences))
        qWarning("%s", qPrintable(line)); // QVERIFY2 cuts a long message short
    QVERIFY2(differences.isEmpty(),
             qPrintable(QString::number(differences.size()) + QStringLiteral(" differences")));
}

// Seed 002: DescribeBackupDetail's BackupType is "1" for a manual backup, "0" for an automatic one.
void TestTencentRedisEmulator::detailBackupTypeAsTheSeedSays()
{
    const Emulator::RedisInstance instance = busy();
    const QList<Emulator::RedisBackup> backups = m_fixture->sandbox().redis().backups(instance.id);
    bool sawManual = false;
    bool sawAutomatic = false;
    for (const Emulator::RedisBackup &backup : backups) {
        if (backup.manual ? sawManual : sawAutomatic)
            continue;
        const test::RawReply detail
            = call("DescribeBackupDetail",
                   {{QStringLiteral("InstanceId"), instance.id}, {QStringLiteral("BackupId"), backup.id}},
                   instance.region.toLatin1());
        QCOMPARE(detail.json.value(QStringLiteral("Response"))
                     .toObject()
                     .value(QStringLiteral("BackupType"))
                     .toString(),
                 backup.manual ? QStringLiteral("1") : QStringLiteral("0"));
        (backup.manual ? sawManual : sawAutomatic) = true;
    }
    QVERIFY(sawManual && sawAutomatic);
}

BB_TEST_GUILESS_MAIN(TestTencentRedisEmulator)
#include "tst_tencentredisemulator.moc"
