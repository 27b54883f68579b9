// RedisParser against the published examples (seed 002, the documented field tables) and
// hostile variants: every case must parse to the right values or fail cleanly.
#include "providers/tencent/redisparser.h"
#include "support/jsonmutator.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bb;

// The records' enums have no QTest::toString; compare their values.
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(static_cast<int>(actual), static_cast<int>(expected))

namespace {

QJsonObject fixture(const char *name)
{
    QFile file(QStringLiteral(BB_SEEDS_DIR "/tencent-redis/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestRedisParser : public QObject
{
    Q_OBJECT

private slots:
    void mutatedSeedsNeverCrash();
    void backupDetailSeed();
    void backupList();
    void publishedExamples();
    void autoBackupConfig();
    void backupTypeNotGuessed();
    void backupUrls();
    void backupUrlsDeprecatedArrays();
    void instances();
    void statusMappings();
    void task();
    void hostile_data();
    void hostile();
    void hostileDetailAndUrls();
};

void TestRedisParser::backupDetailSeed()
{
    Backup known;
    known.id = QStringLiteral("154571841-1165701309-438602494");
    known.instanceId = QStringLiteral("crs-g9my5vt7");
    known.product = QStringLiteral("tencent-redis");
    ProviderError error;
    const Backup backup = RedisParser::parseBackupDetail(fixture("describebackupdetail.json"), known, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(backup.id, QStringLiteral("154571841-1165701309-438602494"));
    QCOMPARE(backup.instanceId, QStringLiteral("crs-g9my5vt7"));
    QCOMPARE(backup.sizeBytes, qint64(528)); // bytes, as documented
    QCOMPARE(backup.name, QStringLiteral("test005"));
    QCOMPARE_ENUM(backup.status, BackupStatus::Succeeded);
    QCOMPARE(backup.statusRaw, QStringLiteral("2"));
    QCOMPARE(backup.start, QDateTime(QDate(2022, 12, 19), QTime(11, 41, 42), Qt::UTC));
    QCOMPARE(backup.end, QDateTime(QDate(2022, 12, 19), QTime(11, 42, 20), Qt::UTC));
    QCOMPARE(backup.extraValue(QStringLiteral("ShardNum")), QStringLiteral("3"));
    QCOMPARE(backup.extraValue(QStringLiteral("ReplicasNum")), QStringLiteral("1"));
    QCOMPARE(backup.extraValue(QStringLiteral("MemSize")), QStringLiteral("2048"));
    QCOMPARE(backup.extraValue(QStringLiteral("MemSizeBytesPerShard")),
             QString::number(2048LL * 1024 * 1024));
    QCOMPARE(backup.extraValue(QStringLiteral("InstanceType")), QStringLiteral("9"));
    QCOMPARE(backup.extraValue(QStringLiteral("BackupType")), QStringLiteral("0"));
    // Seed 002: in DescribeBackupDetail "1" is manual, "0" automatic.
    QCOMPARE_ENUM(backup.trigger, BackupTrigger::Automatic);
}

// The published examples of every Redis action we call parse into the right records.
void TestRedisParser::autoBackupConfig()
{
    ProviderError error;
    const BackupPolicy policy
        = RedisParser::parseAutoBackupConfig(fixture("tccli-describeautobackupconfig-1.json"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(policy.fullBackupWeekdays, (QList<int> {1, 2})); // Monday, Tuesday
    QCOMPARE(policy.window, QStringLiteral("01:00-02:00"));
    QVERIFY(policy.raw.contains(Field {QStringLiteral("WeekDays"), QStringLiteral("Monday,Tuesday")}));
    QVERIFY(policy.raw.contains(Field {QStringLiteral("BackupStorageDays"), QStringLiteral("7")}));

    QJsonObject none = fixture("tccli-describeautobackupconfig-1.json");
    QJsonObject response = none.value(QStringLiteral("Response")).toObject();
    response.insert(QStringLiteral("WeekDays"), QJsonArray {QStringLiteral("Funday")});
    none.insert(QStringLiteral("Response"), response);
    QVERIFY(!RedisParser::parseAutoBackupConfig(none, &error).hasSchedule());
    QVERIFY(error.isError());
    QCOMPARE(error.action, QStringLiteral("DescribeAutoBackupConfig"));
}

void TestRedisParser::publishedExamples()
{
    ProviderError error;
    // Seed 002 and tccli's DescribeBackupDetail; the listing row's BackupSize placeholder goes.
    for (const char *name : {"seed002-describebackupdetail-1.json", "tccli-describebackupdetail-1.json"}) {
        Backup listed;
        listed.id = QStringLiteral("154571841-1165701309-438602494");
        listed.instanceId = QStringLiteral("crs-g9my5vt7");
        listed.extra = {{QStringLiteral("BackupSize"), QStringLiteral("0")},
                        {QStringLiteral("BackupType"), QStringLiteral("1")}};
        const Backup b = RedisParser::parseBackupDetail(fixture(name), listed, &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(b.sizeBytes, qint64(528));
        QVERIFY2(b.extraValue(QStringLiteral("BackupSize")).isEmpty(), name);
        QCOMPARE(b.extraValue(QStringLiteral("BackupType")), QStringLiteral("0")); // the detail's value wins
        QCOMPARE_ENUM(b.trigger, BackupTrigger::Automatic);
        QCOMPARE(b.name, QStringLiteral("test005"));
        // An encrypted backup's key is never copied into the record (it would be shown, exported).
        for (const Field &field : b.extra) {
            QVERIFY2(!field.key.contains(QLatin1String("Key")), qPrintable(field.key));
            QVERIFY(!field.value.contains(QLatin1String("rFGxk4E")));
        }
    }
    // A manual one.
    const Backup manual = RedisParser::parseBackupDetail(
        json(R"({"Response":{"BackupId":"b","BackupType":"1","BackupSize":1,"Status":2,"RequestId":"r"}})"),
        {}, &error);
    QCOMPARE_ENUM(manual.trigger, BackupTrigger::Manual);
    // Anything else stays unknown.
    const Backup odd = RedisParser::parseBackupDetail(
        json(R"({"Response":{"BackupId":"b","BackupType":"7","Status":2,"RequestId":"r"}})"), {}, &error);
    QCOMPARE_ENUM(odd.trigger, BackupTrigger::Unknown);

    const TencentPage<Backup> page
        = RedisParser::parseBackups(fixture("tccli-describeinstancebackups-1.json"),
                                    QStringLiteral("crs-ei43p3gr"), QStringLiteral("ap-guangzhou"));
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QCOMPARE(page.totalCount, qint64(6));
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.first().id, QStringLiteral("165706342-5832225-1641692389"));
    QCOMPARE(page.items.first().start, QDateTime(QDate(2026, 5, 31), QTime(18, 0, 48), Qt::UTC));
    QCOMPARE(page.items.first().expire, QDateTime(QDate(2026, 6, 7), QTime(18, 0, 48), Qt::UTC));
    QCOMPARE_ENUM(page.items.first().status, BackupStatus::Succeeded);

    const QList<BackupFile> files
        = RedisParser::parseBackupUrls(fixture("tccli-describebackupurl-1.json"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QVERIFY(files.size() >= 2);
    QCOMPARE(files.first().sizeBytes, qint64(1264547));
    QVERIFY(files.first().externalUrl.host().endsWith(QLatin1String(".myqcloud.com")));

    const TencentPage<Instance> instances = RedisParser::parseInstances(
        fixture("tccli-describeinstances-1.json"), QStringLiteral("ap-guangzhou"));
    QVERIFY2(instances.ok(), qPrintable(instances.error.toString()));
    QVERIFY(!instances.items.isEmpty());
    QVERIFY(instances.items.first().id.startsWith(QLatin1String("crs-")));

    QCOMPARE(RedisParser::parseTaskId(fixture("tccli-manualbackupinstance-1.json"), &error), qint64(6954227));
    QVERIFY(!error.isError());
    const RedisParser::TaskInfo task
        = RedisParser::parseTaskInfo(fixture("tccli-describetaskinfo-1.json"), &error);
    QVERIFY(!error.isError());
    QCOMPARE(task.statusRaw, QStringLiteral("succeed"));
    QCOMPARE(task.start, QDateTime(QDate(2018, 11, 1), QTime(9, 25, 14), Qt::UTC));
    // trackBackup refuses a task of another instance by it.
    QCOMPARE(task.instanceId, QStringLiteral("crs-09u2u96z"));
}

void TestRedisParser::backupList()
{
    const TencentPage<Backup> page
        = RedisParser::parseBackups(fixture("describeinstancebackups.json"), QStringLiteral("crs-c7nuafdt"),
                                    QStringLiteral("ap-guangzhou"));
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QCOMPARE(page.totalCount, qint64(3));
    QCOMPARE(page.items.size(), 3);
    const Backup &first = page.items.at(0);
    QCOMPARE(first.id, QStringLiteral("154572601-1165734322-153731238"));
    QCOMPARE(first.product, QStringLiteral("tencent-redis"));
    QCOMPARE(first.instanceId, QStringLiteral("crs-c7nuafdt"));
    QCOMPARE(first.name, QStringLiteral("test001"));
    QCOMPARE_ENUM(first.status, BackupStatus::Succeeded);
    QCOMPARE_ENUM(first.kind, BackupKind::Full);
    QCOMPARE(first.start, QDateTime(QDate(2022, 12, 23), QTime(8, 24, 41), Qt::UTC));
    QCOMPARE(first.expire, QDateTime(QDate(2022, 12, 30), QTime(8, 24, 41), Qt::UTC));
    QCOMPARE(first.sizeBytes, qint64(-1)); // RedisBackupSet.BackupSize is internal
    QCOMPARE(first.extraValue(QStringLiteral("FileType")), QStringLiteral("RDB-Redis 4.0"));
    QCOMPARE(first.extraValue(QStringLiteral("BackupSize")), QStringLiteral("191"));
    QCOMPARE_ENUM(page.items.at(1).status, BackupStatus::Locked);
    QCOMPARE_ENUM(page.items.at(2).status, BackupStatus::Expired);
    QVERIFY(!page.items.at(2).notDownloadableReason.isEmpty());
}

void TestRedisParser::backupTypeNotGuessed()
{
    // The two official pages disagree on BackupType 0/1: the raw value is kept and the trigger
    // stays unknown until the record settles it.
    const TencentPage<Backup> page
        = RedisParser::parseBackups(fixture("describeinstancebackups.json"), {}, {});
    for (const Backup &backup : page.items) {
        QCOMPARE_ENUM(backup.trigger, BackupTrigger::Unknown);
        QVERIFY(!backup.extraValue(QStringLiteral("BackupType")).isEmpty());
    }
    Backup mine = page.items.first();
    RedisParser::markCreatedManually(mine);
    QCOMPARE_ENUM(mine.trigger, BackupTrigger::Manual);
    QCOMPARE(mine.extraValue(QStringLiteral("BackupType")), QStringLiteral("0"));
}

void TestRedisParser::backupUrls()
{
    ProviderError error;
    const QList<BackupFile> files = RedisParser::parseBackupUrls(fixture("describebackupurl.json"), &error);
    QVERIFY(!error.isError());
    QCOMPARE(files.size(), 3); // one per shard
    QCOMPARE(files.at(0).name,
             QStringLiteral("9527208-4633789-redis-server-5.0.5-1001463-ignore-1-ignore.rdb"));
    QCOMPARE(files.at(0).sizeBytes, qint64(1264547));
    QCOMPARE(files.at(1).sizeBytes, qint64(1278586));
    QCOMPARE(files.at(2).sizeBytes, qint64(-1)); // FileSize 0 means unknown
    QVERIFY(files.at(0).externalUrl.host().endsWith(QLatin1String(".myqcloud.com")));
    QVERIFY(files.at(0).internalUrl.host().contains(QLatin1String("cos-internal")));
    QCOMPARE(files.at(2).extra.value(0).value, QStringLiteral("3"));
}

void TestRedisParser::backupUrlsDeprecatedArrays()
{
    ProviderError error;
    const QList<BackupFile> files = RedisParser::parseBackupUrls(
        json(R"({"Response":{"Filenames":["a.rdb","b.rdb"],"DownloadUrl":["https://h/a","https://h/b"],
                 "InnerDownloadUrl":["https://i/a","https://i/b"],"BackupInfos":null,"RequestId":"r"}})"),
        &error);
    QVERIFY(!error.isError());
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(1).name, QStringLiteral("b.rdb"));
    QCOMPARE(files.at(1).internalUrl, QUrl(QStringLiteral("https://i/b")));
}

void TestRedisParser::instances()
{
    const TencentPage<Instance> page
        = RedisParser::parseInstances(fixture("describeinstances.json"), QStringLiteral("ap-guangzhou"));
    QVERIFY(page.ok());
    QCOMPARE(page.items.size(), 1);
    const Instance &instance = page.items.first();
    QCOMPARE(instance.id, QStringLiteral("crs-g9my5vt7"));
    QCOMPARE(instance.name, QStringLiteral("orders-cache"));
    QCOMPARE(instance.region, QStringLiteral("ap-guangzhou"));
    QCOMPARE_ENUM(instance.status, InstanceStatus::Running);
    QCOMPARE(instance.engine, QStringLiteral("Redis 5.0 (cluster)"));
    // The SDK example's Region "xx" is no region: the requested one is used.
    const TencentPage<Instance> odd = RedisParser::parseInstances(
        json(
            R"({"TotalCount":1,"InstanceSet":[{"InstanceId":"crs-1","Region":"xx","Status":-2,"Type":99,"Engine":"Redis"}]})"),
        QStringLiteral("ap-beijing"));
    QCOMPARE(odd.items.first().region, QStringLiteral("ap-beijing"));
    QCOMPARE_ENUM(odd.items.first().status, InstanceStatus::Stopped);
    QCOMPARE(odd.items.first().engine, QStringLiteral("Redis"));
}

void TestRedisParser::statusMappings()
{
    QCOMPARE_ENUM(RedisParser::backupStatus(1), BackupStatus::Locked);
    QCOMPARE_ENUM(RedisParser::backupStatus(2), BackupStatus::Succeeded);
    QCOMPARE_ENUM(RedisParser::backupStatus(-1), BackupStatus::Expired);
    QCOMPARE_ENUM(RedisParser::backupStatus(3), BackupStatus::Exporting);
    QCOMPARE_ENUM(RedisParser::backupStatus(4), BackupStatus::Exported);
    QCOMPARE_ENUM(RedisParser::backupStatus(-2), BackupStatus::Deleted);
    QCOMPARE_ENUM(RedisParser::backupStatus(42), BackupStatus::Unknown);
    QCOMPARE_ENUM(RedisParser::instanceStatus(0), InstanceStatus::Creating);
    QCOMPARE_ENUM(RedisParser::instanceStatus(1), InstanceStatus::Busy);
    QCOMPARE_ENUM(RedisParser::instanceStatus(-3), InstanceStatus::Deleting);
}

void TestRedisParser::task()
{
    ProviderError error;
    QCOMPARE(RedisParser::parseTaskId(fixture("manualbackupinstance.json"), &error), qint64(20574));
    QVERIFY(!error.isError());
    const RedisParser::TaskInfo info = RedisParser::parseTaskInfo(fixture("describetaskinfo.json"), &error);
    QVERIFY(!error.isError());
    QCOMPARE_ENUM(info.state, RedisParser::TaskState::Succeeded);
    QCOMPARE(info.taskType, QStringLiteral("012"));
    for (const char *status : {"preparing", "running", "failed", "error"}) {
        QJsonObject body {{QStringLiteral("Status"), QString::fromLatin1(status)}};
        const RedisParser::TaskInfo other = RedisParser::parseTaskInfo(body, &error);
        QVERIFY(!error.isError());
        QVERIFY(other.state != RedisParser::TaskState::Succeeded);
        QVERIFY(other.state != RedisParser::TaskState::Unknown);
    }
    RedisParser::parseTaskInfo(json(R"({"Status":"dancing","RequestId":"r"})"), &error);
    QCOMPARE_ENUM(error.kind, ProviderError::Kind::Malformed);
    RedisParser::parseTaskInfo(json(R"({"Status":null})"), &error);
    QCOMPARE_ENUM(error.kind, ProviderError::Kind::Malformed);
    QCOMPARE(RedisParser::parseTaskId(json(R"({"TaskId":"abc"})"), &error), qint64(0));
    QCOMPARE_ENUM(error.kind, ProviderError::Kind::Malformed);
}

void TestRedisParser::hostile_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    const int malformed = static_cast<int>(ProviderError::Kind::Malformed);
    QTest::newRow("no list, count>0") << QByteArray(R"({"TotalCount":5})") << malformed;
    QTest::newRow("list is an object") << QByteArray(R"({"TotalCount":1,"BackupSet":{}})") << malformed;
    QTest::newRow("row without BackupId")
        << QByteArray(R"({"TotalCount":1,"BackupSet":[{"Status":2}]})") << malformed;
    QTest::newRow("row is null") << QByteArray(R"({"TotalCount":1,"BackupSet":[null]})") << malformed;
    QTest::newRow("total is an object") << QByteArray(R"({"TotalCount":{},"BackupSet":[]})") << malformed;
    QTest::newRow("error envelope") << QByteArray(
        R"({"Response":{"Error":{"Code":"ResourceNotFound.InstanceNotExists","Message":"no"},"RequestId":"r"}})")
                                    << static_cast<int>(ProviderError::Kind::Provider);
    QByteArray oversized = R"({"TotalCount":5000,"BackupSet":[)";
    for (int i = 0; i < 1001; ++i)
        oversized += (i ? "," : "") + QByteArray(R"({"BackupId":"b)") + QByteArray::number(i) + "\"}";
    oversized += "]}";
    QTest::newRow("oversized page") << oversized << malformed;
}

void TestRedisParser::hostile()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    const TencentPage<Backup> page
        = RedisParser::parseBackups(QJsonDocument::fromJson(body).object(), QStringLiteral("crs-1"), {});
    QVERIFY(!page.ok());
    QCOMPARE(static_cast<int>(page.error.kind), kind);
    QCOMPARE(page.error.product, QStringLiteral("tencent-redis"));
    QCOMPARE(page.error.action, QStringLiteral("DescribeInstanceBackups"));
    QVERIFY(page.items.isEmpty());
}

void TestRedisParser::hostileDetailAndUrls()
{
    ProviderError error;
    // Wrong types in the detail: strings for numbers, null size.
    Backup known;
    known.id = QStringLiteral("b1");
    const Backup detail = RedisParser::parseBackupDetail(
        json(
            R"({"BackupId":"b1","BackupSize":"4096","ShardNum":"2","Status":"4","MemSize":null,"StartTime":7})"),
        known, &error);
    QVERIFY(!error.isError());
    QCOMPARE(detail.sizeBytes, qint64(4096));
    QCOMPARE_ENUM(detail.status, BackupStatus::Exported);
    QCOMPARE(detail.extraValue(QStringLiteral("ShardNum")), QStringLiteral("2"));
    QVERIFY(detail.extraValue(QStringLiteral("MemSize")).isEmpty());
    QVERIFY(!detail.start.isValid());
    // Nothing to download is an error, not an empty success.
    RedisParser::parseBackupUrls(json(R"({"BackupInfos":[],"RequestId":"r"})"), &error);
    QCOMPARE_ENUM(error.kind, ProviderError::Kind::Malformed);
    RedisParser::parseBackupUrls(json(R"({"BackupInfos":[{"FileName":"x","DownloadUrl":null}]})"), &error);
    QCOMPARE_ENUM(error.kind, ProviderError::Kind::Malformed);
    RedisParser::parseBackupUrls(
        json(R"({"Error":{"Code":"InvalidParameterValue.BackupNotExists"},"RequestId":"r"})"), &error);
    QCOMPARE(error.code, QStringLiteral("InvalidParameterValue.BackupNotExists"));
}

void TestRedisParser::mutatedSeedsNeverCrash()
{
    // Every fixture of this product, mutated 300 times each, through the parser that reads it:
    // a usable answer or an error that says what is wrong, never a crash or a silent garbage row.
    test::JsonMutator mutator(20261124);
    int failures = 0;
    for (int round = 0; round < 300; ++round) {
        ProviderError error;
        const auto checkError = [&failures](const ProviderError &e) {
            if (e.isError()) {
                ++failures;
                QVERIFY(!e.message.isEmpty() || !e.code.isEmpty());
            }
        };
        const TencentPage<Backup> backups
            = RedisParser::parseBackups(mutator.mutate(fixture("describeinstancebackups.json")), {}, {});
        checkError(backups.error);
        for (const Backup &backup : backups.items)
            QVERIFY(!backup.id.isEmpty());
        checkError(RedisParser::parseInstances(mutator.mutate(fixture("describeinstances.json")), {}).error);
        const QList<BackupFile> files
            = RedisParser::parseBackupUrls(mutator.mutate(fixture("describebackupurl.json")), &error);
        checkError(error);
        for (const BackupFile &file : files)
            QVERIFY(!file.externalUrl.isEmpty() || !file.internalUrl.isEmpty());
        RedisParser::parseBackupDetail(mutator.mutate(fixture("describebackupdetail.json")), Backup(),
                                       &error);
        checkError(error);
        RedisParser::parseTaskId(mutator.mutate(fixture("manualbackupinstance.json")), &error);
        checkError(error);
        RedisParser::parseTaskInfo(mutator.mutate(fixture("describetaskinfo.json")), &error);
        checkError(error);
    }
    QVERIFY(failures > 0); // the mutations did reach the checks
}

BB_TEST_GUILESS_MAIN(TestRedisParser)
#include "tst_redisparser.moc"
