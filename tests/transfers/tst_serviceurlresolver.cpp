#include "downloadtestsupport.h"
#include "providers/productregistry.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"
#include "transfers/downloadmanager.h"
#include "transfers/downloadtask.h"
#include "transfers/partsidecar.h"
#include "transfers/urlresolver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 KiB = 1024;
constexpr int waitMs = 30000;

template<typename Reply> bool settled(const std::unique_ptr<Reply> &reply)
{
    return QTest::qWaitFor([&] { return reply->isFinished() || reply->hasFailed(); }, waitMs)
        && !reply->hasFailed();
}

// What a restored download must never have written: a URL or any part of a signed query.
QString leakIn(const QByteArray &text)
{
    for (const char *needle : {"http", "://", "Signature", "sign=", "Expires", "q-sign", "OSSAccessKeyId",
                               "x-cos-", "security-token", "?"}) {
        if (text.contains(needle))
            return QString::fromLatin1(needle);
    }
    return {};
}
} // namespace

// ServiceUrlResolver end to end: a backup listed by the sandbox's ApsaraDB RDS emulator, its URL
// resolved through BackupService::resolveDownload(), downloaded and checked against the RDS
// Checksum; when every signed URL is revoked mid-file, the service is asked again.
class TestServiceUrlResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pickMatchesNameAndDatabase();
    void downloadsAListedBackupAndReResolves();
    void restoredDownloadResumesWithoutTheListing_data();
    void restoredDownloadResumesWithoutTheListing();
    void bareIdentityLosesAnOldSqlServerBackup();
    void opensTheServiceWhenNoneIsOpen();

private:
    struct Chosen
    {
        bb::Backup backup; // the listed record after backupDetail(), as the GUI and CLI start from
        bb::DownloadIdentity identity;
    };
    std::unique_ptr<bb::BackupService> serviceFor(const QString &product);
    // The smallest downloadable file of at least `minSize` among the succeeded backups of
    // `region` that match kind/format and started at least `minAgeDays` ago.
    Chosen choose(bb::BackupService *service, const QString &region, bb::BackupKind kind,
                  const QString &format, int minAgeDays, qint64 minSize, int minFiles = 1);
    // The sandbox file behind `identity`, found through a fresh resolveDownload() of `backup`.
    bb::sandbox::FileHost::File hostedFile(bb::BackupService *service, const bb::Backup &backup,
                                           const bb::DownloadIdentity &identity);

    std::unique_ptr<bb::test::SandboxFixture> m_fixture;
};

void TestServiceUrlResolver::initTestCase()
{
    m_fixture = std::make_unique<bb::test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

std::unique_ptr<bb::BackupService> TestServiceUrlResolver::serviceFor(const QString &product)
{
    // Plain HTTP keeps the resumed transfers quick on a busy machine; the services and the
    // resolver do not care which scheme the links use.
    const bool tencent = product.startsWith(u"tencent-"_s);
    return bb::ProductRegistry::create(
        product, tencent ? m_fixture->tencentConfig(false) : m_fixture->alibabaConfig(false));
}

TestServiceUrlResolver::Chosen TestServiceUrlResolver::choose(bb::BackupService *service,
                                                              const QString &region, bb::BackupKind kind,
                                                              const QString &format, int minAgeDays,
                                                              qint64 minSize, int minFiles)
{
    Chosen best;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::unique_ptr<bb::ServiceReply> instances(service->listInstances(region));
    if (!settled(instances))
        return best;
    QList<bb::Backup> candidates;
    for (const bb::Instance &instance : instances->instances()) {
        bb::BackupQuery query;
        query.since = now.addDays(-29);
        query.until = now;
        std::unique_ptr<bb::ServiceReply> listing(service->listBackups(instance.region, instance.id, query));
        if (!settled(listing))
            return best;
        for (const bb::Backup &b : listing->backups()) {
            if (b.status != bb::BackupStatus::Succeeded || !b.notDownloadableReason.isEmpty()
                || (kind != bb::BackupKind::Unknown && b.kind != kind)
                || (!format.isEmpty() && b.extraValue(u"BackupFormat"_s) != format) || !b.start.isValid()
                || b.start > now.addDays(-minAgeDays)
                || (b.sizeBytes >= 0 && b.sizeBytes < minSize)) // unknown until the detail
                continue;
            candidates << b;
        }
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const bb::Backup &a, const bb::Backup &b) { return a.sizeBytes < b.sizeBytes; });
    for (const bb::Backup &listed : std::as_const(candidates)) {
        // As BackupFinder and the GUI do: the detail adds the files (SQL Server "single", shards).
        std::unique_ptr<bb::ServiceReply> detail(service->backupDetail(listed));
        if (!QTest::qWaitFor([&] { return detail->isFinished() || detail->hasFailed(); }, waitMs))
            continue;
        const bb::Backup detailed
            = !detail->hasFailed() && !detail->backup().id.isEmpty() ? detail->backup() : listed;
        const QList<bb::DownloadIdentity> files
            = bb::DownloadIdentity::forBackup(detailed, service->locatorFields(), u"sandbox"_s);
        if (files.size() < minFiles)
            continue;
        for (const bb::DownloadIdentity &id : files) {
            if (id.expectedSize < minSize)
                continue;
            if (best.backup.id.isEmpty() || id.expectedSize < best.identity.expectedSize)
                best = {detailed, id};
        }
        if (!best.backup.id.isEmpty())
            return best;
    }
    return best;
}

bb::sandbox::FileHost::File TestServiceUrlResolver::hostedFile(bb::BackupService *service,
                                                               const bb::Backup &backup,
                                                               const bb::DownloadIdentity &identity)
{
    std::unique_ptr<bb::ServiceReply> reply(service->resolveDownload(backup));
    if (!settled(reply))
        return {};
    bb::ProviderError error;
    const bb::Backup &answered = reply->backup().id.isEmpty() ? backup : reply->backup();
    const bb::ResolvedSource source
        = bb::ServiceUrlResolver::pick(identity, answered, reply->files(), &error);
    const QString path = source.externalUrl.path();
    const QString prefix = u"/files/"_s;
    if (error.isError() || !path.startsWith(prefix))
        return {};
    return {path.mid(prefix.size()), identity.fileName,
            source.size >= 0 ? source.size : identity.expectedSize};
}

void TestServiceUrlResolver::pickMatchesNameAndDatabase()
{
    bb::DownloadIdentity id;
    id.fileName = u"db2.bak"_s;
    id.database = u"db2"_s;
    const QList<bb::BackupFile> files = {
        {u"db1.bak"_s, 1, u"db1"_s, QUrl(u"https://h/int1"_s), QUrl(u"https://h/ext1"_s), {}, {}},
        {u"db2.bak"_s,
         2,
         u"db2"_s,
         QUrl(u"https://h/int2"_s),
         QUrl(u"https://h/ext2"_s),
         {u"crc64-xz"_s, u"7"_s},
         {}},
    };
    bb::ProviderError error;
    const bb::ResolvedSource source = bb::ServiceUrlResolver::pick(id, bb::Backup(), files, &error);
    QVERIFY(!error.isError());
    QCOMPARE(source.externalUrl, QUrl(u"https://h/ext2"_s));
    QCOMPARE(source.size, 2);
    QCOMPARE(source.checksum.value, u"7"_s);

    id.fileName = u"gone.bak"_s;
    id.database = u"gone"_s;
    bb::ServiceUrlResolver::pick(id, bb::Backup(), files, &error);
    QVERIFY(error.isError());
    QVERIFY(error.message.contains(u"gone.bak"_s));

    bb::Backup whole; // a backup that is one file carries its URLs itself
    whole.externalUrl = QUrl(u"https://h/whole"_s);
    error = {};
    QCOMPARE(bb::ServiceUrlResolver::pick(id, whole, {}, &error).externalUrl, whole.externalUrl);
    QVERIFY(!error.isError());
}

void TestServiceUrlResolver::downloadsAListedBackupAndReResolves()
{
    bb::test::SandboxFixture fixture;
    QString error;
    QVERIFY2(fixture.start(&error), qPrintable(error));
    auto service = bb::ProductRegistry::create(u"alibaba-rds"_s, fixture.alibabaConfig(true));
    QVERIFY(service);

    std::unique_ptr<bb::ServiceReply> instances(service->listInstances(u"ap-southeast-1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(instances->isFinished(), 10000);
    QVERIFY2(!instances->hasFailed(), qPrintable(instances->error().toString()));
    bb::Instance mysql;
    for (const bb::Instance &in : instances->instances()) {
        if (in.engine.startsWith(u"MySQL"_s) && mysql.id.isEmpty())
            mysql = in;
    }
    QVERIFY(!mysql.id.isEmpty());
    bb::BackupQuery query;
    query.since = QDateTime::currentDateTimeUtc().addDays(-31);
    query.until = QDateTime::currentDateTimeUtc();
    query.statusRaw = u"Success"_s;
    std::unique_ptr<bb::ServiceReply> listing(service->listBackups(mysql.region, mysql.id, query));
    QTRY_VERIFY_WITH_TIMEOUT(listing->isFinished(), 10000);
    QVERIFY2(!listing->hasFailed(), qPrintable(listing->error().toString()));
    bb::Backup chosen;
    for (const bb::Backup &b : listing->backups()) {
        if (b.sizeBytes > 512 * 1024 && b.sizeBytes < 8 * 1024 * 1024 && !b.checksum.isEmpty()
            && (chosen.id.isEmpty() || b.sizeBytes < chosen.sizeBytes))
            chosen = b;
    }
    QVERIFY2(!chosen.id.isEmpty(), "no RDS backup between 512 KiB and 8 MiB with a checksum");

    const QList<bb::DownloadIdentity> identities
        = bb::DownloadIdentity::forBackup(chosen, service->locatorFields(), u"sandbox"_s);
    QCOMPARE(identities.size(), 1);
    int lookups = 0;
    bb::ServiceUrlResolver resolver([&](const bb::DownloadIdentity &identity) -> bb::BackupService * {
        ++lookups;
        return identity.product == service->product() ? service.get() : nullptr;
    });
    QTemporaryDir dir;
    bb::DownloadOptions options;
    options.folder = dir.path();
    options.backoffBaseMs = 20;
    bb::DownloadTask task(&fixture.network(), &resolver, identities.first(), options);
    task.setSslConfiguration(fixture.sandbox().clientSslConfiguration());

    bb::sandbox::FileFaultPlan plan;
    plan.bytesPerSecond = 1024 * 1024; // the first progress report comes before the drop
    plan.dropNext = 1;
    plan.dropAfterBytes = 256 * 1024;
    fixture.sandbox().fileHost().faults().set(plan);
    bool expired = false;
    connect(&task, &bb::DownloadTask::progressChanged, this, [&](const bb::DownloadProgress &progress) {
        if (!expired && progress.received > 0) {
            expired = true;
            fixture.sandbox().fileHost().faults().expireAllNow();
        }
    });
    task.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        task.state() == bb::DownloadState::Done || task.state() == bb::DownloadState::Failed, 20000);
    QVERIFY2(task.state() == bb::DownloadState::Done, qPrintable(task.errorString()));
    QVERIFY(expired);
    QCOMPARE(lookups, 2); // the first URL, and a fresh one after the revocation
    const auto digest = bb::test::digestOf(task.targetPath());
    QCOMPARE(digest.size, chosen.sizeBytes);
    QCOMPARE(QString::number(digest.crc), chosen.checksum.value);
}

void TestServiceUrlResolver::restoredDownloadResumesWithoutTheListing_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("minAgeDays");
    QTest::addColumn<qint64>("minSize");
    QTest::addColumn<int>("minFiles"); // several: the restored identity must pick its own file
    // SQL Server re-lists within a day of the start for the kind, so old backups are the test.
    const QString sql = u"tencent-sqlserver"_s;
    const QString gz = u"ap-guangzhou"_s;
    const int full = int(bb::BackupKind::Full);
    const int any = int(bb::BackupKind::Unknown);
    QTest::newRow("sqlserver pkg data") << sql << gz << full << u"pkg"_s << 3 << 1024 * KiB << 1;
    QTest::newRow("sqlserver log") << sql << gz << int(bb::BackupKind::Log) << QString() << 3 << 1024 * KiB
                                   << 1;
    QTest::newRow("sqlserver single") << sql << gz << full << u"single"_s << 3 << 1024 * KiB << 2;
    QTest::newRow("redis") << u"tencent-redis"_s << u"ap-shanghai"_s << any << QString() << 3 << 256 * KiB
                           << 1;
    QTest::newRow("redis shards") << u"tencent-redis"_s << gz << any << QString() << 3 << 256 * KiB << 3;
    QTest::newRow("rds") << u"alibaba-rds"_s << u"ap-southeast-1"_s << any << QString() << 3 << 1024 * KiB
                         << 1;
}

// The app quits (or the CLI is interrupted) part-way; a new manager and resolver that never saw
// the listed record restore the queue, resolve fresh URLs from the persisted identity alone and
// resume the .part with Range to a byte-identical file.
void TestServiceUrlResolver::restoredDownloadResumesWithoutTheListing()
{
    QFETCH(QString, product);
    QFETCH(QString, region);
    QFETCH(int, kind);
    QFETCH(QString, format);
    QFETCH(int, minAgeDays);
    QFETCH(qint64, minSize);
    QFETCH(int, minFiles);
    auto service = serviceFor(product);
    QVERIFY(service);
    const Chosen chosen
        = choose(service.get(), region, bb::BackupKind(kind), format, minAgeDays, minSize, minFiles);
    QVERIFY2(!chosen.backup.id.isEmpty(), "no matching backup in the sandbox");
    const bb::sandbox::FileHost::File hosted = hostedFile(service.get(), chosen.backup, chosen.identity);
    QVERIFY2(!hosted.key.isEmpty(), "the listed record did not resolve");
    const auto lookup = [&service](const bb::DownloadIdentity &identity) -> bb::BackupService * {
        return identity.product == service->product() ? service.get() : nullptr;
    };

    QTemporaryDir dir;
    QTemporaryDir state;
    const QString stateFile = state.filePath(u"downloads.json"_s);
    bb::DownloadOptions options;
    options.folder = dir.path();
    options.backoffBaseMs = 20;
    bb::sandbox::FileHost &host = m_fixture->sandbox().fileHost();
    bb::sandbox::FileFaultPlan slow;
    slow.bytesPerSecond = int(256 * KiB); // slow enough to stop part-way
    host.faults().set(slow);
    QString id;
    QString target;
    {
        bb::ServiceUrlResolver listed(lookup);
        listed.remember(chosen.backup);
        bb::DownloadManager manager(&m_fixture->network(), &listed);
        manager.setStateFile(stateFile);
        id = manager.add(chosen.identity, options);
        QTRY_VERIFY_WITH_TIMEOUT(manager.task(0)->progress().received >= 32 * KiB
                                     || manager.task(0)->state() == bb::DownloadState::Failed,
                                 waitMs);
        QVERIFY2(manager.task(0)->state() != bb::DownloadState::Failed,
                 qPrintable(manager.task(0)->errorString()));
        manager.pause(id);
        QCOMPARE(bb::toString(manager.task(0)->state()), bb::toString(bb::DownloadState::Paused));
        target = manager.task(0)->targetPath();
    } // the app quits: the manager saves its queue, then the resolver and its records are gone
    host.faults().set({});
    const qint64 partSize = QFileInfo(bb::PartSidecar::partPath(target)).size();
    QVERIFY2(partSize > 0 && partSize < hosted.size, qPrintable(QString::number(partSize)));

    // What is on disk names the backup without any address, and carries how to find it again.
    for (const QString &path : {bb::PartSidecar::sidecarPath(target), stateFile}) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains(chosen.backup.id.toUtf8()), qPrintable(path));
        QVERIFY2(leakIn(text).isEmpty(), qPrintable(path + u": "_s + leakIn(text)));
    }
    const auto sidecar = bb::PartSidecar::read(target);
    QVERIFY(sidecar.has_value());
    QCOMPARE(sidecar->identity.start, chosen.backup.start);
    QCOMPARE(bb::toString(sidecar->identity.kind), bb::toString(chosen.backup.kind));

    host.faults().clearLog();
    int lookups = 0;
    bb::ServiceUrlResolver fresh([&](const bb::DownloadIdentity &identity) {
        ++lookups;
        return lookup(identity);
    });
    bb::DownloadManager manager(&m_fixture->network(), &fresh);
    manager.setStateFile(stateFile);
    QString error;
    QVERIFY2(manager.load(&error), qPrintable(error));
    QCOMPARE(manager.count(), 1);
    QCOMPARE(bb::toString(manager.task(0)->state()), bb::toString(bb::DownloadState::Paused));
    QSignalSpy finished(&manager, &bb::DownloadManager::downloadFinished);
    QSignalSpy failed(&manager, &bb::DownloadManager::downloadFailed);
    manager.resume(id);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), waitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    QCOMPARE(finished.first().at(1).toString(), target);
    QVERIFY(lookups >= 1);

    // Resumed where the .part ended: every request of the second run asked for a Range, none
    // from zero, the first where the .part's bytes end (a file this size comes in ranges: the
    // later ones start at their own offsets, beyond what the .part holds).
    const QList<QByteArray> ranges = host.faults().rangeLog();
    QVERIFY(!ranges.isEmpty());
    for (const QByteArray &range : ranges) {
        QVERIFY2(range.startsWith("bytes="), range.isEmpty() ? "a request without Range" : range.constData());
        const qint64 from = range.mid(6, range.indexOf('-') - 6).toLongLong();
        QVERIFY2(from > 0, range.constData());
    }
    const qint64 first = ranges.first().mid(6, ranges.first().indexOf('-') - 6).toLongLong();
    QVERIFY2(first <= partSize, ranges.first().constData());

    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), hosted.size);
    for (qint64 offset = 0; offset < hosted.size; offset += 1024 * KiB) {
        const QByteArray got = file.read(1024 * KiB);
        QVERIFY2(got == host.content(hosted, offset, got.size()),
                 qPrintable(u"differs at "_s + QString::number(offset)));
    }
    QVERIFY(!QFile::exists(bb::PartSidecar::partPath(target)));
}

// Why the identity carries the start time and kind: a SQL Server log backup days old is not in
// the window a bare record (no start, no kind) makes the service search.
void TestServiceUrlResolver::bareIdentityLosesAnOldSqlServerBackup()
{
    auto service = serviceFor(u"tencent-sqlserver"_s);
    QVERIFY(service);
    const Chosen chosen
        = choose(service.get(), u"ap-guangzhou"_s, bb::BackupKind::Log, QString(), 3, 256 * KiB);
    QVERIFY2(!chosen.backup.id.isEmpty(), "no old log backup in the sandbox");
    const auto resolveWith = [&](const bb::DownloadIdentity &identity) {
        bb::ServiceUrlResolver resolver([&service](const bb::DownloadIdentity &) { return service.get(); });
        QObject context;
        bool done = false;
        bb::ProviderError failure;
        bb::ResolvedSource source;
        resolver.resolve(identity, &context, [&](const bb::ResolvedSource &s, const bb::ProviderError &e) {
            source = s;
            failure = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, waitMs))
            failure = bb::ProviderError::malformed(u"resolve() never answered"_s);
        return std::make_pair(source, failure);
    };
    // Through JSON, as a restored download is.
    const bb::DownloadIdentity restored = bb::DownloadIdentity::fromJson(chosen.identity.toJson());
    const auto [source, failure] = resolveWith(restored);
    QVERIFY2(!failure.isError(), qPrintable(failure.toString()));
    QVERIFY(!source.externalUrl.isEmpty());

    bb::DownloadIdentity bare = restored;
    bare.start = {};
    bare.end = {};
    bare.kind = bb::BackupKind::Unknown;
    bare.locator.clear();
    const auto [none, lost] = resolveWith(bare);
    QVERIFY(lost.isError());
    QVERIFY(none.externalUrl.isEmpty());
}

void TestServiceUrlResolver::opensTheServiceWhenNoneIsOpen()
{
    auto rds = serviceFor(u"alibaba-rds"_s);
    QVERIFY(rds);
    const Chosen chosen = choose(rds.get(), u"ap-southeast-1"_s, bb::BackupKind::Unknown, QString(), 0, 1);
    QVERIFY2(!chosen.backup.id.isEmpty(), "no downloadable RDS backup in the sandbox");
    const bb::DownloadIdentity restored = bb::DownloadIdentity::fromJson(chosen.identity.toJson());

    // No service open at first, as for a download restored before anything was selected.
    std::unique_ptr<bb::BackupService> open;
    bb::ServiceUrlResolver resolver([&open](const bb::DownloadIdentity &) { return open.get(); });
    int opened = 0;
    bb::ProviderError openError; // what the opener answers
    resolver.setOpener([&](const bb::DownloadIdentity &identity, QObject *context,
                           std::function<void(const bb::ProviderError &)> done) {
        ++opened;
        QTimer::singleShot(0, context, [&, identity, done] {
            if (!openError.isError())
                open = serviceFor(identity.product);
            done(openError);
        });
    });
    const auto resolve = [&] {
        QObject context;
        bool answered = false;
        std::pair<bb::ResolvedSource, bb::ProviderError> result;
        resolver.resolve(restored, &context, [&](const bb::ResolvedSource &s, const bb::ProviderError &e) {
            result = {s, e};
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, waitMs))
            result.second = bb::ProviderError::malformed(u"resolve() never answered"_s);
        return result;
    };

    // The opener's failure is the download's.
    openError = bb::ProviderError::network(u"account gone"_s, false);
    const auto [none, failure] = resolve();
    QCOMPARE(opened, 1);
    QVERIFY(failure.isError());
    QCOMPARE(failure.message, u"account gone"_s);
    QVERIFY(none.externalUrl.isEmpty());

    // Opened, then resolved through the new service; once open, it is not opened again.
    openError = {};
    const auto [source, ok] = resolve();
    QVERIFY2(!ok.isError(), qPrintable(ok.toString()));
    QCOMPARE(opened, 2);
    QVERIFY(!source.externalUrl.isEmpty());
    const auto [again, stillOk] = resolve();
    QVERIFY2(!stillOk.isError(), qPrintable(stillOk.toString()));
    QCOMPARE(opened, 2);
    QVERIFY(!again.externalUrl.isEmpty());
}

BB_TEST_GUILESS_MAIN(TestServiceUrlResolver)
#include "tst_serviceurlresolver.moc"
