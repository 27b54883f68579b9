// The RDS emulator over real sockets, spoken to with raw ACS3-signed requests: the seed's shape,
// the documented limits and errors, real bytes behind every URL with the matching CRC-64, and the
// CreateBackup → DescribeBackupTasks state machine.
#include "providers/crypto/crc64.h"
#include "sandbox/alibabardsemulator.h"
#include "support/jsonfixture.h"
#include "support/jsonshape.h"
#include "support/sandboxfixture.h"
#include "support/signedrequest.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QTest>

using namespace bb;
using namespace bb::test;

class TestAlibabaRdsEmulator final : public QObject
{
    Q_OBJECT

private:
    RawReply call(const QByteArray &action, const QList<QPair<QByteArray, QByteArray>> &query,
                  bool tls = true)
    {
        Acs3Call c;
        c.endpoint = m_fixture->endpoint(tls);
        c.action = action;
        c.version = "2014-08-15";
        c.query = query;
        return sendAcs3(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), c);
    }

    QJsonArray instances(const QByteArray &region)
    {
        const RawReply r = call("DescribeDBInstances", {{"RegionId", region}, {"MaxResults", "100"}});
        return r.json.value(QLatin1String("Items")).toObject().value(QLatin1String("DBInstance")).toArray();
    }

    QByteArray instanceWith(const QString &engine, const QString &status = QStringLiteral("Running"),
                            const QByteArray &region = "cn-hangzhou")
    {
        for (const QJsonValue &v : instances(region)) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("Engine")).toString() == engine
                && o.value(QLatin1String("DBInstanceStatus")).toString() == status)
                return o.value(QLatin1String("DBInstanceId")).toString().toLatin1();
        }
        return {};
    }

    static QJsonArray backupsOf(const RawReply &r)
    {
        return r.json.value(QLatin1String("Items")).toObject().value(QLatin1String("Backup")).toArray();
    }

    std::unique_ptr<SandboxFixture> m_fixture;

private slots:
    void initTestCase()
    {
        sandbox::Sandbox::Options options;
        options.createDurationMs = 600;
        m_fixture = std::make_unique<SandboxFixture>(options);
        QString error;
        QVERIFY2(m_fixture->start(&error), qPrintable(error));
    }

    void instancesNeedRegionAndPageWithNextToken()
    {
        QCOMPARE(call("DescribeDBInstances", {}).alibabaError(), QStringLiteral("MissingParameter"));
        const RawReply first
            = call("DescribeDBInstances", {{"RegionId", "cn-hangzhou"}, {"MaxResults", "3"}});
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QLatin1String("TotalRecordCount")).toInt(), 4);
        const QString token = first.json.value(QLatin1String("NextToken")).toString();
        QVERIFY(!token.isEmpty());
        const RawReply second
            = call("DescribeDBInstances",
                   {{"RegionId", "cn-hangzhou"}, {"MaxResults", "3"}, {"NextToken", token.toLatin1()}});
        QCOMPARE(second.json.value(QLatin1String("PageRecordCount")).toInt(), 1);
        QVERIFY(!second.json.contains(QLatin1String("NextToken")));
        QCOMPARE(call("DescribeDBInstances",
                      {{"RegionId", "cn-hangzhou"}, {"MaxResults", "3"}, {"PageNumber", "1"}})
                     .alibabaError(),
                 QStringLiteral("InvalidParameter"));
    }

    void backupsInTheSeedShape()
    {
        const QByteArray id = instanceWith(QStringLiteral("SQLServer"));
        QVERIFY(!id.isEmpty());
        const RawReply r = call("DescribeBackups", {{"DBInstanceId", id}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QLatin1String("PageNumber")).isString());
        QCOMPARE(r.json.value(QLatin1String("PageNumber")).toString(), QStringLiteral("1"));
        QCOMPARE(r.json.value(QLatin1String("PageRecordCount")).toString(), QStringLiteral("30"));
        QVERIFY(r.json.value(QLatin1String("TotalRecordCount")).toString().toInt() > 100);
        const QJsonArray list = backupsOf(r);
        QCOMPARE(list.size(), 30);
        bool perDb = false;
        for (const QJsonValue &v : list) {
            const QJsonObject b = v.toObject();
            QVERIFY(b.value(QLatin1String("BackupStartTime")).toString().endsWith(u'Z'));
            perDb = perDb
                || !b.value(QLatin1String("BackupDownloadLinkByDB"))
                        .toObject()
                        .value(QLatin1String("BackupDownloadLinkByDB"))
                        .toArray()
                        .isEmpty();
        }
        QVERIFY(perDb);
    }

    // The sandbox answers in the shape of every published example of the actions the app calls
    // (tests/fixtures/alibaba-rds/SOURCES.md): key sets and JSON types, recursively.
    void publishedShapes()
    {
        const QJsonObject describe
            = jsonFixture(QStringLiteral(BB_SEEDS_DIR "/alibaba-rds/describebackups.json"));
        for (const QString &engine :
             {QStringLiteral("MySQL"), QStringLiteral("SQLServer"), QStringLiteral("PostgreSQL")}) {
            const RawReply r
                = call("DescribeBackups", {{"DBInstanceId", instanceWith(engine)}, {"PageSize", "100"}});
            QCOMPARE(r.status, 200);
            const QStringList diff = shapeDifferences(describe, r.json);
            QVERIFY2(diff.isEmpty(), qPrintable(engine + u'\n' + diff.join(u'\n')));
        }

        // CreateBackup on an instance no other test creates on.
        const QByteArray shanghai
            = instanceWith(QStringLiteral("MySQL"), QStringLiteral("Running"), "cn-shanghai");
        QVERIFY(!shanghai.isEmpty());
        const RawReply created = call("CreateBackup", {{"DBInstanceId", shanghai}});
        QCOMPARE(created.status, 200);
        QStringList diff = shapeDifferences(
            jsonFixture(QStringLiteral(BB_SEEDS_DIR "/alibaba-rds/createbackup-published.json")),
            created.json);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));

        // DeleteBackup of a manual set (StoreStatus Enabled): the oldest, the archived one.
        const QByteArray mysql = instanceWith(QStringLiteral("MySQL"));
        const QJsonArray manual = backupsOf(call(
            "DescribeBackups", {{"DBInstanceId", mysql}, {"BackupMode", "Manual"}, {"PageSize", "100"}}));
        QVERIFY(!manual.isEmpty());
        const QJsonObject oldest = manual.last().toObject();
        QCOMPARE(oldest.value(QLatin1String("StorageClass")).toString(), QStringLiteral("1"));
        QCOMPARE(oldest.value(QLatin1String("StoreStatus")).toString(), QStringLiteral("Enabled"));
        const RawReply deleted
            = call("DeleteBackup",
                   {{"DBInstanceId", mysql},
                    {"BackupId", oldest.value(QLatin1String("BackupId")).toString().toLatin1()}});
        QCOMPARE(deleted.status, 200);
        diff = shapeDifferences(jsonFixture(QStringLiteral(BB_SEEDS_DIR "/alibaba-rds/deletebackup.json")),
                                deleted.json);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));

        // DescribeBackupPolicy, for each engine.
        const QJsonObject policy
            = jsonFixture(QStringLiteral(BB_SEEDS_DIR "/alibaba-rds/describebackuppolicy.json"));
        for (const QString &engine :
             {QStringLiteral("MySQL"), QStringLiteral("SQLServer"), QStringLiteral("PostgreSQL")}) {
            const RawReply r = call("DescribeBackupPolicy", {{"DBInstanceId", instanceWith(engine)}});
            QCOMPARE(r.status, 200);
            diff = shapeDifferences(policy, r.json);
            QVERIFY2(diff.isEmpty(), qPrintable(engine + u'\n' + diff.join(u'\n')));
            QCOMPARE(r.json.value(QLatin1String("PreferredBackupPeriod")).toString(),
                     QStringLiteral("Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday"));
        }
    }

    void deleteBackupPreconditions()
    {
        const QByteArray mysql = instanceWith(QStringLiteral("MySQL"));
        const QJsonArray automated
            = backupsOf(call("DescribeBackups", {{"DBInstanceId", mysql}, {"BackupMode", "Automated"}}));
        QVERIFY(!automated.isEmpty());
        // StoreStatus Disabled: refused.
        RawReply r
            = call("DeleteBackup",
                   {{"DBInstanceId", mysql},
                    {"BackupId",
                     automated.first().toObject().value(QLatin1String("BackupId")).toString().toLatin1()}});
        QCOMPARE(r.status, 403);
        // SQL Server: the engine is not served.
        const QByteArray mssql = instanceWith(QStringLiteral("SQLServer"));
        const QJsonArray mssqlBackups = backupsOf(call("DescribeBackups", {{"DBInstanceId", mssql}}));
        r = call("DeleteBackup",
                 {{"DBInstanceId", mssql},
                  {"BackupId",
                   mssqlBackups.first().toObject().value(QLatin1String("BackupId")).toString().toLatin1()}});
        QCOMPARE(r.alibabaError(), QStringLiteral("InvalidDBInstanceEngineType.Format"));
        // Unknown set, missing parameter.
        QCOMPARE(call("DeleteBackup", {{"DBInstanceId", mysql}, {"BackupId", "1"}}).status, 404);
        QCOMPARE(call("DeleteBackup", {{"DBInstanceId", mysql}}).alibabaError(),
                 QStringLiteral("MissingParameter"));
        // The documented 403 for a key without permission (the sandbox's reserved instance).
        QCOMPARE(call("DescribeBackups", {{"DBInstanceId", sandbox::AlibabaRdsEmulator::forbiddenInstanceId}})
                     .alibabaError(),
                 QStringLiteral("InvalidUserOperatorPermission"));
    }

    void documentedLimitsAndFormats()
    {
        const QByteArray id = instanceWith(QStringLiteral("MySQL"));
        RawReply r = call("DescribeBackups", {{"DBInstanceId", id}, {"PageSize", "40"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.alibabaError(), QStringLiteral("InvalidMaxRecordsPerPage.Malformed"));
        r = call("DescribeBackups", {{"DBInstanceId", id}, {"StartTime", "2025-01-01T00:00:00Z"}});
        QCOMPARE(r.alibabaError(), QStringLiteral("InvalidStartTime.Format"));
        r = call(
            "DescribeBackups",
            {{"DBInstanceId", id}, {"StartTime", "2025-01-02T00:00Z"}, {"EndTime", "2025-01-01T00:00Z"}});
        QCOMPARE(r.alibabaError(), QStringLiteral("InvalidParameterCombination"));
        r = call("DescribeBackups", {{"DBInstanceId", "rm-nosuchinstance"}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.alibabaError(), QStringLiteral("InvalidDBInstance.NotFound"));
    }

    void checksumMatchesTheBytesBehindTheUrl()
    {
        // The smallest downloadable backup of the small MySQL instance in ap-southeast-1.
        QByteArray id;
        for (const QJsonValue &v : instances("ap-southeast-1")) {
            if (v.toObject().value(QLatin1String("Engine")).toString() == QLatin1String("MySQL"))
                id = v.toObject().value(QLatin1String("DBInstanceId")).toString().toLatin1();
        }
        QVERIFY(!id.isEmpty());
        const QJsonArray list
            = backupsOf(call("DescribeBackups", {{"DBInstanceId", id}, {"BackupStatus", "Success"}}));
        QVERIFY(!list.isEmpty());
        QJsonObject smallest = list.first().toObject();
        for (const QJsonValue &v : list) {
            if (v.toObject().value(QLatin1String("BackupSize")).toInteger()
                < smallest.value(QLatin1String("BackupSize")).toInteger())
                smallest = v.toObject();
        }
        const QUrl url(smallest.value(QLatin1String("BackupDownloadURL")).toString());
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QVERIFY(url.query().contains(QLatin1String("Expires=")));
        const RawReply file
            = sendRaw(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), "GET", url);
        QCOMPARE(file.status, 200);
        QCOMPARE(qint64(file.body.size()), smallest.value(QLatin1String("BackupSize")).toInteger());
        QCOMPARE(QString::number(Crc64::of(file.body)), smallest.value(QLatin1String("Checksum")).toString());
        QCOMPARE(file.header("x-oss-hash-crc64ecma"),
                 smallest.value(QLatin1String("Checksum")).toString().toLatin1());
    }

    void plainHttpGivesHttpLinks()
    {
        const QByteArray id = instanceWith(QStringLiteral("MySQL"));
        const QJsonArray list
            = backupsOf(call("DescribeBackups", {{"DBInstanceId", id}, {"BackupStatus", "Success"}}, false));
        QVERIFY(!list.isEmpty());
        QCOMPARE(QUrl(list.first().toObject().value(QLatin1String("BackupDownloadURL")).toString()).scheme(),
                 QStringLiteral("http"));
    }

    void snapshotsHaveNoUrls()
    {
        const QByteArray id = instanceWith(QStringLiteral("PostgreSQL"));
        const QJsonArray list
            = backupsOf(call("DescribeBackups", {{"DBInstanceId", id}, {"BackupStatus", "Success"}}));
        QVERIFY(!list.isEmpty());
        for (const QJsonValue &v : list) {
            QCOMPARE(v.toObject().value(QLatin1String("BackupMethod")).toString(),
                     QStringLiteral("Snapshot"));
            // No file: an empty string, the type the published example gives the field.
            QVERIFY(v.toObject().value(QLatin1String("BackupDownloadURL")).isString());
            QVERIFY(v.toObject().value(QLatin1String("BackupDownloadURL")).toString().isEmpty());
        }
    }

    void createPreconditionsAndStateMachine()
    {
        const QByteArray stopped = instanceWith(QStringLiteral("MySQL"), QStringLiteral("Stopped"));
        QVERIFY(!stopped.isEmpty());
        RawReply r = call("CreateBackup", {{"DBInstanceId", stopped}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.alibabaError(), QStringLiteral("IncorrectDBInstanceState"));

        const QByteArray id = instanceWith(QStringLiteral("MySQL"));
        r = call("CreateBackup", {{"DBInstanceId", id}, {"BackupMethod", "Sideways"}});
        QCOMPARE(r.alibabaError(), QStringLiteral("InvalidBackupMethod.ValueNotSupport"));
        r = call("CreateBackup", {{"DBInstanceId", id}});
        QCOMPARE(r.status, 200);
        const QByteArray jobId = r.json.value(QLatin1String("BackupJobId")).toString().toLatin1();
        QVERIFY(!jobId.isEmpty());
        QCOMPARE(call("CreateBackup", {{"DBInstanceId", id}}).alibabaError(),
                 QStringLiteral("BackupJobExists"));

        QStringList seen;
        QString backupId;
        for (int i = 0; i < 100 && backupId.isEmpty(); ++i) {
            r = call("DescribeBackupTasks", {{"DBInstanceId", id}, {"BackupJobId", jobId}});
            const QJsonObject job = r.json.value(QLatin1String("Items"))
                                        .toObject()
                                        .value(QLatin1String("BackupJob"))
                                        .toArray()
                                        .at(0)
                                        .toObject();
            const QString status = job.value(QLatin1String("BackupStatus")).toString();
            QVERIFY(job.value(QLatin1String("Process")).isString());
            if (seen.isEmpty() || seen.last() != status)
                seen << status;
            if (status == QLatin1String("Finished"))
                backupId = job.value(QLatin1String("BackupId")).toString();
            else
                QTest::qWait(20);
        }
        QVERIFY2(seen.contains(QStringLiteral("Uploading")), qPrintable(seen.join(u',')));
        QCOMPARE(seen.last(), QStringLiteral("Finished"));
        QVERIFY(!backupId.isEmpty());
        const QJsonArray created
            = backupsOf(call("DescribeBackups", {{"DBInstanceId", id}, {"BackupId", backupId.toLatin1()}}));
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.at(0).toObject().value(QLatin1String("BackupMode")).toString(),
                 QStringLiteral("Manual"));
        // Finished jobs leave the default (NoStart + Progressing) task list.
        r = call("DescribeBackupTasks", {{"DBInstanceId", id}});
        QVERIFY(r.json.value(QLatin1String("Items"))
                    .toObject()
                    .value(QLatin1String("BackupJob"))
                    .toArray()
                    .isEmpty());
    }
};

BB_TEST_GUILESS_MAIN(TestAlibabaRdsEmulator)
#include "tst_alibabardsemulator.moc"
