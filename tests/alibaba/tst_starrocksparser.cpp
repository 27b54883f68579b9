#include "providers/alibaba/starrocksparser.h"
#include "support/jsonfixture.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QTest>

using namespace bb;

namespace {

QJsonObject fixture(const char *name)
{
    return test::jsonFixture(QStringLiteral(BB_SEEDS_DIR "/alibaba-starrocks/") + QLatin1String(name));
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

Backup seedBackup()
{
    return StarRocksParser::parseBackups(fixture("describebackups.json"), QStringLiteral("cn-hangzhou"))
        .backups.at(0);
}

QJsonObject withData(const QJsonValue &data)
{
    QJsonObject root = fixture("describebackups.json");
    root.insert(QLatin1String("Data"), data);
    return root;
}

} // namespace

class TestStarRocksParser final : public QObject
{
    Q_OBJECT

private slots:
    void seedSelfContradictoryEnvelopeStillParses()
    {
        // Success:false, ErrCode "Success", an error message and data: the parser reads the data;
        // judging the envelope is the protocol's job (HTTP status, Success and ErrCode together).
        const StarRocksBackupPage page
            = StarRocksParser::parseBackups(fixture("describebackups.json"), QStringLiteral("cn-hangzhou"));
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.total, 1);
        QCOMPARE(page.backups.size(), 1);
    }

    void seedBackupUnitsNormalised()
    {
        const Backup b = seedBackup();
        QCOMPARE(b.id, QStringLiteral("bt-12sui21312dd"));
        QCOMPARE(b.product, QStringLiteral("alibaba-starrocks"));
        QCOMPARE(b.instanceId, QStringLiteral("c-d4be777ff5e8cXXX"));
        QCOMPARE(b.region, QStringLiteral("cn-hangzhou"));
        QCOMPARE(b.name, QStringLiteral("Task description"));
        QCOMPARE(b.statusRaw, QStringLiteral("RUNNING"));
        QCOMPARE(toString(b.status), toString(BackupStatus::Running));
        QCOMPARE(toString(b.kind), toString(BackupKind::Full));
        // The data size is the subtasks' (1 GiB); the top-level Size is the cloud disk's, 100 GiB.
        QCOMPARE(b.sizeBytes, qint64(1073741824));
        QCOMPARE(b.extraValue(QStringLiteral("CloudDiskSizeGiB")), QStringLiteral("100"));
        QCOMPARE(b.start, utc("2025-03-17T02:36:58Z")); // 1742179018000 ms
        QCOMPARE(b.start.timeSpec(), Qt::UTC);
        QCOMPARE(b.end, utc("2025-03-17T02:37:08Z")); // 1742179028000 ms
        QCOMPARE(b.expire, utc("2025-03-17T05:23:28Z")); // 1742189008000 ms
        QVERIFY(!b.hasUrls());
        QCOMPARE(b.notDownloadableReason, QStringLiteral("StarRocks backups have no download URL."));
        QVERIFY(b.checksum.isEmpty());
    }

    void seedSubTasksAreParts()
    {
        const Backup b = seedBackup();
        QCOMPARE(b.files.size(), 1);
        const BackupFile &f = b.files.at(0);
        QCOMPARE(f.database, QStringLiteral("test1"));
        QCOMPARE(f.name, QStringLiteral("test1.cdc_ods_t2030_lcpf_api_topic_msg"));
        QCOMPARE(f.sizeBytes, qint64(1073741824)); // 1 GiB
        QVERIFY(f.externalUrl.isEmpty());
        const FieldList expected {
            {QStringLiteral("Table"), QStringLiteral("cdc_ods_t2030_lcpf_api_topic_msg")},
            {QStringLiteral("SnapshotName"), QStringLiteral("2025-02-10_backup")},
            {QStringLiteral("Status"), QStringLiteral("success")},
            {QStringLiteral("StartTime"), QStringLiteral("2025-05-20T02:29:50Z")}, // 1747708190 s
            {QStringLiteral("FinishedTime"), QStringLiteral("2025-05-20T05:16:30Z")}, // 1747718190 s
            {QStringLiteral("Detail"), QStringLiteral("[]")},
        };
        QCOMPARE(f.extra, expected);
        QCOMPARE(b.databases, QStringList {QStringLiteral("test1")});
    }

    void seedInstanceSnapshotFlattened()
    {
        const Backup b = seedBackup();
        const FieldList expected {
            // The top-level Size, "the cloud disk size in GiB", under its own name.
            {QStringLiteral("CloudDiskSizeGiB"), QStringLiteral("100")},
            {QStringLiteral("InstanceSnapshot.InstanceName"), QStringLiteral("c-37708ec80b5****")},
            {QStringLiteral("InstanceSnapshot.RunMode"), QStringLiteral("shared_data")},
            {QStringLiteral("InstanceSnapshot.Version"), QStringLiteral("3.3")},
            {QStringLiteral("InstanceSnapshot.MinorVersion"), QStringLiteral("3.3.13-1.0-1.7.2")},
            {QStringLiteral("InstanceSnapshot.SpecType"), QStringLiteral("standard")},
            {QStringLiteral("InstanceSnapshot.ResourceGroupId"), QStringLiteral("rg-aekzd7frphchx3a")},
            {QStringLiteral("InstanceSnapshot.VpcId"), QStringLiteral("vpc-2ze0cez8106f2n85c2d7i")},
            {QStringLiteral("InstanceSnapshot.RegionId"), QStringLiteral("cn-beijing")},
            {QStringLiteral("InstanceSnapshot.NodeGroups[0]"),
             QStringLiteral("FE: 4 CU, 200 GiB pl1 x 2 disks, 3 nodes, standard")},
            {QStringLiteral("InstanceSnapshot.Tags"), QStringLiteral("bk-time=1747708000")},
        };
        QCOMPARE(b.extra, expected);
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("status");
        QTest::newRow("COMPLETED") << "COMPLETED"
                                   << "succeeded";
        QTest::newRow("success") << "success"
                                 << "succeeded";
        QTest::newRow("RUNNING") << "RUNNING"
                                 << "running";
        QTest::newRow("FAILED") << "FAILED"
                                << "failed";
        QTest::newRow("PENDING") << "PENDING"
                                 << "creating";
        QTest::newRow("EXPIRED") << "EXPIRED"
                                 << "expired";
        QTest::newRow("new value") << "HIBERNATING"
                                   << "unknown";
        QTest::newRow("empty") << ""
                               << "unknown";
    }
    void statuses()
    {
        QFETCH(QString, raw);
        QTEST(toString(StarRocksParser::backupStatus(raw)), "status");
    }

    void sizesInGiB_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("int") << QJsonValue(100) << qint64(107374182400);
        QTest::newRow("zero") << QJsonValue(0) << qint64(0);
        QTest::newRow("fraction") << QJsonValue(0.5) << qint64(536870912);
        QTest::newRow("string") << QJsonValue(QStringLiteral("2")) << qint64(2147483648);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << qint64(-1);
        QTest::newRow("negative") << QJsonValue(-1) << qint64(-1);
        QTest::newRow("garbage") << QJsonValue(QStringLiteral("big")) << qint64(-1);
    }
    void sizesInGiB()
    {
        QFETCH(QJsonValue, value);
        QTEST(StarRocksParser::gibToBytes(value), "bytes");
    }

    void timesInTheWrongUnitAreCorrected()
    {
        // Top-level times documented in ms, subtask times in s; a value in the other unit would land
        // in 1970 or in year 57000, so it is read in the unit that gives a sane date.
        QJsonObject b
            = fixture("describebackups.json").value(QLatin1String("Data")).toArray().at(0).toObject();
        b.insert(QLatin1String("BackupStartTime"), 1742179018);
        QJsonArray subs = b.value(QLatin1String("SubTasks")).toArray();
        QJsonObject sub = subs.at(0).toObject();
        sub.insert(QLatin1String("StartTime"), 1747708190000.0);
        subs.replace(0, sub);
        b.insert(QLatin1String("SubTasks"), subs);
        const Backup r = StarRocksParser::parseBackup(b, {});
        QCOMPARE(r.start, utc("2025-03-17T02:36:58Z"));
        QCOMPARE(r.files.at(0).extra.at(3).value, QStringLiteral("2025-05-20T02:29:50Z"));
    }

    void hostileMissingFieldsAndWrongTypes()
    {
        const QJsonObject b {{QStringLiteral("BackupTaskId"), QStringLiteral("bt-1")},
                             {QStringLiteral("Size"), QJsonValue::Null},
                             {QStringLiteral("BackupStartTime"), QStringLiteral("soon")},
                             {QStringLiteral("BackupFinishedTime"), 0},
                             {QStringLiteral("SubTasks"), QStringLiteral("none")},
                             {QStringLiteral("InstanceSnapshot"), QJsonArray {1, 2}},
                             {QStringLiteral("BackupType"), QStringLiteral("1")},
                             {QStringLiteral("Status"), 3}};
        const StarRocksBackupPage page
            = StarRocksParser::parseBackups(withData(QJsonArray {b}), QStringLiteral("cn-x"));
        QCOMPARE(page.backups.size(), 1);
        const Backup &r = page.backups.at(0);
        QCOMPARE(r.region, QStringLiteral("cn-x"));
        QCOMPARE(r.sizeBytes, qint64(-1));
        QVERIFY(!r.start.isValid());
        QVERIFY(!r.end.isValid());
        QVERIFY(r.files.isEmpty());
        QCOMPARE(toString(r.kind), QString());
        QCOMPARE(r.extraValue(QStringLiteral("BackupType")), QStringLiteral("1")); // "consistent", kept raw
        QCOMPARE(r.statusRaw, QStringLiteral("3"));
        QCOMPARE(toString(r.status), QStringLiteral("unknown"));
    }

    void hostileEntriesSkipped()
    {
        const QJsonArray data {5, QJsonValue::Null, QJsonObject {{QStringLiteral("Size"), 3}},
                               QJsonObject {{QStringLiteral("BackupTaskId"), QStringLiteral("bt-2")}}};
        const StarRocksBackupPage page = StarRocksParser::parseBackups(withData(data), {});
        QCOMPARE(page.skipped, 3);
        QCOMPARE(page.backups.size(), 1);
    }

    void nullAndEmptyData()
    {
        QVERIFY(StarRocksParser::parseBackups(withData(QJsonValue::Null), {}).error.isEmpty());
        QVERIFY(StarRocksParser::parseBackups(withData(QJsonArray {}), {}).backups.isEmpty());
        QVERIFY(!StarRocksParser::parseBackups(withData(QJsonObject {}), {}).error.isEmpty());
        QVERIFY(!StarRocksParser::parseBackups(withData(QStringLiteral("[]")), {}).error.isEmpty());
    }

    void errorEnvelopeHasNoBackups()
    {
        const StarRocksBackupPage page = StarRocksParser::parseBackups(fixture("error-envelope.json"), {});
        QVERIFY(page.error.isEmpty());
        QVERIFY(page.backups.isEmpty());
        QCOMPARE(page.total, 0);
    }

    void totalAsString()
    {
        QJsonObject root = fixture("describebackups.json");
        root.insert(QLatin1String("Total"), QStringLiteral("41"));
        QCOMPARE(StarRocksParser::parseBackups(root, {}).total, 41);
    }

    void instances()
    {
        const StarRocksInstancePage page = StarRocksParser::parseInstances(fixture("describeinstances.json"),
                                                                           QStringLiteral("cn-hangzhou"));
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.total, 2);
        QCOMPARE(page.instances.size(), 2);
        const Instance &a = page.instances.at(0);
        QCOMPARE(a.id, QStringLiteral("c-b25e21e24388xxxx"));
        QCOMPARE(a.name, QStringLiteral("analytics-prod"));
        QCOMPARE(a.product, QStringLiteral("alibaba-starrocks"));
        QCOMPARE(a.engine, QStringLiteral("StarRocks 3.3.13-1.0-1.7.2"));
        QCOMPARE(toString(a.status), toString(InstanceStatus::Running));
        QCOMPARE(a.extra.at(0), (Field {QStringLiteral("RunMode"), QStringLiteral("shared_data")}));
        QVERIFY(
            a.extra.contains(Field {QStringLiteral("BeginTime"), QStringLiteral("2025-03-11T10:40:00Z")}));
        const Instance &b = page.instances.at(1);
        QCOMPARE(b.name, b.id);
        QCOMPARE(b.engine, QStringLiteral("StarRocks 3.2"));
        QCOMPARE(toString(b.status), toString(InstanceStatus::Busy));
        QCOMPARE(b.statusRaw, QStringLiteral("restarting"));
    }

    // Every InstanceStatus value the SDK model lists (starrocks-20221019
    // describe_instances_response_body_model.go) lands somewhere; none falls through to Unknown.
    void everySdkInstanceStatusMapped_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("status");
        const auto row = [](const char *raw, InstanceStatus status) {
            QTest::newRow(raw) << QString::fromLatin1(raw) << int(status);
        };
        row("not_init", InstanceStatus::Creating);
        row("unpaid", InstanceStatus::Creating);
        row("paid", InstanceStatus::Creating);
        row("creating", InstanceStatus::Creating);
        row("creating_failed", InstanceStatus::Error);
        row("created", InstanceStatus::Running);
        row("running", InstanceStatus::Running);
        row("updating", InstanceStatus::Busy);
        row("agent_creating", InstanceStatus::Creating);
        row("agent_scaling_up", InstanceStatus::Busy);
        row("modifying_config", InstanceStatus::Busy);
        row("scaling_out", InstanceStatus::Busy);
        row("restarting", InstanceStatus::Busy);
        row("scaling_in", InstanceStatus::Busy);
        row("scaling_up", InstanceStatus::Busy);
        row("scaling_down", InstanceStatus::Busy);
        row("upgrading", InstanceStatus::Busy);
        row("enable_public_network", InstanceStatus::Busy);
        row("disable_public_network", InstanceStatus::Busy);
        row("convert_from_trial_to_official", InstanceStatus::Busy);
        row("migration_cluster_to_serverless", InstanceStatus::Busy);
        row("modifying_timezone", InstanceStatus::Busy);
        row("switch_az", InstanceStatus::Busy);
        row("enabling", InstanceStatus::Busy);
        row("disable", InstanceStatus::Stopped);
        row("actively_disabled", InstanceStatus::Stopped);
        row("deleting", InstanceStatus::Deleting);
        row("deleting_failed", InstanceStatus::Error);
        row("deleted_with_error", InstanceStatus::Deleting);
        row("deleted", InstanceStatus::Deleting);
    }

    void everySdkInstanceStatusMapped()
    {
        QFETCH(QString, raw);
        QFETCH(int, status);
        QCOMPARE(int(StarRocksParser::instanceStatus(raw)), status);
        const Instance in = StarRocksParser::parseInstance(
            QJsonObject {{QStringLiteral("InstanceId"), QStringLiteral("c-1")},
                         {QStringLiteral("InstanceStatus"), raw}},
            QStringLiteral("cn-hangzhou"));
        QCOMPARE(in.statusRaw, raw); // the raw value is kept beside the mapping
    }

    void unlistedInstanceStatusIsUnknownNotGuessed()
    {
        QCOMPARE(int(StarRocksParser::instanceStatus(QStringLiteral("teleporting"))),
                 int(InstanceStatus::Unknown));
        QCOMPARE(int(StarRocksParser::instanceStatus(QString())), int(InstanceStatus::Unknown));
        QCOMPARE(int(StarRocksParser::instanceStatus(QStringLiteral("RUNNING"))),
                 int(InstanceStatus::Running));
    }
};

BB_TEST_GUILESS_MAIN(TestStarRocksParser)
#include "tst_starrocksparser.moc"
