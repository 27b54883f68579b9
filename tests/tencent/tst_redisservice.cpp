// TencentRedisService end to end against the sandbox's Redis emulator over real sockets (HTTPS
// with the sandbox certificate trusted explicitly, and plain HTTP): row-offset paging, windows
// over 30 days split, status filter, detail, rows delivered at once and their sizes from
// DescribeBackupDetail as updates after (a failing one leaves only its own row without a size;
// deleting the reply or the service stops them), one URL per shard that really downloads,
// create-and-track through ManualBackupInstance/DescribeTaskInfo, and error mapping.
#include "providers/core/apiclient.h"
#include "providers/tencent/redisservice.h"
#include "sandbox/filehost.h"
#include "sandbox/tencentredisemulator.h"
#include "support/actioncounter.h"
#include "support/replywait.h"
#include "support/sandboxfixture.h"
#include "support/servicecalls.h"
#include "support/signedrequest.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace bb;

// The records' enums have no QTest::toString; compare their values.
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(static_cast<int>(actual), static_cast<int>(expected))

namespace {

using Emulator = sandbox::TencentRedisEmulator;
using test::waitForReply;

// One listing seen as a consumer sees it: the rows as first delivered, the updates, and the rows
// once the updates settled.
struct Observed
{
    QList<Backup> delivered;
    QList<Backup> updates;
    QList<Backup> settled;
    int updatesWhenFinished = -1;
    bool settledInTime = false;
};

Observed observeListing(BackupService &service, const Emulator::RedisInstance &where,
                        const BackupQuery &query)
{
    Observed seen;
    std::unique_ptr<ServiceReply> reply(service.listBackups(where.region, where.id, query));
    QObject::connect(reply.get(), &ServiceReply::backupsReceived,
                     [&seen](const QList<Backup> &page) { seen.delivered += page; });
    QObject::connect(reply.get(), &ServiceReply::backupUpdated,
                     [&seen](const Backup &backup) { seen.updates.append(backup); });
    QObject::connect(reply.get(), &ServiceReply::finished,
                     [&seen] { seen.updatesWhenFinished = static_cast<int>(seen.updates.size()); });
    if (!waitForReply(reply.get()) || reply->hasFailed())
        return seen;
    QElapsedTimer timer;
    timer.start();
    while (!reply->isSettled() && timer.elapsed() < 30000)
        QTest::qWait(5);
    seen.settledInTime = reply->isSettled();
    seen.settled = reply->backups();
    return seen;
}

} // namespace

class TestRedisService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void describesItself();
    void instances();
    void backupPolicy();
    void rowOffsetPaging();
    void longWindowIsSplit();
    void statusFilter();
    void detail();
    void rowsFirstThenTheirDetailSizes();
    void failedDetailLeavesOnlyItsSizeEmpty();
    void deletedReplyStopsTheSizes();
    void perShardUrlsDownload();
    void idsAloneFindTheBackupAgain();
    void createAndTrack();
    void unknownBackupAndInstance();
    void wrongSecretIsAuth();
    void retriesAfterThrottling();
    void plainHttpWithToken();
    void serviceGoneAbortsItsReplies();
    void findsAnOldBackupByIdInFewCalls();

private:
    static std::unique_ptr<TencentRedisService> service(const ServiceConfig &config)
    {
        return test::fastPollingService<TencentRedisService>(config);
    }
    Emulator::RedisInstance instanceNamed(const QString &name) const;
    Emulator::RedisInstance clusterInstance() const;

    std::unique_ptr<test::SandboxFixture> m_fixture;
};

void TestRedisService::initTestCase()
{
    sandbox::Sandbox::Options options;
    options.createDurationMs = 1200;
    m_fixture = test::SandboxFixture::started(options);
    QVERIFY(m_fixture);
}

void TestRedisService::init()
{
    m_fixture->reset();
    m_fixture->sandbox().redis().setFailingDetails({});
}

Emulator::RedisInstance TestRedisService::instanceNamed(const QString &name) const
{
    for (const Emulator::RedisInstance &instance : m_fixture->sandbox().redis().instances()) {
        if (instance.name == name)
            return instance;
    }
    return {};
}

Emulator::RedisInstance TestRedisService::clusterInstance() const
{
    for (const Emulator::RedisInstance &instance : m_fixture->sandbox().redis().instances()) {
        if (instance.shardNum > 1)
            return instance;
    }
    return {};
}

// ManualBackupInstance's fields: a remark and StorageDays 0-1825; sizes in bytes.
void TestRedisService::describesItself()
{
    const ProductDescription product = TencentRedisService::describe();
    QCOMPARE(product.key, QStringLiteral("tencent-redis"));
    QCOMPARE(product.cloud, Cloud::Tencent);
    QCOMPARE(product.displayName, QStringLiteral("Tencent Cloud Redis"));
    const Capabilities &can = product.capabilities;
    QVERIFY(can.createBackup && can.download);
    QVERIFY(!can.perDatabaseCreate && !can.trackCreate && !can.deleteBackup && !can.editDescription);
    QCOMPARE(can.create.nameLabel, QByteArray("Remark"));
    QCOMPARE(can.create.nameMaxLength, 200);
    QVERIFY(can.create.storageDays);
    QCOMPARE(can.create.storageDaysMin, 0);
    QCOMPARE(can.create.storageDaysMax, 1825);
    QVERIFY(!can.create.keepUntilRemoved);
    QCOMPARE(can.historyDays, 1825);
    QCOMPARE(can.sizeSlack, 0);
    QCOMPARE(service(m_fixture->tencentConfig())->description(), product);
}

void TestRedisService::backupPolicy()
{
    auto svc = service(m_fixture->tencentConfig());
    const auto instance = m_fixture->sandbox().redis().instances().first();
    std::unique_ptr<ServiceReply> reply(svc->backupPolicy(instance.region, instance.id));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->policy().fullBackupWeekdays, (QList<int> {1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(reply->policy().window, QStringLiteral("01:00-02:00"));

    std::unique_ptr<ServiceReply> missing(svc->backupPolicy(instance.region, QStringLiteral("crs-nosuchin")));
    QVERIFY(waitForReply(missing.get()));
    QVERIFY(missing->hasFailed());
    QCOMPARE(missing->error().action, QStringLiteral("DescribeAutoBackupConfig"));
    QVERIFY(!missing->error().requestId.isEmpty());
}

void TestRedisService::instances()
{
    auto svc = service(m_fixture->tencentConfig());
    QSet<QString> seen;
    for (const QString &region : svc->knownRegions()) {
        std::unique_ptr<ServiceReply> reply(svc->listInstances(region));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        for (const Instance &instance : reply->instances()) {
            QCOMPARE(instance.product, QStringLiteral("tencent-redis"));
            QCOMPARE(instance.region, region);
            QCOMPARE_ENUM(instance.status, InstanceStatus::Running);
            QVERIFY(instance.engine.startsWith(QLatin1String("Redis")));
            seen.insert(instance.id);
        }
    }
    QCOMPARE(seen.size(), m_fixture->sandbox().redis().instances().size());
}

void TestRedisService::rowOffsetPaging()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::RedisInstance busy = instanceNamed(QStringLiteral("sandbox-redis-busy"));
    QVERIFY(!busy.id.isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    BackupQuery query;
    query.since = now.addSecs(-TencentRedisService::windowSeconds); // exactly one 30-day window
    query.until = now;
    QSet<QString> expected;
    for (const Emulator::RedisBackup &b : m_fixture->sandbox().redis().backups(busy.id)) {
        if (b.start.toSecsSinceEpoch() >= query.since.toSecsSinceEpoch())
            expected.insert(b.id);
    }
    QVERIFY2(expected.size() > TencentRedisService::backupPageSize, "the sandbox must need several pages");

    const test::ActionCounter pages(m_fixture->client(), QStringLiteral("DescribeInstanceBackups"));
    const QList<Backup> backups = test::listAllBackups(*svc, busy, query);
    const int requests = pages.count();
    // An Offset that is not a multiple of Limit would have been refused: every page came back.
    QCOMPARE(requests, int((expected.size() + 99) / 100));
    QVERIFY(requests > 1);
    QSet<QString> got;
    for (const Backup &backup : backups) {
        QVERIFY2(!got.contains(backup.id), "a row arrived twice");
        got.insert(backup.id);
        QCOMPARE(backup.instanceId, busy.id);
        QCOMPARE_ENUM(backup.kind, BackupKind::Full);
        QVERIFY(backup.expire.isValid());
    }
    QCOMPARE(got, expected);
}

void TestRedisService::longWindowIsSplit()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::RedisInstance busy = instanceNamed(QStringLiteral("sandbox-redis-busy"));
    BackupQuery query;
    query.since = QDateTime::currentDateTimeUtc().addDays(-50); // more than 30 days: two windows
    const test::ActionCounter pages(m_fixture->client(), QStringLiteral("DescribeInstanceBackups"));
    const QList<Backup> backups = test::listAllBackups(*svc, busy, query);
    const int requests = pages.count();
    const QList<Emulator::RedisBackup> all = m_fixture->sandbox().redis().backups(busy.id);
    QCOMPARE(backups.size(), all.size()); // the whole 45-day history, no window refused
    QSet<QString> ids;
    for (const Backup &backup : backups)
        ids.insert(backup.id);
    QCOMPARE(ids.size(), backups.size());
    QVERIFY(requests >= 3); // 30 days need 2 pages, the older 20 days at least 1
}

void TestRedisService::statusFilter()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::RedisInstance busy = instanceNamed(QStringLiteral("sandbox-redis-busy"));
    BackupQuery query;
    query.since = QDateTime::currentDateTimeUtc().addDays(-45);
    query.statusRaw = QStringLiteral("expired");
    const QList<Backup> expired = test::listAllBackups(*svc, busy, query);
    int expected = 0;
    for (const Emulator::RedisBackup &b : m_fixture->sandbox().redis().backups(busy.id))
        expected += b.status == -1 && b.start >= query.since ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(expired.size(), expected);
    for (const Backup &backup : expired) {
        QCOMPARE_ENUM(backup.status, BackupStatus::Expired);
        QVERIFY(!backup.notDownloadableReason.isEmpty());
    }
    QCOMPARE(TencentRedisService::statusFilter(QStringLiteral("2,-1")), QList<int>({2, -1}));
    // An expired backup is refused before any call, with the reason the listing gave.
    std::unique_ptr<ServiceReply> resolve(svc->resolveDownload(expired.first()));
    QVERIFY(waitForReply(resolve.get()));
    QCOMPARE_ENUM(resolve->error().kind, ProviderError::Kind::Unsupported);
    QCOMPARE(resolve->error().message, expired.first().notDownloadableReason);
}

void TestRedisService::detail()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::RedisInstance cluster = clusterInstance();
    QVERIFY(!cluster.id.isEmpty());
    const QList<Backup> listed = test::listAllBackups(*svc, cluster, BackupQuery());
    QVERIFY(!listed.isEmpty());
    const Backup backup = listed.first();
    std::unique_ptr<ServiceReply> reply(svc->backupDetail(backup));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    const Backup &detailed = reply->backup();
    qint64 expectedSize = 0;
    for (const Emulator::RedisBackup &b : m_fixture->sandbox().redis().backups(cluster.id)) {
        if (b.id == backup.id)
            expectedSize = b.totalSize();
    }
    QCOMPARE(detailed.sizeBytes, expectedSize);
    QCOMPARE(detailed.extraValue(QStringLiteral("ShardNum")), QString::number(cluster.shardNum));
    QCOMPARE(detailed.extraValue(QStringLiteral("ReplicasNum")), QString::number(cluster.replicasNum));
    QCOMPARE(detailed.extraValue(QStringLiteral("MemSize")), QString::number(cluster.memSizeMb));
    QCOMPARE(detailed.id, backup.id);
    // A cluster's detail names its shard files (what a download will fetch, one by one).
    QCOMPARE(detailed.files.size(), cluster.shardNum);
    QCOMPARE(detailed.files.first().sizeBytes > 0, true);
}

// DescribeInstanceBackups' BackupSize is an internal field: the listing delivers the rows at once
// and then updates each with its size from DescribeBackupDetail, which is the sum of the shard
// files DescribeBackupUrl serves.
void TestRedisService::rowsFirstThenTheirDetailSizes()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::RedisInstance cluster = clusterInstance();
    QVERIFY(!cluster.id.isEmpty());
    const test::ActionCounter details(m_fixture->client(), QStringLiteral("DescribeBackupDetail"));
    const Observed seen = observeListing(*svc, cluster, test::lastDays(40));
    QVERIFY(seen.settledInTime);
    QHash<QString, Emulator::RedisBackup> known;
    for (const Emulator::RedisBackup &b : m_fixture->sandbox().redis().backups(cluster.id))
        known.insert(b.id, b);

    // First delivery: every row, none with a size yet.
    int live = 0;
    for (const Backup &backup : seen.delivered) {
        QVERIFY(known.contains(backup.id));
        QCOMPARE(backup.sizeBytes, qint64(-1));
        live += backup.status == BackupStatus::Expired ? 0 : 1;
    }
    QVERIFY(live > 0);
    QVERIFY(live < seen.delivered.size()); // some expired too
    // The listing finished with its rows, before the sizes were all in (they come at 20/s).
    QVERIFY2(seen.updatesWhenFinished < live, qPrintable(QString::number(seen.updatesWhenFinished)));

    // Then one update per live row, with the detail's size and shards.
    QSet<QString> updated;
    for (const Backup &backup : seen.updates) {
        QVERIFY2(!updated.contains(backup.id), "a row was updated twice");
        updated.insert(backup.id);
        QVERIFY(backup.status != BackupStatus::Expired);
        QCOMPARE(backup.sizeBytes, known.value(backup.id).totalSize());
        QCOMPARE(backup.extraValue(QStringLiteral("ShardNum")), QString::number(cluster.shardNum));
    }
    QCOMPARE(updated.size(), live);
    // One detail per live row. On a loaded machine the sandbox may throttle one call that the
    // client's bucket let through (their clocks tick apart) and ApiClient retries it: allow a
    // retry or two, never a second round of calls.
    QVERIFY2(details.count() >= live && details.count() <= live + 2,
             qPrintable(QStringLiteral("%1 detail calls for %2 live rows").arg(details.count()).arg(live)));

    // The reply's rows are the updated ones, in delivery order; expired ones keep no size.
    QCOMPARE(seen.settled.size(), seen.delivered.size());
    for (qsizetype i = 0; i < seen.settled.size(); ++i) {
        const Backup &backup = seen.settled.at(i);
        QCOMPARE(backup.id, seen.delivered.at(i).id);
        QCOMPARE(backup.sizeBytes,
                 backup.status == BackupStatus::Expired ? qint64(-1) : known.value(backup.id).totalSize());
    }

    // The listed size is what a download of the shard files adds up to.
    Backup newest;
    for (const Backup &backup : seen.settled) {
        if (backup.status == BackupStatus::Succeeded && backup.start > newest.start)
            newest = backup;
    }
    QVERIFY(newest.sizeBytes > 0);
    std::unique_ptr<ServiceReply> urls(svc->resolveDownload(newest));
    QVERIFY(waitForReply(urls.get()));
    QVERIFY2(!urls->hasFailed(), qPrintable(urls->error().toString()));
    qint64 files = 0;
    for (const BackupFile &file : urls->files())
        files += file.sizeBytes;
    QCOMPARE(files, newest.sizeBytes);
}

// A detail call that keeps failing leaves that row without a size; the listing still succeeds
// with every row and the others' sizes.
void TestRedisService::failedDetailLeavesOnlyItsSizeEmpty()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::RedisInstance cluster = clusterInstance();
    const QList<Emulator::RedisBackup> all = m_fixture->sandbox().redis().backups(cluster.id);
    QVERIFY(all.size() > 3);
    const QString broken = all.at(1).id; // newest first: a recent, live backup
    m_fixture->sandbox().redis().setFailingDetails({broken});
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("no size for Redis backup ") + broken));
    const test::ActionCounter details(m_fixture->client(), QStringLiteral("DescribeBackupDetail"));
    const Observed seen = observeListing(*svc, cluster, test::lastDays(10)); // a few rows suffice
    QVERIFY(seen.settledInTime);
    const QList<Backup> &listed = seen.settled;
    QVERIFY(listed.size() > 2);
    int sized = 0;
    bool seenBroken = false;
    for (const Backup &backup : listed) {
        if (backup.id == broken) {
            seenBroken = true;
            QCOMPARE(backup.sizeBytes, qint64(-1));
            continue;
        }
        const auto truth = std::find_if(all.cbegin(), all.cend(), [&backup](const Emulator::RedisBackup &b) {
            return b.id == backup.id;
        });
        QVERIFY(truth != all.cend());
        if (truth->status == -1)
            continue; // expired: no size to ask for
        QCOMPARE(backup.sizeBytes, truth->totalSize());
        ++sized;
    }
    QVERIFY(seenBroken);
    QVERIFY(sized > 1);
    QCOMPARE(seen.updates.size(), sized); // none for the broken row
    // The failing call was retried like any transient error, then given up; the others once each.
    QCOMPARE(details.count(), sized + test::SandboxFixture::fastOptions().maxAttempts);
}

// A refresh deletes the finished listing while sizes are still coming: no detail is asked for
// after that, and a service that goes away stops the sizes of its finished listings too.
void TestRedisService::deletedReplyStopsTheSizes()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::RedisInstance busy = instanceNamed(QStringLiteral("sandbox-redis-busy"));
    const test::ActionCounter details(m_fixture->client(), QStringLiteral("DescribeBackupDetail"));
    std::unique_ptr<ServiceReply> reply(svc->listBackups(busy.region, busy.id, test::lastDays(30)));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    QVERIFY(reply->backups().size() > 100);
    QVERIFY(reply->updatesPending());
    reply.reset();
    const int asked = details.count();
    QVERIFY(asked < 100);
    QTest::qWait(400); // at 20/s, eight more would have gone out
    QCOMPARE(details.count(), asked);

    std::unique_ptr<ServiceReply> second(svc->listBackups(busy.region, busy.id, test::lastDays(30)));
    QSignalSpy settled(second.get(), &ServiceReply::updatesSettled);
    QVERIFY(waitForReply(second.get()));
    QVERIFY(second->updatesPending());
    svc.reset(); // e.g. the account was removed
    QCOMPARE(settled.size(), 1);
    QVERIFY(second->isSettled());
    QVERIFY(!second->hasFailed()); // its rows stay delivered
    const int stopped = details.count();
    QTest::qWait(400); // answers that arrive now must reach nothing
    QCOMPARE(details.count(), stopped);
}

void TestRedisService::perShardUrlsDownload()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::RedisInstance cluster = clusterInstance();
    const QList<Backup> listed = test::listAllBackups(*svc, cluster, BackupQuery());
    const auto usable = std::find_if(listed.cbegin(), listed.cend(),
                                     [](const Backup &b) { return b.status == BackupStatus::Succeeded; });
    QVERIFY(usable != listed.cend());
    std::unique_ptr<ServiceReply> reply(svc->resolveDownload(*usable));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    const QList<BackupFile> files = reply->files();
    QCOMPARE(files.size(), cluster.shardNum); // one per shard
    QList<qint64> sizes;
    for (const Emulator::RedisBackup &b : m_fixture->sandbox().redis().backups(cluster.id)) {
        if (b.id == usable->id)
            sizes = b.shardSizes;
    }
    for (int shard = 0; shard < files.size(); ++shard) {
        const BackupFile &file = files.at(shard);
        QCOMPARE(file.sizeBytes, sizes.at(shard));
        QVERIFY(!file.internalUrl.isEmpty());
        QVERIFY(file.internalUrl != file.externalUrl);
        const test::RawReply got = test::sendRaw(
            m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), "GET", file.externalUrl);
        QCOMPARE(got.status, 200);
        const QByteArray &bytes = got.body;
        QCOMPARE(qint64(bytes.size()), file.sizeBytes);
        const sandbox::FileHost::File hosted
            = Emulator::shardFile(cluster.id, usable->id, shard + 1, sizes.at(shard));
        QCOMPARE(file.name, hosted.fileName);
        QVERIFY(bytes == m_fixture->sandbox().fileHost().content(hosted, 0, hosted.size));
    }
    QCOMPARE(reply->backup().files.size(), files.size());
}

// DescribeBackupUrl needs only the instance and backup ids: Redis declares no locator field, and
// the bare record a restored download hands resolveDownload() gets every shard's fresh URL.
void TestRedisService::idsAloneFindTheBackupAgain()
{
    auto svc = service(m_fixture->tencentConfig());
    QCOMPARE(svc->locatorFields(), QStringList());
    const Emulator::RedisInstance cluster = clusterInstance();
    const QList<Backup> listed = test::listAllBackups(*svc, cluster, BackupQuery());
    const auto usable = std::find_if(listed.cbegin(), listed.cend(),
                                     [](const Backup &b) { return b.status == BackupStatus::Succeeded; });
    QVERIFY(usable != listed.cend());
    const Backup bare = test::locatorOnly(*svc, *usable);
    QVERIFY(bare.extra.isEmpty());
    ProviderError error;
    const QList<BackupFile> files = test::resolveFiles(*svc, bare, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(files.size(), cluster.shardNum);
    for (int shard = 0; shard < files.size(); ++shard) {
        QVERIFY(!files.at(shard).externalUrl.isEmpty());
        QCOMPARE(files.at(shard).name, Emulator::shardFile(cluster.id, usable->id, shard + 1, 0).fileName);
    }
}

void TestRedisService::createAndTrack()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::RedisInstance cluster = clusterInstance();
    CreateBackupRequest request;
    request.region = cluster.region;
    request.instanceId = cluster.id;
    request.name = QStringLiteral("before-flush");
    request.storageDays = 3;
    std::unique_ptr<ServiceReply> reply(svc->createBackup(request));
    QList<Backup> states;
    connect(reply.get(), &ServiceReply::backupChanged, this,
            [&states](const Backup &b) { states.append(b); });
    QVERIFY(waitForReply(reply.get(), 15000));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    QVERIFY(states.size() >= 3); // accepted, running, found
    QCOMPARE_ENUM(states.first().status, BackupStatus::Creating);
    QVERIFY(!states.first().extraValue(QStringLiteral("TaskId")).isEmpty());
    // Keyed by the task while it runs, so a table shows the row from the start.
    QCOMPARE(states.first().id,
             QStringLiteral("task-") + states.first().extraValue(QStringLiteral("TaskId")));
    QVERIFY(std::any_of(states.cbegin(), states.cend(),
                        [](const Backup &b) { return b.status == BackupStatus::Running; }));
    const Backup &created = reply->backup();
    QCOMPARE_ENUM(created.status, BackupStatus::Succeeded);
    QCOMPARE_ENUM(created.trigger, BackupTrigger::Manual); // settled by the record: we made it
    QCOMPARE(created.name, QStringLiteral("before-flush"));
    QVERIFY(!created.id.isEmpty());
    QCOMPARE(created.extraValue(QStringLiteral("TaskId")),
             states.first().extraValue(QStringLiteral("TaskId")));
    // The create ends with the detail's size in bytes and shard count.
    QVERIFY(created.sizeBytes > 0);
    QCOMPARE(created.extraValue(QStringLiteral("ShardNum")), QString::number(cluster.shardNum));
    // Storage days reach the server: the backup expires 3 days after it started.
    QCOMPARE(created.start.daysTo(created.expire), 3);
    // It is in the list now.
    BackupQuery query;
    query.backupId = created.id;
    query.since = QDateTime::currentDateTimeUtc().addSecs(-600);
    QCOMPARE(test::listAllBackups(*svc, cluster, query).size(), 1);
}

void TestRedisService::unknownBackupAndInstance()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::RedisInstance cluster = clusterInstance();
    Backup ghost;
    ghost.id = QStringLiteral("1-2-3");
    ghost.instanceId = cluster.id;
    ghost.region = cluster.region;
    std::unique_ptr<ServiceReply> detail(svc->backupDetail(ghost));
    QVERIFY(waitForReply(detail.get()));
    QVERIFY(detail->hasFailed());
    QCOMPARE(detail->error().code, QStringLiteral("InvalidParameterValue.BackupNotExists"));
    QCOMPARE(detail->error().instanceId, cluster.id);
    QVERIFY(!detail->error().hint.isEmpty());

    std::unique_ptr<ServiceReply> list(svc->listBackups(cluster.region, QStringLiteral("crs-nosuch00"), {}));
    QVERIFY(waitForReply(list.get()));
    QVERIFY(list->hasFailed());
    QCOMPARE(list->error().code, QStringLiteral("ResourceNotFound.InstanceNotExists"));
    QVERIFY(!list->error().requestId.isEmpty());
    QVERIFY(!list->error().hint.isEmpty());
}

void TestRedisService::wrongSecretIsAuth()
{
    ServiceConfig config = m_fixture->tencentConfig();
    config.credentials.secret = QStringLiteral("wrong");
    auto svc = service(config);
    std::unique_ptr<ServiceReply> reply(svc->listInstances(QStringLiteral("ap-guangzhou")));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY(reply->hasFailed());
    QCOMPARE_ENUM(reply->error().kind, ProviderError::Kind::Auth);
    QCOMPARE(reply->error().code, QStringLiteral("AuthFailure.SignatureFailure"));
    QVERIFY(!reply->error().requestId.isEmpty());
}

void TestRedisService::retriesAfterThrottling()
{
    auto svc = service(m_fixture->tencentConfig());
    sandbox::FaultPlan plan;
    plan.throttleNext = 2;
    m_fixture->sandbox().setFaults(plan);
    std::unique_ptr<ServiceReply> reply(svc->listInstances(QStringLiteral("ap-guangzhou")));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->instances().size(), 2);
}

void TestRedisService::plainHttpWithToken()
{
    auto svc = service(m_fixture->tencentTemporaryConfig(false));
    const Emulator::RedisInstance cluster = clusterInstance();
    const QList<Backup> listed = test::listAllBackups(*svc, cluster, BackupQuery());
    QVERIFY(!listed.isEmpty());
    std::unique_ptr<ServiceReply> reply(svc->resolveDownload(listed.first()));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->files().first().externalUrl.scheme(), QStringLiteral("http"));
    QCOMPARE(
        test::sendRaw(m_fixture->network(), QSslConfiguration(), "GET", reply->files().first().externalUrl)
            .status,
        200);
}

void TestRedisService::serviceGoneAbortsItsReplies()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::RedisInstance busy = instanceNamed(QStringLiteral("sandbox-redis-busy"));
    m_fixture->sandbox().setFaults({200, 0, 0, 0, 0});
    BackupQuery query;
    query.since = QDateTime::currentDateTimeUtc().addDays(-45);
    std::unique_ptr<ServiceReply> listing(svc->listBackups(busy.region, busy.id, query));
    CreateBackupRequest request;
    request.region = busy.region;
    request.instanceId = busy.id;
    std::unique_ptr<ServiceReply> create(svc->createBackup(request));
    svc.reset(); // e.g. the account was removed while both were under way
    QVERIFY(listing->isFinished());
    QVERIFY(create->isFinished());
    QCOMPARE_ENUM(listing->error().kind, ProviderError::Kind::Aborted);
    QCOMPARE_ENUM(create->error().kind, ProviderError::Kind::Aborted);
    QTest::qWait(500); // answers that arrive now must reach nothing
}

// show/download without a window: a backup two years old straight through DescribeBackupDetail
// (then its shard files), in at most 4 API calls.
void TestRedisService::findsAnOldBackupByIdInFewCalls()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::RedisInstance cluster = clusterInstance();
    const QDateTime anchor = m_fixture->sandbox().context().anchorUtc;
    Emulator::RedisBackup kept;
    for (const Emulator::RedisBackup &b : m_fixture->sandbox().redis().backups(cluster.id)) {
        if (b.start < anchor.addDays(-365))
            kept = b;
    }
    QVERIFY2(!kept.id.isEmpty(), "the sandbox keeps no two-year-old Redis backup");
    QVERIFY(kept.start <= anchor.addDays(-700));
    int calls = 0;
    const auto connection = connect(&m_fixture->client(), &ApiClient::requestLogged, this,
                                    [&calls](const ApiLogEntry &) { ++calls; });
    std::unique_ptr<ServiceReply> reply(svc->findBackupById(cluster.region, cluster.id, kept.id));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    QCOMPARE(calls, 2); // DescribeBackupDetail, DescribeBackupUrl
    const Backup found = reply->backup();
    QCOMPARE(found.id, kept.id);
    QCOMPARE(found.name, kept.remark);
    QCOMPARE(found.start, kept.start);
    QCOMPARE(found.sizeBytes, kept.totalSize());
    QCOMPARE_ENUM(found.trigger, BackupTrigger::Manual);
    QCOMPARE(found.files.size(), cluster.shardNum);

    calls = 0;
    std::unique_ptr<ServiceReply> missing(
        svc->findBackupById(cluster.region, cluster.id, QStringLiteral("1-2-3")));
    QVERIFY(waitForReply(missing.get()));
    QVERIFY(missing->hasFailed());
    QCOMPARE(calls, 1);
    QCOMPARE(missing->error().code, QStringLiteral("InvalidParameterValue.BackupNotExists"));
    QVERIFY(!missing->error().requestId.isEmpty());
    disconnect(connection);
}

BB_TEST_GUILESS_MAIN(TestRedisService)
#include "tst_redisservice.moc"
