#include "providers/alibaba/rdsparser.h"
#include "support/jsonfixture.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QTest>

using namespace bb;

namespace {

QJsonObject fixture(const char *name)
{
    return test::jsonFixture(QStringLiteral(BB_SEEDS_DIR "/alibaba-rds/") + QLatin1String(name));
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

// The seed's single backup with a few fields replaced.
QJsonObject seedWith(const QJsonObject &changes, const QStringList &removed = {})
{
    QJsonObject root = fixture("describebackups.json");
    QJsonObject items = root.value(QLatin1String("Items")).toObject();
    QJsonArray list = items.value(QLatin1String("Backup")).toArray();
    QJsonObject b = list.at(0).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        b.insert(it.key(), it.value());
    for (const QString &key : removed)
        b.remove(key);
    list.replace(0, b);
    items.insert(QLatin1String("Backup"), list);
    root.insert(QLatin1String("Items"), items);
    return root;
}

} // namespace

class TestRdsParser final : public QObject
{
    Q_OBJECT

private slots:
    void publishedBackupPolicy()
    {
        QString error;
        const BackupPolicy policy
            = RdsParser::parseBackupPolicy(fixture("describebackuppolicy.json"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(policy.fullBackupWeekdays, (QList<int> {1, 3, 5, 7})); // Monday,Wednesday,Friday,Sunday
        QCOMPARE(policy.window, QStringLiteral("15:00Z-16:00Z"));
        QVERIFY(
            policy.raw.contains(Field {QStringLiteral("LogBackupFrequency"), QStringLiteral("LogInterval")}));
        QVERIFY(policy.raw.contains(Field {QStringLiteral("EnableBackupLog"), QStringLiteral("1")}));

        QJsonObject odd = fixture("describebackuppolicy.json");
        odd.insert(QStringLiteral("PreferredBackupPeriod"), QStringLiteral("Monday,Funday"));
        QVERIFY(!RdsParser::parseBackupPolicy(odd, &error).hasSchedule());
        QVERIFY2(error.contains(QLatin1String("Funday")), qPrintable(error));
        odd.remove(QStringLiteral("PreferredBackupPeriod"));
        error.clear();
        QVERIFY(!RdsParser::parseBackupPolicy(odd, &error).hasSchedule());
        QVERIFY(!error.isEmpty());
    }

    void seedPageCountersAreStrings()
    {
        const RdsBackupPage page
            = RdsParser::parseBackups(fixture("describebackups.json"), QStringLiteral("cn-hangzhou"));
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.pageNumber, 1);
        QCOMPARE(page.pageRecordCount, 30);
        QCOMPARE(page.totalRecordCount, 100);
        QCOMPARE(page.skipped, 0);
        QCOMPARE(page.backups.size(), 1);
    }

    void seedBackupNormalised()
    {
        const Backup b
            = RdsParser::parseBackups(fixture("describebackups.json"), QStringLiteral("cn-hangzhou"))
                  .backups.at(0);
        QCOMPARE(b.id, QStringLiteral("321020562"));
        QCOMPARE(b.product, QStringLiteral("alibaba-rds"));
        QCOMPARE(b.instanceId, QStringLiteral("rm-uf6wjk5xxxxxxx"));
        QCOMPARE(b.region, QStringLiteral("cn-hangzhou"));
        QCOMPARE(toString(b.status), toString(BackupStatus::Succeeded));
        QCOMPARE(b.statusRaw, QStringLiteral("Success"));
        QCOMPARE(toString(b.kind), toString(BackupKind::Full));
        QCOMPARE(toString(b.trigger), toString(BackupTrigger::Automatic));
        QCOMPARE(toString(b.method), toString(BackupMethod::Physical));
        QCOMPARE(b.sizeBytes, qint64(2167808));
        QCOMPARE(b.start, utc("2019-02-03T12:20:00Z"));
        QCOMPARE(b.start.timeSpec(), Qt::UTC);
        QCOMPARE(b.end, utc("2019-02-13T12:20:00Z"));
        QCOMPARE(b.externalUrl,
                 QUrl(QStringLiteral("http://rdsbak-hz-v3.oss-cn-hangzhou.aliyuncs.com/xxxxx")));
        QCOMPARE(b.internalUrl,
                 QUrl(QStringLiteral("http://rdsbak-hz-v3.oss-cn-hangzhou-internal.aliyuncs.com/xxxxx")));
        QCOMPARE(b.name, QStringLiteral("xxxxx"));
        QVERIFY(b.notDownloadableReason.isEmpty());
    }

    void seedMaskedChecksumIsNotVerifiable()
    {
        // "1835830439**********" is the docs' masked example: shown, never used to verify a file.
        const Backup b
            = RdsParser::parseBackups(fixture("describebackups.json"), QStringLiteral("cn-hangzhou"))
                  .backups.at(0);
        QVERIFY(b.checksum.isEmpty());
        QCOMPARE(b.extraValue(QStringLiteral("Checksum")), QStringLiteral("1835830439**********"));
    }

    void realChecksumKeptAsCrc64Decimal()
    {
        const QJsonObject root
            = seedWith({{QStringLiteral("Checksum"), QStringLiteral("11051210869376104954")}});
        const Backup b = RdsParser::parseBackups(root, {}).backups.at(0);
        QCOMPARE(b.checksum.algorithm, QStringLiteral("crc64-xz"));
        QCOMPARE(b.checksum.value, QStringLiteral("11051210869376104954"));
        QVERIFY(b.extraValue(QStringLiteral("Checksum")).isEmpty());
    }

    void seedPerDatabaseLinks()
    {
        const Backup b
            = RdsParser::parseBackups(fixture("describebackups.json"), QStringLiteral("cn-hangzhou"))
                  .backups.at(0);
        QCOMPARE(b.files.size(), 1);
        const BackupFile &f = b.files.at(0);
        QCOMPARE(f.database, QStringLiteral("dbs"));
        QCOMPARE(f.name, QStringLiteral("hins18676859_2021072909473127987849.zip"));
        QCOMPARE(f.externalUrl.host(), QStringLiteral("cn-hangzhou.bak.rds.aliyuncs.com"));
        QCOMPARE(f.internalUrl.host(), QStringLiteral("cn-hangzhou-internal.bak.rds.aliyuncs.com"));
        QVERIFY(f.externalUrl.query().contains(QLatin1String("Expires=")));
        QCOMPARE(b.databases, QStringList {QStringLiteral("dbs")});
    }

    void seedExtraInOrder()
    {
        const Backup b
            = RdsParser::parseBackups(fixture("describebackups.json"), QStringLiteral("cn-hangzhou"))
                  .backups.at(0);
        QStringList keys;
        for (const Field &f : b.extra)
            keys << f.key;
        const QStringList expected {QStringLiteral("Checksum"),
                                    QStringLiteral("BackupInitiator"),
                                    QStringLiteral("IsAvail"),
                                    QStringLiteral("MetaStatus"),
                                    QStringLiteral("StoreStatus"),
                                    QStringLiteral("StorageClass"),
                                    QStringLiteral("Storage"),
                                    QStringLiteral("ConsistentTime"),
                                    QStringLiteral("CopyOnlyBackup"),
                                    QStringLiteral("Encryption"),
                                    QStringLiteral("Engine"),
                                    QStringLiteral("EngineVersion"),
                                    QStringLiteral("HostInstanceID"),
                                    QStringLiteral("ResourceGroupId"),
                                    QStringLiteral("TotalEcsSnapshotSize")};
        QCOMPARE(keys, expected);
        QCOMPARE(b.extraValue(QStringLiteral("BackupInitiator")), QStringLiteral("System"));
        QCOMPARE(b.extraValue(QStringLiteral("IsAvail")), QStringLiteral("1"));
        QCOMPARE(b.extraValue(QStringLiteral("MetaStatus")), QStringLiteral("OK"));
        QCOMPARE(b.extraValue(QStringLiteral("StoreStatus")), QStringLiteral("Disabled"));
        QCOMPARE(b.extraValue(QStringLiteral("StorageClass")), QStringLiteral("0"));
        // 1576506856 Unix seconds.
        QCOMPARE(b.extraValue(QStringLiteral("ConsistentTime")), QStringLiteral("2019-12-16T14:34:16Z"));
        QCOMPARE(b.extraValue(QStringLiteral("Engine")), QStringLiteral("MySQL"));
        QCOMPARE(b.extraValue(QStringLiteral("EngineVersion")), QStringLiteral("8.0"));
        QCOMPARE(b.extraValue(QStringLiteral("HostInstanceID")), QStringLiteral("5882781"));
        QCOMPARE(b.extraValue(QStringLiteral("Storage")), QStringLiteral("regular storage"));
        // The page-level snapshot-chain size (bytes) travels with each row.
        QCOMPARE(b.extraValue(QStringLiteral("TotalEcsSnapshotSize")), QStringLiteral("0"));
        // The seed's StoreStatus is Disabled: RDS will refuse DeleteBackup, and the record says so.
        QVERIFY(b.notDeletableReason.contains(QLatin1String("StoreStatus is Disabled")));
        QVERIFY(b.notDownloadableReason.isEmpty());
    }

    void unavailableArchivedAndDeletable()
    {
        const QJsonObject root = seedWith({{QStringLiteral("IsAvail"), 0},
                                           {QStringLiteral("StorageClass"), QStringLiteral("1")},
                                           {QStringLiteral("StoreStatus"), QStringLiteral("Enabled")}});
        const RdsBackupPage page = RdsParser::parseBackups(root, QStringLiteral("cn-hangzhou"));
        const Backup &b = page.backups.at(0);
        // IsAvail 0: not offered for download although the row still lists URLs.
        QVERIFY(b.hasUrls());
        QCOMPARE(b.notDownloadableReason,
                 QStringLiteral("RDS marks this backup set unavailable (IsAvail 0)."));
        QCOMPARE(b.extraValue(QStringLiteral("StorageClass")), QStringLiteral("1"));
        QCOMPARE(b.extraValue(QStringLiteral("Storage")), QStringLiteral("archive storage"));
        QVERIFY(b.notDeletableReason.isEmpty()); // Enabled on MySQL: delete is offered
        QCOMPARE(page.totalEcsSnapshotSize, qint64(0));
    }

    void deleteRefusedForOtherEngines()
    {
        const Backup b
            = RdsParser::parseBackups(seedWith({{QStringLiteral("StoreStatus"), QStringLiteral("Enabled")},
                                                {QStringLiteral("Engine"), QStringLiteral("SQLServer")}}),
                                      QStringLiteral("cn-hangzhou"))
                  .backups.at(0);
        QVERIFY2(b.notDeletableReason.contains(QLatin1String("MySQL and PostgreSQL")),
                 qPrintable(b.notDeletableReason));
    }

    void timesWithoutSecondsAndCountersAsInts()
    {
        QJsonObject root = seedWith({{QStringLiteral("BackupStartTime"), QStringLiteral("2011-06-01T16:00Z")},
                                     {QStringLiteral("BackupEndTime"), QStringLiteral("2011-06-01T16:05Z")},
                                     {QStringLiteral("BackupSize"), QStringLiteral("2167808")},
                                     {QStringLiteral("ConsistentTime"), 0}});
        root.insert(QLatin1String("PageNumber"), 3);
        root.insert(QLatin1String("TotalRecordCount"), 250);
        const RdsBackupPage page = RdsParser::parseBackups(root, {});
        QCOMPARE(page.pageNumber, 3);
        QCOMPARE(page.totalRecordCount, 250);
        const Backup &b = page.backups.at(0);
        QCOMPARE(b.start, utc("2011-06-01T16:00:00Z"));
        QCOMPARE(b.end, utc("2011-06-01T16:05:00Z"));
        QCOMPARE(b.sizeBytes, qint64(2167808));
        QVERIFY(b.extraValue(QStringLiteral("ConsistentTime")).isEmpty()); // 0 means none, not 1970
    }

    void enumsMapped_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("trigger");
        QTest::addColumn<int>("methodEnum");
        QTest::addColumn<int>("statusEnum");
        QTest::newRow("incremental manual logical failed")
            << "IncrementalBackup"
            << "Manual"
            << "Logical"
            << "Failed" << int(BackupKind::Incremental) << int(BackupTrigger::Manual)
            << int(BackupMethod::Logical) << int(BackupStatus::Failed);
        QTest::newRow("full automated snapshot success")
            << "FullBackup"
            << "Automated"
            << "Snapshot"
            << "Success" << int(BackupKind::Full) << int(BackupTrigger::Automatic)
            << int(BackupMethod::Snapshot) << int(BackupStatus::Succeeded);
        QTest::newRow("unknown values")
            << "Weird"
            << "Sometimes"
            << "Magic"
            << "Pending" << int(BackupKind::Unknown) << int(BackupTrigger::Unknown)
            << int(BackupMethod::Unknown) << int(BackupStatus::Unknown);
    }
    void enumsMapped()
    {
        QFETCH(QString, type);
        QFETCH(QString, mode);
        QFETCH(QString, method);
        QFETCH(QString, status);
        const Backup b = RdsParser::parseBackups(seedWith({{QStringLiteral("BackupType"), type},
                                                           {QStringLiteral("BackupMode"), mode},
                                                           {QStringLiteral("BackupMethod"), method},
                                                           {QStringLiteral("BackupStatus"), status}}),
                                                 {})
                             .backups.at(0);
        QTEST(int(b.kind), "kind");
        QTEST(int(b.trigger), "trigger");
        QTEST(int(b.method), "methodEnum");
        QTEST(int(b.status), "statusEnum");
        QCOMPARE(b.statusRaw, status);
        if (b.kind == BackupKind::Unknown) // raw values kept where the enum could not place them
            QCOMPARE(b.extraValue(QStringLiteral("BackupType")), type);
    }

    void snapshotWithoutUrlsIsNotDownloadable()
    {
        const QJsonObject root = seedWith({{QStringLiteral("BackupMethod"), QStringLiteral("Snapshot")},
                                           {QStringLiteral("BackupDownloadURL"), QJsonValue::Null},
                                           {QStringLiteral("BackupIntranetDownloadURL"), QStringLiteral("")}},
                                          {QStringLiteral("BackupDownloadLinkByDB")});
        const Backup b = RdsParser::parseBackups(root, {}).backups.at(0);
        QVERIFY(!b.hasUrls());
        QVERIFY(b.files.isEmpty());
        QVERIFY(b.notDownloadableReason.contains(QLatin1String("napshot")));
        QVERIFY(b.name.isEmpty());
    }

    void failedWithoutUrlsSaysWhy()
    {
        const QJsonObject root = seedWith({{QStringLiteral("BackupStatus"), QStringLiteral("Failed")},
                                           {QStringLiteral("BackupDownloadURL"), QStringLiteral("null")},
                                           {QStringLiteral("BackupIntranetDownloadURL"), QJsonValue::Null},
                                           {QStringLiteral("BackupDownloadLinkByDB"), QJsonObject {}}});
        const Backup b = RdsParser::parseBackups(root, {}).backups.at(0);
        QVERIFY(!b.hasUrls());
        QVERIFY(b.notDownloadableReason.contains(QLatin1String("failed")));
    }

    void perDatabaseOnlyIsStillDownloadable()
    {
        const QJsonObject root
            = seedWith({{QStringLiteral("BackupDownloadURL"), QStringLiteral("")},
                        {QStringLiteral("BackupIntranetDownloadURL"), QStringLiteral("")}});
        const Backup b = RdsParser::parseBackups(root, {}).backups.at(0);
        QVERIFY(!b.hasUrls());
        QCOMPARE(b.files.size(), 1);
        QVERIFY(b.notDownloadableReason.isEmpty());
    }

    void hostileMissingAndWrongTypes()
    {
        // Every optional field gone or of the wrong type: the record survives with "unknown" values.
        QJsonObject b {{QStringLiteral("BackupId"), 42},
                       {QStringLiteral("BackupSize"), QStringLiteral("lots")},
                       {QStringLiteral("BackupStartTime"), 1549196400},
                       {QStringLiteral("BackupEndTime"), QStringLiteral("yesterday")},
                       {QStringLiteral("BackupStatus"), QJsonValue::Null},
                       {QStringLiteral("BackupDownloadLinkByDB"), QStringLiteral("not a list")},
                       {QStringLiteral("IsAvail"), true},
                       {QStringLiteral("Checksum"), -5}};
        QJsonObject root {
            {QStringLiteral("Items"), QJsonObject {{QStringLiteral("Backup"), QJsonArray {b}}}}};
        const RdsBackupPage page = RdsParser::parseBackups(root, QStringLiteral("cn-beijing"));
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.pageNumber, 0);
        QCOMPARE(page.backups.size(), 1);
        const Backup &r = page.backups.at(0);
        QCOMPARE(r.id, QStringLiteral("42"));
        QCOMPARE(r.sizeBytes, qint64(-1));
        QVERIFY(!r.start.isValid());
        QVERIFY(!r.end.isValid());
        QCOMPARE(toString(r.status), toString(BackupStatus::Unknown));
        QVERIFY(r.files.isEmpty());
        QVERIFY(r.checksum.isEmpty());
        QCOMPARE(r.extraValue(QStringLiteral("IsAvail")), QStringLiteral("true"));
        QVERIFY(!r.notDownloadableReason.isEmpty());
    }

    void hostileEntriesSkipped()
    {
        QJsonObject root {
            {QStringLiteral("Items"),
             QJsonObject {{QStringLiteral("Backup"),
                           QJsonArray {QStringLiteral("x"), QJsonValue::Null, QJsonObject {},
                                       QJsonObject {{QStringLiteral("BackupId"), QStringLiteral("7")}}}}}}};
        const RdsBackupPage page = RdsParser::parseBackups(root, {});
        QCOMPARE(page.skipped, 3);
        QCOMPARE(page.backups.size(), 1);
    }

    void emptyAndMissingLists()
    {
        QVERIFY(RdsParser::parseBackups(QJsonObject {}, {}).error.isEmpty());
        QVERIFY(RdsParser::parseBackups(QJsonObject {}, {}).backups.isEmpty());
        const QJsonObject nullItems {{QStringLiteral("Items"), QJsonValue::Null}};
        QVERIFY(RdsParser::parseBackups(nullItems, {}).error.isEmpty());
        const QJsonObject emptyList {
            {QStringLiteral("Items"), QJsonObject {{QStringLiteral("Backup"), QJsonArray {}}}},
            {QStringLiteral("TotalRecordCount"), QStringLiteral("0")}};
        QVERIFY(RdsParser::parseBackups(emptyList, {}).backups.isEmpty());
    }

    void wrongShapeIsAnError()
    {
        const QJsonObject itemsArray {{QStringLiteral("Items"), QJsonArray {}}};
        QVERIFY(!RdsParser::parseBackups(itemsArray, {}).error.isEmpty());
        const QJsonObject backupObject {
            {QStringLiteral("Items"), QJsonObject {{QStringLiteral("Backup"), QJsonObject {}}}}};
        QVERIFY(!RdsParser::parseBackups(backupObject, {}).error.isEmpty());
    }

    void errorEnvelopeHasNoBackups()
    {
        // An RPC error body reaching the parser (it should not): no records, no crash.
        const RdsBackupPage page = RdsParser::parseBackups(fixture("error-incorrectstate.json"), {});
        QVERIFY(page.backups.isEmpty());
        QCOMPARE(page.totalRecordCount, 0);
    }

    void instances()
    {
        const RdsInstancePage page
            = RdsParser::parseInstances(fixture("describedbinstances.json"), QStringLiteral("cn-hangzhou"));
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.nextToken, QStringLiteral("o7PORW5o2TJg**********"));
        QCOMPARE(page.totalRecordCount, 3);
        QCOMPARE(page.instances.size(), 2);
        const Instance &mysql = page.instances.at(0);
        QCOMPARE(mysql.id, QStringLiteral("rm-uf6wjk5xxxxxxx"));
        QCOMPARE(mysql.name, QStringLiteral("orders-primary"));
        QCOMPARE(mysql.product, QStringLiteral("alibaba-rds"));
        QCOMPARE(mysql.engine, QStringLiteral("MySQL 8.0"));
        QCOMPARE(toString(mysql.status), toString(InstanceStatus::Running));
        QCOMPARE(mysql.extra.at(0), (Field {QStringLiteral("ZoneId"), QStringLiteral("cn-hangzhou-a")}));
        QCOMPARE(mysql.extra.at(1),
                 (Field {QStringLiteral("DBInstanceClass"), QStringLiteral("rds.mys2.small")}));
        QVERIFY(mysql.extra.contains(
            Field {QStringLiteral("CreateTime"), QStringLiteral("2018-11-05T11:26:02Z")}));
        const Instance &mssql = page.instances.at(1);
        QCOMPARE(mssql.name, mssql.id); // no description: the id stands in
        QCOMPARE(mssql.engine, QStringLiteral("SQL Server 2019_std_ha"));
        QCOMPARE(toString(mssql.status), toString(InstanceStatus::Busy));
        QCOMPARE(mssql.statusRaw, QStringLiteral("Rebooting"));
    }

    void instancesLastPageHasNoToken()
    {
        QJsonObject root = fixture("describedbinstances.json");
        root.remove(QLatin1String("NextToken"));
        root.insert(QLatin1String("TotalRecordCount"), QStringLiteral("2"));
        const RdsInstancePage page = RdsParser::parseInstances(root, {});
        QVERIFY(page.nextToken.isEmpty());
        QCOMPARE(page.totalRecordCount, 2);
    }

    void createBackupJobId()
    {
        QCOMPARE(RdsParser::parseBackupJobId(fixture("createbackup.json")), QStringLiteral("4762614"));
        QCOMPARE(RdsParser::parseBackupJobId(QJsonObject {{QStringLiteral("BackupJobId"), 4762614}}),
                 QStringLiteral("4762614"));
        QVERIFY(RdsParser::parseBackupJobId(QJsonObject {}).isEmpty());
    }

    void backupTasks()
    {
        const RdsBackupJobList running = RdsParser::parseBackupTasks(fixture("describebackuptasks.json"));
        QVERIFY(running.error.isEmpty());
        QCOMPARE(running.jobs.size(), 1);
        QCOMPARE(running.jobs.at(0).jobId, QStringLiteral("4762614"));
        QCOMPARE(int(running.jobs.at(0).state), int(RdsBackupJob::State::Running));
        QCOMPARE(running.jobs.at(0).percent, 25);
        QVERIFY(running.jobs.at(0).backupId.isEmpty());
        QCOMPARE(running.jobs.at(0).taskAction, QStringLiteral("TempBackupTask"));

        const RdsBackupJobList done
            = RdsParser::parseBackupTasks(fixture("describebackuptasks-finished.json"));
        QCOMPARE(int(done.jobs.at(0).state), int(RdsBackupJob::State::Finished));
        QCOMPARE(done.jobs.at(0).percent, 100);
        QCOMPARE(done.jobs.at(0).backupId, QStringLiteral("346650271"));
    }

    void backupTaskStates_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("state");
        QTest::newRow("NoStart") << "NoStart" << int(RdsBackupJob::State::Waiting);
        QTest::newRow("Checking") << "Checking" << int(RdsBackupJob::State::Waiting);
        QTest::newRow("Preparing") << "Preparing" << int(RdsBackupJob::State::Waiting);
        QTest::newRow("Waiting") << "Waiting" << int(RdsBackupJob::State::Waiting);
        QTest::newRow("Uploading") << "Uploading" << int(RdsBackupJob::State::Running);
        QTest::newRow("Finished") << "Finished" << int(RdsBackupJob::State::Finished);
        QTest::newRow("Failed") << "Failed" << int(RdsBackupJob::State::Failed);
        QTest::newRow("empty") << "" << int(RdsBackupJob::State::Unknown);
    }
    void backupTaskStates()
    {
        QFETCH(QString, raw);
        QTEST(int(RdsParser::jobState(raw)), "state");
    }

    void backupTasksHostile()
    {
        const QJsonObject job {{QStringLiteral("BackupJobId"), 9},
                               {QStringLiteral("BackupProgressStatus"), QStringLiteral("Preparing")},
                               {QStringLiteral("Process"), QStringLiteral("150%")}};
        const QJsonObject root {
            {QStringLiteral("Items"),
             QJsonObject {{QStringLiteral("BackupJob"), QJsonArray {job, 5, QJsonObject {}}}}}};
        const RdsBackupJobList list = RdsParser::parseBackupTasks(root);
        QCOMPARE(list.jobs.size(), 1);
        QCOMPARE(list.jobs.at(0).jobId, QStringLiteral("9"));
        QCOMPARE(int(list.jobs.at(0).state), int(RdsBackupJob::State::Waiting)); // from the progress status
        QCOMPARE(list.jobs.at(0).percent, 100); // clamped
        QVERIFY(RdsParser::parseBackupTasks(QJsonObject {}).jobs.isEmpty());
        QVERIFY(!RdsParser::parseBackupTasks(QJsonObject {{QStringLiteral("Items"), 3}}).error.isEmpty());
    }

    void instanceStatuses()
    {
        QCOMPARE(toString(RdsParser::instanceStatus(QStringLiteral("Running"))),
                 toString(InstanceStatus::Running));
        QCOMPARE(toString(RdsParser::instanceStatus(QStringLiteral("Creating"))),
                 toString(InstanceStatus::Creating));
        QCOMPARE(toString(RdsParser::instanceStatus(QStringLiteral("Deleting"))),
                 toString(InstanceStatus::Deleting));
        QCOMPARE(toString(RdsParser::instanceStatus(QStringLiteral("Locked"))),
                 toString(InstanceStatus::Stopped));
        QCOMPARE(toString(RdsParser::instanceStatus(QStringLiteral("Restoring"))),
                 toString(InstanceStatus::Busy));
        QCOMPARE(toString(RdsParser::instanceStatus(QString())), toString(InstanceStatus::Unknown));
    }
};

BB_TEST_GUILESS_MAIN(TestRdsParser)
#include "tst_rdsparser.moc"
