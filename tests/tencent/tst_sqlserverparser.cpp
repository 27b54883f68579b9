// SqlServerParser against the published examples (seeds 000, 001 and the documented field
// tables) and hostile variants: every case must parse to the right values or fail cleanly.
#include "providers/tencent/sqlserverparser.h"
#include "support/jsonmutator.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bb;

// The records' enums have no QTest::toString; compare their values.
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(static_cast<int>(actual), static_cast<int>(expected))

namespace {

QJsonObject fixture(const char *name)
{
    QFile file(QStringLiteral(BB_SEEDS_DIR "/tencent-sqlserver/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const SqlServerParser::Context dataContext {QStringLiteral("mssql-6upluvd5"), QStringLiteral("ap-guangzhou"),
                                            BackupKind::Full};

} // namespace

class TestSqlServerParser : public QObject
{
    Q_OBJECT

private slots:
    void mutatedSeedsNeverCrash();
    void beijingTimes();
    void flowCompletedSeed();
    void flowCreatingSeed();
    void createBackupSeed();
    void listing();
    void logListingKind();
    void backupFiles();
    void instances();
    void instanceStatusMapping();
    void hostileTypes();
    void hostileStructure_data();
    void hostileStructure();
    void errorEnvelope();
    void nullEmptyList();
    void regions();
    void publishedSingleRow();
    void publishedPackagedRowsWithNumericGroupId();
    void publishedMixedPage();
    void publishedBackupFiles();
    void publishedFlowExamples_data();
    void publishedFlowExamples();
    void publishedRegionsAndInstances();
    void groupIds();
    void everyDocumentedInstanceStatus_data();
    void everyDocumentedInstanceStatus();
};

// tccli's DescribeBackups example (2022-07): one "single" row with "Id": 0, empty FileName and
// addresses, GroupId a string, Size in KB, cross-region arrays.
void TestSqlServerParser::publishedSingleRow()
{
    const TencentPage<Backup> page
        = SqlServerParser::parseBackups(fixture("tccli-describebackups-1.json"), dataContext);
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QCOMPARE(page.items.size(), 1);
    const Backup &b = page.items.first();
    QCOMPARE(b.id, QStringLiteral("group-16556099469691"));
    QCOMPARE(b.name, QStringLiteral("mssql-xxx_20220619114124"));
    QCOMPARE(b.extraValue(QStringLiteral("GroupId")), QStringLiteral("16556099469691"));
    QCOMPARE(b.extraValue(QStringLiteral("BackupFormat")), QStringLiteral("single"));
    QVERIFY(b.extraValue(QStringLiteral("FirstFileId")).isEmpty()); // Id 0 is no id
    QCOMPARE_ENUM(b.status, BackupStatus::Succeeded);
    QCOMPARE_ENUM(b.trigger, BackupTrigger::Automatic); // BackupWay 0, scheduled
    QCOMPARE(b.start, QDateTime(QDate(2022, 6, 19), QTime(3, 41, 24), Qt::UTC));
    QCOMPARE(b.end, QDateTime(QDate(2022, 6, 19), QTime(3, 54, 53), Qt::UTC));
    QCOMPARE(b.sizeBytes, qint64(20887196) * 1024);
    QCOMPARE(b.databases, QStringList {QStringLiteral("test_db")});
    QCOMPARE(b.region, QStringLiteral("ap-guangzhou"));
    QVERIFY(!b.hasUrls()); // its files come from DescribeBackupFiles
    QVERIFY(b.notDownloadableReason.isEmpty());
    QVERIFY(b.extraValue(QStringLiteral("CrossBackupStatus")).contains(QLatin1String("ap-beijing")));
}

// tccli's earlier DescribeBackups example (2022-05): pkg rows with "GroupId": 0 as a number.
void TestSqlServerParser::publishedPackagedRowsWithNumericGroupId()
{
    const TencentPage<Backup> page
        = SqlServerParser::parseBackups(fixture("tccli-describebackups-2022-05.json"), dataContext);
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QCOMPARE(page.totalCount, qint64(2));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items.at(0).id, QStringLiteral("49760"));
    QCOMPARE(page.items.at(1).id, QStringLiteral("49759"));
    for (const Backup &b : page.items) {
        QVERIFY(b.extraValue(QStringLiteral("GroupId")).isEmpty()); // 0: not a group
        QCOMPARE(b.sizeBytes, qint64(192) * 1024);
        QVERIFY(
            b.externalUrl.toString().startsWith(QLatin1String("https://gz-dl-sqlserver.cloud.tencent.com/")));
        QVERIFY(b.internalUrl.toString().startsWith(QLatin1String("http://10.66.0.88:58366/")));
        QCOMPARE(b.region, dataContext.region); // the example has no Region: the request's
    }
}

// A page mixing both published row shapes: nothing is rejected, every row has its own id.
void TestSqlServerParser::publishedMixedPage()
{
    const QJsonObject older = fixture("tccli-describebackups-2022-05.json");
    const QJsonObject newer = fixture("tccli-describebackups-1.json");
    QJsonArray rows
        = older.value(QLatin1String("Response")).toObject().value(QLatin1String("Backups")).toArray();
    rows.append(
        newer.value(QLatin1String("Response")).toObject().value(QLatin1String("Backups")).toArray().first());
    const QJsonObject mixed {{QStringLiteral("Response"),
                              QJsonObject {{QStringLiteral("TotalCount"), rows.size()},
                                           {QStringLiteral("Backups"), rows},
                                           {QStringLiteral("RequestId"), QStringLiteral("mixed")}}}};
    const TencentPage<Backup> page = SqlServerParser::parseBackups(mixed, dataContext);
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QStringList ids;
    for (const Backup &b : page.items)
        ids << b.id;
    QCOMPARE(ids,
             QStringList(
                 {QStringLiteral("49760"), QStringLiteral("49759"), QStringLiteral("group-16556099469691")}));
}

void TestSqlServerParser::publishedBackupFiles()
{
    const TencentPage<BackupFile> page = SqlServerParser::parseBackupFiles(
        fixture("tccli-describebackupfiles-1.json"), QStringLiteral("mssql-mz23h8n7"));
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QCOMPARE(page.totalCount, qint64(2)); // the example shows one row of two
    QCOMPARE(page.items.size(), 1);
    const BackupFile &file = page.items.first();
    QCOMPARE(file.name, QStringLiteral("manual_specific_58002_db1_2021_09_14144312.bak"));
    QCOMPARE(file.sizeBytes, qint64(184) * 1024);
    QCOMPARE(file.database, QStringLiteral("db1"));
    QVERIFY(file.extra.contains(Field {QStringLiteral("Id"), QStringLiteral("36074")}));
    QVERIFY(file.externalUrl.toString().contains(QLatin1String("manual_specific_58002_db1_")));
}

void TestSqlServerParser::publishedFlowExamples_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("id");
    QTest::newRow("seed creating") << QStringLiteral("seed000-describebackupbyflowid-1.json")
                                   << int(BackupStatus::Creating) << QString();
    QTest::newRow("seed completed") << QStringLiteral("seed000-describebackupbyflowid-2.json")
                                    << int(BackupStatus::Succeeded) << QStringLiteral("1234568");
    QTest::newRow("tccli creating") << QStringLiteral("tccli-describebackupbyflowid-1.json")
                                    << int(BackupStatus::Creating) << QString();
    QTest::newRow("tccli completed") << QStringLiteral("tccli-describebackupbyflowid-2.json")
                                     << int(BackupStatus::Succeeded) << QStringLiteral("1234568");
}

void TestSqlServerParser::publishedFlowExamples()
{
    QFETCH(QString, name);
    QFETCH(int, status);
    QFETCH(QString, id);
    ProviderError error;
    const Backup b = SqlServerParser::parseBackupByFlowId(fixture(qPrintable(name)), dataContext, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(int(b.status), status);
    QCOMPARE(b.id, id);
    QCOMPARE(b.name, QStringLiteral("mssql-6upluvd5_202007311206"));
    QCOMPARE(b.extraValue(QStringLiteral("GroupId")), QStringLiteral("558800"));
    QCOMPARE(b.databases, QStringList({QStringLiteral("db1"), QStringLiteral("db2")}));
    QCOMPARE(b.sizeBytes, status == int(BackupStatus::Succeeded) ? qint64(1356532) * 1024 : qint64(-1));
    // Creating: the placeholders (Strategy, BackupWay 0) are not read as a scheduled backup.
    QCOMPARE(b.extraValue(QStringLiteral("BackupWay")).isEmpty(), status == int(BackupStatus::Creating));
    ProviderError createError;
    QCOMPARE(SqlServerParser::parseFlowId(fixture("seed001-createbackup-1.json"), &createError),
             qint64(5293));
    QVERIFY(!createError.isError());
    QVERIFY(SqlServerParser::parseFlowId(fixture("tccli-createbackup-1.json"), &createError) > 0);
    QVERIFY(!createError.isError());
}

void TestSqlServerParser::publishedRegionsAndInstances()
{
    ProviderError error;
    const QStringList regions
        = SqlServerParser::parseRegions(fixture("tccli-describeregions-1.json"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QVERIFY(!regions.isEmpty());
    QVERIFY(regions.contains(QStringLiteral("ap-guangzhou")));
    const TencentPage<Instance> page = SqlServerParser::parseInstances(
        fixture("tccli-describedbinstances-1.json"), QStringLiteral("ap-guangzhou"));
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QVERIFY(!page.items.isEmpty());
    for (const Instance &instance : page.items) {
        QVERIFY(instance.id.startsWith(QLatin1String("mssql-")));
        QVERIFY(!instance.statusRaw.isEmpty());
        QVERIFY(instance.status != InstanceStatus::Unknown);
    }
}

void TestSqlServerParser::groupIds()
{
    QCOMPARE(SqlServerParser::groupBackupId(QStringLiteral("558800")), QStringLiteral("group-558800"));
    QCOMPARE(SqlServerParser::groupIdOf(QStringLiteral("group-558800")), QStringLiteral("558800"));
    QVERIFY(SqlServerParser::groupIdOf(QStringLiteral("558800")).isEmpty());
    QVERIFY(SqlServerParser::groupBackupId(QString()).isEmpty());
    // Id and GroupId as numbers or strings; 0 and "" are "none" either way.
    QCOMPARE(TencentJson::identifier(QJsonValue(16556099469691.0)), QStringLiteral("16556099469691"));
    QCOMPARE(TencentJson::identifier(QJsonValue(QStringLiteral("16556099469691"))),
             QStringLiteral("16556099469691"));
    QVERIFY(TencentJson::identifier(QJsonValue(0)).isEmpty());
    QVERIFY(TencentJson::identifier(QJsonValue(QStringLiteral("0"))).isEmpty());
    QVERIFY(TencentJson::identifier(QJsonValue(QJsonValue::Null)).isEmpty());
    // A single row with a numeric GroupId is still its group.
    const TencentPage<Backup> page
        = SqlServerParser::parseBackups(json(R"({"Response":{"TotalCount":1,"RequestId":"r","Backups":[
            {"Id":0,"GroupId":558800,"BackupFormat":"single","Status":1,"FileName":"","InternalAddr":"","ExternalAddr":""}]}})"),
                                        dataContext);
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QCOMPARE(page.items.first().id, QStringLiteral("group-558800"));
    // Neither an Id nor a GroupId: the page is malformed, not a row silently dropped.
    const TencentPage<Backup> bad = SqlServerParser::parseBackups(
        json(
            R"({"Response":{"TotalCount":1,"RequestId":"r","Backups":[{"Id":0,"GroupId":"","BackupFormat":"single"}]}})"),
        dataContext);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error.message.contains(QLatin1String("GroupId")));
}

void TestSqlServerParser::everyDocumentedInstanceStatus_data()
{
    // DBInstance.Status as the SDK model lists it (tencentcloud-sdk-go sqlserver/v20180328).
    QTest::addColumn<int>("raw");
    QTest::addColumn<int>("status");
    QTest::newRow("1 applying") << 1 << int(InstanceStatus::Creating);
    QTest::newRow("2 running") << 2 << int(InstanceStatus::Running);
    QTest::newRow("3 switching") << 3 << int(InstanceStatus::Busy);
    QTest::newRow("4 isolated") << 4 << int(InstanceStatus::Stopped);
    QTest::newRow("5 repossessing") << 5 << int(InstanceStatus::Deleting);
    QTest::newRow("6 repossessed") << 6 << int(InstanceStatus::Deleting);
    QTest::newRow("7 task") << 7 << int(InstanceStatus::Busy);
    QTest::newRow("8 offline") << 8 << int(InstanceStatus::Stopped);
    QTest::newRow("9 scaling") << 9 << int(InstanceStatus::Busy);
    QTest::newRow("10 migrating") << 10 << int(InstanceStatus::Busy);
    QTest::newRow("11 read-only") << 11 << int(InstanceStatus::Error);
    QTest::newRow("12 restarting") << 12 << int(InstanceStatus::Busy);
    QTest::newRow("13 modifying, to switch") << 13 << int(InstanceStatus::Busy);
    QTest::newRow("14 pub/sub creating") << 14 << int(InstanceStatus::Busy);
    QTest::newRow("15 pub/sub modifying") << 15 << int(InstanceStatus::Busy);
    QTest::newRow("16 modifying, switching") << 16 << int(InstanceStatus::Busy);
    QTest::newRow("17 RO replica creating") << 17 << int(InstanceStatus::Busy);
    QTest::newRow("18 undocumented") << 18 << int(InstanceStatus::Unknown);
}

void TestSqlServerParser::everyDocumentedInstanceStatus()
{
    QFETCH(int, raw);
    QFETCH(int, status);
    QCOMPARE(int(SqlServerParser::instanceStatus(raw)), status);
    // The raw value is kept beside the mapped one.
    const QByteArray body = R"({"TotalCount":1,"DBInstances":[{"InstanceId":"mssql-x","Status":)"
        + QByteArray::number(raw) + "}]}";
    const TencentPage<Instance> page = SqlServerParser::parseInstances(QJsonDocument::fromJson(body).object(),
                                                                       QStringLiteral("ap-guangzhou"));
    QVERIFY(page.ok());
    QCOMPARE(page.items.first().statusRaw, QString::number(raw));
    QCOMPARE(int(page.items.first().status), status);
}

void TestSqlServerParser::beijingTimes()
{
    QCOMPARE(TencentJson::beijingTime(QStringLiteral("2020-07-31 14:28:51")),
             QDateTime(QDate(2020, 7, 31), QTime(6, 28, 51), Qt::UTC));
    // Between 00:00 and 08:00 Beijing time the UTC date is the day before.
    QCOMPARE(TencentJson::beijingTime(QStringLiteral("2020-08-01 03:00:00")),
             QDateTime(QDate(2020, 7, 31), QTime(19, 0, 0), Qt::UTC));
    QVERIFY(!TencentJson::beijingTime(QStringLiteral("0000-00-00 00:00:00")).isValid());
    QVERIFY(!TencentJson::beijingTime(QString()).isValid());
    QVERIFY(!TencentJson::beijingTime(QStringLiteral("yesterday")).isValid());
    // Parsed by position: a wrong shape, a sign, an impossible date or time is no time at all.
    QVERIFY(!TencentJson::beijingTime(QStringLiteral("2020-7-31 14:28:51")).isValid());
    QVERIFY(!TencentJson::beijingTime(QStringLiteral("2020-07-31T14:28:51")).isValid());
    QVERIFY(!TencentJson::beijingTime(QStringLiteral("2020-+7-31 14:28:51")).isValid());
    QVERIFY(!TencentJson::beijingTime(QStringLiteral("2020-02-30 14:28:51")).isValid());
    QVERIFY(!TencentJson::beijingTime(QStringLiteral("2020-07-31 24:00:00")).isValid());
    QCOMPARE(TencentJson::beijingTime(QStringLiteral(" 2024-02-29 08:00:00 ")),
             QDateTime(QDate(2024, 2, 29), QTime(0, 0, 0), Qt::UTC));
    QCOMPARE(TencentJson::formatBeijing(QDateTime(QDate(2020, 7, 31), QTime(19, 0, 0), Qt::UTC)),
             QStringLiteral("2020-08-01 03:00:00"));
}

void TestSqlServerParser::flowCompletedSeed()
{
    ProviderError error;
    const Backup backup = SqlServerParser::parseBackupByFlowId(
        fixture("describebackupbyflowid-completed.json"), dataContext, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(backup.id, QStringLiteral("1234568"));
    QCOMPARE(backup.product, QStringLiteral("tencent-sqlserver"));
    QCOMPARE(backup.instanceId, QStringLiteral("mssql-6upluvd5"));
    QCOMPARE(backup.name, QStringLiteral("mssql-6upluvd5_202007311206"));
    QCOMPARE(backup.sizeBytes, qint64(1389088768)); // 1356532 KB
    QCOMPARE(backup.start, QDateTime(QDate(2020, 7, 31), QTime(6, 28, 51), Qt::UTC));
    QCOMPARE(backup.end, QDateTime(QDate(2020, 7, 31), QTime(7, 10, 27), Qt::UTC));
    QCOMPARE_ENUM(backup.status, BackupStatus::Succeeded);
    QCOMPARE(backup.statusRaw, QStringLiteral("1"));
    QCOMPARE_ENUM(backup.trigger, BackupTrigger::Automatic);
    QCOMPARE(backup.extraValue(QStringLiteral("BackupWay")), QStringLiteral("scheduled"));
    QCOMPARE(backup.extraValue(QStringLiteral("Strategy")), QStringLiteral("instance"));
    QCOMPARE(backup.extraValue(QStringLiteral("GroupId")), QStringLiteral("558800"));
    QCOMPARE(backup.extraValue(QStringLiteral("FileName")),
             QStringLiteral("autoed_instance_58037_20200728011545.bak.tar"));
    QCOMPARE(backup.databases, QStringList({QStringLiteral("db1"), QStringLiteral("db2")}));
    // The signed URL survives intact: QUrl only upper-cases the percent-encoding's hex digits,
    // which RFC 3986 defines as equivalent (and which is what goes on the wire anyway).
    const QByteArray expected
        = "https://cosback-appid.cos.ap-guangzhou.myqcloud.com/"
          "appid%2fsqlserver%2fmssql-mgq355n0%2fbackup%2fautoed_instance_58037_20200728011545."
          "bak.tar?sign=q-sign-algorithm%3dsha1%26q-ak%3d*************************%26q-sign-time%"
          "3d1596176966%3b1596177266%26q-key-time%3d1596176966%3b1596177266%26q-header-list%3d%"
          "26q-url-param-list%3d%26q-signature%3d3ea8139b631fa13d54b2c03313cbf3850d1e0c2c";
    QCOMPARE(backup.externalUrl.toEncoded().toLower(), expected.toLower());
    QCOMPARE(backup.internalUrl, QUrl::fromEncoded(expected));
    QVERIFY(backup.notDownloadableReason.isEmpty());
    QVERIFY(backup.extraValue(QStringLiteral("RequestId")).isEmpty());
}

void TestSqlServerParser::flowCreatingSeed()
{
    ProviderError error;
    const Backup backup = SqlServerParser::parseBackupByFlowId(
        fixture("describebackupbyflowid-creating.json"), dataContext, &error);
    QVERIFY(!error.isError());
    QCOMPARE_ENUM(backup.status, BackupStatus::Creating);
    QCOMPARE(backup.statusRaw, QStringLiteral("0"));
    QVERIFY(backup.id.isEmpty()); // Id 0: no file yet
    QVERIFY(!backup.end.isValid()); // "0000-00-00 00:00:00"
    QCOMPARE(backup.start, QDateTime(QDate(2020, 7, 31), QTime(6, 27, 33), Qt::UTC));
    QCOMPARE(backup.sizeBytes, qint64(-1));
    // Strategy and BackupWay are placeholder zeros while creating: not interpreted.
    QCOMPARE_ENUM(backup.trigger, BackupTrigger::Unknown);
    QVERIFY(backup.extraValue(QStringLiteral("BackupWay")).isEmpty());
    QVERIFY(backup.extraValue(QStringLiteral("Strategy")).isEmpty());
    QVERIFY(!backup.hasUrls());
    QVERIFY(!backup.notDownloadableReason.isEmpty());
}

void TestSqlServerParser::createBackupSeed()
{
    ProviderError error;
    QCOMPARE(SqlServerParser::parseFlowId(fixture("createbackup.json"), &error), qint64(5293));
    QVERIFY(!error.isError());
    // A numeric string is accepted; a missing FlowId is an error, not 0 silently.
    QCOMPARE(SqlServerParser::parseFlowId(json(R"({"Response":{"FlowId":"77","RequestId":"r"}})"), &error),
             qint64(77));
    QCOMPARE(SqlServerParser::parseFlowId(json(R"({"Response":{"RequestId":"r"}})"), &error), qint64(0));
    QCOMPARE_ENUM(error.kind, ProviderError::Kind::Malformed);
    QCOMPARE(error.requestId, QStringLiteral("r"));
    QCOMPARE(error.action, QStringLiteral("CreateBackup"));
}

void TestSqlServerParser::listing()
{
    const TencentPage<Backup> page
        = SqlServerParser::parseBackups(fixture("describebackups.json"), dataContext);
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QCOMPARE(page.totalCount, qint64(4));
    QCOMPARE(page.requestId, QStringLiteral("863b2797-858b-49f3-88e9-50159e564cbc"));
    QCOMPARE(page.items.size(), 4);

    const Backup &pkg = page.items.at(0);
    QCOMPARE(pkg.id, QStringLiteral("1234568"));
    QCOMPARE_ENUM(pkg.kind, BackupKind::Full);
    QCOMPARE(pkg.sizeBytes, qint64(1356532) * 1024);
    QCOMPARE(pkg.start, QDateTime(QDate(2020, 7, 27), QTime(17, 15, 45), Qt::UTC));
    QCOMPARE(pkg.extraValue(QStringLiteral("BackupFormat")), QStringLiteral("pkg"));
    QVERIFY(pkg.extraValue(QStringLiteral("GroupId")).isEmpty());
    QVERIFY(pkg.hasUrls());
    QCOMPARE(pkg.region, QStringLiteral("ap-guangzhou"));
    // Remaining fields keep the provider's names.
    QCOMPARE(pkg.extraValue(QStringLiteral("CrossBackupAddr")), QStringLiteral("[]"));

    const Backup &single = page.items.at(1);
    QCOMPARE_ENUM(single.trigger, BackupTrigger::Manual);
    QCOMPARE(single.extraValue(QStringLiteral("BackupWay")), QStringLiteral("manual"));
    QCOMPARE(single.extraValue(QStringLiteral("Strategy")), QStringLiteral("multi-database"));
    QCOMPARE(single.extraValue(QStringLiteral("BackupFormat")), QStringLiteral("single"));
    QCOMPARE(single.extraValue(QStringLiteral("GroupId")), QStringLiteral("558801"));
    // A "single" backup is its group: the id is the GroupId's, the row's Id its first file's.
    QCOMPARE(single.id, QStringLiteral("group-558801"));
    QCOMPARE(single.extraValue(QStringLiteral("FirstFileId")), QStringLiteral("1234570"));
    QCOMPARE(single.sizeBytes, qint64(-1)); // known only from DescribeBackupFiles
    QVERIFY(!single.hasUrls());

    const Backup &failed = page.items.at(2);
    QCOMPARE_ENUM(failed.status, BackupStatus::Failed);
    QCOMPARE_ENUM(failed.trigger, BackupTrigger::Automatic);
    QCOMPARE(failed.extraValue(QStringLiteral("BackupWay")), QStringLiteral("archive"));
    QVERIFY(!failed.notDownloadableReason.isEmpty());

    const Backup &creating = page.items.at(3);
    QCOMPARE_ENUM(creating.status, BackupStatus::Creating);
    QVERIFY(!creating.end.isValid());
    // In the listing (unlike the flow) BackupWay is real while creating.
    QCOMPARE_ENUM(creating.trigger, BackupTrigger::Manual);
}

void TestSqlServerParser::logListingKind()
{
    SqlServerParser::Context context = dataContext;
    context.kind = BackupKind::Log;
    const TencentPage<Backup> page = SqlServerParser::parseBackups(fixture("describebackups.json"), context);
    QVERIFY(page.ok());
    QCOMPARE_ENUM(page.items.first().kind, BackupKind::Log);
    // A row that says its own Type wins over the request's.
    const TencentPage<Backup> typed = SqlServerParser::parseBackups(
        json(
            R"({"Response":{"TotalCount":1,"Backups":[{"Id":5,"Type":"data","Status":1}],"RequestId":"x"}})"),
        context);
    QCOMPARE_ENUM(typed.items.first().kind, BackupKind::Full);
}

void TestSqlServerParser::backupFiles()
{
    const TencentPage<BackupFile> page = SqlServerParser::parseBackupFiles(
        fixture("describebackupfiles.json"), QStringLiteral("mssql-6upluvd5"));
    QVERIFY(page.ok());
    QCOMPARE(page.totalCount, qint64(2));
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items.at(0).name, QStringLiteral("manual_specific_58002_db1_2020_07_29100211.bak"));
    QCOMPARE(page.items.at(0).sizeBytes, qint64(184 * 1024));
    QCOMPARE(page.items.at(0).database, QStringLiteral("db1"));
    QCOMPARE(page.items.at(1).database, QStringLiteral("db2"));
    QCOMPARE(page.items.at(1).sizeBytes, qint64(2048 * 1024));
    QVERIFY(page.items.at(0).externalUrl.toString().startsWith(QLatin1String("https://sqlserver-bucket-gz")));
    QCOMPARE(page.items.at(0).internalUrl, page.items.at(0).externalUrl);
}

void TestSqlServerParser::instances()
{
    const TencentPage<Instance> page = SqlServerParser::parseInstances(fixture("describedbinstances.json"),
                                                                       QStringLiteral("ap-guangzhou"));
    QVERIFY(page.ok());
    QCOMPARE(page.items.size(), 1);
    const Instance &instance = page.items.first();
    QCOMPARE(instance.id, QStringLiteral("mssql-m0031jhf"));
    QCOMPARE(instance.name, QStringLiteral("2008_1"));
    QCOMPARE(instance.product, QStringLiteral("tencent-sqlserver"));
    QCOMPARE(instance.region, QStringLiteral("ap-guangzhou"));
    QCOMPARE_ENUM(instance.status, InstanceStatus::Running);
    QCOMPARE(instance.statusRaw, QStringLiteral("2"));
    QCOMPARE(instance.engine, QStringLiteral("SQL Server 2008 Enterprise"));
    bool hasZone = false;
    for (const Field &field : instance.extra)
        hasZone = hasZone
            || (field.key == QLatin1String("Zone") && field.value == QLatin1String("ap-guangzhou-2"));
    QVERIFY(hasZone);
}

void TestSqlServerParser::instanceStatusMapping()
{
    QCOMPARE_ENUM(SqlServerParser::instanceStatus(1), InstanceStatus::Creating);
    QCOMPARE_ENUM(SqlServerParser::instanceStatus(2), InstanceStatus::Running);
    QCOMPARE_ENUM(SqlServerParser::instanceStatus(4), InstanceStatus::Stopped);
    QCOMPARE_ENUM(SqlServerParser::instanceStatus(6), InstanceStatus::Deleting);
    QCOMPARE_ENUM(SqlServerParser::instanceStatus(7), InstanceStatus::Busy);
    QCOMPARE_ENUM(SqlServerParser::instanceStatus(11), InstanceStatus::Error);
    QCOMPARE_ENUM(SqlServerParser::instanceStatus(99), InstanceStatus::Unknown);
    // Version alone still names an engine.
    const TencentPage<Instance> page = SqlServerParser::parseInstances(
        json(R"({"TotalCount":1,"DBInstances":[{"InstanceId":"mssql-x","Status":"7","Version":"2019"}]})"),
        QStringLiteral("ap-beijing"));
    QVERIFY(page.ok());
    QCOMPARE_ENUM(page.items.first().status, InstanceStatus::Busy);
    QCOMPARE(page.items.first().engine, QStringLiteral("SQL Server 2019"));
    QCOMPARE(page.items.first().region, QStringLiteral("ap-beijing"));
}

void TestSqlServerParser::hostileTypes()
{
    // Strings where numbers are documented, a number where a string is (the SDK example's
    // GroupId 0), nulls for lists and URLs, a DBs that is a bare string.
    const TencentPage<Backup> page = SqlServerParser::parseBackups(json(R"({"Response":{
        "TotalCount":"2","RequestId":"r1","Backups":[
          {"Id":"49760","Size":"192","Status":"1","BackupWay":"1","Strategy":null,"GroupId":0,
           "StartTime":"2018-07-02 16:09:20","EndTime":null,"DBs":"onlydb","InternalAddr":null,
           "ExternalAddr":"not a url at all","BackupFormat":"pkg"},
          {"Id":49759,"Size":-5,"Status":true,"StartTime":12345,"DBs":[null,"a",3]}]}})"),
                                                                   dataContext);
    QVERIFY2(page.ok(), qPrintable(page.error.toString()));
    QCOMPARE(page.totalCount, qint64(2));
    const Backup &a = page.items.at(0);
    QCOMPARE(a.id, QStringLiteral("49760"));
    QCOMPARE(a.sizeBytes, qint64(192 * 1024));
    QCOMPARE_ENUM(a.status, BackupStatus::Succeeded);
    QCOMPARE_ENUM(a.trigger, BackupTrigger::Manual);
    QVERIFY(a.extraValue(QStringLiteral("GroupId")).isEmpty());
    QVERIFY(!a.end.isValid());
    QCOMPARE(a.databases, QStringList({QStringLiteral("onlydb")}));
    QVERIFY(a.internalUrl.isEmpty());
    QVERIFY(a.externalUrl.isEmpty()); // relative garbage is no URL
    const Backup &b = page.items.at(1);
    QCOMPARE(b.sizeBytes, qint64(-1));
    QCOMPARE_ENUM(b.status, BackupStatus::Succeeded); // true reads as 1
    QVERIFY(!b.start.isValid());
    QCOMPARE(b.databases, QStringList({QStringLiteral("a"), QStringLiteral("3")}));
}

void TestSqlServerParser::hostileStructure_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no list, count>0") << QByteArray(R"({"Response":{"TotalCount":3,"RequestId":"r"}})");
    QTest::newRow("list is a string")
        << QByteArray(R"({"Response":{"TotalCount":1,"Backups":"x","RequestId":"r"}})");
    QTest::newRow("negative total") << QByteArray(
        R"({"Response":{"TotalCount":-1,"Backups":[],"RequestId":"r"}})");
    QTest::newRow("absurd total") << QByteArray(
        R"({"Response":{"TotalCount":1e12,"Backups":[],"RequestId":"r"}})");
    QTest::newRow("total not a number")
        << QByteArray(R"({"Response":{"TotalCount":"many","Backups":[],"RequestId":"r"}})");
    QTest::newRow("row not an object")
        << QByteArray(R"({"Response":{"TotalCount":1,"Backups":[7],"RequestId":"r"}})");
    QTest::newRow("row without Id") << QByteArray(
        R"({"Response":{"TotalCount":1,"Backups":[{"Status":1}],"RequestId":"r"}})");
    QTest::newRow("empty object") << QByteArray("{}");
    QByteArray oversized = R"({"Response":{"TotalCount":2000,"RequestId":"r","Backups":[)";
    for (int i = 0; i < 1500; ++i)
        oversized += (i ? "," : "") + QByteArray(R"({"Id":)") + QByteArray::number(i + 1) + "}";
    oversized += "]}}";
    QTest::newRow("oversized page") << oversized;
}

void TestSqlServerParser::hostileStructure()
{
    QFETCH(QByteArray, body);
    const TencentPage<Backup> page
        = SqlServerParser::parseBackups(QJsonDocument::fromJson(body).object(), dataContext);
    QVERIFY(!page.ok());
    QCOMPARE_ENUM(page.error.kind, ProviderError::Kind::Malformed);
    QCOMPARE(page.error.action, QStringLiteral("DescribeBackups"));
    QCOMPARE(page.error.product, QStringLiteral("tencent-sqlserver"));
    QVERIFY(!page.error.message.isEmpty());
    QVERIFY(page.items.isEmpty());
}

void TestSqlServerParser::errorEnvelope()
{
    const QJsonObject body = json(R"({"Response":{"Error":{"Code":"ResourceNotFound.InstanceNotFound",
        "Message":"The instance does not exist."},"RequestId":"req-404"}})");
    const TencentPage<Backup> page = SqlServerParser::parseBackups(body, dataContext);
    QCOMPARE_ENUM(page.error.kind, ProviderError::Kind::Provider);
    QCOMPARE(page.error.code, QStringLiteral("ResourceNotFound.InstanceNotFound"));
    QCOMPARE(page.error.requestId, QStringLiteral("req-404"));

    ProviderError error;
    SqlServerParser::parseBackupByFlowId(
        json(
            R"({"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"bad"},"RequestId":"q"}})"),
        dataContext, &error);
    QCOMPARE_ENUM(error.kind, ProviderError::Kind::Auth);
    QCOMPARE(error.code, QStringLiteral("AuthFailure.SignatureFailure"));
    // A flow answer with nothing in it is malformed, not a backup of status "unknown".
    SqlServerParser::parseBackupByFlowId(json(R"({"Response":{"RequestId":"q"}})"), dataContext, &error);
    QCOMPARE_ENUM(error.kind, ProviderError::Kind::Malformed);
}

void TestSqlServerParser::nullEmptyList()
{
    const TencentPage<Backup> none = SqlServerParser::parseBackups(
        json(R"({"Response":{"TotalCount":0,"Backups":null,"RequestId":"r"}})"), dataContext);
    QVERIFY(none.ok());
    QVERIFY(none.items.isEmpty());
    const TencentPage<Backup> empty = SqlServerParser::parseBackups(
        json(R"({"Response":{"TotalCount":0,"Backups":[],"RequestId":"r"}})"), dataContext);
    QVERIFY(empty.ok());
    const TencentPage<BackupFile> files
        = SqlServerParser::parseBackupFiles(json(R"({"TotalCount":0,"BackupFiles":null})"), QString());
    QVERIFY(files.ok());
}

void TestSqlServerParser::regions()
{
    ProviderError error;
    const QStringList regions
        = SqlServerParser::parseRegions(json(R"({"Response":{"TotalCount":3,"RegionSet":[
            {"Region":"ap-guangzhou","RegionName":"South China","RegionId":"1","RegionState":"AVAILABLE"},
            {"Region":"ap-tokyo","RegionName":"Tokyo","RegionId":"25","RegionState":"UNAVAILABLE"},
            {"Region":"ap-beijing","RegionId":8}],"RequestId":"r"}})"),
                                        &error);
    QVERIFY(!error.isError());
    QCOMPARE(regions, QStringList({QStringLiteral("ap-guangzhou"), QStringLiteral("ap-beijing")}));
    QVERIFY(SqlServerParser::parseRegions(json(R"({"TotalCount":1,"RegionSet":"x"})"), &error).isEmpty());
    QCOMPARE_ENUM(error.kind, ProviderError::Kind::Malformed);
}

void TestSqlServerParser::mutatedSeedsNeverCrash()
{
    // Every fixture of this product, mutated 300 times each, through the parser that reads it:
    // a usable answer or an error that says what is wrong, never a crash or a silent garbage row.
    test::JsonMutator mutator(20261123);
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
            = SqlServerParser::parseBackups(mutator.mutate(fixture("describebackups.json")), dataContext);
        checkError(backups.error);
        for (const Backup &backup : backups.items) {
            QVERIFY(!backup.id.isEmpty());
            QVERIFY(backup.sizeBytes >= -1);
        }
        checkError(
            SqlServerParser::parseInstances(mutator.mutate(fixture("describedbinstances.json")), {}).error);
        const TencentPage<BackupFile> files
            = SqlServerParser::parseBackupFiles(mutator.mutate(fixture("describebackupfiles.json")), {});
        checkError(files.error);
        SqlServerParser::parseBackupByFlowId(mutator.mutate(fixture("describebackupbyflowid-completed.json")),
                                             dataContext, &error);
        checkError(error);
        SqlServerParser::parseFlowId(mutator.mutate(fixture("createbackup.json")), &error);
        checkError(error);
    }
    QVERIFY(failures > 0); // the mutations did reach the checks
}

BB_TEST_GUILESS_MAIN(TestSqlServerParser)
#include "tst_sqlserverparser.moc"
