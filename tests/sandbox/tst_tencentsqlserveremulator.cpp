#include "sandbox/datagen.h"
#include "sandbox/filehost.h"
#include "sandbox/tencentsqlserveremulator.h"
#include "support/jsonshape.h"
#include "support/sandboxfixture.h"
#include "support/signedrequest.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace bb::sandbox;
using bb::test::RawReply;
using bb::test::Tc3Call;

class tst_TencentSqlServerEmulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<bb::test::SandboxFixture> m_fixture;
    TencentSqlServerEmulator::InstanceInfo m_instance; // in ap-guangzhou

    RawReply call(const QByteArray &action, const QJsonObject &params,
                  const QByteArray &region = "ap-guangzhou", bool tls = true)
    {
        Tc3Call c;
        c.endpoint = m_fixture->endpoint(tls);
        c.service = "sqlserver";
        c.version = "2018-03-28";
        c.action = action;
        c.region = region;
        c.body = QJsonDocument(params).toJson(QJsonDocument::Compact);
        return bb::test::sendTc3(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), c);
    }
    static QJsonObject fixture(const char *name)
    {
        QFile file(QStringLiteral(BB_SEEDS_DIR "/tencent-sqlserver/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    static QJsonArray backupRows(const RawReply &reply)
    {
        return response(reply).value(QStringLiteral("Backups")).toArray();
    }
    static QJsonObject response(const RawReply &reply)
    {
        return reply.json.value(QStringLiteral("Response")).toObject();
    }
    QJsonObject window(const QJsonObject &extra = {}) const
    {
        QJsonObject params {{QStringLiteral("InstanceId"), m_instance.id},
                            {QStringLiteral("StartTime"), QStringLiteral("2000-01-01 00:00:00")},
                            {QStringLiteral("EndTime"), QStringLiteral("2100-01-01 00:00:00")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            params.insert(it.key(), it.value());
        return params;
    }

private slots:
    void initTestCase()
    {
        bb::sandbox::Sandbox::Options options;
        options.createDurationMs = 1500;
        m_fixture = std::make_unique<bb::test::SandboxFixture>(options);
        QString error;
        QVERIFY2(m_fixture->start(&error), qPrintable(error));
        const auto instances = m_fixture->sandbox().sqlServer().instances();
        QVERIFY(instances.size() >= 6);
        QSet<QString> regions;
        for (const auto &i : instances) {
            regions.insert(i.region);
            QVERIFY(i.id.startsWith(QStringLiteral("mssql-")) && i.id.size() == 14);
            QVERIFY2(i.backups.size() >= 200, qPrintable(QString::number(i.backups.size())));
        }
        QVERIFY(regions.size() >= 4);
        m_instance = instances.first();
        QCOMPARE(m_instance.region, QStringLiteral("ap-guangzhou"));
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void dataIsDeterministic()
    {
        bb::sandbox::Sandbox other;
        QCOMPARE(other.sqlServer().instances().first().id, m_instance.id);
        bb::sandbox::Sandbox::Options options;
        options.seed = 7;
        bb::sandbox::Sandbox different(options);
        QVERIFY(different.sqlServer().instances().first().id != m_instance.id);
    }

    void describeRegions()
    {
        const RawReply reply = call("DescribeRegions", {});
        QCOMPARE(reply.tencentError(), QString());
        const QJsonArray set = response(reply).value(QStringLiteral("RegionSet")).toArray();
        QCOMPARE(set.size(), 18);
        QCOMPARE(set.at(0).toObject().value(QStringLiteral("RegionState")).toString(),
                 QStringLiteral("AVAILABLE"));
    }

    void describeDBInstancesPerRegion()
    {
        const RawReply reply = call("DescribeDBInstances", {});
        QCOMPARE(reply.tencentError(), QString());
        const QJsonObject r = response(reply);
        int expected = 0;
        for (const auto &i : m_fixture->sandbox().sqlServer().instances())
            expected += i.region == u"ap-guangzhou";
        QCOMPARE(r.value(QStringLiteral("TotalCount")).toInt(), expected);
        const QJsonArray list = r.value(QStringLiteral("DBInstances")).toArray();
        QCOMPARE(list.size(), expected);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("Region")).toString(),
                 QStringLiteral("ap-guangzhou"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("Status")).toInt(), 2);
        // Offset is a page number: page 1 of size 1 is the second instance.
        const QJsonArray page = response(call("DescribeDBInstances",
                                              {{QStringLiteral("Limit"), 1}, {QStringLiteral("Offset"), 1}}))
                                    .value(QStringLiteral("DBInstances"))
                                    .toArray();
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.at(0).toObject().value(QStringLiteral("InstanceId")),
                 list.at(1).toObject().value(QStringLiteral("InstanceId")));
        QCOMPARE(call("DescribeDBInstances", {{QStringLiteral("Limit"), 0}}).tencentError(),
                 QStringLiteral("InvalidParameterValue"));
        QCOMPARE(call("DescribeDBInstances", {{QStringLiteral("Limit"), 101}}).tencentError(),
                 QStringLiteral("InvalidParameterValue"));
        QCOMPARE(call("DescribeDBInstances", {}, "").tencentError(), QStringLiteral("MissingParameter"));
    }

    void describeBackupsValidation()
    {
        QJsonObject params = window();
        params.remove(QStringLiteral("StartTime"));
        QCOMPARE(call("DescribeBackups", params).tencentError(), QStringLiteral("MissingParameter"));
        QCOMPARE(call("DescribeBackups",
                      window({{QStringLiteral("StartTime"), QStringLiteral("2024-01-01T00:00:00Z")}}))
                     .tencentError(),
                 QStringLiteral("InvalidParameterValue"));
        QCOMPARE(call("DescribeBackups", window({{QStringLiteral("Limit"), 101}})).tencentError(),
                 QStringLiteral("InvalidParameterValue"));
        QCOMPARE(call("DescribeBackups", window({{QStringLiteral("Limit"), 0}})).tencentError(),
                 QStringLiteral("InvalidParameterValue"));
        QCOMPARE(call("DescribeBackups",
                      window({{QStringLiteral("InstanceId"), QStringLiteral("mssql-nothere1")}}))
                     .tencentError(),
                 QStringLiteral("ResourceNotFound.InstanceNotFound"));
        // The instance lives in ap-guangzhou only.
        QCOMPARE(call("DescribeBackups", window(), "ap-shanghai").tencentError(),
                 QStringLiteral("ResourceNotFound.InstanceNotFound"));
    }

    void pagingIsByPageNumber()
    {
        const QJsonObject first = response(call("DescribeBackups", window({{QStringLiteral("Limit"), 10}})));
        const int total = first.value(QStringLiteral("TotalCount")).toInt();
        QVERIFY(total > 20);
        QSet<QString> ids;
        QList<QString> ordered;
        for (int page = 0; page * 10 < total; ++page) {
            const RawReply reply = call(
                "DescribeBackups", window({{QStringLiteral("Limit"), 10}, {QStringLiteral("Offset"), page}}));
            QCOMPARE(reply.tencentError(), QString());
            const QJsonArray backups = response(reply).value(QStringLiteral("Backups")).toArray();
            QCOMPARE(backups.size(), std::min(10, total - page * 10));
            for (const QJsonValue b : backups) {
                // A grouped "single" row has Id 0: its GroupId tells it apart.
                const QJsonObject row = b.toObject();
                const qint64 id = row.value(QStringLiteral("Id")).toInteger();
                const QString key
                    = id > 0 ? QString::number(id) : u'g' + row.value(QStringLiteral("GroupId")).toString();
                ids.insert(key);
                ordered.append(key);
            }
        }
        QCOMPARE(ids.size(), total); // pages are disjoint and cover everything
        const QJsonArray pastEnd
            = response(call("DescribeBackups",
                            window({{QStringLiteral("Limit"), 10}, {QStringLiteral("Offset"), 1000}})))
                  .value(QStringLiteral("Backups"))
                  .toArray();
        QVERIFY(pastEnd.isEmpty());
        // Data backups by default (Type 1); logs with Type 2; both make up the instance's history.
        const int logs = response(call("DescribeBackups",
                                       window({{QStringLiteral("Type"), 2}, {QStringLiteral("Limit"), 1}})))
                             .value(QStringLiteral("TotalCount"))
                             .toInt();
        QVERIFY(logs > total);
        QCOMPARE(total + logs, int(m_fixture->sandbox().sqlServer().instance(m_instance.id)->backups.size()));
    }

    void windowFiltering()
    {
        // One day in Beijing time: every start must fall inside it.
        const QDateTime dayStart = QDateTime::currentDateTimeUtc().addDays(-5);
        const QString from = DataGen::tencentTime(dayStart);
        const QString to = DataGen::tencentTime(dayStart.addDays(1));
        const RawReply reply = call("DescribeBackups",
                                    window({{QStringLiteral("StartTime"), from},
                                            {QStringLiteral("EndTime"), to},
                                            {QStringLiteral("Type"), 2},
                                            {QStringLiteral("Limit"), 100}}));
        QCOMPARE(reply.tencentError(), QString());
        const QJsonArray backups = response(reply).value(QStringLiteral("Backups")).toArray();
        QVERIFY2(backups.size() >= 6 && backups.size() <= 10, qPrintable(QString::number(backups.size())));
        for (const QJsonValue v : backups) {
            const QString start = v.toObject().value(QStringLiteral("StartTime")).toString();
            QVERIFY2(start >= from && start <= to,
                     qPrintable(start)); // same format: string order is time order
        }
    }

    void recordsShapedLikeTheSeed()
    {
        const QJsonArray backups = response(call("DescribeBackups", window({{QStringLiteral("Limit"), 100}})))
                                       .value(QStringLiteral("Backups"))
                                       .toArray();
        QVERIFY(!backups.isEmpty());
        const auto snapshot = *m_fixture->sandbox().sqlServer().instance(m_instance.id);
        bool sawPkg = false;
        for (const QJsonValue v : backups) {
            const QJsonObject b = v.toObject();
            // The keys and types are shapesMatchThePublishedExamples()'s; the values are checked here.
            QVERIFY(DataGen::parseTencentTime(b.value(QStringLiteral("StartTime")).toString()).isValid());
            const int status = b.value(QStringLiteral("Status")).toInt();
            const bool single = b.value(QStringLiteral("BackupFormat")).toString() == u"single";
            if (single) {
                // As the published single row: no Id, file name or addresses; the group's size.
                QCOMPARE(b.value(QStringLiteral("Id")).toInteger(), 0);
                QVERIFY(!b.value(QStringLiteral("GroupId")).toString().isEmpty());
                QCOMPARE(b.value(QStringLiteral("FileName")).toString(), QString());
                QCOMPARE(b.value(QStringLiteral("InternalAddr")).toString(), QString());
                QCOMPARE(b.value(QStringLiteral("ExternalAddr")).toString(), QString());
                continue;
            }
            QCOMPARE(b.value(QStringLiteral("GroupId")), QJsonValue(0)); // a number, as in the example
            if (status != 1) {
                QCOMPARE(b.value(QStringLiteral("ExternalAddr")).toString(), QString());
                QCOMPARE(b.value(QStringLiteral("Size")).toInteger(), 0);
                continue;
            }
            if (sawPkg)
                continue;
            sawPkg = true;
            // Size is KB; the file behind ExternalAddr has exactly Size * 1024 bytes and a COS CRC header.
            const QUrl external(b.value(QStringLiteral("ExternalAddr")).toString());
            QCOMPARE(external.scheme(), QStringLiteral("https"));
            const RawReply head = bb::test::sendRaw(
                m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), "HEAD", external);
            QCOMPARE(head.status, 200);
            QCOMPARE(head.header("Content-Length").toLongLong(),
                     b.value(QStringLiteral("Size")).toInteger() * 1024);
            QVERIFY(!head.header("x-cos-hash-crc64ecma").isEmpty());
            const QUrl internal(b.value(QStringLiteral("InternalAddr")).toString());
            QVERIFY(internal.port() != external.port());
            const qint64 expires = QUrlQuery(external).queryItemValue(QStringLiteral("Expires")).toLongLong();
            QVERIFY(qAbs(expires - QDateTime::currentSecsSinceEpoch() - 300) <= 5);
        }
        QVERIFY(sawPkg);
        int failed = 0;
        for (const auto &b : snapshot.backups)
            failed += b.status == 2;
        QVERIFY(failed > 0);
        int single = 0;
        for (const auto &instance : m_fixture->sandbox().sqlServer().instances()) {
            for (const auto &b : instance.backups)
                single += b.format == u"single";
        }
        QVERIFY(single > 0);
    }

    // Every answer of every action has the shape (keys, JSON types) of the vendor's published
    // example of it (tests/fixtures/tencent-sqlserver/SOURCES.md).
    void shapesMatchThePublishedExamples()
    {
        // Every difference of every action at once, each line naming the example it departs from.
        QStringList differences;
        const auto check = [&differences](const char *name, const QJsonObject &produced) {
            for (const QString &line : bb::test::shapeDifferences(fixture(name), produced))
                differences << QLatin1String(name) + QStringLiteral(": ") + line;
        };
        // DescribeBackups: pkg rows as the 2022-05 example, grouped single rows as the 2022-07 one.
        QJsonObject published = fixture("tccli-describebackups-2022-05.json");
        QJsonObject envelope = published.value(QStringLiteral("Response")).toObject();
        QJsonArray examples = envelope.value(QStringLiteral("Backups")).toArray();
        examples.append(fixture("tccli-describebackups-1.json")
                            .value(QStringLiteral("Response"))
                            .toObject()
                            .value(QStringLiteral("Backups"))
                            .toArray()
                            .first());
        envelope.insert(QStringLiteral("Backups"), examples);
        published.insert(QStringLiteral("Response"), envelope);
        // The first instance's whole data history: pkg, failed, single and the two-year-old ones.
        const RawReply page = call("DescribeBackups", window({{QStringLiteral("Limit"), 100}}));
        QCOMPARE(page.tencentError(), QString());
        QStringList formats;
        for (const QJsonValue row : backupRows(page))
            formats << row.toObject().value(QStringLiteral("BackupFormat")).toString();
        QVERIFY(formats.contains(QStringLiteral("pkg")) && formats.contains(QStringLiteral("single")));
        for (const QString &line : bb::test::shapeDifferences(published, page.json))
            differences << QStringLiteral("DescribeBackups examples: ") + line;

        // DescribeBackupFiles of one "single" backup.
        const auto snapshot = *m_fixture->sandbox().sqlServer().instance(m_instance.id);
        const auto single
            = std::find_if(snapshot.backups.cbegin(), snapshot.backups.cend(),
                           [](const auto &b) { return b.format == u"single" && b.status == 1; });
        QVERIFY(single != snapshot.backups.cend());
        const RawReply files = call(
            "DescribeBackupFiles",
            {{QStringLiteral("InstanceId"), m_instance.id}, {QStringLiteral("GroupId"), single->groupId}});
        check("tccli-describebackupfiles-1.json", files.json);

        // DescribeRegions and DescribeDBInstances.
        check("tccli-describeregions-1.json", call("DescribeRegions", {}).json);
        check("tccli-describedbinstances-1.json",
              call("DescribeDBInstances", {{QStringLiteral("Limit"), 100}}).json);

        // CreateBackup, then DescribeBackupByFlowId while creating and once done (seeds 001, 000).
        const RawReply created = call("CreateBackup", {{QStringLiteral("InstanceId"), m_instance.id}});
        check("seed001-createbackup-1.json", created.json);
        check("tccli-createbackup-1.json", created.json);
        const QString flowId = QString::number(response(created).value(QStringLiteral("FlowId")).toInteger());
        const QJsonObject flowParams {{QStringLiteral("InstanceId"), m_instance.id},
                                      {QStringLiteral("FlowId"), flowId}};
        check("seed000-describebackupbyflowid-1.json", call("DescribeBackupByFlowId", flowParams).json);
        QTRY_COMPARE_WITH_TIMEOUT(
            response(call("DescribeBackupByFlowId", flowParams)).value(QStringLiteral("Status")).toInt(), 1,
            10000);
        check("seed000-describebackupbyflowid-2.json", call("DescribeBackupByFlowId", flowParams).json);
        for (const QString &line : std::as_const(differences))
            qWarning("%s", qPrintable(line)); // QVERIFY2 cuts a long message short
        QVERIFY2(differences.isEmpty(),
                 qPrintable(QString::number(differences.size()) + QStringLiteral(" differences")));
    }

    // Group 0 ("the old way"): a "single" backup as one row per file, each with the file's Id,
    // name, size and addresses; BackupId then reaches a file's row.
    void ungroupedRowsPerFile()
    {
        const auto snapshot = *m_fixture->sandbox().sqlServer().instance(m_instance.id);
        const auto single
            = std::find_if(snapshot.backups.cbegin(), snapshot.backups.cend(),
                           [](const auto &b) { return b.format == u"single" && b.status == 1; });
        QVERIFY(single != snapshot.backups.cend());
        const QJsonObject around {{QStringLiteral("StartTime"), DataGen::tencentTime(single->start)},
                                  {QStringLiteral("EndTime"), DataGen::tencentTime(single->start)},
                                  {QStringLiteral("BackupFormat"), QStringLiteral("single")}};
        QJsonObject ungrouped = window(around);
        ungrouped.insert(QStringLiteral("Group"), 0);
        const QJsonArray perFile = backupRows(call("DescribeBackups", ungrouped));
        QCOMPARE(perFile.size(), single->files.size());
        for (const QJsonValue row : perFile) {
            QVERIFY(row.toObject().value(QStringLiteral("Id")).toInteger() > 0);
            QCOMPARE(row.toObject().value(QStringLiteral("GroupId")).toString(), single->groupId);
            QVERIFY(!row.toObject().value(QStringLiteral("ExternalAddr")).toString().isEmpty());
        }
        QJsonObject byFile
            = window({{QStringLiteral("Group"), 0}, {QStringLiteral("BackupId"), single->files.last().id}});
        const QJsonArray one = backupRows(call("DescribeBackups", byFile));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().toObject().value(QStringLiteral("FileName")).toString(),
                 single->files.last().fileName);
        // Grouped (Group 1, or no Group, as the published example), it is one row with Id 0.
        QJsonObject grouped = window(around);
        grouped.insert(QStringLiteral("Group"), 1);
        const QJsonArray groupRows = backupRows(call("DescribeBackups", grouped));
        QCOMPARE(groupRows.size(), 1);
        QCOMPARE(groupRows.first().toObject().value(QStringLiteral("Id")).toInteger(), 0);
        QCOMPARE(groupRows.first().toObject().value(QStringLiteral("Size")).toInteger(),
                 single->sizeBytes() / 1024);
        QCOMPARE(backupRows(call("DescribeBackups", window(around))).size(), 1);
        byFile.insert(QStringLiteral("Group"), 1);
        QVERIFY(backupRows(call("DescribeBackups", byFile)).isEmpty());
        QCOMPARE(call("DescribeBackups", window({{QStringLiteral("Group"), 2}})).tencentError(),
                 QStringLiteral("InvalidParameterValue"));
    }

    // Two backups two years before the anchor, kept until the instance goes (StorageStrategy 1).
    void keptBackupsTwoYearsOld()
    {
        const QDateTime anchor = m_fixture->sandbox().context().anchorUtc;
        int kept = 0;
        for (const auto &b : m_instance.backups) {
            if (b.start >= anchor.addDays(-365))
                continue;
            ++kept;
            QCOMPARE(b.storageStrategy, 1);
            QCOMPARE(b.status, 1);
            QVERIFY(b.start >= anchor.addDays(-731) && b.start <= anchor.addDays(-699));
        }
        QCOMPARE(kept, 2);
        QVERIFY(m_instance.created < anchor.addDays(-731));
    }

    void singleBackupsAndTheirFiles()
    {
        // Find an instance with "single" data backups and list one group's files.
        for (const auto &instance : m_fixture->sandbox().sqlServer().instances()) {
            for (const auto &b : instance.backups) {
                if (b.format != u"single" || b.status != 1)
                    continue;
                const RawReply reply = call(
                    "DescribeBackupFiles",
                    {{QStringLiteral("InstanceId"), instance.id}, {QStringLiteral("GroupId"), b.groupId}},
                    instance.region.toLatin1(), false);
                QCOMPARE(reply.tencentError(), QString());
                const QJsonObject r = response(reply);
                QCOMPARE(r.value(QStringLiteral("TotalCount")).toInt(), b.files.size());
                const QJsonArray files = r.value(QStringLiteral("BackupFiles")).toArray();
                QCOMPARE(files.size(), b.files.size());
                const QJsonObject f = files.at(0).toObject();
                QCOMPARE(f.value(QStringLiteral("DBs")).toArray().size(), 1);
                const QUrl link(f.value(QStringLiteral("DownloadLink")).toString());
                QCOMPARE(link.scheme(), QStringLiteral("http")); // the scheme the API call came in with
                const RawReply head = bb::test::sendRaw(m_fixture->network(), {}, "HEAD", link);
                QCOMPARE(head.header("Content-Length").toLongLong(),
                         f.value(QStringLiteral("Size")).toInteger() * 1024);
                // The listing shows the group, not a file.
                const RawReply listed = call("DescribeBackups",
                                             {{QStringLiteral("InstanceId"), instance.id},
                                              {QStringLiteral("StartTime"), DataGen::tencentTime(b.start)},
                                              {QStringLiteral("EndTime"), DataGen::tencentTime(b.start)},
                                              {QStringLiteral("BackupFormat"), QStringLiteral("single")}},
                                             instance.region.toLatin1());
                const QJsonObject row
                    = response(listed).value(QStringLiteral("Backups")).toArray().at(0).toObject();
                QCOMPARE(row.value(QStringLiteral("GroupId")).toString(), b.groupId);
                QCOMPARE(row.value(QStringLiteral("FileName")).toString(), QString());
                QCOMPARE(call("DescribeBackupFiles",
                              {{QStringLiteral("InstanceId"), instance.id},
                               {QStringLiteral("GroupId"), QStringLiteral("0")}},
                              instance.region.toLatin1())
                             .tencentError(),
                         QStringLiteral("ResourceNotFound.BackupNotFound"));
                return;
            }
        }
        QFAIL("no single-format backup generated");
    }

    void createBackupStateMachine()
    {
        const RawReply created = call("CreateBackup",
                                      {{QStringLiteral("InstanceId"), m_instance.id},
                                       {QStringLiteral("Strategy"), 0},
                                       {QStringLiteral("BackupName"), QStringLiteral("nightly_manual")}});
        QCOMPARE(created.tencentError(), QString());
        const QJsonValue flow = response(created).value(QStringLiteral("FlowId"));
        QVERIFY(flow.isDouble()); // an Integer out...
        const QString flowId = QString::number(flow.toInteger());
        // ...and a String in.
        QCOMPARE(call("DescribeBackupByFlowId",
                      {{QStringLiteral("InstanceId"), m_instance.id}, {QStringLiteral("FlowId"), flow}})
                     .tencentError(),
                 QStringLiteral("InvalidParameter"));
        const QJsonObject creating = response(
            call("DescribeBackupByFlowId",
                 {{QStringLiteral("InstanceId"), m_instance.id}, {QStringLiteral("FlowId"), flowId}}));
        QCOMPARE(creating.value(QStringLiteral("Status")).toInt(), 0);
        QCOMPARE(creating.value(QStringLiteral("EndTime")).toString(), QStringLiteral("0000-00-00 00:00:00"));
        QCOMPARE(creating.value(QStringLiteral("Strategy")).toInt(), 0);
        QCOMPARE(creating.value(QStringLiteral("BackupWay")).toInt(), 0);
        QCOMPARE(creating.value(QStringLiteral("FileName")).toString(), QString());
        QCOMPARE(creating.value(QStringLiteral("BackupName")).toString(), QStringLiteral("nightly_manual"));

        QTest::qWait(1600);
        const QJsonObject done = response(
            call("DescribeBackupByFlowId",
                 {{QStringLiteral("InstanceId"), m_instance.id}, {QStringLiteral("FlowId"), flowId}}));
        QCOMPARE(done.value(QStringLiteral("Status")).toInt(), 1);
        QCOMPARE(done.value(QStringLiteral("BackupWay")).toInt(), 1);
        QVERIFY(done.value(QStringLiteral("FileName")).toString().endsWith(QStringLiteral(".bak.tar")));
        QVERIFY(done.value(QStringLiteral("Size")).toInteger() > 0);
        QVERIFY(!done.value(QStringLiteral("ExternalAddr")).toString().isEmpty());
        QVERIFY(DataGen::parseTencentTime(done.value(QStringLiteral("EndTime")).toString()).isValid());

        // It is listed now, first (newest), as a manual backup.
        const QJsonObject listed
            = response(call("DescribeBackups",
                            window({{QStringLiteral("BackupWay"), 1}, {QStringLiteral("Limit"), 1}})))
                  .value(QStringLiteral("Backups"))
                  .toArray()
                  .at(0)
                  .toObject();
        QCOMPARE(listed.value(QStringLiteral("BackupName")).toString(), QStringLiteral("nightly_manual"));
        QCOMPARE(listed.value(QStringLiteral("Status")).toInt(), 1);
        QCOMPARE(listed.value(QStringLiteral("Id")), done.value(QStringLiteral("Id")));
    }

    void createMultiDatabaseOverGet()
    {
        Tc3Call c;
        c.endpoint = m_fixture->endpoint(true);
        c.service = "sqlserver";
        c.version = "2018-03-28";
        c.action = "CreateBackup";
        c.method = "GET";
        c.query = "InstanceId=" + m_instance.id.toLatin1() + "&Strategy=1&DBNames.0="
            + m_instance.databases.at(0).toLatin1() + "&DBNames.1=" + m_instance.databases.at(1).toLatin1();
        const RawReply created
            = bb::test::sendTc3(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), c);
        QCOMPARE(created.tencentError(), QString());
        QTest::qWait(1600);
        const QJsonObject done = response(
            call("DescribeBackupByFlowId",
                 {{QStringLiteral("InstanceId"), m_instance.id},
                  {QStringLiteral("FlowId"),
                   QString::number(response(created).value(QStringLiteral("FlowId")).toInteger())}}));
        QCOMPARE(done.value(QStringLiteral("Status")).toInt(), 1);
        QCOMPARE(done.value(QStringLiteral("Strategy")).toInt(), 1);
        QCOMPARE(done.value(QStringLiteral("DBs")).toArray().size(), 2);
        QVERIFY(!done.value(QStringLiteral("GroupId")).toString().isEmpty());
        // The first database's file only; DescribeBackupFiles lists both.
        const RawReply files = call("DescribeBackupFiles",
                                    {{QStringLiteral("InstanceId"), m_instance.id},
                                     {QStringLiteral("GroupId"), done.value(QStringLiteral("GroupId"))}});
        QCOMPARE(response(files).value(QStringLiteral("TotalCount")).toInt(), 2);
    }

    void createBackupErrors()
    {
        QCOMPARE(call("CreateBackup", {{QStringLiteral("InstanceId"), QStringLiteral("mssql-nothere1")}})
                     .tencentError(),
                 QStringLiteral("ResourceNotFound.InstanceNotFound"));
        QCOMPARE(call("CreateBackup",
                      {{QStringLiteral("InstanceId"), m_instance.id}, {QStringLiteral("Strategy"), 1}})
                     .tencentError(),
                 QStringLiteral("InvalidParameter.InputIllegal"));
        QCOMPARE(call("CreateBackup",
                      {{QStringLiteral("InstanceId"), m_instance.id},
                       {QStringLiteral("Strategy"), 1},
                       {QStringLiteral("DBNames"), QJsonArray {QStringLiteral("no_such_db")}}})
                     .tencentError(),
                 QStringLiteral("ResourceNotFound.DBNotFound"));
        QCOMPARE(call("CreateBackup",
                      {{QStringLiteral("InstanceId"), m_instance.id},
                       {QStringLiteral("BackupName"), QStringLiteral("bad name!")}})
                     .tencentError(),
                 QStringLiteral("InvalidParameterValue.BackupNameIsIllegal"));
        for (const auto &i : m_fixture->sandbox().sqlServer().instances()) {
            if (i.status != 2) {
                QCOMPARE(call("CreateBackup", {{QStringLiteral("InstanceId"), i.id}}, i.region.toLatin1())
                             .tencentError(),
                         QStringLiteral("ResourceUnavailable.InstanceStatusInvalid"));
                return;
            }
        }
        QFAIL("no instance in a non-running state");
    }

    void unknownFlow()
    {
        QCOMPARE(call("DescribeBackupByFlowId",
                      {{QStringLiteral("InstanceId"), m_instance.id},
                       {QStringLiteral("FlowId"), QStringLiteral("1")}})
                     .tencentError(),
                 QStringLiteral("ResourceNotFound.BackupNotFound"));
    }
};

BB_TEST_GUILESS_MAIN(tst_TencentSqlServerEmulator)
#include "tst_tencentsqlserveremulator.moc"
