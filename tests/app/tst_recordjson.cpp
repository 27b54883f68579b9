#include "app/cli/recordjson.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace bb;
using namespace Qt::StringLiterals;

namespace {

// tencent-sqlserver DescribeBackups seed example, Id 1234568, as the parser normalises it:
// Size 1356532 KB, times in UTC+8, DBs db1/db2.
Backup sqlServerSeed()
{
    Backup b;
    b.id = QStringLiteral("1234568");
    b.product = QStringLiteral("tencent-sqlserver");
    b.instanceId = QStringLiteral("mssql-6upluvd5");
    b.region = QStringLiteral("ap-guangzhou");
    b.name = QStringLiteral("autoed_instance_58037_20200728011545.bak.tar");
    b.status = BackupStatus::Succeeded;
    b.statusRaw = QStringLiteral("1");
    b.kind = BackupKind::Full;
    b.trigger = BackupTrigger::Automatic;
    b.start = QDateTime(QDate(2020, 7, 28), QTime(1, 15, 45), QTimeZone(8 * 3600)).toUTC();
    b.end = QDateTime(QDate(2020, 7, 28), QTime(1, 32, 10), QTimeZone(8 * 3600)).toUTC();
    b.sizeBytes = 1356532LL * 1024;
    b.databases = {QStringLiteral("db1"), QStringLiteral("db2")};
    b.externalUrl
        = QUrl(QStringLiteral("https://cosback-appid.cos.ap-guangzhou.myqcloud.com/appid%2fsqlserver%2f"
                              "autoed.bak.tar?sign=q-sign-algorithm%3dsha1"));
    b.extra = {{QStringLiteral("BackupName"), QStringLiteral("mssql-6upluvd5_202007280115")},
               {QStringLiteral("BackupFormat"), QStringLiteral("pkg")}};
    return b;
}

// alibaba-rds DescribeBackups seed example, BackupId 321020562, with its per-database link.
Backup rdsSeed()
{
    Backup b;
    b.id = QStringLiteral("321020562");
    b.product = QStringLiteral("alibaba-rds");
    b.instanceId = QStringLiteral("rm-uf6wjk5xxxxxxx");
    b.status = BackupStatus::Succeeded;
    b.statusRaw = QStringLiteral("Success");
    b.kind = BackupKind::Full;
    b.trigger = BackupTrigger::Automatic;
    b.method = BackupMethod::Physical;
    b.start = QDateTime(QDate(2019, 2, 3), QTime(12, 20), Qt::UTC);
    b.end = QDateTime(QDate(2019, 2, 13), QTime(12, 20), Qt::UTC);
    b.sizeBytes = 2167808;
    b.internalUrl = QUrl(QStringLiteral("http://rdsbak-hz-v3.oss-cn-hangzhou-internal.aliyuncs.com/xxxxx"));
    b.externalUrl = QUrl(QStringLiteral("http://rdsbak-hz-v3.oss-cn-hangzhou.aliyuncs.com/xxxxx"));
    b.checksum = {QStringLiteral("crc64-xz"), QStringLiteral("11051210869376104954")};
    BackupFile file;
    file.name = QStringLiteral("hins18676859_2021072909473127987849.zip");
    file.database = QStringLiteral("dbs");
    file.externalUrl
        = QUrl(QStringLiteral("https://cn-hangzhou.bak.rds.aliyuncs.com/x.zip?Expires=1&dbList=tb1"));
    b.files = {file};
    b.extra = {{QStringLiteral("HostInstanceID"), QStringLiteral("5882781")},
               {QStringLiteral("Engine"), QStringLiteral("MySQL")}};
    return b;
}

} // namespace

class TestRecordJson : public QObject
{
    Q_OBJECT

private slots:
    void everyKeyPresent()
    {
        for (const Backup &backup : {sqlServerSeed(), rdsSeed(), Backup()}) {
            const QJsonObject record = RecordJson::fromBackup(backup, true);
            QCOMPARE(record.size(), RecordJson::backupKeys().size());
            for (const QString &key : RecordJson::backupKeys())
                QVERIFY2(record.contains(key), qPrintable(key));
        }
        const QJsonObject instance = RecordJson::fromInstance(Instance());
        QCOMPARE(instance.size(), RecordJson::instanceKeys().size());
        for (const QString &key : RecordJson::instanceKeys())
            QVERIFY2(instance.contains(key), qPrintable(key));
    }

    void contractOrder()
    {
        QCOMPARE(RecordJson::backupKeys().join(u' '),
                 QStringLiteral(
                     "id product instance name status status_raw kind trigger method start end "
                     "expire size_bytes databases internal_url external_url checksum files extra region"));
        QCOMPARE(RecordJson::fileKeys().join(u' '),
                 QStringLiteral("name size_bytes database internal_url external_url checksum extra"));
        QCOMPARE(RecordJson::instanceKeys().join(u' '),
                 QStringLiteral("id name product region status status_raw engine extra"));
    }

    void sqlServerSeedRecord()
    {
        const QJsonObject r = RecordJson::fromBackup(sqlServerSeed(), true);
        QCOMPARE(r.value(u"id"_s).toString(), QStringLiteral("1234568"));
        QCOMPARE(r.value(u"status"_s).toString(), QStringLiteral("succeeded"));
        QCOMPARE(r.value(u"status_raw"_s).toString(), QStringLiteral("1"));
        QCOMPARE(r.value(u"kind"_s).toString(), QStringLiteral("full"));
        QCOMPARE(r.value(u"trigger"_s).toString(), QStringLiteral("automatic"));
        QVERIFY(r.value(u"method"_s).isNull());
        // UTC+8 local times become UTC with Z.
        QCOMPARE(r.value(u"start"_s).toString(), QStringLiteral("2020-07-27T17:15:45Z"));
        QCOMPARE(r.value(u"end"_s).toString(), QStringLiteral("2020-07-27T17:32:10Z"));
        QVERIFY(r.value(u"expire"_s).isNull());
        // An integer, not a double in scientific notation.
        QVERIFY(r.value(u"size_bytes"_s).isDouble());
        QCOMPARE(r.value(u"size_bytes"_s).toInteger(), 1389088768);
        QCOMPARE(r.value(u"databases"_s).toArray(), (QJsonArray {u"db1"_s, u"db2"_s}));
        QVERIFY(r.value(u"internal_url"_s).isNull());
        QVERIFY(r.value(u"external_url"_s)
                    .toString()
                    .contains(u"sign=q-sign-algorithm%3dsha1", Qt::CaseInsensitive));
        QVERIFY(r.value(u"checksum"_s).isNull());
        QCOMPARE(r.value(u"files"_s).toArray().size(), 0);
        QCOMPARE(r.value(u"extra"_s).toObject().value(u"BackupFormat"_s).toString(), QStringLiteral("pkg"));
    }

    void rdsSeedRecord()
    {
        const QJsonObject r = RecordJson::fromBackup(rdsSeed(), true);
        QCOMPARE(r.value(u"method"_s).toString(), QStringLiteral("physical"));
        QCOMPARE(r.value(u"start"_s).toString(), QStringLiteral("2019-02-03T12:20:00Z"));
        QCOMPARE(r.value(u"size_bytes"_s).toInteger(), 2167808);
        QCOMPARE(r.value(u"checksum"_s).toObject(),
                 (QJsonObject {{u"algorithm"_s, u"crc64-xz"_s}, {u"value"_s, u"11051210869376104954"_s}}));
        const QJsonArray files = r.value(u"files"_s).toArray();
        QCOMPARE(files.size(), 1);
        const QJsonObject file = files.at(0).toObject();
        QCOMPARE(file.keys().size(), RecordJson::fileKeys().size());
        QCOMPARE(file.value(u"database"_s).toString(), QStringLiteral("dbs"));
        QVERIFY(file.value(u"size_bytes"_s).isNull());
        QVERIFY(file.value(u"internal_url"_s).isNull());
        QVERIFY(file.value(u"external_url"_s).toString().endsWith(u"dbList=tb1"));
        QCOMPARE(r.value(u"extra"_s).toObject().value(u"HostInstanceID"_s).toString(),
                 QStringLiteral("5882781"));
    }

    // Issue 21: the record says its region, and each part keeps its own fields (a StarRocks
    // subtask's times, status, snapshot name and detail; a Redis file's shard).
    void regionAndPartFields()
    {
        QCOMPARE(RecordJson::fromBackup(sqlServerSeed(), false).value(u"region"_s).toString(),
                 u"ap-guangzhou"_s);
        QVERIFY(RecordJson::fromBackup(rdsSeed(), false).value(u"region"_s).isNull());

        Backup b;
        b.product = u"alibaba-starrocks"_s;
        b.region = u"cn-hangzhou"_s;
        BackupFile sub;
        sub.name = u"db1.orders"_s;
        sub.database = u"db1"_s;
        sub.sizeBytes = 1073741824;
        sub.extra = {{u"Table"_s, u"orders"_s},
                     {u"SnapshotName"_s, u"snapshot_1"_s},
                     {u"Status"_s, u"success"_s},
                     {u"StartTime"_s, u"2024-07-01T02:00:00Z"_s},
                     {u"FinishedTime"_s, u"2024-07-01T02:03:00Z"_s},
                     {u"Detail"_s, u"ok"_s}};
        b.files = {sub};
        const QJsonObject r = RecordJson::fromBackup(b, false);
        QCOMPARE(r.value(u"region"_s).toString(), u"cn-hangzhou"_s);
        const QJsonObject file = r.value(u"files"_s).toArray().at(0).toObject();
        QCOMPARE(file.keys().size(), RecordJson::fileKeys().size());
        QCOMPARE(file.value(u"name"_s).toString(), u"db1.orders"_s);
        QCOMPARE(file.value(u"size_bytes"_s).toInteger(), 1073741824);
        QVERIFY(file.value(u"checksum"_s).isNull());
        const QJsonObject extra = file.value(u"extra"_s).toObject();
        QCOMPARE(extra.value(u"SnapshotName"_s).toString(), u"snapshot_1"_s);
        QCOMPARE(extra.value(u"Status"_s).toString(), u"success"_s);
        QCOMPARE(extra.value(u"StartTime"_s).toString(), u"2024-07-01T02:00:00Z"_s);
        QCOMPARE(extra.value(u"FinishedTime"_s).toString(), u"2024-07-01T02:03:00Z"_s);
        QCOMPARE(extra.value(u"Detail"_s).toString(), u"ok"_s);
    }

    void signedUrlsOnlyWhenAsked()
    {
        // Signed URLs are bearer tokens: without --with-urls they are null, in files too; the
        // keys stay (the output contract only grows).
        for (const Backup &backup : {sqlServerSeed(), rdsSeed()}) {
            const QJsonObject r = RecordJson::fromBackup(backup, false);
            QCOMPARE(r.keys().size(), RecordJson::backupKeys().size());
            QVERIFY(r.value(u"external_url"_s).isNull());
            QVERIFY(r.value(u"internal_url"_s).isNull());
            for (const QJsonValue &file : r.value(u"files"_s).toArray())
                QVERIFY(file.toObject().value(u"external_url"_s).isNull());
            QVERIFY(!QJsonDocument(r).toJson().contains("http"));
        }
    }

    void unknownsAreNull()
    {
        const QJsonObject r = RecordJson::fromBackup(Backup(), true);
        for (const char *key : {"id", "name", "status_raw", "kind", "trigger", "method", "start", "end",
                                "expire", "size_bytes", "internal_url", "external_url", "checksum"})
            QVERIFY2(r.value(QLatin1String(key)).isNull(), key);
        QCOMPARE(r.value(u"status"_s).toString(), QStringLiteral("unknown"));
        QVERIFY(r.value(u"databases"_s).isArray());
        QVERIFY(r.value(u"files"_s).isArray());
        QVERIFY(r.value(u"extra"_s).isObject());
    }

    void zeroSizeIsKnown()
    {
        Backup b;
        b.sizeBytes = 0;
        QCOMPARE(RecordJson::fromBackup(b, false).value(u"size_bytes"_s).toInteger(-1), 0);
    }

    void instanceRecord()
    {
        Instance i;
        i.id = QStringLiteral("crs-5a4py64p");
        i.name = QStringLiteral("cache-prod");
        i.product = QStringLiteral("tencent-redis");
        i.region = QStringLiteral("ap-guangzhou");
        i.status = InstanceStatus::Running;
        i.statusRaw = QStringLiteral("2");
        i.engine = QStringLiteral("Redis 6.2");
        const QJsonObject r = RecordJson::fromInstance(i);
        QCOMPARE(r.value(u"status"_s).toString(), QStringLiteral("running"));
        QCOMPARE(r.value(u"engine"_s).toString(), QStringLiteral("Redis 6.2"));
        QCOMPARE(r.value(u"extra"_s).toObject().size(), 0);
    }
};

BB_TEST_GUILESS_MAIN(TestRecordJson)
#include "tst_recordjson.moc"
