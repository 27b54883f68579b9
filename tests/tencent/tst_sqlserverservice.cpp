// TencentSqlServerService end to end against the sandbox over real sockets (HTTPS with the
// sandbox certificate trusted explicitly, and plain HTTP): paging, window splitting, per-database
// files, create-and-track, fresh download URLs that really download, and error mapping.
#include "providers/core/apiclient.h"
#include "providers/tencent/sqlserverservice.h"
#include "sandbox/filehost.h"
#include "sandbox/tencentsqlserveremulator.h"
#include "support/actioncounter.h"
#include "support/replywait.h"
#include "support/sandboxfixture.h"
#include "support/scriptedhttpserver.h"
#include "support/servicecalls.h"
#include "support/signedrequest.h"
#include "support/skip.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>

using namespace bb;

// The records' enums have no QTest::toString; compare their values.
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(static_cast<int>(actual), static_cast<int>(expected))

namespace {

using Emulator = sandbox::TencentSqlServerEmulator;

sandbox::Sandbox::Options sandboxOptions()
{
    sandbox::Sandbox::Options options;
    options.createDurationMs = 1200;
    return options;
}

// The first KiB of a backup file: enough to show the URL works without fetching it all.
test::RawReply fetchStart(QNetworkAccessManager &network, const QSslConfiguration &ssl, const QUrl &url)
{
    return test::sendRaw(network, ssl, "GET", url, {{"Range", "bytes=0-1023"}});
}

using test::waitForReply;

} // namespace

class TestSqlServerService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void describesItself();
    void regionsOfTheAccount();
    void instancesInEveryRegion();
    void allPagesConcurrently();
    void longWindowIsSplit();
    void statusFilter();
    void perDatabaseFiles();
    void freshUrlDownloads();
    void failedBackupIsNotDownloadable();
    void locatorFieldsFindTheBackupAgain();
    void createAndTrack();
    void createMultiDatabase();
    void createOnIsolatedInstanceFails();
    void wrongSecretIsAuth();
    void unknownInstance();
    void retriesAfterThrottling();
    void temporaryCredentials();
    void plainHttp();
    void mainlandSiteWithOverride();
    void malformedAnswerFailsCleanly();
    void abortStopsEverything();
    void failedFlowFailsClearly();
    void findsAnOldBackupByIdInFewCalls();
    void listingGroupsSingleBackups();

private:
    QList<const Emulator::BackupInfo *> keptBackups(const Emulator::InstanceInfo &instance) const;
    static std::unique_ptr<TencentSqlServerService> service(const ServiceConfig &config)
    {
        return test::fastPollingService<TencentSqlServerService>(config);
    }
    Emulator::InstanceInfo busyInstance() const;
    // What the service lists for the emulator's backup `b`: DescribeBackups by its id, around its start.
    static QList<Backup> listOne(TencentSqlServerService &svc, const Emulator::InstanceInfo &instance,
                                 const Emulator::BackupInfo &b);

    std::unique_ptr<test::SandboxFixture> m_fixture;
};

void TestSqlServerService::initTestCase()
{
    m_fixture = test::SandboxFixture::started(sandboxOptions());
    QVERIFY(m_fixture);
}

void TestSqlServerService::init()
{
    m_fixture->reset();
}

Emulator::InstanceInfo TestSqlServerService::busyInstance() const
{
    for (const Emulator::InstanceInfo &instance : m_fixture->sandbox().sqlServer().instances()) {
        if (instance.status == 2)
            return instance;
    }
    return {};
}

QList<Backup> TestSqlServerService::listOne(TencentSqlServerService &svc,
                                            const Emulator::InstanceInfo &instance,
                                            const Emulator::BackupInfo &b)
{
    BackupQuery query;
    query.since = b.start.addSecs(-60);
    query.until = b.start.addSecs(60);
    if (b.format != u"single") {
        query.backupId = QString::number(b.id);
        return test::listAllBackups(svc, instance, query);
    }
    // A grouped "single" row has Id 0, so no BackupId filter reaches it: its GroupId names it.
    QList<Backup> listed = test::listAllBackups(svc, instance, query);
    listed.removeIf([&b](const Backup &backup) { return backup.id != QStringLiteral("group-") + b.groupId; });
    return listed;
}

QList<const Emulator::BackupInfo *>
TestSqlServerService::keptBackups(const Emulator::InstanceInfo &instance) const
{
    // The sandbox's two-year-old backups (StorageStrategy 1), placed relative to its anchor.
    QList<const Emulator::BackupInfo *> kept;
    const QDateTime anchor = m_fixture->sandbox().context().anchorUtc;
    for (const Emulator::BackupInfo &b : instance.backups) {
        if (b.storageStrategy == 1 && b.start < anchor.addDays(-365))
            kept.append(&b);
    }
    return kept;
}

// show/download without a window: a backup two years old, found by id in at most 4 API calls.
void TestSqlServerService::findsAnOldBackupByIdInFewCalls()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::InstanceInfo instance = m_fixture->sandbox().sqlServer().instances().first();
    const QList<const Emulator::BackupInfo *> kept = keptBackups(instance);
    QCOMPARE(kept.size(), 2);
    int calls = 0;
    QStringList actions;
    const auto connection
        = connect(&m_fixture->client(), &ApiClient::requestLogged, this, [&](const ApiLogEntry &entry) {
              ++calls;
              actions << entry.action;
          });
    for (const Emulator::BackupInfo *b : kept) {
        calls = 0;
        actions.clear();
        const bool single = b->format == u"single";
        const QString id = single ? QStringLiteral("group-") + b->groupId : QString::number(b->id);
        std::unique_ptr<ServiceReply> reply(svc->findBackupById(instance.region, instance.id, id));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        QVERIFY2(calls <= 4, qPrintable(actions.join(u',')));
        QCOMPARE(calls, single ? 2 : 1); // files then their row; or the one filtered listing
        const Backup found = reply->backup();
        QCOMPARE(found.id, id);
        QCOMPARE(found.name, b->backupName);
        QCOMPARE(found.start, b->start);
        QCOMPARE(found.end, b->end);
        QCOMPARE_ENUM(found.status, BackupStatus::Succeeded);
        QCOMPARE_ENUM(found.trigger, BackupTrigger::Manual);
        QCOMPARE(found.sizeBytes, b->sizeBytes());
        QCOMPARE(found.files.size(), single ? b->files.size() : 0);
        QCOMPARE(found.extraValue(QStringLiteral("BackupFormat")), b->format);
        QCOMPARE(found.hasUrls(), !single);
        QStringList databases = found.databases;
        QStringList expectedDatabases = b->dbs;
        databases.sort();
        expectedDatabases.sort();
        QCOMPARE(databases, expectedDatabases);
        if (single) {
            // Every per-database file downloads (fresh links right before the download).
            std::unique_ptr<ServiceReply> resolve(svc->resolveDownload(found));
            QVERIFY(waitForReply(resolve.get()));
            QVERIFY2(!resolve->hasFailed(), qPrintable(resolve->error().toString()));
            QCOMPARE(resolve->files().size(), b->files.size());
            for (const BackupFile &file : resolve->files()) {
                const auto source = std::find_if(b->files.cbegin(), b->files.cend(),
                                                 [&file](const auto &f) { return f.fileName == file.name; });
                QVERIFY(source != b->files.cend());
                const test::RawReply start = fetchStart(
                    m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), file.externalUrl);
                QCOMPARE(start.body,
                         m_fixture->sandbox().fileHost().content(
                             {Emulator::fileKey(*b, *source), source->fileName, source->sizeBytes}, 0, 1024));
            }
        }
    }
    // A log backup: the data lookup misses, the log one finds it.
    const auto log = std::find_if(instance.backups.crbegin(), instance.backups.crend(),
                                  [](const auto &b) { return b.type == 2 && b.status == 1; });
    QVERIFY(log != instance.backups.crend());
    calls = 0;
    std::unique_ptr<ServiceReply> reply(
        svc->findBackupById(instance.region, instance.id, QString::number(log->id)));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    QCOMPARE(calls, 2);
    QCOMPARE_ENUM(reply->backup().kind, BackupKind::Log);
    // Not there: both lookups, then a provider error with the last RequestId.
    calls = 0;
    std::unique_ptr<ServiceReply> missing(
        svc->findBackupById(instance.region, instance.id, QStringLiteral("99999999")));
    QVERIFY(waitForReply(missing.get()));
    QVERIFY(missing->hasFailed());
    QCOMPARE(calls, 2);
    QCOMPARE(missing->error().code, QStringLiteral("BackupNotFound"));
    QVERIFY(!missing->error().requestId.isEmpty());
    QCOMPARE(missing->error().instanceId, instance.id);
    // A group that is not there: DescribeBackupFiles says so.
    calls = 0;
    std::unique_ptr<ServiceReply> noGroup(
        svc->findBackupById(instance.region, instance.id, QStringLiteral("group-1")));
    QVERIFY(waitForReply(noGroup.get()));
    QVERIFY(noGroup->hasFailed());
    QCOMPARE(calls, 1);
    QCOMPARE(noGroup->error().code, QStringLiteral("ResourceNotFound.BackupNotFound"));
    // Not an id any SQL Server backup has: refused before any call.
    calls = 0;
    std::unique_ptr<ServiceReply> garbage(
        svc->findBackupById(instance.region, instance.id, QStringLiteral("abc")));
    QVERIFY(waitForReply(garbage.get()));
    QVERIFY(garbage->hasFailed());
    QCOMPARE(calls, 0);
    disconnect(connection);
}

// The listing's rows for "single" backups are grouped (Group 1): one row per backup, its id
// the group's, as the published example shows; pkg rows keep their numeric Id.
void TestSqlServerService::listingGroupsSingleBackups()
{
    auto svc = service(m_fixture->tencentConfig());
    for (const Emulator::InstanceInfo &instance : m_fixture->sandbox().sqlServer().instances()) {
        BackupQuery query;
        query.since = m_fixture->sandbox().context().anchorUtc.addDays(-800);
        query.until = QDateTime::currentDateTimeUtc().addDays(1); // with what the tests created
        const Emulator::InstanceInfo now = *m_fixture->sandbox().sqlServer().instance(instance.id);
        ProviderError error;
        const QList<Backup> listed = test::listAllBackups(*svc, instance, query, &error);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(listed.size(), now.backups.size());
        QSet<QString> ids;
        for (const Backup &backup : listed) {
            ids.insert(backup.id);
            const bool single = backup.extraValue(QStringLiteral("BackupFormat")) == u"single";
            QCOMPARE(backup.id.startsWith(QLatin1String("group-")), single);
        }
        QCOMPARE(ids.size(), listed.size());
        return; // the first instance has both kinds, two of them two years old
    }
}

// What the UI and the CLI know of the product comes from here (CreateBackup's fields, the KB sizes).
void TestSqlServerService::describesItself()
{
    const ProductDescription product = TencentSqlServerService::describe();
    QCOMPARE(product.key, QStringLiteral("tencent-sqlserver"));
    QCOMPARE(product.cloud, Cloud::Tencent);
    QCOMPARE(product.displayName, QStringLiteral("Tencent Cloud SQL Server"));
    const Capabilities &can = product.capabilities;
    QVERIFY(can.createBackup && can.download && can.perDatabaseCreate && can.trackCreate);
    QVERIFY(!can.deleteBackup && !can.editDescription);
    QVERIFY(can.create.name);
    QCOMPARE(can.create.nameLabel, QByteArray("Backup name"));
    QCOMPARE(can.create.nameMaxLength, 60);
    QVERIFY(can.create.keepUntilRemoved);
    QVERIFY(!can.create.storageDays);
    QVERIFY(can.create.methods.isEmpty());
    QCOMPARE(can.historyDays, 3650);
    QCOMPARE(can.sizeSlack, 1023); // Size is listed in KB
    QCOMPARE(can.serverFilters, ServerFilters {});
    QCOMPARE(service(m_fixture->tencentConfig())->description(), product);
}

void TestSqlServerService::regionsOfTheAccount()
{
    auto svc = service(m_fixture->tencentConfig());
    std::unique_ptr<ServiceReply> reply(svc->listRegions());
    QVERIFY(waitForReply(reply.get()));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    QStringList got = reply->regions();
    QStringList documented = svc->knownRegions();
    got.sort();
    documented.sort();
    QCOMPARE(got, documented);
}

void TestSqlServerService::instancesInEveryRegion()
{
    auto svc = service(m_fixture->tencentConfig());
    QSet<QString> seen;
    for (const QString &region : svc->knownRegions()) {
        std::unique_ptr<ServiceReply> reply(svc->listInstances(region));
        QVERIFY(waitForReply(reply.get()));
        // Regions the sandbox does not serve answer UnsupportedRegion like the cloud; skip them.
        if (reply->hasFailed()) {
            QCOMPARE(reply->error().code, QStringLiteral("UnsupportedRegion"));
            continue;
        }
        for (const Instance &instance : reply->instances()) {
            QCOMPARE(instance.product, QStringLiteral("tencent-sqlserver"));
            QCOMPARE(instance.region, region);
            QVERIFY(instance.engine.startsWith(QLatin1String("SQL Server")));
            QVERIFY(!seen.contains(instance.id));
            seen.insert(instance.id);
        }
    }
    QCOMPARE(seen.size(), m_fixture->sandbox().sqlServer().instances().size());
}

void TestSqlServerService::allPagesConcurrently()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::InstanceInfo instance = busyInstance();
    QVERIFY(!instance.id.isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    BackupQuery query;
    query.since = now.addSecs(-TencentSqlServerService::windowSeconds); // exactly one window
    query.until = now;

    QSet<QString> expected;
    int logs = 0;
    int data = 0;
    for (const Emulator::BackupInfo &b : instance.backups) {
        if (b.start.toSecsSinceEpoch() >= query.since.toSecsSinceEpoch() && b.start <= now) {
            // A "single" backup is listed as its group.
            expected.insert(b.format == u"single" ? QStringLiteral("group-") + b.groupId
                                                  : QString::number(b.id));
            (b.type == 2 ? logs : data) += 1;
        }
    }
    QVERIFY2(logs > TencentSqlServerService::pageSize, "the sandbox must need several pages");
    const int expectedRequests = (logs + 99) / 100 + (data + 99) / 100;

    // Every answer takes 250 ms. The first pages of both types go together, then the remaining
    // ones together (fewer than PagedListing::defaultMaxInFlight, the most a listing has
    // outstanding): two rounds of overlapping requests, where one page after another would make
    // as many rounds as requests. Counted from when each request ran, not from how long the
    // whole took, so a loaded machine cannot fail it.
    m_fixture->sandbox().setFaults({250, 0, 0, 0, 0});
    QElapsedTimer timer;
    timer.start();
    QList<std::pair<qint64, qint64>> spans; // (start, end) of each DescribeBackups, ms
    const QMetaObject::Connection logged
        = connect(&m_fixture->client(), &ApiClient::requestLogged, this, [&](const ApiLogEntry &entry) {
              if (entry.action == u"DescribeBackups")
                  spans.append({timer.elapsed() - entry.durationMs, timer.elapsed()});
          });
    const test::ActionCounter pages(m_fixture->client(), QStringLiteral("DescribeBackups"));
    const QList<Backup> backups = test::listAllBackups(*svc, instance, query);
    const int requests = pages.count();
    disconnect(logged);
    m_fixture->sandbox().setFaults({});

    QCOMPARE(requests, expectedRequests);
    QVERIFY(requests > 2);
    QCOMPARE(spans.size(), requests);
    // Rounds: the most requests of which none overlaps the next (earliest end first).
    std::sort(spans.begin(), spans.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    int rounds = 0;
    qint64 freeAt = std::numeric_limits<qint64>::min();
    for (const auto &[start, end] : std::as_const(spans)) {
        if (start >= freeAt) {
            ++rounds;
            freeAt = end;
        }
    }
    QVERIFY2(rounds <= 2, qPrintable(QStringLiteral("%1 rounds for %2 requests").arg(rounds).arg(requests)));
    QSet<QString> got;
    for (const Backup &backup : backups) {
        QVERIFY2(!got.contains(backup.id), "a row arrived twice");
        got.insert(backup.id);
        QCOMPARE(backup.instanceId, instance.id);
        QVERIFY(backup.kind == BackupKind::Full || backup.kind == BackupKind::Log);
        QVERIFY(backup.start.isValid());
        QCOMPARE(backup.start.timeSpec(), Qt::UTC);
    }
    QCOMPARE(got, expected);
    // Units: the listing's sizes are the emulator's bytes (reported in KB, converted back).
    for (const Emulator::BackupInfo &b : instance.backups) {
        if (b.format == u"pkg" && b.status == 1 && got.contains(QString::number(b.id))) {
            const auto it = std::find_if(backups.cbegin(), backups.cend(),
                                         [&](const Backup &x) { return x.id.toLongLong() == b.id; });
            QCOMPARE(it->sizeBytes, b.sizeBytes());
            break;
        }
    }
}

void TestSqlServerService::longWindowIsSplit()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::InstanceInfo instance = busyInstance();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    BackupQuery query;
    query.since = now.addDays(-45); // two 30-day windows
    query.until = now;
    const test::ActionCounter pages(m_fixture->client(), QStringLiteral("DescribeBackups"));
    const QList<Backup> backups = test::listAllBackups(*svc, instance, query);
    const int requests = pages.count();
    QSet<QString> ids;
    for (const Backup &backup : backups)
        ids.insert(backup.id);
    QCOMPARE(ids.size(), backups.size()); // the windows do not overlap
    // The sandbox's history is 30 days, besides the two backups kept from two years ago.
    const qsizetype inWindow = std::count_if(instance.backups.cbegin(), instance.backups.cend(),
                                             [&query](const auto &b) { return b.start >= query.since; });
    QCOMPARE(backups.size(), inWindow);
    // Window 1: data (1 page) + log (3 pages); window 2 (older): one page per type.
    QCOMPARE(requests, 1 + 3 + 2);

    // The default window is the last 7 days.
    const QList<Backup> week = test::listAllBackups(*svc, instance, BackupQuery());
    QVERIFY(!week.isEmpty());
    for (const Backup &backup : week)
        QVERIFY(backup.start >= now.addDays(-7).addSecs(-5));
}

void TestSqlServerService::statusFilter()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::InstanceInfo instance = busyInstance();
    BackupQuery query;
    query.since = QDateTime::currentDateTimeUtc().addDays(-30);
    query.statusRaw = QStringLiteral("failed");
    const QList<Backup> failed = test::listAllBackups(*svc, instance, query);
    int expected = 0;
    for (const Emulator::BackupInfo &b : instance.backups)
        expected += b.status == 2 && b.start >= query.since ? 1 : 0;
    QCOMPARE(failed.size(), expected);
    for (const Backup &backup : failed)
        QCOMPARE_ENUM(backup.status, BackupStatus::Failed);
}

void TestSqlServerService::perDatabaseFiles()
{
    auto svc = service(m_fixture->tencentConfig());
    // An instance that keeps "single" (per-database) data backups.
    for (const Emulator::InstanceInfo &instance : m_fixture->sandbox().sqlServer().instances()) {
        const auto single
            = std::find_if(instance.backups.crbegin(), instance.backups.crend(),
                           [](const auto &b) { return b.format == u"single" && b.status == 1; });
        if (single == instance.backups.crend())
            continue;
        const QList<Backup> listed = listOne(*svc, instance, *single);
        QCOMPARE(listed.size(), 1);
        const Backup &backup = listed.first();
        QCOMPARE(backup.extraValue(QStringLiteral("BackupFormat")), QStringLiteral("single"));
        QVERIFY(!backup.hasUrls());

        std::unique_ptr<ServiceReply> detail(svc->backupDetail(backup));
        QSignalSpy changed(detail.get(), &ServiceReply::backupChanged);
        QVERIFY(waitForReply(detail.get()));
        QVERIFY2(!detail->hasFailed(), qPrintable(detail->error().toString()));
        QCOMPARE(changed.size(), 1);
        const Backup &detailed = detail->backup();
        QCOMPARE(detailed.files.size(), single->files.size());
        QCOMPARE(detailed.sizeBytes, single->sizeBytes());
        QStringList databases;
        for (const BackupFile &file : detailed.files)
            databases.append(file.database);
        QCOMPARE(databases.size(), single->dbs.size());
        for (const QString &db : single->dbs)
            QVERIFY(databases.contains(db));

        // Fresh per-database URLs, and one of them really downloads.
        std::unique_ptr<ServiceReply> resolve(svc->resolveDownload(detailed));
        QVERIFY(waitForReply(resolve.get()));
        QVERIFY2(!resolve->hasFailed(), qPrintable(resolve->error().toString()));
        QCOMPARE(resolve->files().size(), single->files.size());
        const test::RawReply start
            = fetchStart(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(),
                         resolve->files().first().externalUrl);
        QCOMPARE(start.status, 206);
        QCOMPARE(start.body.size(), 1024);
        return;
    }
    QFAIL("the sandbox has no single-format backup");
}

void TestSqlServerService::freshUrlDownloads()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::InstanceInfo instance = busyInstance();
    const auto pkg = std::find_if(instance.backups.crbegin(), instance.backups.crend(), [](const auto &b) {
        return b.format == u"pkg" && b.status == 1 && b.type == 1;
    });
    QVERIFY(pkg != instance.backups.crend());
    BackupQuery query;
    query.since = pkg->start.addSecs(-1);
    query.until = pkg->start.addSecs(1);
    const QList<Backup> listed = test::listAllBackups(*svc, instance, query);
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.first().hasUrls());

    std::unique_ptr<ServiceReply> resolve(svc->resolveDownload(listed.first()));
    QVERIFY(waitForReply(resolve.get()));
    QVERIFY2(!resolve->hasFailed(), qPrintable(resolve->error().toString()));
    QCOMPARE(resolve->files().size(), 1);
    const BackupFile file = resolve->files().first();
    QCOMPARE(file.sizeBytes, pkg->sizeBytes());
    QCOMPARE(file.name, pkg->files.first().fileName);
    QCOMPARE(file.externalUrl.scheme(), QStringLiteral("https"));
    const test::RawReply start
        = fetchStart(m_fixture->network(), m_fixture->sandbox().clientSslConfiguration(), file.externalUrl);
    QVERIFY2(start.status == 206 || start.status == 200, qPrintable(QString::number(start.status)));
    QCOMPARE(start.body,
             m_fixture->sandbox().fileHost().content(
                 {Emulator::fileKey(*pkg, pkg->files.first()), pkg->files.first().fileName, pkg->sizeBytes()},
                 0, 1024));
}

void TestSqlServerService::failedBackupIsNotDownloadable()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::InstanceInfo instance = busyInstance();
    const auto failed = std::find_if(instance.backups.crbegin(), instance.backups.crend(),
                                     [](const auto &b) { return b.status == 2; });
    if (failed == instance.backups.crend())
        BB_SKIP("no failed backup on this instance with this seed");
    const QList<Backup> listed = listOne(*svc, instance, *failed);
    QCOMPARE(listed.size(), 1);
    std::unique_ptr<ServiceReply> resolve(svc->resolveDownload(listed.first()));
    QVERIFY(waitForReply(resolve.get()));
    QVERIFY(resolve->hasFailed());
    QCOMPARE_ENUM(resolve->error().kind, ProviderError::Kind::Unsupported);
    QVERIFY(!resolve->error().message.isEmpty());
}

// A download restored after a restart hands resolveDownload() only the ids, times, kind and the
// fields locatorFields() declares (DownloadIdentity keeps no more): that finds both formats
// again, and each declared field is really read (a "single" backup is lost without it).
void TestSqlServerService::locatorFieldsFindTheBackupAgain()
{
    auto svc = service(m_fixture->tencentConfig());
    QVERIFY(!svc->locatorFields().isEmpty());
    ProviderError error;
    bool single = false;
    bool pkg = false;
    for (const Emulator::InstanceInfo &instance : m_fixture->sandbox().sqlServer().instances()) {
        for (auto b = instance.backups.crbegin(); b != instance.backups.crend(); ++b) {
            const bool isSingle = b->format == u"single";
            if (b->status != 1 || (isSingle ? single : pkg))
                continue;
            const QList<Backup> listed = listOne(*svc, instance, *b);
            QCOMPARE(listed.size(), 1);
            const QList<BackupFile> files
                = test::resolveFiles(*svc, test::locatorOnly(*svc, listed.first()), &error);
            QVERIFY2(!error.isError(), qPrintable(error.toString()));
            QCOMPARE(files.size(), b->files.size());
            for (int i = 0; i < files.size(); ++i)
                QVERIFY(!files.at(i).externalUrl.isEmpty());
            if (isSingle) {
                // Its id (group-<GroupId>) is enough on its own; a record from before those ids
                // (a numeric id, as queued downloads may still hold) needs both fields.
                Backup legacy = listed.first();
                legacy.id = QStringLiteral("1");
                QCOMPARE(test::resolveFiles(*svc, test::locatorOnly(*svc, legacy), &error).size(),
                         b->files.size());
                for (const QString &field : svc->locatorFields()) {
                    QVERIFY(!test::resolveFiles(*svc, test::locatorOnly(*svc, listed.first(), field), &error)
                                 .isEmpty());
                    const QList<BackupFile> lost
                        = test::resolveFiles(*svc, test::locatorOnly(*svc, legacy, field), &error);
                    QVERIFY2(error.isError(), qPrintable(field));
                    QVERIFY(lost.isEmpty());
                }
            } else {
                QCOMPARE(files.first().name, b->files.first().fileName);
            }
            (isSingle ? single : pkg) = true;
        }
    }
    QVERIFY2(single && pkg, "the sandbox lacks a succeeded single or pkg backup");
}

void TestSqlServerService::createAndTrack()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::InstanceInfo instance = busyInstance();
    CreateBackupRequest request;
    request.region = instance.region;
    request.instanceId = instance.id;
    request.name = QStringLiteral("before-upgrade");
    std::unique_ptr<ServiceReply> reply(svc->createBackup(request));
    QList<Backup> states;
    connect(reply.get(), &ServiceReply::backupChanged, this,
            [&states](const Backup &b) { states.append(b); });
    QVERIFY(waitForReply(reply.get(), 15000));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    QVERIFY(states.size() >= 3); // accepted, creating (polled), succeeded
    QCOMPARE_ENUM(states.first().status, BackupStatus::Creating);
    QVERIFY(!states.first().extraValue(QStringLiteral("FlowId")).isEmpty());
    // While still creating, the row already carries the id the listing knows it by, so a view
    // can show it at once and update it in place.
    const auto creatingWithId = std::find_if(states.cbegin(), states.cend(), [](const Backup &b) {
        return b.status == BackupStatus::Creating && !b.id.isEmpty();
    });
    QVERIFY(creatingWithId != states.cend());
    const Backup &final = reply->backup();
    QCOMPARE(final.id, creatingWithId->id);
    QCOMPARE_ENUM(final.status, BackupStatus::Succeeded);
    QCOMPARE_ENUM(final.trigger, BackupTrigger::Manual);
    QCOMPARE(final.name, QStringLiteral("before-upgrade"));
    QCOMPARE(final.extraValue(QStringLiteral("Strategy")), QStringLiteral("instance"));
    QVERIFY(!final.id.isEmpty());
    QVERIFY(final.end.isValid());
    QVERIFY(final.hasUrls());

    // The new backup is in the list.
    BackupQuery query;
    query.backupId = final.id;
    query.since = QDateTime::currentDateTimeUtc().addSecs(-600);
    const QList<Backup> listed = test::listAllBackups(*svc, instance, query);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().id, final.id);
    QCOMPARE_ENUM(listed.first().trigger, BackupTrigger::Manual);
}

void TestSqlServerService::createMultiDatabase()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::InstanceInfo instance = busyInstance();
    CreateBackupRequest request;
    request.region = instance.region;
    request.instanceId = instance.id;
    request.databases = instance.databases.mid(0, 2);
    std::unique_ptr<ServiceReply> reply(svc->createBackup(request));
    QVERIFY(waitForReply(reply.get(), 15000));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    const Backup created = reply->backup();
    QCOMPARE(created.extraValue(QStringLiteral("Strategy")), QStringLiteral("multi-database"));
    QCOMPARE(created.databases.size(), 2);
    QCOMPARE_ENUM(created.trigger, BackupTrigger::Manual);
    // The record is the listing's (group id and format), so the per-database files follow.
    QCOMPARE(created.extraValue(QStringLiteral("BackupFormat")), QStringLiteral("single"));
    // It ends with its files and its size (the sum of theirs), not an unknown one.
    QVERIFY(created.id.startsWith(QLatin1String("group-")));
    QCOMPARE(created.files.size(), 2);
    QVERIFY(created.sizeBytes > 0);
    QCOMPARE(created.sizeBytes, created.files.at(0).sizeBytes + created.files.at(1).sizeBytes);
    std::unique_ptr<ServiceReply> detail(svc->backupDetail(created));
    QVERIFY(waitForReply(detail.get()));
    QVERIFY2(!detail->hasFailed(), qPrintable(detail->error().toString()));
    QCOMPARE(detail->backup().files.size(), 2);
    QCOMPARE(detail->backup().id, created.id);
}

void TestSqlServerService::createOnIsolatedInstanceFails()
{
    auto svc = service(m_fixture->tencentConfig());
    for (const Emulator::InstanceInfo &instance : m_fixture->sandbox().sqlServer().instances()) {
        if (instance.status == 2)
            continue;
        CreateBackupRequest request;
        request.region = instance.region;
        request.instanceId = instance.id;
        std::unique_ptr<ServiceReply> reply(svc->createBackup(request));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY(reply->hasFailed());
        QCOMPARE(reply->error().code, QStringLiteral("ResourceUnavailable.InstanceStatusInvalid"));
        QCOMPARE(reply->error().instanceId, instance.id);
        QVERIFY(!reply->error().hint.isEmpty());
        QVERIFY(!reply->error().requestId.isEmpty());
        return;
    }
    BB_SKIP("the sandbox has no isolated instance");
}

void TestSqlServerService::wrongSecretIsAuth()
{
    ServiceConfig config = m_fixture->tencentConfig();
    config.credentials.secret = QStringLiteral("not-the-secret");
    auto svc = service(config);
    const Emulator::InstanceInfo instance = busyInstance();
    std::unique_ptr<ServiceReply> reply(svc->listBackups(instance.region, instance.id, {}));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY(reply->hasFailed());
    const ProviderError &error = reply->error();
    QCOMPARE_ENUM(error.kind, ProviderError::Kind::Auth);
    QCOMPARE(error.code, QStringLiteral("AuthFailure.SignatureFailure"));
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(!error.retryable);
    QVERIFY(!error.hint.isEmpty());
    QVERIFY(error.toString().contains(error.requestId));
}

void TestSqlServerService::unknownInstance()
{
    auto svc = service(m_fixture->tencentConfig());
    std::unique_ptr<ServiceReply> reply(
        svc->listBackups(busyInstance().region, QStringLiteral("mssql-nosuch00"), {}));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY(reply->hasFailed());
    QCOMPARE(reply->error().code, QStringLiteral("ResourceNotFound.InstanceNotFound"));
    QCOMPARE(reply->error().instanceId, QStringLiteral("mssql-nosuch00"));
    QCOMPARE(reply->error().action, QStringLiteral("DescribeBackups"));
    QVERIFY(!reply->error().hint.isEmpty());
}

void TestSqlServerService::retriesAfterThrottling()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::InstanceInfo instance = busyInstance();
    int throttled = 0;
    const auto connection = connect(&m_fixture->client(), &ApiClient::requestLogged, this,
                                    [&throttled](const ApiLogEntry &entry) {
                                        if (entry.code == QLatin1String("RequestLimitExceeded"))
                                            ++throttled;
                                    });
    sandbox::FaultPlan plan;
    plan.throttleNext = 1;
    plan.serverErrorNext = 1;
    m_fixture->sandbox().setFaults(plan);
    std::unique_ptr<ServiceReply> reply(svc->listInstances(instance.region));
    QVERIFY(waitForReply(reply.get()));
    disconnect(connection);
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    QVERIFY(!reply->instances().isEmpty());
    QCOMPARE(throttled, 1);
}

void TestSqlServerService::temporaryCredentials()
{
    ServiceConfig config = m_fixture->tencentTemporaryConfig();
    const QString region = busyInstance().region;
    {
        auto svc = service(config);
        std::unique_ptr<ServiceReply> reply(svc->listInstances(region));
        QVERIFY(waitForReply(reply.get()));
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        QVERIFY(!reply->instances().isEmpty());
    }
    config.credentials.token.clear();
    auto svc = service(config);
    std::unique_ptr<ServiceReply> reply(svc->listInstances(region));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY(reply->hasFailed());
    QCOMPARE(reply->error().code, QStringLiteral("AuthFailure.TokenFailure"));
    QCOMPARE_ENUM(reply->error().kind, ProviderError::Kind::Auth);
}

void TestSqlServerService::plainHttp()
{
    auto svc = service(m_fixture->tencentConfig(false));
    const Emulator::InstanceInfo instance = busyInstance();
    const QList<Backup> backups = test::listAllBackups(*svc, instance, BackupQuery());
    QVERIFY(!backups.isEmpty());
    const auto pkg
        = std::find_if(backups.cbegin(), backups.cend(), [](const Backup &b) { return b.hasUrls(); });
    QVERIFY(pkg != backups.cend());
    // The URL follows the scheme the API was called with.
    QCOMPARE(pkg->externalUrl.scheme(), QStringLiteral("http"));
    QCOMPARE(fetchStart(m_fixture->network(), QSslConfiguration(), pkg->externalUrl).status, 206);
}

void TestSqlServerService::mainlandSiteWithOverride()
{
    // The override replaces the host for either site; the TC3 service stays "sqlserver".
    ServiceConfig config = m_fixture->tencentConfig();
    config.site = Site::Mainland;
    auto svc = service(config);
    std::unique_ptr<ServiceReply> reply(svc->listInstances(busyInstance().region));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
    QVERIFY(!reply->instances().isEmpty());
}

void TestSqlServerService::malformedAnswerFailsCleanly()
{
    auto svc = service(m_fixture->tencentConfig());
    sandbox::FaultPlan plan;
    plan.malformedNext = 10; // more than any retry budget
    m_fixture->sandbox().setFaults(plan);
    std::unique_ptr<ServiceReply> reply(svc->listInstances(busyInstance().region));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY(reply->hasFailed());
    QCOMPARE_ENUM(reply->error().kind, ProviderError::Kind::Malformed);
    QCOMPARE(reply->error().action, QStringLiteral("DescribeDBInstances"));
    QVERIFY(reply->instances().isEmpty());
}

void TestSqlServerService::abortStopsEverything()
{
    auto svc = service(m_fixture->tencentConfig());
    const Emulator::InstanceInfo instance = busyInstance();
    m_fixture->sandbox().setFaults({300, 0, 0, 0, 0});
    BackupQuery query;
    query.since = QDateTime::currentDateTimeUtc().addDays(-60);
    std::unique_ptr<ServiceReply> reply(svc->listBackups(instance.region, instance.id, query));
    QSignalSpy failed(reply.get(), &ServiceReply::failed);
    QSignalSpy finished(reply.get(), &ServiceReply::finished);
    QSignalSpy pages(reply.get(), &ServiceReply::backupsReceived);
    QTest::qWait(50);
    reply->abort();
    QCOMPARE(failed.size(), 1);
    QCOMPARE_ENUM(reply->error().kind, ProviderError::Kind::Aborted);
    QTest::qWait(700); // longer than the answers take
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(pages.size(), 0);
}

void TestSqlServerService::failedFlowFailsClearly()
{
    // The sandbox's creates always succeed; a scripted server over a real socket plays the seed's
    // answers instead, ending in Status 2, and records what the service sent.
    test::ScriptedHttpServer server;
    QVERIFY(server.listen());
    const auto seed = [](const char *name) {
        QFile file(QStringLiteral(BB_SEEDS_DIR "/tencent-sqlserver/") + QLatin1String(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray creating = seed("describebackupbyflowid-creating.json");
    QByteArray failed = creating;
    failed.replace("\"Status\": 0", "\"Status\": 2");
    const QByteArray nothingListed = R"({"Response":{"TotalCount":0,"Backups":[],"RequestId":"list-1"}})";
    server.enqueue(test::ScriptedHttpServer::Response::json(200, seed("createbackup.json")));
    server.enqueue(test::ScriptedHttpServer::Response::json(200, creating));
    server.enqueue(test::ScriptedHttpServer::Response::json(200, nothingListed));
    server.enqueue(test::ScriptedHttpServer::Response::json(200, failed));
    server.enqueue(test::ScriptedHttpServer::Response::json(200, nothingListed));

    ServiceConfig config = m_fixture->tencentConfig(false);
    config.endpointOverride = server.url();
    auto svc = service(config);
    CreateBackupRequest request;
    request.region = QStringLiteral("ap-guangzhou");
    request.instanceId = QStringLiteral("mssql-6upluvd5");
    request.databases = {QStringLiteral("db1"), QStringLiteral("db2")};
    request.keepUntilInstanceRemoved = true;
    std::unique_ptr<ServiceReply> reply(svc->createBackup(request));
    QVERIFY(waitForReply(reply.get()));
    QVERIFY(reply->hasFailed());
    const ProviderError &error = reply->error();
    QCOMPARE_ENUM(error.kind, ProviderError::Kind::Provider);
    QCOMPARE(error.action, QStringLiteral("DescribeBackupByFlowId"));
    QCOMPARE(error.instanceId, QStringLiteral("mssql-6upluvd5"));
    QVERIFY(error.message.contains(QLatin1String("5293")));
    QCOMPARE(error.requestId, QStringLiteral("de6cf7f3-ff88-4baf-a933-4714df850efa"));
    QCOMPARE_ENUM(reply->backup().status, BackupStatus::Failed);

    QCOMPARE(server.requests().size(), 5);
    const QJsonObject create = QJsonDocument::fromJson(server.requests().at(0).body).object();
    QCOMPARE(server.requests().at(0).header("x-tc-action"), QByteArray("CreateBackup"));
    QCOMPARE(create.value(QStringLiteral("Strategy")).toInt(), 1);
    QCOMPARE(create.value(QStringLiteral("DBNames")).toArray().size(), 2);
    QCOMPARE(create.value(QStringLiteral("StorageStrategy")).toInt(), 1);
    // FlowId goes back as a String, as DescribeBackupByFlowId types it.
    const QJsonObject poll = QJsonDocument::fromJson(server.requests().at(1).body).object();
    QCOMPARE(server.requests().at(1).header("x-tc-action"), QByteArray("DescribeBackupByFlowId"));
    QVERIFY(poll.value(QStringLiteral("FlowId")).isString());
    QCOMPARE(poll.value(QStringLiteral("FlowId")).toString(), QStringLiteral("5293"));
    QCOMPARE(server.requests().at(2).header("x-tc-action"), QByteArray("DescribeBackups"));
}

BB_TEST_GUILESS_MAIN(TestSqlServerService)
#include "tst_sqlserverservice.moc"
