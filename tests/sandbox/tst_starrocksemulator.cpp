// The StarRocks emulator over real sockets with raw ACS3-signed ROA requests: the product's envelope,
// the seed's units, paging, the time window in seconds, and UpdateBackup's lower-case keys in a JSON body.
#include "sandbox/starrocksemulator.h"
#include "support/jsonfixture.h"
#include "support/jsonshape.h"
#include "support/sandboxfixture.h"
#include "support/signedrequest.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QTest>

using namespace bb;
using namespace bb::test;

class TestStarRocksEmulator final : public QObject
{
    Q_OBJECT

private:
    static RawReply call(SandboxFixture &fixture, const QByteArray &path, const QByteArray &action,
                         const QList<QPair<QByteArray, QByteArray>> &query)
    {
        Acs3Call c;
        c.endpoint = fixture.endpoint();
        c.path = path;
        c.action = action;
        c.version = "2022-10-19";
        c.query = query;
        return sendAcs3(fixture.network(), fixture.sandbox().clientSslConfiguration(), c);
    }
    RawReply call(const QByteArray &path, const QByteArray &action,
                  const QList<QPair<QByteArray, QByteArray>> &query)
    {
        return call(*m_fixture, path, action, query);
    }
    RawReply updateWithBody(const QByteArray &task, const QByteArray &description)
    {
        Acs3Call c;
        c.endpoint = m_fixture->endpoint();
        c.path = "/webapi/backup/manage/update";
        c.action = "UpdateBackup";
        c.version = "2022-10-19";
        c.query = {{"RegionId", "cn-hangzhou"}};
        c.body = "{\"backupTaskId\":\"" + task + "\",\"description\":\"" + description + "\"}";
        c.contentType = "application/json; charset=utf-8";
        return sendAcs3(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), c);
    }
    static QByteArray firstInstance(SandboxFixture &fixture)
    {
        const RawReply r = call(fixture, "/webapi/starrocks/describeInstances", "DescribeInstances",
                                {{"RegionId", "cn-hangzhou"}});
        return r.json.value(QLatin1String("Data"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("InstanceId"))
            .toString()
            .toLatin1();
    }
    QByteArray firstInstance() { return firstInstance(*m_fixture); }
    // The first instance's backups (newest first) in a sandbox anchored at `anchor`.
    static QJsonArray backupsAnchoredAt(const QDateTime &anchor)
    {
        sandbox::Sandbox::Options options;
        options.anchorUtc = anchor;
        const auto fixture = SandboxFixture::started(options);
        if (!fixture)
            return {};
        return call(*fixture, "/webapi/backup/manage/describe", "DescribeBackups",
                    {{"InstanceId", firstInstance(*fixture)}, {"PageSize", "100"}})
            .json.value(QLatin1String("Data"))
            .toArray();
    }
    RawReply describe(const QList<QPair<QByteArray, QByteArray>> &query)
    {
        return call("/webapi/backup/manage/describe", "DescribeBackups", query);
    }

    std::unique_ptr<SandboxFixture> m_fixture;

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(m_fixture->start(&error), qPrintable(error));
    }

    void instancesInTheEnvelope()
    {
        const RawReply r
            = call("/webapi/starrocks/describeInstances", "DescribeInstances", {{"RegionId", "cn-hangzhou"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("HttpStatusCode")).toInt(), 200);
        QCOMPARE(r.json.value(QLatin1String("Success")).toBool(), true);
        QCOMPARE(r.json.value(QLatin1String("Total")).toInt(), 2);
        QVERIFY(r.json.value(QLatin1String("Data"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("InstanceId"))
                    .toString()
                    .startsWith(QLatin1String("c-")));
    }

    void backupsPagedWithSeedUnits()
    {
        const QByteArray id = firstInstance();
        const RawReply page1 = describe({{"InstanceId", id}, {"PageNumber", "1"}, {"PageSize", "10"}});
        QCOMPARE(page1.status, 200);
        const int total = page1.json.value(QLatin1String("Total")).toInt();
        QVERIFY(total > 20);
        const QJsonArray data = page1.json.value(QLatin1String("Data")).toArray();
        QCOMPARE(data.size(), 10);
        const QJsonObject b = data.at(0).toObject();
        QVERIFY(b.value(QLatin1String("BackupStartTime")).toInteger() > 1'000'000'000'000LL); // ms
        const QJsonObject sub = b.value(QLatin1String("SubTasks")).toArray().at(0).toObject();
        QVERIFY(sub.value(QLatin1String("StartTime")).toInteger() < 100'000'000'000LL); // s
        QCOMPARE(b.value(QLatin1String("Status")).toString(), QStringLiteral("RUNNING")); // the newest runs
        const RawReply last = describe(
            {{"InstanceId", id}, {"PageNumber", QByteArray::number((total + 9) / 10)}, {"PageSize", "10"}});
        QCOMPARE(last.json.value(QLatin1String("Data")).toArray().size(), total % 10 ? total % 10 : 10);
    }

    void windowInSecondsAndStatuses()
    {
        const QByteArray id = firstInstance();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        RawReply r = describe({{"InstanceId", id},
                               {"TimePeriodStartTime", QByteArray::number(now - 3 * 86400)},
                               {"TimePeriodEndTime", QByteArray::number(now)},
                               {"PageSize", "100"}});
        QVERIFY(r.json.value(QLatin1String("Total")).toInt() >= 2);
        QVERIFY(r.json.value(QLatin1String("Total")).toInt() <= 4);
        r = describe({{"InstanceId", id}, {"TimePeriodStartTime", QByteArray::number(now * 1000)}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QLatin1String("Success")).toBool(), false);
        QVERIFY(r.json.value(QLatin1String("ErrMessage")).toString().contains(QLatin1String("seconds")));
        r = describe({{"InstanceId", id}, {"Statuses", "RUNNING"}});
        QCOMPARE(r.json.value(QLatin1String("Total")).toInt(), 1);
        r = describe({{"InstanceId", "c-nosuch"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QLatin1String("ErrCode")).toString(), QStringLiteral("InvalidParams"));
    }

    // DescribeBackups answers in the shape of seed 003's published example (key sets and JSON
    // types, recursively; tests/fixtures/alibaba-starrocks/SOURCES.md).
    void publishedShape()
    {
        const QJsonObject published
            = jsonFixture(QStringLiteral(BB_SEEDS_DIR "/alibaba-starrocks/describebackups.json"));
        const RawReply r
            = describe({{"InstanceId", firstInstance()}, {"PageNumber", "1"}, {"PageSize", "100"}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.value(QLatin1String("Data")).toArray().isEmpty());
        const QStringList diff = shapeDifferences(published, r.json);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    }

    // Whatever the hour of the anchor, the newest backup runs, started shortly before the anchor
    // (a schedule at a clock hour of the anchor's day had none before that hour), and the same
    // seed and anchor give the same history.
    void runningBackupAtAnyHourOfTheAnchor_data()
    {
        QTest::addColumn<QDateTime>("anchor");
        for (const char *iso : {"2026-12-08T00:30:00Z", "2026-12-08T05:05:00Z", "2028-02-29T23:59:50Z"})
            QTest::addRow("%s", iso) << QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    }
    void runningBackupAtAnyHourOfTheAnchor()
    {
        QFETCH(QDateTime, anchor);
        const QJsonArray backups = backupsAnchoredAt(anchor);
        QVERIFY(backups.size() > 20);
        const QJsonObject newest = backups.at(0).toObject();
        QCOMPARE(newest.value(QLatin1String("Status")).toString(), QStringLiteral("RUNNING"));
        const qint64 started = newest.value(QLatin1String("BackupStartTime")).toInteger();
        QVERIFY(started < anchor.toMSecsSinceEpoch());
        QVERIFY(started > anchor.addDays(-1).toMSecsSinceEpoch());
        for (const QJsonValue v : backups)
            QVERIFY(v.toObject().value(QLatin1String("BackupStartTime")).toInteger()
                    < anchor.toMSecsSinceEpoch());
        QCOMPARE(backupsAnchoredAt(anchor), backups);
    }

    void updateTakesItsKeysInTheJsonBodyThenDelete()
    {
        const QByteArray id = firstInstance();
        const QJsonObject b = describe({{"InstanceId", id}, {"Statuses", "COMPLETED"}})
                                  .json.value(QLatin1String("Data"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
        const QByteArray task = b.value(QLatin1String("BackupTaskId")).toString().toLatin1();
        // Upper-case keys in the query: not UpdateBackup's parameters.
        RawReply r = call("/webapi/backup/manage/update", "UpdateBackup",
                          {{"BackupTaskId", task}, {"Description", "x"}});
        QCOMPARE(r.status, 400);
        // The right keys, but in the query: the server reads them from the JSON body only (SDK
        // UpdateBackupWithOptions), so this form updates nothing.
        r = call("/webapi/backup/manage/update", "UpdateBackup",
                 {{"RegionId", "cn-hangzhou"}, {"backupTaskId", task}, {"description", "query only"}});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json.value(QLatin1String("ErrMessage")).toString().contains(QLatin1String("backupTaskId")),
                 r.body.constData());
        // The SDK's form: RegionId in the query, the two keys in an application/json body.
        r = updateWithBody(task, "before upgrade");
        QCOMPARE(r.status, 200);
        r = describe({{"BackupTaskId", task}});
        QCOMPARE(r.json.value(QLatin1String("Data"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("Description"))
                     .toString(),
                 QStringLiteral("before upgrade"));
        r = call("/webapi/backup/manage/delete", "DeleteBackup",
                 {{"RegionId", "cn-hangzhou"}, {"InstanceId", id}, {"BackupTaskId", task}});
        QCOMPARE(r.status, 200);
        QCOMPARE(describe({{"BackupTaskId", task}}).json.value(QLatin1String("Total")).toInt(), 0);
    }
};

BB_TEST_GUILESS_MAIN(TestStarRocksEmulator)
#include "tst_starrocksemulator.moc"
