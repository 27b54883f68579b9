#include "providers/tencent/redisparser.h"
#include "providers/tencent/sqlserverparser.h"
#include "providers/tencent/sqlserverservice.h"
#include "support/testmain.h"
#include "transfers/downloadidentity.h"
#include "transfers/filenamesanitizer.h"
#include "transfers/urlresolver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// DownloadIdentity::forBackup names each file as the provider does (the file's name, the
// backup's FileName, the URL's last path segment) rather than after the backup, checked against
// the providers' published examples.
class TestDownloadIdentity : public QObject
{
    Q_OBJECT

private slots:
    void sqlServerPackageUsesFileName();
    void sqlServerPackageFallsBackToDecodedUrl();
    void redisShardUsesItsFileName();
    void fallsBackToBackupNameThenIdSanitised();
    void pickFindsFileBySanitisedName();
    void jsonRoundTrip();
    void forBackupKeepsOnlyTheDeclaredFields();
    void locatesTheBackupAgainFromJson();
    void locatorKeepsNoAddress();
    void oldJsonWithoutLocatorLoads();
    void fromJsonToleratesUnknownKeys();
    void sizeSlackFromTheProduct();
    void oldJsonKeepsSqlServerSlack();

private:
    static QJsonObject fixture(const QString &relative);
    static bb::Backup sqlServerPackage();
    // What SQL Server's resolveDownload() reads (the service says; this test does not repeat it).
    static QStringList sqlServerFields();
};

QJsonObject TestDownloadIdentity::fixture(const QString &relative)
{
    QFile file(QStringLiteral(BB_SEEDS_DIR) + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

bb::Backup TestDownloadIdentity::sqlServerPackage()
{
    const auto page
        = bb::SqlServerParser::parseBackups(fixture(u"tencent-sqlserver/describebackups.json"_s),
                                            {u"mssql-6upluvd5"_s, u"ap-guangzhou"_s, bb::BackupKind::Full});
    if (!page.ok() || page.items.isEmpty())
        qFatal("the SQL Server fixture did not parse");
    return page.items.first();
}

QStringList TestDownloadIdentity::sqlServerFields()
{
    return bb::TencentSqlServerService(bb::ServiceConfig()).locatorFields();
}

void TestDownloadIdentity::sqlServerPackageUsesFileName()
{
    const bb::Backup backup = sqlServerPackage();
    QCOMPARE(backup.name, u"mssql-6upluvd5_202007280115"_s); // what the file used to be called
    QVERIFY(backup.files.isEmpty());
    const QList<bb::DownloadIdentity> ids
        = bb::DownloadIdentity::forBackup(backup, sqlServerFields(), u"acct"_s);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(ids.first().fileName, u"autoed_instance_58037_20200728011545.bak.tar"_s);
    QCOMPARE(ids.first().backupId, backup.id);
    QCOMPARE(ids.first().account, u"acct"_s);
}

void TestDownloadIdentity::sqlServerPackageFallsBackToDecodedUrl()
{
    bb::Backup backup = sqlServerPackage();
    backup.extra.removeIf([](const bb::Field &field) { return field.key == u"FileName"_s; });
    QVERIFY(backup.extraValue(u"FileName"_s).isEmpty());
    // The COS key's slashes arrive as "%2f": only the part after the last one is the name.
    QCOMPARE(bb::DownloadIdentity::forBackup(backup, sqlServerFields()).first().fileName,
             u"autoed_instance_58037_20200728011545.bak.tar"_s);
}

void TestDownloadIdentity::redisShardUsesItsFileName()
{
    bb::ProviderError error;
    const QList<bb::BackupFile> shards
        = bb::RedisParser::parseBackupUrls(fixture(u"tencent-redis/describebackupurl.json"_s), &error);
    QVERIFY(!error.isError());
    QCOMPARE(shards.size(), 3);

    bb::Backup backup;
    backup.id = u"154572601-1165734322-153731238"_s;
    backup.product = u"tencent-redis"_s;
    backup.instanceId = u"crs-c7nuafdt"_s;
    backup.files = {shards.first()};
    const QList<bb::DownloadIdentity> ids = bb::DownloadIdentity::forBackup(backup, QStringList());
    QCOMPARE(ids.size(), 1);
    QCOMPARE(ids.first().fileName, u"9527208-4633789-redis-server-5.0.5-1001463-ignore-1-ignore.rdb"_s);
    QCOMPARE(ids.first().expectedSize, 1264547);

    // A shard without a name is named by its URL, not by the backup id.
    backup.files.first().name.clear();
    QCOMPARE(bb::DownloadIdentity::forBackup(backup, QStringList()).first().fileName,
             u"-9527208-4633789-redis-server-5.0.5-1001463-ignore-1-ignore.rdb"_s);

    backup.files = shards;
    const QList<bb::DownloadIdentity> all = bb::DownloadIdentity::forBackup(backup, QStringList());
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(2).fileName, u"9527208-4633789-redis-server-5.0.5-1001463-ignore-3-ignore.rdb"_s);
}

void TestDownloadIdentity::fallsBackToBackupNameThenIdSanitised()
{
    bb::Backup backup;
    backup.id = u"b-1"_s;
    backup.product = u"tencent-redis"_s;
    backup.name = u"../nightly:full"_s;
    const QString named = bb::DownloadIdentity::forBackup(backup, QStringList()).first().fileName;
    QCOMPARE(named, bb::FileNameSanitizer::sanitize(backup.name));
    QVERIFY(!named.contains(u'/'));
    backup.name.clear();
    QCOMPARE(bb::DownloadIdentity::forBackup(backup, QStringList()).first().fileName, u"b-1"_s);
}

void TestDownloadIdentity::pickFindsFileBySanitisedName()
{
    bb::Backup backup;
    backup.id = u"b"_s;
    backup.product = u"alibaba-rds"_s;
    backup.files = {
        {u"dir/one.bak"_s, 1, u"one"_s, {}, QUrl(u"https://h/one"_s), {}, {}},
        {u"dir/two.bak"_s, 2, u"two"_s, {}, QUrl(u"https://h/two"_s), {}, {}},
    };
    const QList<bb::DownloadIdentity> ids = bb::DownloadIdentity::forBackup(backup, QStringList());
    QCOMPARE(ids.size(), 2);
    QVERIFY(!ids.at(1).fileName.contains(u'/'));
    bb::ProviderError error;
    const bb::ResolvedSource source = bb::ServiceUrlResolver::pick(ids.at(1), backup, backup.files, &error);
    QVERIFY(!error.isError());
    QCOMPARE(source.externalUrl, QUrl(u"https://h/two"_s));
}

void TestDownloadIdentity::jsonRoundTrip()
{
    bb::DownloadIdentity id
        = bb::DownloadIdentity::forBackup(sqlServerPackage(), sqlServerFields(), u"acct"_s).first();
    id.expectedSize = (qint64(1) << 53) + 1; // beyond a JSON double
    QVERIFY(!id.locator.isEmpty());
    QCOMPARE(bb::DownloadIdentity::fromJson(id.toJson()), id);
}

// The identity keeps the provider fields the caller's service declares, and no other: a field
// declared but absent is skipped, an undeclared one (FileName, Strategy, ...) never travels.
void TestDownloadIdentity::forBackupKeepsOnlyTheDeclaredFields()
{
    bb::Backup listed = sqlServerPackage();
    listed.extra.append({u"GroupId"_s, u"550123"_s});
    listed.extra.append({u"Zone"_s, u"ap-guangzhou-3"_s});
    QVERIFY(!listed.extraValue(u"FileName"_s).isEmpty());
    const QString format = listed.extraValue(u"BackupFormat"_s);
    QVERIFY(!format.isEmpty());

    QVERIFY(bb::DownloadIdentity::forBackup(listed, QStringList()).first().locator.isEmpty());
    // Declared out of order and twice, one of them missing from the record: kept sorted by key,
    // once, so the identity read back from JSON (keys in order) compares equal.
    const bb::DownloadIdentity id = bb::DownloadIdentity::forBackup(
                                        listed, {u"Zone"_s, u"NotListed"_s, u"GroupId"_s, u"Zone"_s}, u"a"_s)
                                        .first();
    const bb::FieldList expected = {{u"GroupId"_s, u"550123"_s}, {u"Zone"_s, u"ap-guangzhou-3"_s}};
    QCOMPARE(id.locator, expected);
    QCOMPARE(bb::DownloadIdentity::fromJson(id.toJson()), id);
    const QByteArray text = QJsonDocument(id.toJson()).toJson();
    QVERIFY(!text.contains("FileName"));
    QVERIFY(!text.contains("BackupFormat"));
    QVERIFY(!text.contains("NotListed"));

    // SQL Server's own declaration: its fields, and every identity of a multi-file backup has them.
    listed.files = {bb::BackupFile {u"db1.bak"_s, 5, u"db1"_s, {}, {}, {}, {}},
                    bb::BackupFile {u"db2.bak"_s, 6, u"db2"_s, {}, {}, {}, {}}};
    for (const bb::DownloadIdentity &each : bb::DownloadIdentity::forBackup(listed, sqlServerFields())) {
        QCOMPARE(each.toBackup().extraValue(u"BackupFormat"_s), format);
        QCOMPARE(each.toBackup().extraValue(u"GroupId"_s), u"550123"_s);
        QCOMPARE(each.locator.size(), sqlServerFields().size());
    }
}

// A restored download has only the identity: toBackup() must rebuild what SQL Server's
// resolveDownload() reads (start, kind, BackupFormat, GroupId), through JSON as on disk.
void TestDownloadIdentity::locatesTheBackupAgainFromJson()
{
    bb::Backup listed = sqlServerPackage();
    listed.kind = bb::BackupKind::Log;
    listed.extra.append({u"GroupId"_s, u"550123"_s});
    QVERIFY(listed.start.isValid());
    const bb::DownloadIdentity id
        = bb::DownloadIdentity::forBackup(listed, sqlServerFields(), u"acct"_s).first();
    const bb::DownloadIdentity back = bb::DownloadIdentity::fromJson(id.toJson());
    QCOMPARE(back, id);
    const bb::Backup rebuilt = back.toBackup();
    QCOMPARE(rebuilt.id, listed.id);
    QCOMPARE(rebuilt.instanceId, listed.instanceId);
    QCOMPARE(rebuilt.region, listed.region);
    QCOMPARE(rebuilt.start, listed.start);
    QCOMPARE(rebuilt.end, listed.end);
    QCOMPARE(bb::toString(rebuilt.kind), u"log"_s);
    QCOMPARE(rebuilt.extraValue(u"BackupFormat"_s), listed.extraValue(u"BackupFormat"_s));
    QCOMPARE(rebuilt.extraValue(u"GroupId"_s), u"550123"_s);
    QVERIFY(!rebuilt.hasUrls());
    // Only the declared fields travel: no other provider field is written to disk.
    for (const bb::Field &field : rebuilt.extra)
        QVERIFY2(sqlServerFields().contains(field.key), qPrintable(field.key));
    QVERIFY(listed.extra.size() > rebuilt.extra.size());
}

// URLs are bearer tokens: not one reaches the JSON, even in a field the identity keeps.
void TestDownloadIdentity::locatorKeepsNoAddress()
{
    bb::Backup listed = sqlServerPackage();
    QVERIFY(listed.hasUrls());
    listed.extra.append({u"GroupId"_s, u"https://cos.example.com/x.bak?sign=abc&Expires=1"_s});
    listed.extra.append({u"DownloadUrl"_s, u"https://cos.example.com/y.bak?q-signature=1"_s});
    listed.extra.append({u"Marker"_s, u"a=1&b=2"_s});
    // Even a field a service (wrongly) declares is dropped when its value looks like an address.
    const bb::DownloadIdentity id
        = bb::DownloadIdentity::forBackup(listed,
                                          sqlServerFields() + QStringList {u"DownloadUrl"_s, u"Marker"_s})
              .first();
    QCOMPARE(id.toBackup().extraValue(u"GroupId"_s), QString());
    QCOMPARE(id.toBackup().extraValue(u"DownloadUrl"_s), QString());
    QCOMPARE(id.toBackup().extraValue(u"Marker"_s), QString());
    QVERIFY(!id.toBackup().extraValue(u"BackupFormat"_s).isEmpty());
    bb::DownloadIdentity forced = id; // even when set by hand
    forced.locator.append({u"GroupId"_s, u"http://h/z?Signature=1"_s});
    for (const bb::DownloadIdentity &each : {id, forced}) {
        const QByteArray text = QJsonDocument(each.toJson()).toJson();
        for (const char *needle : {"http", "sign", "Signature", "Expires", "?"})
            QVERIFY2(!text.contains(needle), needle);
        QVERIFY(text.contains("locate"));
    }
}

// Sidecars and queues written before the locator existed still load, as the same file.
void TestDownloadIdentity::oldJsonWithoutLocatorLoads()
{
    const QByteArray old = R"({"account":"acct","product":"tencent-sqlserver","region":"ap-guangzhou",
        "instance":"mssql-6upluvd5","backup":"3060904","file":"autoed_instance_1.bak.tar",
        "database":"","size":"1024"})";
    const bb::DownloadIdentity id = bb::DownloadIdentity::fromJson(QJsonDocument::fromJson(old).object());
    QVERIFY(id.isValid());
    QCOMPARE(id.backupId, u"3060904"_s);
    QCOMPARE(id.expectedSize, 1024);
    QVERIFY(!id.start.isValid());
    QCOMPARE(bb::toString(id.kind), bb::toString(bb::BackupKind::Unknown));
    QVERIFY(id.locator.isEmpty());
    bb::DownloadIdentity current = id;
    current.start = QDateTime::currentDateTimeUtc();
    current.kind = bb::BackupKind::Full;
    current.locator = {{u"BackupFormat"_s, u"pkg"_s}};
    QVERIFY(id.sameFile(current)); // its .part is resumed, not restarted
    // Re-written, it has no empty "locate" either.
    QVERIFY(!id.toJson().contains(u"locate"_s));
}

// A file written by another version may carry keys this one does not know, anywhere: they do not
// stop it loading. Unknown string fields under "fields" are kept (which fields a product needs is
// the provider layer's business), other values and addresses are not.
void TestDownloadIdentity::fromJsonToleratesUnknownKeys()
{
    const QByteArray newer = R"({"account":"acct","product":"tencent-sqlserver","region":"ap-guangzhou",
        "instance":"mssql-6upluvd5","backup":"3060904","file":"autoed_instance_1.bak.tar",
        "database":"","size":"1024","priority":3,"tags":["x"],
        "locate":{"start":"2026-11-20T14:15:02.250Z","kind":"full","window":{"hours":12},
                  "fields":{"GroupId":"550123","BackupFormat":"single","Shard":"2","Count":7,
                            "Nested":{"a":"b"},"Link":"https://h/x?sign=1","Empty":""}}})";
    const bb::DownloadIdentity id = bb::DownloadIdentity::fromJson(QJsonDocument::fromJson(newer).object());
    QVERIFY(id.isValid());
    QCOMPARE(id.backupId, u"3060904"_s);
    QCOMPARE(id.start, QDateTime(QDate(2026, 11, 20), QTime(14, 15, 2, 250), Qt::UTC));
    QCOMPARE(bb::toString(id.kind), u"full"_s);
    const bb::FieldList expected
        = {{u"BackupFormat"_s, u"single"_s}, {u"GroupId"_s, u"550123"_s}, {u"Shard"_s, u"2"_s}};
    QCOMPARE(id.locator, expected);
    QCOMPARE(bb::DownloadIdentity::fromJson(id.toJson()), id);
    QVERIFY(!QJsonDocument(id.toJson()).toJson().contains("http"));
}

// The slack comes from the product's description (SQL Server lists whole KB), is kept on disk,
// and applies only to a known size.
void TestDownloadIdentity::sizeSlackFromTheProduct()
{
    const bb::ServiceConfig none;
    bb::TencentSqlServerService sqlServer(none);
    bb::Backup listed = sqlServerPackage();
    listed.sizeBytes = 97 * 1024;
    const bb::DownloadIdentity id = bb::DownloadIdentity::forBackup(listed, sqlServer, u"acct"_s).first();
    QCOMPARE(id.listedSizeSlack, 1023);
    QCOMPARE(id.sizeSlack(), 1023);
    QCOMPARE(bb::DownloadIdentity::fromJson(id.toJson()), id);
    QCOMPARE(id.locator, bb::DownloadIdentity::forBackup(listed, sqlServer.locatorFields()).first().locator);

    bb::DownloadIdentity unknownSize = id;
    unknownSize.expectedSize = -1;
    QCOMPARE(unknownSize.sizeSlack(), 0);

    // Another product's exact sizes: no slack, also after a round trip (the key is written as 0).
    bb::DownloadIdentity exact = id;
    exact.product = u"tencent-redis"_s;
    exact.listedSizeSlack = 0;
    QCOMPARE(bb::DownloadIdentity::fromJson(exact.toJson()).sizeSlack(), 0);
    // A hostile file cannot make the slack negative.
    QJsonObject negative = id.toJson();
    negative.insert(u"size_slack"_s, u"-5"_s);
    QCOMPARE(bb::DownloadIdentity::fromJson(negative).sizeSlack(), 0);
}

// Queues and sidecars written before "size_slack" existed: SQL Server's (then the only product
// listing whole KB) keep their slack, the others have none.
void TestDownloadIdentity::oldJsonKeepsSqlServerSlack()
{
    const QByteArray old = R"({"account":"acct","product":"tencent-sqlserver","region":"ap-guangzhou",
        "instance":"mssql-6upluvd5","backup":"3060904","file":"autoed_instance_1.bak.tar",
        "database":"","size":"1024"})";
    QCOMPARE(bb::DownloadIdentity::fromJson(QJsonDocument::fromJson(old).object()).sizeSlack(), 1023);
    QByteArray redis = old;
    redis.replace("tencent-sqlserver", "tencent-redis");
    QCOMPARE(bb::DownloadIdentity::fromJson(QJsonDocument::fromJson(redis).object()).sizeSlack(), 0);
}

BB_TEST_GUILESS_MAIN(TestDownloadIdentity)
#include "tst_downloadidentity.moc"
