#include "downloadtestsupport.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"
#include "transfers/downloadmanager.h"
#include "transfers/downloadtask.h"
#include "transfers/partsidecar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::DownloadState;
using File = bb::sandbox::FileHost::File;

namespace {
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr int waitMs = 20000;
} // namespace

// The queue over real sockets against the sandbox: the parallel limit, pause/resume/cancel/
// remove, and a queue that survives the manager being destroyed and created again.
class TestDownloadManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void parallelLimit();
    void sameFileTwiceIsOneEntry();
    void survivesRestartAndResumes();
    void pausedStaysPausedAcrossRestart();
    void cancelAndRemove();
    void stateFileHasNoUrls();
    void oldQueueWithoutLocatorResumes();
    void savesInTheBackgroundAfterAChange();
    void saveIntoAMissingFolderFails();
    void connectionsPerDownloadAreKeptInTheQueue();
    void oneDownloadsConnectionsChangeWhileItIsNotRunning();

private:
    std::unique_ptr<bb::DownloadManager> makeManager(bool withStateFile = true);
    bb::DownloadOptions options() const;
    bb::sandbox::FileHost &host() { return m_fixture->sandbox().fileHost(); }
    QString stateFile() const { return m_state->filePath(u"downloads.json"_s); }

    std::unique_ptr<bb::test::SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_state;
    QList<File> m_files; // what the resolver knows, by backup id (= key)
    std::unique_ptr<bb::FunctionUrlResolver> m_resolver;
};

void TestDownloadManager::initTestCase()
{
    m_fixture = std::make_unique<bb::test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    m_resolver = std::make_unique<bb::FunctionUrlResolver>(
        [this](const bb::DownloadIdentity &identity, bb::ProviderError *failure) {
            for (const File &file : std::as_const(m_files)) {
                if (file.key == identity.backupId) {
                    bb::ResolvedSource source;
                    source.externalUrl
                        = host().signedUrl(file, false, 300, bb::sandbox::FileHost::Cloud::Oss, true);
                    source.size = file.size;
                    return source;
                }
            }
            *failure = bb::ProviderError::malformed(u"unknown file"_s);
            return bb::ResolvedSource();
        });
}

void TestDownloadManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    host().faults().set({});
    host().faults().clearLog();
}

void TestDownloadManager::cleanup()
{
    host().faults().set({});
}

bb::DownloadOptions TestDownloadManager::options() const
{
    bb::DownloadOptions options;
    options.folder = m_dir->path();
    return options;
}

std::unique_ptr<bb::DownloadManager> TestDownloadManager::makeManager(bool withStateFile)
{
    auto manager = std::make_unique<bb::DownloadManager>(&m_fixture->network(), m_resolver.get());
    manager->setSslConfiguration(m_fixture->sandbox().clientSslConfiguration());
    if (withStateFile)
        manager->setStateFile(stateFile());
    return manager;
}

static File registerFile(QList<File> &files, const QString &key, qint64 size)
{
    const File file = bb::test::sandboxFile(key, size);
    files << file;
    return file;
}

void TestDownloadManager::parallelLimit()
{
    bb::sandbox::FileFaultPlan plan;
    plan.bytesPerSecond = int(2 * MiB); // each body takes ~0.15 s: downloads overlap
    host().faults().set(plan);
    auto manager = makeManager(false);
    QCOMPARE(manager->maxParallel(), 3);
    manager->setMaxParallel(2);
    QList<File> files;
    for (int i = 0; i < 5; ++i) {
        const File file = registerFile(m_files, u"m/limit/f%1.bak"_s.arg(i), 300 * KiB);
        files << file;
        manager->add(bb::test::identityFor(file, host().crc64Decimal(file)), options());
    }
    int maxActive = 0;
    const auto countActive = [&] {
        int active = 0;
        for (int row = 0; row < manager->count(); ++row)
            active += manager->task(row)->isActive() ? 1 : 0;
        maxActive = std::max(maxActive, active);
    };
    connect(manager.get(), &bb::DownloadManager::taskChanged, this, countActive);
    QSignalSpy idle(manager.get(), &bb::DownloadManager::idle);
    QSignalSpy finished(manager.get(), &bb::DownloadManager::downloadFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, waitMs);
    QCOMPARE(maxActive, 2);
    QTRY_COMPARE(idle.size(), 1);
    for (const File &file : std::as_const(files)) {
        const auto digest = bb::test::digestOf(QDir(m_dir->path()).filePath(file.fileName));
        QCOMPARE(digest.size, file.size);
        QCOMPARE(digest.crc, host().crc64(file));
    }
}

void TestDownloadManager::sameFileTwiceIsOneEntry()
{
    bb::sandbox::FileFaultPlan plan;
    plan.bytesPerSecond = int(1 * MiB);
    host().faults().set(plan);
    auto manager = makeManager(false);
    const File file = registerFile(m_files, u"m/twice/x.bak"_s, 500 * KiB);
    const QString first = manager->add(bb::test::identityFor(file), options());
    const QString second = manager->add(bb::test::identityFor(file), options());
    QCOMPARE(second, first);
    QCOMPARE(manager->count(), 1);
    manager->cancel(first);
}

void TestDownloadManager::survivesRestartAndResumes()
{
    const File file = registerFile(m_files, u"m/restart/big.bak"_s, 2 * MiB);
    bb::sandbox::FileFaultPlan plan;
    plan.bytesPerSecond = int(2 * MiB);
    host().faults().set(plan);
    qint64 before = 0;
    {
        auto manager = makeManager();
        manager->add(bb::test::identityFor(file, host().crc64Decimal(file)), options());
        QTRY_VERIFY_WITH_TIMEOUT(manager->count() == 1 && manager->task(0)->progress().received > 300 * KiB,
                                 waitMs);
        before = manager->task(0)->progress().received;
    } // the app quits mid-download
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    QVERIFY(QFile::exists(bb::PartSidecar::partPath(target)));
    QVERIFY(!QFile::exists(target));
    host().faults().set({});

    auto manager = makeManager();
    QString error;
    QVERIFY2(manager->load(&error), qPrintable(error));
    QCOMPARE(manager->count(), 1);
    QSignalSpy finished(manager.get(), &bb::DownloadManager::downloadFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    QCOMPARE(finished.first().at(1).toString(), target);
    const auto ranges = host().faults().rangeLog();
    QVERIFY(ranges.last().startsWith("bytes="));
    QVERIFY(ranges.last().mid(6).chopped(1).toLongLong() >= before - 64 * KiB);
    const auto digest = bb::test::digestOf(target);
    QCOMPARE(digest.size, file.size);
    QCOMPARE(digest.crc, host().crc64(file));
}

void TestDownloadManager::pausedStaysPausedAcrossRestart()
{
    const File file = registerFile(m_files, u"m/paused/p.bak"_s, 1 * MiB);
    bb::sandbox::FileFaultPlan plan;
    plan.bytesPerSecond = int(1 * MiB);
    host().faults().set(plan);
    QString id;
    {
        auto manager = makeManager();
        id = manager->add(bb::test::identityFor(file), options());
        QTRY_VERIFY_WITH_TIMEOUT(manager->task(0)->progress().received > 100 * KiB, waitMs);
        manager->pause(id);
        QCOMPARE(bb::toString(manager->task(0)->state()), bb::toString(DownloadState::Paused));
    }
    host().faults().set({});
    auto manager = makeManager();
    QVERIFY(manager->load());
    QCOMPARE(manager->count(), 1);
    QCOMPARE(manager->id(0), id);
    QTest::qWait(200);
    QCOMPARE(bb::toString(manager->task(0)->state()), bb::toString(DownloadState::Paused));
    QVERIFY(manager->task(0)->progress().received > 0);
    QSignalSpy finished(manager.get(), &bb::DownloadManager::downloadFinished);
    manager->resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    const auto digest = bb::test::digestOf(finished.first().at(1).toString());
    QCOMPARE(digest.crc, host().crc64(file));
}

void TestDownloadManager::cancelAndRemove()
{
    bb::sandbox::FileFaultPlan plan;
    plan.bytesPerSecond = int(1 * MiB);
    host().faults().set(plan);
    auto manager = makeManager();
    const File file = registerFile(m_files, u"m/cancel/c.bak"_s, 1 * MiB);
    const QString id = manager->add(bb::test::identityFor(file), options());
    QTRY_VERIFY_WITH_TIMEOUT(manager->task(0)->progress().received > 50 * KiB, waitMs);
    const QString target = manager->task(0)->targetPath();
    manager->cancel(id);
    QCOMPARE(bb::toString(manager->task(0)->state()), bb::toString(DownloadState::Cancelled));
    // Removed on the task's writer thread.
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(bb::PartSidecar::partPath(target)), waitMs);
    QSignalSpy removed(manager.get(), &bb::DownloadManager::taskRemoved);
    manager->remove(id);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(manager->count(), 0);
    QVERIFY(manager->save());
    auto again = makeManager();
    QVERIFY(again->load());
    QCOMPARE(again->count(), 0);
}

void TestDownloadManager::stateFileHasNoUrls()
{
    auto manager = makeManager();
    const File file = registerFile(m_files, u"m/nourl/n.bak"_s, 200 * KiB);
    manager->add(bb::test::identityFor(file), options());
    QSignalSpy finished(manager.get(), &bb::DownloadManager::downloadFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    QVERIFY(manager->save());
    QFile state(stateFile());
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QByteArray text = state.readAll();
    QVERIFY(text.contains("m/nourl/n.bak"));
    QVERIFY(!text.contains("Signature"));
    QVERIFY(!text.contains("Expires"));
    QVERIFY(!text.contains("http"));
}

// A queue and sidecar written before identities carried how to find the backup again (no
// "locate") load as they are, and the paused download resumes from its .part with Range.
void TestDownloadManager::oldQueueWithoutLocatorResumes()
{
    const File file = registerFile(m_files, u"m/legacy/old.bak"_s, 600 * KiB);
    const qint64 kept = 200 * KiB;
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    QVERIFY(bb::test::writePart(host(), file, bb::PartSidecar::partPath(target), kept));
    const QJsonObject identity {
        {u"account"_s, QString()},  {u"product"_s, u"sandbox"_s},
        {u"region"_s, QString()},   {u"instance"_s, u"inst-1"_s},
        {u"backup"_s, file.key},    {u"file"_s, file.fileName},
        {u"database"_s, QString()}, {u"size"_s, QString::number(file.size)},
    };
    const auto writeJson = [](const QString &path, const QJsonObject &json) {
        QFile out(path);
        return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(json).toJson()) > 0;
    };
    QVERIFY(writeJson(bb::PartSidecar::sidecarPath(target),
                      {{u"version"_s, 1},
                       {u"identity"_s, identity},
                       {u"crcBytes"_s, QString::number(kept)},
                       {u"crc64"_s, QString::number(bb::Crc64::of(host().content(file, 0, kept)))}}));
    const QJsonObject entry {
        {u"id"_s, u"legacy-1"_s},      {u"identity"_s, identity},       {u"folder"_s, m_dir->path()},
        {u"network"_s, u"external"_s}, {u"fallbackToExternal"_s, true}, {u"overwrite"_s, u"numbered"_s},
        {u"state"_s, u"paused"_s},     {u"target"_s, target},           {u"error"_s, QString()},
    };
    QVERIFY(writeJson(stateFile(),
                      {{u"version"_s, 1}, {u"maxParallel"_s, 3}, {u"downloads"_s, QJsonArray {entry}}}));

    auto manager = makeManager();
    QString error;
    QVERIFY2(manager->load(&error), qPrintable(error));
    QCOMPARE(manager->count(), 1);
    QCOMPARE(manager->id(0), u"legacy-1"_s);
    QCOMPARE(bb::toString(manager->task(0)->state()), bb::toString(DownloadState::Paused));
    QVERIFY(!manager->task(0)->identity().start.isValid());
    QSignalSpy finished(manager.get(), &bb::DownloadManager::downloadFinished);
    manager->resume(u"legacy-1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    QCOMPARE(finished.first().at(1).toString(), target);
    const auto ranges = host().faults().rangeLog();
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(ranges.first(), "bytes=" + QByteArray::number(kept) + '-');
    const auto digest = bb::test::digestOf(target);
    QCOMPARE(digest.size, file.size);
    QCOMPARE(digest.crc, host().crc64(file));
}

// Nobody calls save(): the change is written shortly after, by the saver's thread, and the
// saved state follows the download to "done".
void TestDownloadManager::savesInTheBackgroundAfterAChange()
{
    auto manager = makeManager();
    const File file = registerFile(m_files, u"m/auto/a.bak"_s, 100 * KiB);
    QSignalSpy finished(manager.get(), &bb::DownloadManager::downloadFinished);
    manager->add(bb::test::identityFor(file), options());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(stateFile()), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    const auto savedState = [this] {
        QFile state(stateFile());
        if (!state.open(QIODevice::ReadOnly))
            return QString();
        const QJsonArray downloads
            = QJsonDocument::fromJson(state.readAll()).object().value(u"downloads"_s).toArray();
        return downloads.size() == 1 ? downloads.at(0).toObject().value(u"state"_s).toString() : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(savedState(), u"done"_s, waitMs);
}

void TestDownloadManager::saveIntoAMissingFolderFails()
{
    auto manager = makeManager(false);
    const QString path = m_state->filePath(u"missing/downloads.json"_s);
    manager->setStateFile(path);
    QString error;
    QVERIFY(!manager->save(&error));
    QVERIFY2(error.startsWith(u"Cannot save the download queue to %1: "_s.arg(path)), qPrintable(error));
    QVERIFY(QDir(m_state->path()).mkdir(u"missing"_s));
    QVERIFY2(manager->save(&error), qPrintable(error));
    QVERIFY(QFile::exists(path));
}

void TestDownloadManager::connectionsPerDownloadAreKeptInTheQueue()
{
    const File file = registerFile(m_files, u"m/connections/big.bak"_s, 2 * MiB);
    bb::sandbox::FileFaultPlan plan;
    plan.bytesPerSecond = int(1 * MiB); // still running when the app quits
    host().faults().set(plan);
    {
        auto manager = makeManager();
        manager->setConnectionsPerDownload(99);
        QCOMPARE(manager->connectionsPerDownload(), 16); // clamped
        manager->setConnectionsPerDownload(2);
        manager->add(bb::test::identityFor(file, host().crc64Decimal(file)), options());
        QCOMPARE(manager->task(0)->options().connections, 2); // the manager's, not the options' 4
        QString error;
        QVERIFY2(manager->save(&error), qPrintable(error));
    }
    host().faults().set({});
    auto manager = makeManager(); // its own default is 4
    QString error;
    QVERIFY2(manager->load(&error), qPrintable(error));
    QCOMPARE(manager->count(), 1);
    QCOMPARE(manager->task(0)->options().connections, 2);
}

// The downloads panel's per-row choice: refused while the download runs (its ranges are in
// flight), taken while paused, kept in the queue file, used when it resumes, and the file
// still ends byte-identical.
void TestDownloadManager::oneDownloadsConnectionsChangeWhileItIsNotRunning()
{
    const File file = registerFile(m_files, u"m/connections/one.bak"_s, 32 * MiB);
    bb::sandbox::FileFaultPlan plan;
    plan.bytesPerSecond = int(4 * MiB);
    host().faults().set(plan);
    QString id;
    {
        auto manager = makeManager();
        id = manager->add(bb::test::identityFor(file, host().crc64Decimal(file)), options());
        QTRY_VERIFY_WITH_TIMEOUT(manager->task(0)->progress().received > 256 * KiB, waitMs);
        QVERIFY(!manager->setConnections(id, 1));
        QCOMPARE(manager->task(0)->options().connections, 4);
        manager->pause(id);
        QTRY_COMPARE_WITH_TIMEOUT(bb::toString(manager->task(0)->state()),
                                  bb::toString(DownloadState::Paused), waitMs);
        QSignalSpy changed(manager.get(), &bb::DownloadManager::taskChanged);
        QVERIFY(manager->setConnections(id, 99));
        QCOMPARE(manager->task(0)->options().connections, 16); // clamped
        QVERIFY(manager->setConnections(id, 1));
        QCOMPARE(manager->task(0)->options().connections, 1);
        QVERIFY(!changed.isEmpty());
        QVERIFY(!manager->setConnections(u"no-such-id"_s, 2));
        QString error;
        QVERIFY2(manager->save(&error), qPrintable(error));
    }
    host().faults().set({});
    host().faults().clearLog();
    auto manager = makeManager();
    QVERIFY(manager->load());
    QCOMPARE(manager->task(0)->options().connections, 1);
    QSignalSpy finished(manager.get(), &bb::DownloadManager::downloadFinished);
    manager->resume(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, waitMs);
    QCOMPARE(bb::test::digestOf(finished.first().at(1).toString()).crc, host().crc64(file));
}

BB_TEST_GUILESS_MAIN(TestDownloadManager)
#include "tst_downloadmanager.moc"
