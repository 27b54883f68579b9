// StarRocksService end to end over real sockets against the sandbox's StarRocks emulator: instances,
// every page of backups with the seed's unit conversions, the window in seconds, status filters,
// description edits and deletion, the envelope's errors, and the capability reasons.
#include "providers/alibaba/starrocksparser.h"
#include "providers/alibaba/starrocksservice.h"
#include "providers/core/servicereply.h"
#include "sandbox/starrocksemulator.h"
#include "support/replywait.h"
#include "support/sandboxfixture.h"
#include "support/servicecalls.h"
#include "support/testmain.h"

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

class TestStarRocksService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<StarRocksService> m_service;

    Instance firstInstance(const QString &region = QStringLiteral("cn-hangzhou"))
    {
        ReplyPtr reply(m_service->listInstances(region));
        if (!waitForReply(reply.get()) || reply->hasFailed() || reply->instances().isEmpty())
            return {};
        return reply->instances().first();
    }

private slots:
    // Issue 21: serverFilters() keeps exactly the status backupParams() sends as Statuses; kind
    // and trigger have no StarRocks parameter.
    void serverFiltersAreWhatIsSent()
    {
        const StarRocksService &service = *m_service;
        for (BackupStatus status : {BackupStatus::Succeeded, BackupStatus::Failed, BackupStatus::Running,
                                    BackupStatus::Creating, BackupStatus::Expired, BackupStatus::Unknown}) {
            BackupQuery query;
            query.status = status;
            bool sent = false;
            for (const auto &[key, value] : StarRocksService::backupParams({}, u"c-1"_s, query, 1, 10, {}))
                sent = sent || key == u"Statuses"_s;
            QCOMPARE(service.serverFilters(query).status.has_value(), sent);
        }
        BackupQuery other;
        other.kind = BackupKind::Full;
        other.trigger = BackupTrigger::Manual;
        QVERIFY(!service.serverFilters(other).kind && !service.serverFilters(other).trigger);
    }

    void initTestCase()
    {
        m_fixture = SandboxFixture::started();
        QVERIFY(m_fixture);
        m_service = std::make_unique<StarRocksService>(m_fixture->alibabaConfig());
    }

    void capabilityReasons()
    {
        const Capabilities caps = m_service->capabilities();
        QVERIFY(!caps.createBackup);
        QVERIFY(!caps.download);
        QVERIFY(caps.editDescription);
        QVERIFY(caps.deleteBackup);
        QCOMPARE(caps.noCreateReason,
                 QStringLiteral("EMR Serverless StarRocks creates backups only from backup "
                                "policies; it has no on-demand backup API."));
        QCOMPARE(caps.noDownloadReason, QStringLiteral("StarRocks backups have no download URL."));
        QCOMPARE(m_service->product(), QStringLiteral("alibaba-starrocks"));
        QVERIFY(m_service->knownRegions().contains(QStringLiteral("eu-central-1")));
        QCOMPARE(caps.create, CreateForm {});
        QVERIFY(!caps.trackCreate);
        QCOMPARE(caps.serverFilters.status, QStringLiteral("Statuses"));
        QVERIFY(caps.serverFilters.kind.isEmpty() && caps.serverFilters.trigger.isEmpty());
        const ProductDescription product = StarRocksService::describe();
        QCOMPARE(product.key, QStringLiteral("alibaba-starrocks"));
        QCOMPARE(product.cloud, Cloud::Alibaba);
        QCOMPARE(product.displayName, QStringLiteral("Alibaba Cloud EMR Serverless StarRocks"));

        ReplyPtr create(m_service->createBackup(CreateBackupRequest()));
        QVERIFY(waitForReply(create.get()));
        QCOMPARE(int(create->error().kind), int(ProviderError::Kind::Unsupported));
        ReplyPtr download(m_service->resolveDownload(Backup()));
        QVERIFY(waitForReply(download.get()));
        QCOMPARE(int(download->error().kind), int(ProviderError::Kind::Unsupported));
    }

    // No download URL at all: nothing to find a backup again by, so no locator field either; even
    // a listed backup reduced to what a download would keep is refused as unsupported.
    void noLocatorFieldsWithoutDownloads()
    {
        QCOMPARE(m_service->locatorFields(), QStringList());
        const QList<Backup> backups = listAllBackups(*m_service, firstInstance(), lastDays(31));
        QVERIFY(!backups.isEmpty());
        QVERIFY(locatorOnly(*m_service, backups.first()).extra.isEmpty());
        ProviderError error;
        QVERIFY(resolveFiles(*m_service, locatorOnly(*m_service, backups.first()), &error).isEmpty());
        QCOMPARE(int(error.kind), int(ProviderError::Kind::Unsupported));
    }

    void backupParamsUseSeconds()
    {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2025-05-20T05:16:30Z"), Qt::ISODate);
        BackupQuery query;
        query.statusRaw = QStringLiteral("COMPLETED");
        const QueryParams params = StarRocksService::backupParams(QStringLiteral("cn-hangzhou"),
                                                                  QStringLiteral("c-1"), query, 2, 100, now);
        const QueryParams expected {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                                    {QStringLiteral("InstanceId"), QStringLiteral("c-1")},
                                    {QStringLiteral("TimePeriodStartTime"), QStringLiteral("1747113390")},
                                    {QStringLiteral("TimePeriodEndTime"), QStringLiteral("1747718190")},
                                    {QStringLiteral("Statuses"), QStringLiteral("COMPLETED")},
                                    {QStringLiteral("PageNumber"), QStringLiteral("2")},
                                    {QStringLiteral("PageSize"), QStringLiteral("100")}};
        QCOMPARE(params, expected);
    }

    // Neutral filters: only the statuses seed 003 shows go to Statuses; kind and trigger have no
    // parameter and stay with the caller's filtering; a backup id means no window at all.
    void neutralFiltersAndFindById()
    {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2025-05-20T05:16:30Z"), Qt::ISODate);
        BackupQuery query;
        query.status = BackupStatus::Succeeded;
        query.kind = BackupKind::Full;
        query.trigger = BackupTrigger::Manual;
        QueryParams params = StarRocksService::backupParams({}, QStringLiteral("c-1"), query, 1, 10, now);
        QVERIFY(params.contains({QStringLiteral("Statuses"), QStringLiteral("COMPLETED")}));
        for (const auto &param : params)
            QVERIFY2(param.first != QLatin1String("BackupType"), qPrintable(param.first));
        query.status = BackupStatus::Failed; // not published: not sent
        params = StarRocksService::backupParams({}, QStringLiteral("c-1"), query, 1, 10, now);
        for (const auto &param : params)
            QVERIFY(param.first != QLatin1String("Statuses"));
        BackupQuery byId;
        byId.backupId = QStringLiteral("bt-1");
        params = StarRocksService::backupParams({}, QStringLiteral("c-1"), byId, 1, 10, now);
        QVERIFY(params.contains({QStringLiteral("BackupTaskId"), QStringLiteral("bt-1")}));
        for (const auto &param : params)
            QVERIFY(!param.first.startsWith(QLatin1String("TimePeriod")));
    }

    void instances()
    {
        ReplyPtr reply(m_service->listInstances(QStringLiteral("cn-hangzhou")));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->instances().size(), 2);
        const Instance &in = reply->instances().first();
        QVERIFY(in.id.startsWith(QLatin1String("c-")));
        QVERIFY(in.engine.startsWith(QLatin1String("StarRocks 3.")));
        QCOMPARE(toString(in.status), QStringLiteral("running"));
    }

    void backupsWithUnitsConverted()
    {
        const Instance in = firstInstance();
        QVERIFY(!in.id.isEmpty());
        const QList<Backup> backups = listAllBackups(*m_service, in, lastDays(31));
        QVERIFY2(backups.size() >= 30, qPrintable(QString::number(backups.size())));
        QSet<QString> ids;
        bool running = false;
        for (const Backup &b : backups) {
            ids.insert(b.id);
            QVERIFY(b.id.startsWith(QLatin1String("bt-")));
            QCOMPARE(b.product, QStringLiteral("alibaba-starrocks"));
            QCOMPARE(b.sizeBytes % StarRocksParser::bytesPerGiB, 0);
            QVERIFY(b.start.isValid());
            QVERIFY(b.start.date().year() >= 2025); // ms read as ms, not as seconds
            QVERIFY(b.expire > b.start);
            QVERIFY(!b.files.isEmpty());
            qint64 parts = 0;
            for (const BackupFile &f : b.files) {
                parts += f.sizeBytes;
                QVERIFY(!f.database.isEmpty());
            }
            QCOMPARE(parts, b.sizeBytes); // the subtasks add up to the backup
            QVERIFY(!b.extraValue(QStringLiteral("InstanceSnapshot.RunMode")).isEmpty());
            QVERIFY(b.extraValue(QStringLiteral("InstanceSnapshot.NodeGroups[0]"))
                        .startsWith(QLatin1String("FE: ")));
            QVERIFY(!b.notDownloadableReason.isEmpty());
            running = running || b.status == BackupStatus::Running;
        }
        QCOMPARE(ids.size(), backups.size());
        QVERIFY(running);
    }

    void everyPageWithSmallPages()
    {
        const Instance in = firstInstance();
        const QList<Backup> all = listAllBackups(*m_service, in, lastDays(31)); // one page of 100
        StarRocksService paged(m_fixture->alibabaConfig());
        paged.setPageSize(7);
        ReplyPtr reply(paged.listBackups(in.region, in.id, lastDays(31)));
        QSignalSpy pages(reply.get(), &ServiceReply::backupsReceived);
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->backups().size(), all.size());
        QCOMPARE(pages.count(), int((all.size() + 6) / 7));
        QSet<QString> ids;
        for (const Backup &b : reply->backups())
            ids.insert(b.id);
        QCOMPARE(ids.size(), all.size());

        paged.setPageSize(1);
        ReplyPtr instances(paged.listInstances(QStringLiteral("cn-hangzhou")));
        QVERIFY(waitForReply(instances.get()));
        QCOMPARE(instances->instances().size(), 2);
    }

    void windowAndStatusFilters()
    {
        const Instance in = firstInstance();
        QList<Backup> backups = listAllBackups(*m_service, in, lastDays(3));
        QVERIFY(backups.size() >= 2 && backups.size() <= 4);
        const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-3).addSecs(-1);
        for (const Backup &b : backups)
            QVERIFY(b.start >= from);

        BackupQuery query = lastDays(31);
        query.statusRaw = QStringLiteral("RUNNING");
        backups = listAllBackups(*m_service, in, query);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(toString(backups.first().status), QStringLiteral("running"));
    }

    void envelopeErrorIsReadable()
    {
        Instance ghost;
        ghost.id = QStringLiteral("c-doesnotexist");
        ghost.region = QStringLiteral("cn-hangzhou");
        ProviderError error;
        listAllBackups(*m_service, ghost, lastDays(1), &error);
        QVERIFY(error.isError());
        QCOMPARE(error.code, QStringLiteral("InvalidParams"));
        QVERIFY(error.message.contains(QLatin1String("instance not exists")));
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY(error.toString().contains(QLatin1String("DescribeBackups")));
    }

    void updateDescriptionThenDelete()
    {
        const Instance in = firstInstance();
        BackupQuery query = lastDays(31);
        query.statusRaw = QStringLiteral("COMPLETED");
        const QList<Backup> backups = listAllBackups(*m_service, in, query);
        QVERIFY(!backups.isEmpty());
        const Backup target = backups.last();

        ReplyPtr update(m_service->updateDescription(target, QStringLiteral("kept for the audit")));
        QSignalSpy changed(update.get(), &ServiceReply::backupChanged);
        QVERIFY(waitForReply(update.get()));
        QVERIFY2(!update->hasFailed(), qPrintable(update->error().toString()));
        // Accepted only because the keys travel in the JSON body (the sandbox, like the SDK's
        // UpdateBackupWithOptions, reads neither from the query).
        QCOMPARE(update->backup().name, QStringLiteral("kept for the audit"));
        QCOMPARE(changed.count(), 1);

        query = BackupQuery();
        query.backupId = target.id;
        QCOMPARE(listAllBackups(*m_service, in, query).first().name, QStringLiteral("kept for the audit"));

        ReplyPtr removal(m_service->deleteBackup(target));
        QVERIFY(waitForReply(removal.get()));
        QVERIFY2(!removal->hasFailed(), qPrintable(removal->error().toString()));
        QCOMPARE(toString(removal->backup().status), QStringLiteral("deleted"));
        QVERIFY(listAllBackups(*m_service, in, query).isEmpty());

        // Deleting it again: the envelope's error, not a crash or a silent success.
        ReplyPtr again(m_service->deleteBackup(target));
        QVERIFY(waitForReply(again.get()));
        QVERIFY(again->hasFailed());
        QVERIFY(again->error().message.contains(QLatin1String("not exists")));
    }

    // The sandbox keeps one backup two years before its anchor on the first instance: DescribeBackups
    // filtered by BackupTaskId, with no window, finds it in one call.
    void twoYearOldBackupFoundByIdInOneCall()
    {
        const Instance in = firstInstance();
        const QDateTime now = m_fixture->client().now();
        int calls = 0;
        const Backup found = findOldBackupById(*m_service, m_fixture->client(), in,
                                               sandbox::StarRocksEmulator::oldBackupDays, &calls);
        QVERIFY(!found.id.isEmpty());
        QCOMPARE(calls, 1);
        QVERIFY(found.start.daysTo(now) >= sandbox::StarRocksEmulator::oldBackupDays - 1);

        ReplyPtr missing(m_service->findBackupById(in.region, in.id, QStringLiteral("bt-doesnotexist")));
        QVERIFY(waitForReply(missing.get()));
        QCOMPARE(missing->error().code, QStringLiteral("BackupNotFound"));
        QVERIFY(!missing->error().requestId.isEmpty());
    }

    void runningBackupCannotBeDeleted()
    {
        const Instance in = firstInstance();
        BackupQuery query = lastDays(31);
        query.statusRaw = QStringLiteral("RUNNING");
        const QList<Backup> running = listAllBackups(*m_service, in, query);
        QCOMPARE(running.size(), 1);
        ReplyPtr removal(m_service->deleteBackup(running.first()));
        QVERIFY(waitForReply(removal.get()));
        QVERIFY(removal->hasFailed());
        QVERIFY(removal->error().message.contains(QLatin1String("running")));
    }

    void plainHttpAndThrottling()
    {
        StarRocksService http(m_fixture->alibabaConfig(false));
        sandbox::FaultPlan plan;
        plan.throttleNext = 1;
        m_fixture->sandbox().setFaults(plan);
        ReplyPtr reply(http.listInstances(QStringLiteral("cn-beijing")));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->instances().size(), 1);
    }
};

BB_TEST_GUILESS_MAIN(TestStarRocksService)
#include "tst_starrocksservice.moc"
