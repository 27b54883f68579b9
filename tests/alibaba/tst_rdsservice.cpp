// AlibabaRdsService end to end over real sockets against the sandbox's RDS emulator (HTTPS with the
// sandbox certificate trusted explicitly, and plain HTTP): listing with every page size and filter,
// per-database files, the CRC-64 of a downloaded file against Checksum, create-and-track with
// progress, the CreateBackup preconditions, auth errors, throttling and STS tokens.
#include "providers/alibaba/acs3protocol.h"
#include "providers/alibaba/rdsservice.h"
#include "providers/core/servicereply.h"
#include "providers/crypto/crc64.h"
#include "sandbox/alibabardsemulator.h"
#include "support/actioncounter.h"
#include "support/replywait.h"
#include "support/sandboxfixture.h"
#include "support/servicecalls.h"
#include "support/signedrequest.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace bb;
using namespace bb::test;
using namespace Qt::StringLiterals;

namespace {

using ReplyPtr = std::unique_ptr<ServiceReply>;

} // namespace

class TestAlibabaRdsService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<AlibabaRdsService> m_service;

    std::unique_ptr<AlibabaRdsService> service(bool tls = true)
    {
        auto s = std::make_unique<AlibabaRdsService>(m_fixture->alibabaConfig(tls));
        s->setPollInterval(20, 60);
        return s;
    }

    Instance instance(const QString &region, const QString &enginePrefix,
                      InstanceStatus status = InstanceStatus::Running)
    {
        ReplyPtr reply(m_service->listInstances(region));
        if (!waitForReply(reply.get()) || reply->hasFailed())
            return {};
        for (const Instance &in : reply->instances()) {
            if (in.engine.startsWith(enginePrefix) && in.status == status)
                return in;
        }
        return {};
    }

    // Creates backups on a fresh sandbox's single us-west-1 instance until one is refused (or 25).
    static void createUntilRefused(int &created, ProviderError &error)
    {
        sandbox::Sandbox::Options options;
        options.createDurationMs = 10;
        SandboxFixture fast(options);
        QVERIFY(fast.start());
        AlibabaRdsService s(fast.alibabaConfig());
        s.setPollInterval(5, 10);
        ReplyPtr instances(s.listInstances(QStringLiteral("us-west-1")));
        QVERIFY(waitForReply(instances.get()));
        QCOMPARE(instances->instances().size(), 1);
        const Instance in = instances->instances().first();
        CreateBackupRequest request;
        request.region = in.region;
        request.instanceId = in.id;
        for (int i = 0; i < 25 && !error.isError(); ++i) {
            ReplyPtr reply(s.createBackup(request));
            QVERIFY(waitForReply(reply.get()));
            if (reply->hasFailed())
                error = reply->error();
            else
                ++created;
        }
    }

    // The succeeded full backups of the last three days (every instance has some).
    QList<Backup> recentFullBackups(const Instance &in)
    {
        BackupQuery query = lastDays(3);
        query.typeRaw = QStringLiteral("FullBackup");
        query.statusRaw = QStringLiteral("Success");
        return listAllBackups(*m_service, in, query);
    }

private slots:
    // Issue 21: serverFilters() keeps exactly the neutral filters backupParams() sends, so the
    // GUI's coverage per filter matches what RDS was asked.
    void serverFiltersAreWhatIsSent()
    {
        const auto sends = [](const BackupQuery &query, const QString &name) {
            for (const auto &[key, value] :
                 AlibabaRdsService::backupParams(QStringLiteral("rm-1"), query, 30, 1, {}))
                if (key == name)
                    return true;
            return false;
        };
        for (BackupStatus status : {BackupStatus::Succeeded, BackupStatus::Failed, BackupStatus::Running,
                                    BackupStatus::Creating, BackupStatus::Expired, BackupStatus::Unknown}) {
            BackupQuery query;
            query.status = status;
            QCOMPARE(m_service->serverFilters(query).status.has_value(), sends(query, u"BackupStatus"_s));
        }
        for (BackupKind kind :
             {BackupKind::Full, BackupKind::Incremental, BackupKind::Log, BackupKind::Snapshot}) {
            BackupQuery query;
            query.kind = kind;
            QCOMPARE(m_service->serverFilters(query).kind.has_value(), sends(query, u"BackupType"_s));
        }
        for (BackupTrigger trigger : {BackupTrigger::Manual, BackupTrigger::Automatic}) {
            BackupQuery query;
            query.trigger = trigger;
            QCOMPARE(m_service->serverFilters(query).trigger.has_value(), sends(query, u"BackupMode"_s));
        }
        BackupQuery failed;
        failed.status = BackupStatus::Failed;
        QVERIFY(m_service->serverFilters(failed).status == BackupStatus::Failed);
    }

    void initTestCase()
    {
        sandbox::Sandbox::Options options;
        // Long enough for the polls to see a job mid-way, even on a loaded machine.
        options.createDurationMs = 800;
        m_fixture = SandboxFixture::started(options);
        QVERIFY(m_fixture);
        m_service = service();
    }

    void productAndCapabilities()
    {
        QCOMPARE(m_service->product(), QStringLiteral("alibaba-rds"));
        const Capabilities caps = m_service->capabilities();
        QVERIFY(caps.createBackup);
        QVERIFY(caps.download);
        QVERIFY(caps.perDatabaseCreate);
        QVERIFY(caps.deleteBackup);
        QVERIFY(!caps.editDescription);
        QVERIFY(!caps.trackCreate);
        QVERIFY(m_service->knownRegions().contains(QStringLiteral("cn-hangzhou")));
        // CreateBackup's BackupMethod, Physical first (its default); no name.
        QCOMPARE(caps.create.methods,
                 (QStringList {QStringLiteral("Physical"), QStringLiteral("Logical"),
                               QStringLiteral("Snapshot")}));
        QVERIFY(!caps.create.name && !caps.create.storageDays && !caps.create.keepUntilRemoved);
        // The filters listBackups() sends, as the CLI's help names them.
        QCOMPARE(caps.serverFilters.status, QStringLiteral("BackupStatus"));
        QCOMPARE(caps.serverFilters.kind, QStringLiteral("BackupType"));
        QCOMPARE(caps.serverFilters.trigger, QStringLiteral("BackupMode"));
        QCOMPARE(caps.sizeSlack, 0);
        const ProductDescription product = AlibabaRdsService::describe();
        QCOMPARE(product.cloud, Cloud::Alibaba);
        QCOMPARE(product.displayName, QStringLiteral("Alibaba Cloud ApsaraDB RDS"));
        QCOMPARE(m_service->description(), product);
    }

    void windowFormat()
    {
        const QDateTime t = QDateTime::fromString(QStringLiteral("2025-03-17T02:36:58Z"), Qt::ISODate);
        QCOMPARE(AlibabaRdsService::windowStart(t), QStringLiteral("2025-03-17T02:36Z"));
        QCOMPARE(AlibabaRdsService::windowEnd(t), QStringLiteral("2025-03-17T02:37Z"));
        const QDateTime even = QDateTime::fromString(QStringLiteral("2025-03-17T02:36:00Z"), Qt::ISODate);
        QCOMPARE(AlibabaRdsService::windowEnd(even), QStringLiteral("2025-03-17T02:36Z"));
        // Local times are converted, never printed as if they were UTC.
        QCOMPARE(AlibabaRdsService::windowStart(t.toOffsetFromUtc(8 * 3600)),
                 QStringLiteral("2025-03-17T02:36Z"));

        BackupQuery query;
        query.statusRaw = QStringLiteral("Failed");
        query.modeRaw = QStringLiteral("Manual");
        query.typeRaw = QStringLiteral("FullBackup");
        const QueryParams params = AlibabaRdsService::backupParams(QStringLiteral("rm-1"), query, 50, 3, t);
        const QueryParams expected {{QStringLiteral("DBInstanceId"), QStringLiteral("rm-1")},
                                    {QStringLiteral("StartTime"), QStringLiteral("2025-03-10T02:36Z")},
                                    {QStringLiteral("EndTime"), QStringLiteral("2025-03-17T02:37Z")},
                                    {QStringLiteral("BackupStatus"), QStringLiteral("Failed")},
                                    {QStringLiteral("BackupMode"), QStringLiteral("Manual")},
                                    {QStringLiteral("BackupType"), QStringLiteral("FullBackup")},
                                    {QStringLiteral("PageSize"), QStringLiteral("50")},
                                    {QStringLiteral("PageNumber"), QStringLiteral("3")}};
        QCOMPARE(params, expected);
    }

    void instancesWithNextTokenPaging()
    {
        auto s = service();
        s->setInstancePageSize(3); // cn-hangzhou has 4: two pages
        ReplyPtr reply(s->listInstances(QStringLiteral("cn-hangzhou")));
        QSignalSpy pages(reply.get(), &ServiceReply::instancesReceived);
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->instances().size(), 4);
        QCOMPARE(pages.count(), 2);
        QSet<QString> engines;
        for (const Instance &in : reply->instances()) {
            QCOMPARE(in.product, QStringLiteral("alibaba-rds"));
            QCOMPARE(in.region, QStringLiteral("cn-hangzhou"));
            engines.insert(in.engine);
        }
        QVERIFY(engines.contains(QStringLiteral("MySQL 8.0")));
        QVERIFY(engines.contains(QStringLiteral("SQL Server 2019_std_ha")));
        QVERIFY(engines.contains(QStringLiteral("PostgreSQL 14.0")));
    }

    void instancesNeedARegion()
    {
        ReplyPtr reply(m_service->listInstances(QString()));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY(reply->hasFailed());
    }

    void everyPageWithEachPageSize_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("30") << 30;
        QTest::newRow("50") << 50;
        QTest::newRow("100") << 100;
    }
    void everyPageWithEachPageSize()
    {
        QFETCH(int, pageSize);
        const Instance in = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("SQL Server"));
        QVERIFY(!in.id.isEmpty());
        auto s = service();
        s->setPageSize(pageSize);
        QCOMPARE(s->pageSize(), pageSize);
        const BackupQuery query = lastDays(31);
        // What the API itself counts for the same window (one raw signed request).
        Acs3Call raw;
        raw.endpoint = m_fixture->endpoint();
        raw.action = "DescribeBackups";
        raw.version = "2014-08-15";
        for (const auto &[name, value] : AlibabaRdsService::backupParams(in.id, query, 30, 1, query.until))
            raw.query.append({name.toUtf8(), value.toUtf8()});
        const int total = sendAcs3(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), raw)
                              .json.value(QLatin1String("TotalRecordCount"))
                              .toString()
                              .toInt();
        QVERIFY(total > 150);

        ReplyPtr reply(s->listBackups(in.region, in.id, query));
        QSignalSpy pages(reply.get(), &ServiceReply::backupsReceived);
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        const QList<Backup> backups = reply->backups();
        QCOMPARE(backups.size(), total);
        QCOMPARE(pages.count(), int((backups.size() + pageSize - 1) / pageSize));
        QSet<QString> ids;
        for (const Backup &b : backups)
            ids.insert(b.id);
        QCOMPARE(ids.size(), backups.size()); // every page once, no duplicates
    }

    void undocumentedPageSizeIsRefused()
    {
        auto s = service();
        s->setPageSize(40);
        QCOMPARE(s->pageSize(), AlibabaRdsService::defaultPageSize);
    }

    void defaultWindowIsTheLastWeek()
    {
        const Instance in = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("MySQL 8.0"));
        const QList<Backup> backups = listAllBackups(*m_service, in, BackupQuery());
        QVERIFY(!backups.isEmpty());
        const QDateTime weekAgo = QDateTime::currentDateTimeUtc().addDays(-7).addSecs(-60);
        for (const Backup &b : backups)
            QVERIFY(b.start >= weekAgo);
    }

    void filters()
    {
        const Instance in = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("SQL Server"));
        BackupQuery query = lastDays(31);
        query.statusRaw = QStringLiteral("Failed");
        QList<Backup> backups = listAllBackups(*m_service, in, query);
        QVERIFY(!backups.isEmpty());
        for (const Backup &b : backups) {
            QCOMPARE(toString(b.status), QStringLiteral("failed"));
            QVERIFY(!b.hasUrls());
            QVERIFY(!b.notDownloadableReason.isEmpty());
        }

        query = lastDays(31);
        query.typeRaw = QStringLiteral("IncrementalBackup");
        backups = listAllBackups(*m_service, in, query);
        QVERIFY(!backups.isEmpty());
        for (const Backup &b : backups)
            QCOMPARE(toString(b.kind), QStringLiteral("incremental"));

        query = lastDays(31);
        query.modeRaw = QStringLiteral("Automated");
        backups = listAllBackups(*m_service, in, query);
        QVERIFY(!backups.isEmpty());
        for (const Backup &b : backups)
            QCOMPARE(toString(b.trigger), QStringLiteral("automatic"));

        query = lastDays(3);
        query.since = query.since.addSecs(17); // seconds are dropped on the wire, never the range
        backups = listAllBackups(*m_service, in, query);
        QVERIFY(!backups.isEmpty());
        for (const Backup &b : backups) {
            QVERIFY(b.start >= query.since.addSecs(-60));
            QVERIFY(b.start <= query.until);
        }

        const QString wanted = backups.at(backups.size() / 2).id;
        query = BackupQuery();
        query.backupId = wanted;
        backups = listAllBackups(*m_service, in, query);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.at(0).id, wanted);
    }

    // The neutral filters become DescribeBackups's own parameters (seed 004), raw ones win.
    void neutralFiltersMapToTheApi()
    {
        BackupQuery query;
        query.status = BackupStatus::Failed;
        query.kind = BackupKind::Full;
        query.trigger = BackupTrigger::Automatic;
        query.resourceGroupId = QStringLiteral("rg-acfmy");
        const QueryParams params = AlibabaRdsService::backupParams(QStringLiteral("rm-1"), query, 30, 1,
                                                                   QDateTime::currentDateTimeUtc());
        for (const QPair<QString, QString> &expected :
             {QPair<QString, QString>(QStringLiteral("BackupStatus"), QStringLiteral("Failed")),
              QPair<QString, QString>(QStringLiteral("BackupType"), QStringLiteral("FullBackup")),
              QPair<QString, QString>(QStringLiteral("BackupMode"), QStringLiteral("Automated")),
              QPair<QString, QString>(QStringLiteral("ResourceGroupId"), QStringLiteral("rg-acfmy"))})
            QVERIFY2(params.contains(expected), qPrintable(expected.first));
        query.status = BackupStatus::Expired; // RDS has no such BackupStatus: not sent
        query.statusRaw.clear();
        const QueryParams without = AlibabaRdsService::backupParams(QStringLiteral("rm-1"), query, 30, 1,
                                                                    QDateTime::currentDateTimeUtc());
        for (const auto &param : without)
            QVERIFY(param.first != QLatin1String("BackupStatus"));
        // Against the sandbox: every row is what was asked for.
        const Instance in = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("MySQL 8.0"));
        BackupQuery live = lastDays(10);
        live.kind = BackupKind::Incremental;
        live.trigger = BackupTrigger::Automatic;
        const QList<Backup> rows = listAllBackups(*m_service, in, live);
        QVERIFY(!rows.isEmpty());
        for (const Backup &b : rows)
            QVERIFY(live.matches(b));
    }

    void perDatabaseFiles()
    {
        const Instance in = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("SQL Server"));
        const QList<Backup> backups = recentFullBackups(in);
        QVERIFY(!backups.isEmpty());
        const Backup &b = backups.first();
        QVERIFY(b.files.size() >= 2);
        QCOMPARE(b.databases.size(), b.files.size());
        for (const BackupFile &f : b.files) {
            QVERIFY(!f.database.isEmpty());
            QVERIFY(f.name.endsWith(QLatin1String(".bak")));
            QVERIFY(f.externalUrl.query().contains(QLatin1String("dbList=")));
            QVERIFY(f.externalUrl.query().contains(QLatin1String("Expires=")));
        }
        QVERIFY(!b.checksum.isEmpty());
    }

    void checksumEqualsCrcOfTheDownloadedFile()
    {
        const Instance in = instance(QStringLiteral("ap-southeast-1"), QStringLiteral("MySQL"));
        QVERIFY(!in.id.isEmpty());
        BackupQuery query = lastDays(31);
        query.statusRaw = QStringLiteral("Success");
        const QList<Backup> backups = listAllBackups(*m_service, in, query);
        QVERIFY(!backups.isEmpty());
        Backup smallest = backups.first();
        for (const Backup &b : backups) {
            if (b.sizeBytes < smallest.sizeBytes)
                smallest = b;
        }
        QVERIFY(smallest.sizeBytes > 0 && smallest.sizeBytes < 1024 * 1024);

        ReplyPtr reply(m_service->resolveDownload(smallest));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->files().size(), 1);
        const BackupFile file = reply->files().first();
        QCOMPARE(file.checksum.algorithm, QStringLiteral("crc64-xz"));
        QCOMPARE(file.sizeBytes, smallest.sizeBytes);
        QCOMPARE(file.externalUrl.scheme(), QStringLiteral("https"));

        const RawReply body = sendRaw(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(),
                                      "GET", file.externalUrl);
        QCOMPARE(body.status, 200);
        QCOMPARE(qint64(body.body.size()), file.sizeBytes);
        QCOMPARE(QString::number(Crc64::of(body.body)), file.checksum.value);
    }

    // Re-listing by BackupId needs only the ids: RDS declares no locator field, and the bare
    // record a restored download hands resolveDownload() gets the whole file (MySQL, with its
    // CRC-64) or every per-database file (SQL Server) again.
    void idsAloneFindTheBackupAgain()
    {
        QCOMPARE(m_service->locatorFields(), QStringList());
        for (const QString &engine : {QStringLiteral("MySQL 8.0"), QStringLiteral("SQL Server")}) {
            const Instance in = instance(QStringLiteral("cn-hangzhou"), engine);
            QVERIFY(!in.id.isEmpty());
            const QList<Backup> backups = recentFullBackups(in);
            QVERIFY(!backups.isEmpty());
            const Backup &listed = backups.first();
            const Backup bare = locatorOnly(*m_service, listed);
            QVERIFY(bare.extra.isEmpty());
            ProviderError error;
            const QList<BackupFile> files = resolveFiles(*m_service, bare, &error);
            QVERIFY2(!error.isError(), qPrintable(engine + u' ' + error.toString()));
            QCOMPARE(files.size(), listed.hasUrls() ? 1 : listed.files.size());
            for (const BackupFile &file : files)
                QVERIFY(!file.externalUrl.isEmpty());
            if (listed.hasUrls())
                QCOMPARE(files.first().checksum.value, listed.checksum.value);
        }
    }

    // The sandbox keeps one archived manual backup two years before its anchor on the first MySQL
    // instance: DescribeBackups with BackupId and no window finds it in one call.
    void twoYearOldBackupFoundByIdInOneCall()
    {
        const Instance in = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("MySQL 8.0"));
        QVERIFY(!in.id.isEmpty());
        const QDateTime now = m_fixture->client().now();
        int calls = 0;
        const Backup found = findOldBackupById(*m_service, m_fixture->client(), in,
                                               sandbox::AlibabaRdsEmulator::oldBackupDays, &calls);
        QVERIFY(!found.id.isEmpty());
        QCOMPARE(calls, 1);
        QVERIFY(found.start.daysTo(now) >= sandbox::AlibabaRdsEmulator::oldBackupDays - 1);
        QCOMPARE(found.extraValue(QStringLiteral("Storage")), QStringLiteral("archive storage"));
        QVERIFY(found.hasUrls());
    }

    void unknownIdIsNotFoundWithTheRequestId()
    {
        const Instance in = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("MySQL 8.0"));
        ReplyPtr reply(m_service->findBackupById(in.region, in.id, QStringLiteral("999")));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY(reply->hasFailed());
        QCOMPARE(reply->error().code, QStringLiteral("BackupNotFound"));
        QVERIFY(!reply->error().requestId.isEmpty());
        QVERIFY(reply->error().message.contains(QLatin1String("999")));
    }

    void backupPolicyFromDescribeBackupPolicy()
    {
        const Instance in = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("MySQL 8.0"));
        ReplyPtr reply(m_service->backupPolicy(in.region, in.id));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        // The sandbox backs up every day.
        QCOMPARE(reply->policy().fullBackupWeekdays, (QList<int> {1, 2, 3, 4, 5, 6, 7}));
        QVERIFY(reply->policy().window.endsWith(u'Z'));
        QVERIFY(!reply->policy().raw.isEmpty());

        ReplyPtr missing(m_service->backupPolicy(in.region, QStringLiteral("rm-nosuchinstance")));
        QVERIFY(waitForReply(missing.get()));
        QVERIFY(missing->hasFailed());
        QCOMPARE(missing->error().action, QStringLiteral("DescribeBackupPolicy"));
        QVERIFY(!missing->error().requestId.isEmpty());
    }

    void deleteRefusedBeforeAnyCallWhenTheRecordSaysSo()
    {
        const Instance in = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("MySQL 8.0"));
        BackupQuery query = lastDays(3);
        query.modeRaw = QStringLiteral("Automated");
        const QList<Backup> automated = listAllBackups(*m_service, in, query);
        QVERIFY(!automated.isEmpty());
        const Backup &kept = automated.first();
        QCOMPARE(kept.extraValue(QStringLiteral("StoreStatus")), QStringLiteral("Disabled"));
        ActionCounter deletes(m_fixture->client(), QStringLiteral("DeleteBackup"));
        ReplyPtr reply(m_service->deleteBackup(kept));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY(reply->hasFailed());
        QCOMPARE(int(reply->error().kind), int(ProviderError::Kind::Unsupported));
        QVERIFY(reply->error().message.contains(QLatin1String("StoreStatus is Disabled")));
        QCOMPARE(deletes.count(), 0);

        // SQL Server: RDS's DeleteBackup serves MySQL and PostgreSQL only.
        const Instance mssql = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("SQL Server"));
        const QList<Backup> mssqlBackups = recentFullBackups(mssql);
        QVERIFY(!mssqlBackups.isEmpty());
        ReplyPtr refused(m_service->deleteBackup(mssqlBackups.first()));
        QVERIFY(waitForReply(refused.get()));
        QVERIFY(refused->error().message.contains(QLatin1String("MySQL and PostgreSQL")));
        QCOMPARE(deletes.count(), 0);
    }

    void deleteAManualBackup()
    {
        const Instance in = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("MySQL 8.0"));
        // Back to the two-year-old one, so there is surely a manual set (StoreStatus Enabled).
        BackupQuery query;
        query.until = m_fixture->client().now();
        query.since = query.until.addDays(-(sandbox::AlibabaRdsEmulator::oldBackupDays + 5));
        query.trigger = BackupTrigger::Manual;
        const QList<Backup> manual = listAllBackups(*m_service, in, query);
        QVERIFY(!manual.isEmpty());
        const Backup target = manual.first();
        QCOMPARE(target.extraValue(QStringLiteral("StoreStatus")), QStringLiteral("Enabled"));
        QVERIFY(target.notDeletableReason.isEmpty());

        ReplyPtr reply(m_service->deleteBackup(target));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        QCOMPARE(int(reply->backup().status), int(BackupStatus::Deleted));
        ReplyPtr gone(m_service->findBackupById(in.region, in.id, target.id));
        QVERIFY(waitForReply(gone.get()));
        QCOMPARE(gone->error().code, QStringLiteral("BackupNotFound"));

        // Again: RDS answers with its error, which names the call and the instance.
        ReplyPtr again(m_service->deleteBackup(target));
        QVERIFY(waitForReply(again.get()));
        QVERIFY(again->hasFailed());
        QCOMPARE(again->error().action, QStringLiteral("DeleteBackup"));
        QCOMPARE(again->error().instanceId, in.id);
        QVERIFY(!again->error().requestId.isEmpty());
    }

    // Every error code the DescribeBackups page (seed 004) lists, fed as RDS sends errors
    // ({RequestId, HostId, Code, Message, Recommend} with the page's HTTP status): the message
    // keeps the code, the provider's text and the RequestId; permissions read as credentials
    // problems; 5xx is retried; only the not-found family says the instance does not exist.
    void documentedErrorCodes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QFile file(QStringLiteral(BB_SEEDS_DIR "/alibaba-rds/describebackups-errorcodes.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int row = 0;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> cols = line.split('\t');
            if (cols.size() != 3)
                continue;
            QTest::addRow("%d %s", ++row, cols.at(1).constData())
                << cols.at(0).toInt() << QString::fromUtf8(cols.at(1)) << QString::fromUtf8(cols.at(2));
        }
        QCOMPARE(row, 70);
    }

    void documentedErrorCodes()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const Acs3Protocol protocol({}, QStringLiteral("2014-08-15"), Acs3Protocol::Style::Rpc);
        ApiRequest api;
        api.action = QStringLiteral("DescribeBackups");
        const QJsonObject body {
            {QStringLiteral("RequestId"), QStringLiteral("6B8E1C2A-0000-4000-8000-00000000000A")},
            {QStringLiteral("HostId"), QStringLiteral("rds.aliyuncs.com")},
            {QStringLiteral("Code"), code},
            {QStringLiteral("Message"), message}};
        ApiResult result = protocol.interpretFor(api, status, QJsonDocument(body).toJson());
        ProviderError &error = result.error;
        error.product = QStringLiteral("alibaba-rds");
        error.action = api.action;
        error.instanceId = QStringLiteral("rm-uf6wjk5xxxxxxx");
        AlibabaRdsService::explain(error);

        QCOMPARE(error.code, code);
        QCOMPARE(error.message, message);
        QCOMPARE(error.httpStatus, status);
        const QString text = error.toString();
        for (const QString &part : {code, message, QStringLiteral("6B8E1C2A-0000-4000-8000-00000000000A"),
                                    QStringLiteral("DescribeBackups"), QStringLiteral("rm-uf6wjk5xxxxxxx")})
            QVERIFY2(text.contains(part), qPrintable(text + QStringLiteral(" lacks ") + part));

        const bool permission = code == QLatin1String("InvalidUserOperatorPermission");
        QCOMPARE(error.kind == ProviderError::Kind::Auth, permission);
        if (permission)
            QVERIFY2(error.hint.contains(QLatin1String("RAM permission")), qPrintable(error.hint));
        QCOMPARE(error.retryable, status >= 500);
        const bool gone = code == QLatin1String("InvalidDBInstanceId.NotFound")
            || code == QLatin1String("InvalidDBInstance.NotFound")
            || code == QLatin1String("InvalidDBInstanceName.NotFound");
        QCOMPARE(error.hint.contains(QLatin1String("does not exist")), gone);
    }

    void plainHttpAccount()
    {
        auto s = service(false);
        const Instance in = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("MySQL 8.0"));
        BackupQuery query = lastDays(2);
        query.statusRaw = QStringLiteral("Success");
        const QList<Backup> backups = listAllBackups(*s, in, query);
        QVERIFY(!backups.isEmpty());
        QCOMPARE(backups.first().externalUrl.scheme(), QStringLiteral("http"));
    }

    void snapshotIsNotDownloadable()
    {
        const Instance in = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("PostgreSQL"));
        BackupQuery query = lastDays(2);
        query.statusRaw = QStringLiteral("Success");
        const QList<Backup> backups = listAllBackups(*m_service, in, query);
        QVERIFY(!backups.isEmpty());
        QCOMPARE(toString(backups.first().method), QStringLiteral("snapshot"));
        ReplyPtr reply(m_service->resolveDownload(backups.first()));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY(reply->hasFailed());
        QCOMPARE(int(reply->error().kind), int(ProviderError::Kind::Unsupported));
        QVERIFY(reply->error().message.contains(QLatin1String("napshot")));
    }

    void createAndTrackWithProgress()
    {
        const Instance in = instance(QStringLiteral("cn-shanghai"), QStringLiteral("SQL Server"));
        QVERIFY(!in.id.isEmpty());
        // Which databases exist: the per-database files of a recent full backup name them.
        const QList<Backup> recent = recentFullBackups(in);
        QVERIFY(!recent.isEmpty());
        const QStringList databases = recent.first().databases;
        QVERIFY(!databases.isEmpty());

        CreateBackupRequest request;
        request.region = in.region;
        request.instanceId = in.id;
        request.databases = {databases.first()};
        ReplyPtr reply(m_service->createBackup(request));
        QSignalSpy progress(reply.get(), &ServiceReply::progressChanged);
        QSignalSpy changes(reply.get(), &ServiceReply::backupChanged);
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        QVERIFY(progress.count() >= 3);
        int last = -1;
        bool between = false;
        for (const QList<QVariant> &args : progress) {
            QVERIFY(args.at(0).toInt() >= last);
            last = args.at(0).toInt();
            between = between || (last > 0 && last < 100);
        }
        QVERIFY(between);
        QCOMPARE(last, 100);
        QVERIFY(changes.count() >= 2);
        // While the job runs the record is keyed by it ("job-<BackupJobId>"), so a table shows the
        // row from the first answer on and updates it in place, with the job's percentage.
        const Backup placeholder = changes.first().first().value<Backup>();
        const QString jobId = placeholder.extraValue(QStringLiteral("BackupJobId"));
        QVERIFY(!jobId.isEmpty());
        QCOMPARE(placeholder.id, AlibabaRdsService::placeholderId(jobId));
        QCOMPARE(placeholder.id, QStringLiteral("job-") + jobId);
        QCOMPARE(toString(placeholder.status), QStringLiteral("creating"));
        QCOMPARE(placeholder.extraValue(QStringLiteral("Progress")), QStringLiteral("0"));
        bool midway = false;
        for (qsizetype i = 0; i + 1 < changes.size(); ++i) {
            const Backup b = changes.at(i).first().value<Backup>();
            QCOMPARE(b.id, placeholder.id);
            const int percent = b.extraValue(QStringLiteral("Progress")).toInt();
            midway = midway || (percent > 0 && percent < 100);
        }
        QVERIFY(midway);
        const Backup created = reply->backup();
        QVERIFY(!created.id.isEmpty());
        QVERIFY(created.id != placeholder.id);
        QCOMPARE(created.extraValue(QStringLiteral("BackupJobId")), jobId);
        QCOMPARE(toString(created.trigger), QStringLiteral("manual"));
        QCOMPARE(toString(created.status), QStringLiteral("succeeded"));
        QCOMPARE(created.databases, QStringList {databases.first()});
        QVERIFY(created.hasUrls());

        BackupQuery byId;
        byId.backupId = created.id;
        QCOMPARE(listAllBackups(*m_service, in, byId).size(), 1);
    }

    void preconditionsAreClearErrors()
    {
        const Instance stopped
            = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("MySQL 5.7"), InstanceStatus::Stopped);
        QVERIFY(!stopped.id.isEmpty());
        CreateBackupRequest request;
        request.region = stopped.region;
        request.instanceId = stopped.id;
        ReplyPtr reply(m_service->createBackup(request));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY(reply->hasFailed());
        const ProviderError &error = reply->error();
        QCOMPARE(error.code, QStringLiteral("IncorrectDBInstanceState"));
        QCOMPARE(error.httpStatus, 403);
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY(error.hint.contains(QLatin1String("Running")));
        const QString line = error.toString();
        QVERIFY2(line.contains(QLatin1String("CreateBackup")) && line.contains(stopped.id), qPrintable(line));

        const Instance running = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("MySQL 8.0"));
        request.region = running.region;
        request.instanceId = running.id;
        ReplyPtr first(m_service->createBackup(request));
        // The second request goes out only once the first job exists (two calls in flight at once
        // could reach the server in either order).
        QTRY_VERIFY(!first->backup().extraValue(QStringLiteral("BackupJobId")).isEmpty());
        ReplyPtr second(m_service->createBackup(request));
        QVERIFY(waitForReply(second.get()));
        QVERIFY(second->hasFailed());
        QCOMPARE(second->error().code, QStringLiteral("BackupJobExists"));
        QVERIFY(!second->error().hint.isEmpty());
        QVERIFY(waitForReply(first.get()));
        QVERIFY2(!first->hasFailed(), qPrintable(first->error().toString()));
    }

    void failedJobIsAClearError()
    {
        const Instance in = instance(QStringLiteral("cn-shanghai"), QStringLiteral("MySQL"));
        QVERIFY(!in.id.isEmpty());
        m_fixture->sandbox().alibabaRds().failNextJobs(in.id, 1);
        CreateBackupRequest request;
        request.region = in.region;
        request.instanceId = in.id;
        ReplyPtr reply(m_service->createBackup(request));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY(reply->hasFailed());
        const ProviderError &error = reply->error();
        QCOMPARE(int(error.kind), int(ProviderError::Kind::Provider));
        QCOMPARE(error.action, QStringLiteral("DescribeBackupTasks"));
        QCOMPARE(error.instanceId, in.id);
        QCOMPARE(error.product, QStringLiteral("alibaba-rds"));
        QVERIFY(!error.requestId.isEmpty());
        const Backup failed = reply->backup();
        const QString jobId = failed.extraValue(QStringLiteral("BackupJobId"));
        QVERIFY(!jobId.isEmpty());
        QCOMPARE(failed.id, AlibabaRdsService::placeholderId(jobId));
        QCOMPARE(toString(failed.status), QStringLiteral("failed"));
        QCOMPARE(failed.statusRaw, QStringLiteral("Failed"));
        const QString line = error.toString();
        QVERIFY2(line.contains(jobId) && line.contains(in.id) && line.contains(QLatin1String("failed"))
                     && line.contains(error.requestId),
                 qPrintable(line));

        // Only the next job was set to fail: the instance is free again and the retry succeeds.
        ReplyPtr retry(m_service->createBackup(request));
        QVERIFY(waitForReply(retry.get()));
        QVERIFY2(!retry->hasFailed(), qPrintable(retry->error().toString()));
        QCOMPARE(toString(retry->backup().status), QStringLiteral("succeeded"));
    }

    void twentyBackupsADay()
    {
        // The quota is per calendar day: a run that crosses midnight (UTC) starts a new day part-way
        // and may create more; then it is repeated, on a fresh sandbox, within the new day.
        int created = 0;
        ProviderError error;
        for (int run = 0; run < 2; ++run) {
            const QDate day = QDateTime::currentDateTimeUtc().date();
            created = 0;
            error = ProviderError();
            createUntilRefused(created, error);
            if (QTest::currentTestFailed())
                return;
            if (QDateTime::currentDateTimeUtc().date() == day)
                break;
        }
        QVERIFY(created >= 18 && created <= 20);
        QCOMPARE(error.code, QStringLiteral("QuotaExceeded.BackupTimes"));
        QVERIFY(error.hint.contains(QLatin1String("20")));
    }

    void unknownInstance()
    {
        Instance ghost;
        ghost.id = QStringLiteral("rm-doesnotexist00");
        ghost.region = QStringLiteral("cn-hangzhou");
        ProviderError error;
        listAllBackups(*m_service, ghost, lastDays(1), &error);
        QCOMPARE(error.code, QStringLiteral("InvalidDBInstance.NotFound"));
        QCOMPARE(error.httpStatus, 404);
        QVERIFY(!error.hint.isEmpty());
    }

    void wrongSecretIsAuth()
    {
        ServiceConfig config = m_fixture->alibabaConfig();
        config.credentials.secret = QStringLiteral("not-the-secret");
        AlibabaRdsService s(config);
        ReplyPtr reply(s.listInstances(QStringLiteral("cn-hangzhou")));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY(reply->hasFailed());
        QCOMPARE(reply->error().code, QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(int(reply->error().kind), int(ProviderError::Kind::Auth));
        QVERIFY(!reply->error().hint.isEmpty());
    }

    void retriesAfterThrottling()
    {
        sandbox::FaultPlan plan;
        plan.throttleNext = 2;
        m_fixture->sandbox().setFaults(plan);
        ReplyPtr reply(m_service->listInstances(QStringLiteral("ap-southeast-1")));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->instances().size(), 2);
        QCOMPARE(m_fixture->sandbox().faults().throttleNext, 0);
    }

    void retriesAfterServerErrors()
    {
        sandbox::FaultPlan plan;
        plan.serverErrorNext = 2;
        m_fixture->sandbox().setFaults(plan);
        ReplyPtr reply(m_service->listInstances(QStringLiteral("us-west-1")));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->instances().size(), 1);
    }

    void clockSkewIsExplained()
    {
        m_fixture->client().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(20 * 60); });
        ReplyPtr reply(m_service->listInstances(QStringLiteral("cn-hangzhou")));
        const bool done = waitForReply(reply.get());
        m_fixture->client().setClock({});
        QVERIFY(done);
        QVERIFY(reply->hasFailed());
        QCOMPARE(reply->error().code, QStringLiteral("InvalidTimeStamp.Expired"));
        QCOMPARE(int(reply->error().kind), int(ProviderError::Kind::Auth));
        QVERIFY(reply->error().hint.contains(QLatin1String("clock")));
    }

    void sqlServerBackupTypeIsSent()
    {
        const Instance mysql = instance(QStringLiteral("cn-hangzhou"), QStringLiteral("MySQL 8.0"));
        CreateBackupRequest request;
        request.region = mysql.region;
        request.instanceId = mysql.id;
        request.type = QStringLiteral("FullBackup"); // SQL Server only: MySQL refuses it
        ReplyPtr reply(m_service->createBackup(request));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY(reply->hasFailed());
        QCOMPARE(reply->error().code, QStringLiteral("BackupType.NotSupport"));
    }

    void stsTokenHeader()
    {
        ServiceConfig config = m_fixture->alibabaStsConfig();
        const QString token = config.credentials.token;
        config.credentials.token.clear();
        {
            AlibabaRdsService s(config);
            ReplyPtr reply(s.listInstances(QStringLiteral("cn-hangzhou")));
            QVERIFY(waitForReply(reply.get()));
            QVERIFY(reply->hasFailed());
            QCOMPARE(reply->error().code, QStringLiteral("MissingSecurityToken"));
            QCOMPARE(int(reply->error().kind), int(ProviderError::Kind::Auth));
        }
        config.credentials.token = token;
        AlibabaRdsService s(config);
        ReplyPtr reply(s.listInstances(QStringLiteral("cn-hangzhou")));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->instances().size(), 4);
    }
};

BB_TEST_GUILESS_MAIN(TestAlibabaRdsService)
#include "tst_rdsservice.moc"
