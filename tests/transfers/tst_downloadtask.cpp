#include "downloadtestsupport.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"
#include "transfers/bandwidthlimiter.h"
#include "transfers/downloadtask.h"
#include "transfers/partsidecar.h"
#include "transfers/partwriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <future>

using namespace Qt::StringLiterals;
using bb::DownloadError;
using bb::DownloadState;
using bb::sandbox::FileFaultPlan;
using File = bb::sandbox::FileHost::File;

namespace {
constexpr qint64 MiB = 1024 * 1024;
// How long a step may take before the test calls it hung; a passing step returns at once. Generous:
// the sanitizer build with slow unwinding on a loaded machine took 22 s for one TLS refusal.
constexpr int waitMs = 90000;

// A slow disk: holds a task's writer thread (everything queued there after it waits) until
// released, at the latest when it goes out of scope (declare it after the task).
class WriterHold
{
public:
    explicit WriterHold(const bb::DownloadTask &task)
    {
        auto *writer = task.findChild<bb::PartWriter *>();
        Q_ASSERT(writer);
        writer->later([released = m_release.get_future().share(), reached = m_reached] {
            *reached = true;
            released.wait();
        });
    }
    ~WriterHold() { release(); }
    Q_DISABLE_COPY_MOVE(WriterHold)

    bool reached() const { return *m_reached; }
    void release()
    {
        if (!m_released) {
            m_released = true;
            m_release.set_value();
        }
    }

private:
    std::promise<void> m_release;
    std::shared_ptr<std::atomic<bool>> m_reached = std::make_shared<std::atomic<bool>>(false);
    bool m_released = false;
};
} // namespace

// DownloadTask over real sockets against the sandbox's file host (HTTP and HTTPS), one fault at a
// time; every success is checked byte for byte (size and CRC-64 of the generated content).
class TestDownloadTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void downloads_data();
    void downloads();
    void dropResumesWithRange_data();
    void dropResumesWithRange();
    void stallRetries();
    void serverErrorRetries();
    void ignoredRangeRestartsFromZero();
    void wrongHeaderChecksumFails();
    void wrongProviderChecksumFails();
    void expireNowReResolvesAndContinues();
    void notFoundStartsFresh();
    void rangeNotSatisfiableStartsFresh();
    void resumesFromSidecarWithoutRereading();
    void resumeRebuildsCrcWithoutSidecar();
    void rebuildReadsOnTheWritersThread();
    void pauseWhileRebuildingResumes();
    void existingTargetGetsNumberedName_data();
    void existingTargetGetsNumberedName();
    void existingTargetAskStops();
    void existingTargetOverwrite();
    void internalUnreachableFallsBack();
    void internalUnreachableWithoutFallbackFails();
    void tooManyFailuresKeepsPart();
    void notEnoughFreeSpace();
    void untrustedTlsIsFatal();
    void pauseAndResume();
    void bandwidthLimitSlowsDown();
    void progressIsThrottled();
    void cancelRemovesPart();
    void cancelRemovesOnTheWritersThread();
    void finishedOnlyAfterTheRename();
    void pauseWithABusyDiskResumesFromTheFinalSidecar();
    void renameFailureIsAFileError();
    void redirectGoesThroughQnam();
    void partThatCannotBeOpenedFails();
    // Over several connections (ParallelRanges).
    void rangesOverSeveralConnections_data();
    void rangesOverSeveralConnections();
    void smallFileUsesOneConnection();
    void oneRangesConnectionCutResumesThatRange();
    void rangesResumeFromTheirSidecar();
    void urlExpiryWithRangesInFlightRenewsThemAll();
    void hostIgnoringRangeFallsBackToOneConnection();
    void wrongChecksumOverRangesIsCaughtWithoutRereading();
    void oldSidecarStillResumesOverOneConnection();
    void rangesThatKeepFailingAreBounded();
    void pauseAndResumeOverRanges();

private:
    // fastOptions() over up to four connections with ranges from 256 KiB.
    bb::DownloadOptions rangeOptions() const;
    std::unique_ptr<bb::DownloadTask> makeTask(const File &file, bool tls, bb::DownloadOptions options = {},
                                               bb::DownloadIdentity identity = {});
    bb::DownloadOptions fastOptions() const;
    // `file` served at 1 MiB/s over HTTP, started and past its first 50,000 bytes (null when it
    // never got there).
    std::unique_ptr<bb::DownloadTask> startSlowDownload(const File &file);
    void verifyIdentical(const QString &path, const File &file);
    bb::sandbox::FileHost &host() { return m_fixture->sandbox().fileHost(); }

    std::unique_ptr<bb::test::SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<bb::FunctionUrlResolver> m_resolver;
    int m_counter = 0;
};

void TestDownloadTask::initTestCase()
{
    m_fixture = std::make_unique<bb::test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TestDownloadTask::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    host().faults().set({});
    host().faults().clearLog();
}

void TestDownloadTask::cleanup()
{
    host().faults().set({});
    m_resolver.reset();
}

bb::DownloadOptions TestDownloadTask::fastOptions() const
{
    bb::DownloadOptions options;
    options.folder = m_dir->path();
    // Long: a loaded machine can pause a transfer for seconds, and a stall retry would change the
    // attempt counts the tests compare. stallRetries() sets its own short one.
    options.stallTimeoutMs = 30000;
    options.backoffBaseMs = 20;
    options.backoffMaxMs = 100;
    options.checkpointIntervalMs = 100;
    return options;
}

bb::DownloadOptions TestDownloadTask::rangeOptions() const
{
    bb::DownloadOptions options = fastOptions();
    options.connections = 4;
    options.minRangeBytes = 256 * 1024;
    options.oneConnectionEnoughBytesPerSecond = 0; // loopback is fast: several connections anyway
    return options;
}

std::unique_ptr<bb::DownloadTask> TestDownloadTask::startSlowDownload(const File &file)
{
    FileFaultPlan plan;
    plan.bytesPerSecond = 1 * MiB;
    host().faults().set(plan);
    auto task = makeTask(file, false);
    task->start();
    if (!QTest::qWaitFor([&] { return task->progress().received > 50000; }, waitMs))
        return {};
    return task;
}

std::unique_ptr<bb::DownloadTask> TestDownloadTask::makeTask(const File &file, bool tls,
                                                             bb::DownloadOptions options,
                                                             bb::DownloadIdentity identity)
{
    if (options.folder.isEmpty())
        options = fastOptions();
    if (!identity.isValid())
        identity = bb::test::identityFor(file, host().crc64Decimal(file));
    m_resolver = bb::test::hostResolver(host(), file, tls);
    auto task
        = std::make_unique<bb::DownloadTask>(&m_fixture->network(), m_resolver.get(), identity, options);
    task->setSslConfiguration(m_fixture->sandbox().clientSslConfiguration());
    return task;
}

void TestDownloadTask::verifyIdentical(const QString &path, const File &file)
{
    const auto digest = bb::test::digestOf(path);
    QCOMPARE(digest.size, file.size);
    QCOMPARE(digest.crc, host().crc64(file));
    QVERIFY(!QFile::exists(bb::PartSidecar::partPath(path)));
    // Removed on the writer's thread, shortly after the task finished.
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(bb::PartSidecar::sidecarPath(path)), waitMs);
}

static bool settled(const bb::DownloadTask &task)
{
    return task.state() == DownloadState::Done || task.state() == DownloadState::Failed
        || task.state() == DownloadState::Paused;
}

#define WAIT_SETTLED(task) QTRY_VERIFY_WITH_TIMEOUT(settled(*(task)), waitMs)
#define EXPECT_DONE(task)                                                                                    \
    do {                                                                                                     \
        WAIT_SETTLED(task);                                                                                  \
        QVERIFY2((task)->state() == DownloadState::Done, qPrintable((task)->errorString()));                 \
    } while (false)

void TestDownloadTask::downloads_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<qint64>("size");
    QTest::newRow("http 3 MiB") << false << 3 * MiB;
    QTest::newRow("https 3 MiB") << true << 3 * MiB;
    QTest::newRow("https odd size") << true << qint64(1234567);
    QTest::newRow("http empty") << false << qint64(0);
}

void TestDownloadTask::downloads()
{
    QFETCH(bool, tls);
    QFETCH(qint64, size);
    const File file = bb::test::sandboxFile(u"t/plain-%1/backup.bak"_s.arg(++m_counter), size);
    auto task = makeTask(file, tls);
    QSignalSpy finished(task.get(), &bb::DownloadTask::finished);
    QSignalSpy states(task.get(), &bb::DownloadTask::stateChanged);
    task->start();
    EXPECT_DONE(task);
    QCOMPARE(finished.size(), 1);
    const QString path = finished.first().first().toString();
    QCOMPARE(path, QDir(m_dir->path()).filePath(u"backup.bak"_s));
    verifyIdentical(path, file);
    // queued → resolving → downloading → verifying → done, in that order.
    QList<DownloadState> seen;
    for (const auto &args : states)
        seen << args.first().value<DownloadState>();
    QVERIFY(seen.indexOf(DownloadState::Resolving) < seen.indexOf(DownloadState::Downloading));
    QVERIFY(seen.indexOf(DownloadState::Downloading) < seen.indexOf(DownloadState::Verifying));
    QCOMPARE(bb::toString(seen.last()), bb::toString(DownloadState::Done));
    QCOMPARE(task->progress().received, size);
}

void TestDownloadTask::dropResumesWithRange_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void TestDownloadTask::dropResumesWithRange()
{
    QFETCH(bool, tls);
    const File file = bb::test::sandboxFile(u"t/drop-%1/backup.bak"_s.arg(tls), 3 * MiB);
    // More drops than Qt 6.4's own silent re-sends (two per request, from the request's start)
    // can absorb, so the task's reconnect with Range is exercised too.
    FileFaultPlan plan;
    plan.dropNext = 5;
    plan.dropAfterBytes = 512 * 1024;
    host().faults().set(plan);
    auto task = makeTask(file, tls);
    task->start();
    EXPECT_DONE(task);
    verifyIdentical(task->targetPath(), file);
    const auto ranges = host().faults().rangeLog();
    QCOMPARE(ranges.first(), QByteArray());
    QVERIFY2(ranges.contains("bytes=524288-"), ranges.join(' ').constData());
    QVERIFY(task->attempts() >= 2);
    QCOMPARE(host().faults().plan().dropNext, 0);
}

void TestDownloadTask::stallRetries()
{
    const File file = bb::test::sandboxFile(u"t/stall/backup.bak"_s, 2 * MiB);
    FileFaultPlan plan;
    plan.stallNext = 1;
    plan.stallAfterBytes = 300000;
    host().faults().set(plan);
    bb::DownloadOptions options = fastOptions();
    options.stallTimeoutMs = 600;
    auto task = makeTask(file, false, options);
    QElapsedTimer clock;
    clock.start();
    task->start();
    EXPECT_DONE(task);
    QVERIFY(clock.elapsed() >= 500); // it waited for the stall timeout
    verifyIdentical(task->targetPath(), file);
    const auto ranges = host().faults().rangeLog();
    QCOMPARE(ranges.size(), 2);
    QCOMPARE(ranges.at(1), QByteArray("bytes=300000-"));
}

void TestDownloadTask::serverErrorRetries()
{
    const File file = bb::test::sandboxFile(u"t/5xx/backup.bak"_s, 1 * MiB);
    FileFaultPlan plan;
    plan.serverErrorNext = 2;
    host().faults().set(plan);
    auto task = makeTask(file, true);
    task->start();
    EXPECT_DONE(task);
    QCOMPARE(task->attempts(), 3);
    verifyIdentical(task->targetPath(), file);
}

void TestDownloadTask::ignoredRangeRestartsFromZero()
{
    const File file = bb::test::sandboxFile(u"t/norange/backup.bak"_s, 2 * MiB);
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    QVERIFY(bb::test::writePart(host(), file, bb::PartSidecar::partPath(target), 700000));
    FileFaultPlan plan;
    plan.ignoreRangeNext = 1;
    host().faults().set(plan);
    auto task = makeTask(file, false);
    task->start();
    EXPECT_DONE(task);
    QCOMPARE(task->attempts(), 1); // the 200 answer itself was taken from byte zero
    QCOMPARE(host().faults().rangeLog(), QList<QByteArray> {"bytes=700000-"});
    verifyIdentical(target, file);
}

void TestDownloadTask::wrongHeaderChecksumFails()
{
    const File file = bb::test::sandboxFile(u"t/badcrc/backup.bak"_s, 1 * MiB);
    FileFaultPlan plan;
    plan.wrongChecksumNext = 1;
    host().faults().set(plan);
    // No provider checksum: the host's x-cos-hash-crc64ecma header is what catches it.
    auto task = makeTask(file, true, {}, bb::test::identityFor(file));
    QSignalSpy failed(task.get(), &bb::DownloadTask::failed);
    task->start();
    WAIT_SETTLED(task);
    QCOMPARE(bb::toString(task->state()), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(task->error()), bb::toString(DownloadError::ChecksumMismatch));
    QCOMPARE(failed.size(), 1);
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    QVERIFY(!QFile::exists(target));
    QVERIFY(QFile::exists(bb::PartSidecar::partPath(target)));
    QCOMPARE(QFileInfo(bb::PartSidecar::partPath(target)).size(), file.size);

    // A retry starts over (the kept bytes are suspect) and, with an honest header, succeeds.
    task->start();
    EXPECT_DONE(task);
    QCOMPARE(host().faults().rangeLog().last(), QByteArray());
    verifyIdentical(target, file);
}

void TestDownloadTask::wrongProviderChecksumFails()
{
    const File file = bb::test::sandboxFile(u"t/badlisting/backup.bak"_s, 1 * MiB);
    const QString wrong = QString::number(host().crc64(file) ^ 1);
    auto task = makeTask(file, false, {}, bb::test::identityFor(file, wrong));
    task->start();
    WAIT_SETTLED(task);
    QCOMPARE(bb::toString(task->error()), bb::toString(DownloadError::ChecksumMismatch));
    QVERIFY(task->errorString().contains(wrong));
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    QVERIFY(!QFile::exists(target));
    QVERIFY(QFile::exists(bb::PartSidecar::partPath(target)));
}

void TestDownloadTask::expireNowReResolvesAndContinues()
{
    const File file = bb::test::sandboxFile(u"t/expire/backup.bak"_s, 1 * MiB);
    FileFaultPlan plan;
    plan.dropNext = 1;
    plan.dropAfterBytes = 400000;
    plan.bytesPerSecond = 1 * MiB; // the first progress report (and the revocation) precede the drop
    host().faults().set(plan);
    auto task = makeTask(file, true);
    bool expired = false;
    connect(task.get(), &bb::DownloadTask::progressChanged, this, [&](const bb::DownloadProgress &progress) {
        if (!expired && progress.received > 0) {
            expired = true; // every URL minted so far now answers 403 "Request has expired"
            host().faults().expireAllNow();
        }
    });
    task->start();
    EXPECT_DONE(task);
    QVERIFY(expired);
    QCOMPARE(m_resolver->calls(), 2);
    const auto ranges = host().faults().rangeLog();
    QCOMPARE(ranges.size(), 3); // first GET, the refused resume, the resume with a fresh URL
    QCOMPARE(ranges.at(1), QByteArray("bytes=400000-"));
    QCOMPARE(ranges.at(2), QByteArray("bytes=400000-"));
    verifyIdentical(task->targetPath(), file);
}

void TestDownloadTask::notFoundStartsFresh()
{
    const File file = bb::test::sandboxFile(u"t/404/backup.bak"_s, 1 * MiB);
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    QVERIFY(bb::test::writePart(host(), file, bb::PartSidecar::partPath(target), 300000));
    FileFaultPlan plan;
    plan.notFoundNext = 1;
    host().faults().set(plan);
    auto task = makeTask(file, false);
    task->start();
    EXPECT_DONE(task);
    QCOMPARE(host().faults().rangeLog(), (QList<QByteArray> {"bytes=300000-", ""}));
    QCOMPARE(m_resolver->calls(), 2);
    verifyIdentical(target, file);
}

void TestDownloadTask::rangeNotSatisfiableStartsFresh()
{
    const File file = bb::test::sandboxFile(u"t/416/backup.bak"_s, 1 * MiB);
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    QVERIFY(bb::test::writePart(host(), file, bb::PartSidecar::partPath(target), 300000));
    FileFaultPlan plan;
    plan.rangeNotSatisfiableNext = 1;
    host().faults().set(plan);
    auto task = makeTask(file, true);
    task->start();
    EXPECT_DONE(task);
    QCOMPARE(host().faults().rangeLog(), (QList<QByteArray> {"bytes=300000-", ""}));
    verifyIdentical(target, file);
}

void TestDownloadTask::resumesFromSidecarWithoutRereading()
{
    const File file = bb::test::sandboxFile(u"t/sidecar/backup.bak"_s, 2 * MiB);
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    const qint64 have = 1000000;
    QVERIFY(bb::test::writePart(host(), file, bb::PartSidecar::partPath(target), have));
    bb::ResumeState state;
    state.identity = bb::test::identityFor(file, host().crc64Decimal(file));
    state.crcBytes = have;
    state.crcValue = bb::Crc64::of(host().content(file, 0, have));
    QVERIFY(bb::PartSidecar::write(target, state));
    auto task = makeTask(file, false);
    QSignalSpy states(task.get(), &bb::DownloadTask::stateChanged);
    task->start();
    EXPECT_DONE(task);
    QCOMPARE(host().faults().rangeLog(), QList<QByteArray> {"bytes=1000000-"});
    // No "checking the partial file" pass: straight from resolving to downloading.
    QCOMPARE(bb::toString(states.first().first().value<DownloadState>()),
             bb::toString(DownloadState::Resolving));
    verifyIdentical(target, file);
}

void TestDownloadTask::resumeRebuildsCrcWithoutSidecar()
{
    const File file = bb::test::sandboxFile(u"t/nosidecar/backup.bak"_s, 2 * MiB);
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    QVERIFY(bb::test::writePart(host(), file, bb::PartSidecar::partPath(target), 1500000));
    auto task = makeTask(file, true);
    task->start();
    EXPECT_DONE(task);
    QCOMPARE(host().faults().rangeLog(), QList<QByteArray> {"bytes=1500000-"});
    verifyIdentical(target, file); // the CRC over re-read bytes + new bytes matched the host's
}

// The uncovered bytes of a .part are re-read on the writer's thread (each 8 MiB slice waited for
// the disk on the GUI thread): with that thread held, the task stays Verifying and asks for
// nothing; once free, it resumes where the .part ends.
void TestDownloadTask::rebuildReadsOnTheWritersThread()
{
    const File file = bb::test::sandboxFile(u"t/rebuild-slow/backup.bak"_s, 2 * MiB);
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    QVERIFY(bb::test::writePart(host(), file, bb::PartSidecar::partPath(target), 1500000));
    auto task = makeTask(file, false);
    std::unique_ptr<WriterHold> hold; // after the task: released before the task goes
    connect(task.get(), &bb::DownloadTask::stateChanged, this, [&](DownloadState state) {
        if (state == DownloadState::Verifying && !hold)
            hold = std::make_unique<WriterHold>(*task);
    });
    task->start();
    QTRY_VERIFY_WITH_TIMEOUT(hold && hold->reached(), waitMs);
    QTest::qWait(100);
    QCOMPARE(bb::toString(task->state()), bb::toString(DownloadState::Verifying));
    QVERIFY(host().faults().rangeLog().isEmpty());
    hold->release();
    EXPECT_DONE(task);
    QCOMPARE(host().faults().rangeLog(), QList<QByteArray> {"bytes=1500000-"});
    verifyIdentical(target, file);
}

// Paused while re-reading: the re-read stops, no sidecar is written for the half-read state, and
// the next start() re-reads and resumes where the .part ends.
void TestDownloadTask::pauseWhileRebuildingResumes()
{
    const File file = bb::test::sandboxFile(u"t/rebuild-pause/backup.bak"_s, 24 * MiB);
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    const qint64 have = 20 * MiB;
    QVERIFY(bb::test::writePart(host(), file, bb::PartSidecar::partPath(target), have));
    auto task = makeTask(file, true);
    int checks = 0;
    connect(task.get(), &bb::DownloadTask::stateChanged, this, [&](DownloadState state) {
        if (state == DownloadState::Verifying && ++checks == 1)
            task->pause(); // from the slot: before the writer's thread can have read it all
    });
    task->start();
    QCOMPARE(bb::toString(task->state()), bb::toString(DownloadState::Paused));
    QCOMPARE(task->statusText(), QString());
    task->findChild<bb::PartWriter *>()->waitForIdle();
    QVERIFY(!bb::PartSidecar::read(target).has_value());
    task->start();
    EXPECT_DONE(task);
    QCOMPARE(host().faults().rangeLog(), QList<QByteArray> {"bytes=" + QByteArray::number(have) + '-'});
    verifyIdentical(target, file);
}

void TestDownloadTask::existingTargetGetsNumberedName_data()
{
    QTest::addColumn<QString>("existingName");
    QTest::newRow("same name") << u"x.bak"_s;
    // One file on Windows and macOS, so taken on Linux too (docs/portability.md).
    QTest::newRow("other case") << u"X.BAK"_s;
}

void TestDownloadTask::existingTargetGetsNumberedName()
{
    QFETCH(QString, existingName);
    const File file = bb::test::sandboxFile(u"t/exists/x.bak"_s, 100000);
    QFile existing(QDir(m_dir->path()).filePath(existingName));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("precious");
    existing.close();
    auto task = makeTask(file, false);
    task->start();
    EXPECT_DONE(task);
    QCOMPARE(task->targetPath(), QDir(m_dir->path()).filePath(u"x-1.bak"_s));
    verifyIdentical(task->targetPath(), file);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("precious"));
}

void TestDownloadTask::existingTargetAskStops()
{
    const File file = bb::test::sandboxFile(u"t/ask/x.bak"_s, 100000);
    QFile existing(QDir(m_dir->path()).filePath(u"x.bak"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("precious");
    existing.close();
    bb::DownloadOptions options = fastOptions();
    options.overwrite = bb::OverwritePolicy::Ask;
    auto task = makeTask(file, false, options);
    task->start();
    WAIT_SETTLED(task);
    QCOMPARE(bb::toString(task->error()), bb::toString(DownloadError::TargetExists));
    QVERIFY(host().faults().rangeLog().isEmpty()); // asked before a single byte
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("precious"));
    existing.close();

    // The user says "overwrite": the same task retries and replaces the file.
    options.overwrite = bb::OverwritePolicy::Overwrite;
    task->setOptions(options);
    task->start();
    EXPECT_DONE(task);
    QCOMPARE(task->targetPath(), existing.fileName());
    verifyIdentical(existing.fileName(), file);
}

void TestDownloadTask::existingTargetOverwrite()
{
    const File file = bb::test::sandboxFile(u"t/overwrite/x.bak"_s, 200000);
    QFile existing(QDir(m_dir->path()).filePath(u"x.bak"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old");
    existing.close();
    bb::DownloadOptions options = fastOptions();
    options.overwrite = bb::OverwritePolicy::Overwrite;
    auto task = makeTask(file, true, options);
    task->start();
    EXPECT_DONE(task);
    verifyIdentical(existing.fileName(), file);
}

void TestDownloadTask::internalUnreachableFallsBack()
{
    const File file = bb::test::sandboxFile(u"t/internal/backup.bak"_s, 500000);
    bb::DownloadOptions options = fastOptions();
    options.network = bb::DownloadNetwork::Internal;
    options.fallbackToExternal = true;
    auto task = makeTask(file, true, options);
    QSignalSpy notes(task.get(), &bb::DownloadTask::statusTextChanged);
    task->start();
    EXPECT_DONE(task);
    QVERIFY(task->usedFallback());
    bool said = false;
    for (const auto &args : notes)
        said = said || args.first().toString().contains(u"internal"_s, Qt::CaseInsensitive);
    QVERIFY(said);
    verifyIdentical(task->targetPath(), file);
}

void TestDownloadTask::internalUnreachableWithoutFallbackFails()
{
    const File file = bb::test::sandboxFile(u"t/internal-only/backup.bak"_s, 500000);
    bb::DownloadOptions options = fastOptions();
    options.network = bb::DownloadNetwork::Internal;
    options.fallbackToExternal = false;
    auto task = makeTask(file, false, options);
    task->start();
    WAIT_SETTLED(task);
    QCOMPARE(bb::toString(task->error()), bb::toString(DownloadError::InternalUnreachable));
    QVERIFY(task->errorString().contains(u"internal"_s, Qt::CaseInsensitive));
    QVERIFY(!task->errorString().contains(u"Signature"_s)); // the signed query is masked
}

void TestDownloadTask::tooManyFailuresKeepsPart()
{
    const File file = bb::test::sandboxFile(u"t/giveup/backup.bak"_s, 1 * MiB);
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    QVERIFY(bb::test::writePart(host(), file, bb::PartSidecar::partPath(target), 200000));
    FileFaultPlan plan;
    plan.serverErrorNext = 100;
    host().faults().set(plan);
    bb::DownloadOptions options = fastOptions();
    options.maxAttempts = 3;
    auto task = makeTask(file, false, options);
    task->start();
    WAIT_SETTLED(task);
    QCOMPARE(bb::toString(task->state()), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(task->error()), bb::toString(DownloadError::Network));
    QCOMPARE(task->attempts(), 3);
    QVERIFY(task->errorString().contains(u"503"_s));
    QCOMPARE(QFileInfo(bb::PartSidecar::partPath(target)).size(), 200000);
    QVERIFY(QFile::exists(bb::PartSidecar::sidecarPath(target)));
    QVERIFY(!QFile::exists(target));
}

void TestDownloadTask::notEnoughFreeSpace()
{
    const File file = bb::test::sandboxFile(u"t/huge/backup.bak"_s, 1 * MiB);
    bb::DownloadIdentity identity = bb::test::identityFor(file);
    identity.expectedSize = qint64(1) << 60; // an exabyte: no disk has that
    auto task = makeTask(file, false, {}, identity);
    task->start();
    WAIT_SETTLED(task);
    QCOMPARE(bb::toString(task->error()), bb::toString(DownloadError::DiskFull));
    QVERIFY(task->errorString().contains(u"free space"_s));
    QVERIFY(host().faults().rangeLog().isEmpty());
}

void TestDownloadTask::untrustedTlsIsFatal()
{
    const File file = bb::test::sandboxFile(u"t/tls/backup.bak"_s, 100000);
    // A network of its own: Qt would otherwise reuse a connection another test already trusted.
    QNetworkAccessManager network;
    m_resolver = bb::test::hostResolver(host(), file, true);
    auto task = std::make_unique<bb::DownloadTask>(&network, m_resolver.get(), bb::test::identityFor(file),
                                                   fastOptions());
    task->setSslConfiguration(QSslConfiguration::defaultConfiguration()); // sandbox cert not trusted
    task->start();
    WAIT_SETTLED(task);
    QCOMPARE(bb::toString(task->error()), bb::toString(DownloadError::Tls));
    QCOMPARE(task->attempts(), 1); // never retried
}

void TestDownloadTask::pauseAndResume()
{
    const File file = bb::test::sandboxFile(u"t/pause/backup.bak"_s, 1 * MiB);
    FileFaultPlan plan;
    plan.bytesPerSecond = 2 * MiB;
    host().faults().set(plan);
    auto task = makeTask(file, false);
    task->start();
    QTRY_VERIFY_WITH_TIMEOUT(task->progress().received > 100000, waitMs);
    task->pause();
    QCOMPARE(bb::toString(task->state()), bb::toString(DownloadState::Paused));
    const QString target = task->targetPath();
    // The writer thread may still hold chunks at pause(): the sidecar it writes after them covers
    // them all. (Waiting for a sidecar that matches the .part's size could catch a periodic one
    // written between two of those chunks.)
    task->findChild<bb::PartWriter *>()->waitForIdle();
    QVERIFY(bb::PartSidecar::read(target).has_value());
    QCOMPARE(bb::PartSidecar::read(target)->crcBytes, QFileInfo(bb::PartSidecar::partPath(target)).size());
    const qint64 kept = bb::PartSidecar::read(target)->crcBytes;
    QVERIFY(kept > 0);
    host().faults().set({});
    task->start();
    EXPECT_DONE(task);
    QCOMPARE(host().faults().rangeLog().last(), "bytes=" + QByteArray::number(kept) + '-');
    verifyIdentical(target, file);
}

void TestDownloadTask::bandwidthLimitSlowsDown()
{
    const File file = bb::test::sandboxFile(u"t/limit/backup.bak"_s, 1 * MiB);
    bb::BandwidthLimiter limiter;
    limiter.setLimit(2 * MiB);
    auto task = makeTask(file, true);
    task->setBandwidthLimiter(&limiter);
    QElapsedTimer clock;
    clock.start();
    task->start();
    QTRY_VERIFY_WITH_TIMEOUT(task->progress().received > 300000, waitMs);
    limiter.setLimit(4 * MiB); // changed while running
    EXPECT_DONE(task);
    // 1 MiB at 2-4 MiB/s (with a quarter-second burst) cannot take less than ~0.25 s.
    QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
    verifyIdentical(task->targetPath(), file);
}

void TestDownloadTask::progressIsThrottled()
{
    const File file = bb::test::sandboxFile(u"t/progress/backup.bak"_s, 1 * MiB);
    FileFaultPlan plan;
    plan.bytesPerSecond = 2 * MiB;
    host().faults().set(plan);
    auto task = makeTask(file, false);
    QSignalSpy progress(task.get(), &bb::DownloadTask::progressChanged);
    QElapsedTimer clock;
    clock.start();
    task->start();
    EXPECT_DONE(task);
    const qint64 ms = clock.elapsed();
    // At most ~10 a second (plus the final one), however many reads happened.
    QVERIFY2(progress.size() <= ms / 100 + 3, qPrintable(u"%1 in %2 ms"_s.arg(progress.size()).arg(ms)));
    const auto last = progress.last().first().value<bb::DownloadProgress>();
    QCOMPARE(last.received, file.size);
    QCOMPARE(last.percent, 100);
}

void TestDownloadTask::cancelRemovesPart()
{
    auto task = startSlowDownload(bb::test::sandboxFile(u"t/cancel/backup.bak"_s, 1 * MiB));
    QVERIFY(task);
    const QString target = task->targetPath();
    task->cancel();
    QCOMPARE(bb::toString(task->state()), bb::toString(DownloadState::Cancelled));
    // Removed on the writer's thread, after what was queued there (the .part first).
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(bb::PartSidecar::partPath(target)), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(bb::PartSidecar::sidecarPath(target)), waitMs);
    QVERIFY(!QFile::exists(target));
}

// cancel() leaves the unlinks to the writer's thread (they waited in ext4's discard on the GUI
// thread): with that thread held by a slow disk the task is Cancelled at once and the .part goes
// once it is free. A new download of the same file meanwhile never resumes into that .part.
void TestDownloadTask::cancelRemovesOnTheWritersThread()
{
    const File file = bb::test::sandboxFile(u"t/cancel-slow/backup.bak"_s, 1 * MiB);
    auto task = startSlowDownload(file);
    QVERIFY(task);
    const QString target = task->targetPath();
    WriterHold hold(*task);
    task->cancel();
    QCOMPARE(bb::toString(task->state()), bb::toString(DownloadState::Cancelled));
    QVERIFY(QFile::exists(bb::PartSidecar::partPath(target))); // not removed on this thread

    host().faults().set({});
    host().faults().clearLog();
    const auto resolver = bb::test::hostResolver(host(), file, false);
    bb::DownloadTask again(&m_fixture->network(), resolver.get(),
                           bb::test::identityFor(file, host().crc64Decimal(file)), fastOptions());
    again.start();
    EXPECT_DONE(&again);
    QCOMPARE(host().faults().rangeLog(), QList<QByteArray> {QByteArray()}); // from byte zero
    verifyIdentical(again.targetPath(), file);

    hold.release();
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(bb::PartSidecar::partPath(target)), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(bb::PartSidecar::sidecarPath(target)), waitMs);
    QVERIFY(!QFile::exists(target) || target == again.targetPath());
}

// The rename of the verified .part runs on the writer's thread: Done and finished() come only
// when it has happened (the file then has its final name, the .part is gone), and neither pause()
// nor cancel() can interrupt it.
void TestDownloadTask::finishedOnlyAfterTheRename()
{
    const File file = bb::test::sandboxFile(u"t/rename-slow/backup.bak"_s, 700000);
    auto task = makeTask(file, true);
    std::unique_ptr<WriterHold> hold; // after the task: released before the task goes
    connect(task.get(), &bb::DownloadTask::stateChanged, this, [&](DownloadState state) {
        if (state == DownloadState::Verifying && !hold)
            hold = std::make_unique<WriterHold>(*task);
    });
    bool finalAtFinish = false;
    connect(task.get(), &bb::DownloadTask::finished, this, [&](const QString &path) {
        finalAtFinish = QFile::exists(path) && !QFile::exists(bb::PartSidecar::partPath(path))
            && task->state() == DownloadState::Done;
    });
    QSignalSpy finished(task.get(), &bb::DownloadTask::finished);
    task->start();
    QTRY_VERIFY_WITH_TIMEOUT(hold && hold->reached(), waitMs);
    QTest::qWait(100);
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    QCOMPARE(bb::toString(task->state()), bb::toString(DownloadState::Verifying));
    QCOMPARE(finished.size(), 0);
    QVERIFY(!QFile::exists(target));
    QCOMPARE(QFileInfo(bb::PartSidecar::partPath(target)).size(), file.size);
    task->pause();
    task->requeue();
    task->cancel();
    QCOMPARE(bb::toString(task->state()), bb::toString(DownloadState::Verifying));

    hold->release();
    EXPECT_DONE(task);
    QCOMPARE(finished.size(), 1);
    QVERIFY(finalAtFinish);
    QCOMPARE(task->targetPath(), target);
    verifyIdentical(target, file);
}

// pause() queues the durable sidecar after the chunks still on their way to a slow disk; a start()
// meanwhile waits for it, then resumes with Range from exactly the bytes it covers.
void TestDownloadTask::pauseWithABusyDiskResumesFromTheFinalSidecar()
{
    const File file = bb::test::sandboxFile(u"t/pause-slow/backup.bak"_s, 1 * MiB);
    FileFaultPlan plan;
    plan.bytesPerSecond = 2 * MiB;
    host().faults().set(plan);
    auto task = makeTask(file, false);
    task->start();
    QTRY_VERIFY_WITH_TIMEOUT(task->progress().received > 100000, waitMs);
    const QString target = task->targetPath();
    auto hold = std::make_unique<WriterHold>(*task);
    QTRY_VERIFY_WITH_TIMEOUT(task->progress().received > 200000, waitMs); // chunks queued behind it
    task->pause();
    QCOMPARE(bb::toString(task->state()), bb::toString(DownloadState::Paused));
    host().faults().set({});
    task->start();
    QTest::qWait(100);
    QCOMPARE(host().faults().rangeLog().size(), 1); // no request while the sidecar is not written
    hold->release();
    EXPECT_DONE(task);
    const auto ranges = host().faults().rangeLog();
    QCOMPARE(ranges.size(), 2);
    QVERIFY2(ranges.last().startsWith("bytes=") && ranges.last() != "bytes=0-", ranges.last().constData());
    const qint64 from = ranges.last().mid(6).chopped(1).toLongLong();
    QVERIFY2(from > 200000, ranges.last().constData()); // the chunks queued behind the hold too
    verifyIdentical(target, file);
}

// A verified file that cannot take its final name is a FileError naming the reason; the .part and
// a sidecar covering all of it stay, and what is in the way is untouched.
void TestDownloadTask::renameFailureIsAFileError()
{
    const File file = bb::test::sandboxFile(u"t/rename-fails/d.bak"_s, 300000);
    const QString target = QDir(m_dir->path()).filePath(u"d.bak"_s);
    QVERIFY(QDir().mkpath(QDir(target).filePath(u"inside"_s))); // a non-empty directory
    bb::DownloadOptions options = fastOptions();
    options.overwrite = bb::OverwritePolicy::Overwrite;
    auto task = makeTask(file, false, options);
    QSignalSpy failed(task.get(), &bb::DownloadTask::failed);
    task->start();
    WAIT_SETTLED(task);
    QCOMPARE(bb::toString(task->state()), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(task->error()), bb::toString(DownloadError::FileError));
    QVERIFY2(task->errorString().startsWith(u"Cannot replace \"%1\": "_s.arg(target)),
             qPrintable(task->errorString()));
    QCOMPARE(failed.size(), 1);
    QVERIFY(QFileInfo(QDir(target).filePath(u"inside"_s)).isDir());
    QCOMPARE(QFileInfo(bb::PartSidecar::partPath(target)).size(), file.size);
    QTRY_VERIFY_WITH_TIMEOUT(bb::PartSidecar::read(target).has_value()
                                 && bb::PartSidecar::read(target)->crcBytes == file.size,
                             waitMs);
}

void TestDownloadTask::redirectGoesThroughQnam()
{
    // The direct socket path leaves redirects to QNAM (and its redirect policy): a plain-HTTP
    // front answers 302 to the sandbox's HTTPS URL; the download must still complete, in one
    // counted attempt, through QNAM.
    const File file = bb::test::sandboxFile(u"t/redirect/backup.bak"_s, 700000);
    const QUrl target = host().signedUrl(file, false, 300, bb::sandbox::FileHost::Cloud::Cos, true);
    QTcpServer front;
    QVERIFY(front.listen(QHostAddress::LocalHost));
    int requests = 0;
    connect(&front, &QTcpServer::newConnection, &front, [&] {
        QTcpSocket *socket = front.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            ++requests;
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + target.toEncoded()
                          + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    const QUrl frontUrl(u"http://127.0.0.1:%1/redirect/backup.bak"_s.arg(front.serverPort()));
    m_resolver = std::make_unique<bb::FunctionUrlResolver>(
        [frontUrl, file](const bb::DownloadIdentity &, bb::ProviderError *) {
            bb::ResolvedSource source;
            source.externalUrl = frontUrl;
            source.size = file.size;
            return source;
        });
    bb::DownloadTask task(&m_fixture->network(), m_resolver.get(),
                          bb::test::identityFor(file, host().crc64Decimal(file)), fastOptions());
    task.setSslConfiguration(m_fixture->sandbox().clientSslConfiguration());
    task.start();
    EXPECT_DONE(&task);
    verifyIdentical(task.targetPath(), file);
    QCOMPARE(requests, 2); // once directly, once by QNAM, which then followed the redirect
    QCOMPARE(task.attempts(), 1);
}

// The writer opens the .part on its own thread; a failure to open still fails the download
// with the path and the reason, and nothing is written.
void TestDownloadTask::partThatCannotBeOpenedFails()
{
    const File file = bb::test::sandboxFile(u"t/noopen/y.bak"_s, 300000);
    bb::DownloadOptions options = fastOptions();
    options.folder = QDir(m_dir->path()).filePath(u"gone"_s);
    QVERIFY(QDir().mkpath(options.folder));
    auto task = makeTask(file, false, options);
    QSignalSpy failed(task.get(), &bb::DownloadTask::failed);
    task->start();
    QVERIFY(QDir(options.folder).removeRecursively()); // before the task gets to open the .part
    WAIT_SETTLED(task);
    QCOMPARE(bb::toString(task->state()), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(task->error()), bb::toString(DownloadError::FileError));
    const QString part = bb::PartSidecar::partPath(QDir(options.folder).filePath(u"y.bak"_s));
    QVERIFY2(task->errorString().startsWith(u"Cannot write \"%1\": "_s.arg(part)),
             qPrintable(task->errorString()));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!QFileInfo::exists(options.folder));
}

// The closed ranges ("bytes=a-b") a host was asked for, in the order asked.
static QList<QByteArray> closedRanges(const QList<QByteArray> &log)
{
    QList<QByteArray> ranges;
    for (const QByteArray &range : log) {
        if (range.startsWith("bytes=") && !range.endsWith('-'))
            ranges << range;
    }
    return ranges;
}

static QByteArray rangeHeader(qint64 first, qint64 last)
{
    return "bytes=" + QByteArray::number(first) + '-' + QByteArray::number(last);
}

void TestDownloadTask::rangesOverSeveralConnections_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void TestDownloadTask::rangesOverSeveralConnections()
{
    QFETCH(bool, tls);
    const File file = bb::test::sandboxFile(u"t/ranges-%1/backup.bak"_s.arg(tls), 3 * MiB + 5);
    auto task = makeTask(file, tls, rangeOptions());
    task->start();
    EXPECT_DONE(task);
    verifyIdentical(task->targetPath(), file);
    // The first range alone (the probe), then the other three: four closed ranges, each once;
    // after them only halves of running ranges (a free connection takes one), inside the file.
    const qint64 s = file.size;
    const auto log = host().faults().rangeLog();
    QCOMPARE(log.mid(0, 4),
             (QList<QByteArray> {rangeHeader(0, s / 4 - 1), rangeHeader(s / 4, s * 2 / 4 - 1),
                                 rangeHeader(s * 2 / 4, s * 3 / 4 - 1), rangeHeader(s * 3 / 4, s - 1)}));
    QCOMPARE(closedRanges(log).size(), log.size());
    QCOMPARE(task->attempts(), log.size());
    QCOMPARE(task->progress().received, file.size);
}

void TestDownloadTask::smallFileUsesOneConnection()
{
    // Below two ranges of minRangeBytes: one connection, as before.
    const File file = bb::test::sandboxFile(u"t/ranges-small/backup.bak"_s, 400 * 1024);
    auto task = makeTask(file, false, rangeOptions());
    task->start();
    EXPECT_DONE(task);
    verifyIdentical(task->targetPath(), file);
    QCOMPARE(host().faults().rangeLog(), QList<QByteArray> {QByteArray()});
}

void TestDownloadTask::oneRangesConnectionCutResumesThatRange()
{
    const File file = bb::test::sandboxFile(u"t/ranges-cut/backup.bak"_s, 4 * MiB);
    FileFaultPlan plan;
    plan.dropNext = 2; // the probe (range 0) and the next range's connection
    plan.dropAfterBytes = 100000;
    host().faults().set(plan);
    auto task = makeTask(file, false, rangeOptions());
    task->start();
    EXPECT_DONE(task);
    verifyIdentical(task->targetPath(), file);
    const auto ranges = closedRanges(host().faults().rangeLog());
    QVERIFY(ranges.size() >= 6); // four ranges, two of them resumed once each (and maybe splits)
    // Range 0 went on from where its connection was cut (up to its end, or to where a free
    // connection took over its second half).
    QVERIFY2(std::any_of(ranges.begin(), ranges.end(),
                         [](const QByteArray &r) { return r.startsWith("bytes=100000-"); }),
             ranges.join(' ').constData());
    // Range 0 went on from its own end, never from its start again.
    QCOMPARE(ranges.count(rangeHeader(0, MiB - 1)), 1);
}

void TestDownloadTask::rangesResumeFromTheirSidecar()
{
    const File file = bb::test::sandboxFile(u"t/ranges-resume/backup.bak"_s, 4 * MiB);
    FileFaultPlan plan;
    plan.bytesPerSecond = 512 * 1024; // per connection
    host().faults().set(plan);
    const bb::DownloadOptions options = rangeOptions();
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    {
        auto task = makeTask(file, false, options);
        task->start();
        QTRY_VERIFY_WITH_TIMEOUT(task->progress().received > 1 * MiB, waitMs);
        // Destroyed like a closing app: the ranges' writers finish and the sidecar says where.
    }
    const auto state = bb::PartSidecar::read(target);
    QVERIFY(state.has_value());
    QCOMPARE(state->ranges.size(), 4);
    qint64 kept = 0;
    for (const bb::RangeState &range : state->ranges)
        kept += range.done;
    QVERIFY(kept > 0);
    host().faults().set({});
    host().faults().clearLog();
    auto task = makeTask(file, false, options);
    task->start();
    EXPECT_DONE(task);
    verifyIdentical(target, file);
    // Every unfinished range went on from its own end, and nothing was asked twice.
    const auto ranges = host().faults().rangeLog();
    for (const bb::RangeState &range : state->ranges) {
        if (range.isComplete())
            continue;
        const QByteArray asked = rangeHeader(range.start + range.done, range.end - 1);
        QVERIFY2(ranges.contains(asked), (asked + " not in " + ranges.join(' ')).constData());
    }
}

void TestDownloadTask::urlExpiryWithRangesInFlightRenewsThemAll()
{
    const File file = bb::test::sandboxFile(u"t/ranges-expire/backup.bak"_s, 4 * MiB);
    FileFaultPlan plan;
    plan.dropNext = 4; // every range's first connection is cut after 300,000 bytes...
    plan.dropAfterBytes = 300000;
    plan.bytesPerSecond = 1 * MiB;
    host().faults().set(plan);
    auto task = makeTask(file, true, rangeOptions());
    bool expired = false;
    connect(task.get(), &bb::DownloadTask::progressChanged, this, [&](const bb::DownloadProgress &progress) {
        if (!expired && progress.received > 0) {
            expired = true; // ...and every URL minted so far answers 403 from now on
            host().faults().expireAllNow();
        }
    });
    task->start();
    EXPECT_DONE(task);
    QVERIFY(expired);
    verifyIdentical(task->targetPath(), file);
    // One fresh URL for all ranges together, however many of them met the 403.
    QCOMPARE(m_resolver->calls(), 2);
    // Every range went on from inside itself (where its bytes on disk ended), none from its start
    // twice.
    const auto ranges = closedRanges(host().faults().rangeLog());
    for (int i = 0; i < 4; ++i) {
        const qint64 start = i * MiB;
        const qint64 last = (i + 1) * MiB - 1;
        QCOMPARE(ranges.count(rangeHeader(start, last)), 1);
        const bool resumed = std::any_of(ranges.begin(), ranges.end(), [&](const QByteArray &range) {
            const qint64 first = range.mid(6, range.indexOf('-') - 6).toLongLong();
            return first > start && range.endsWith('-' + QByteArray::number(last));
        });
        QVERIFY2(resumed, ranges.join(' ').constData());
    }
}

void TestDownloadTask::hostIgnoringRangeFallsBackToOneConnection()
{
    const File file = bb::test::sandboxFile(u"t/ranges-ignored/backup.bak"_s, 3 * MiB);
    FileFaultPlan plan;
    plan.ignoreRangeNext = 1;
    host().faults().set(plan);
    auto task = makeTask(file, false, rangeOptions());
    QSignalSpy texts(task.get(), &bb::DownloadTask::statusTextChanged);
    task->start();
    EXPECT_DONE(task);
    verifyIdentical(task->targetPath(), file);
    // The probe got the whole file (200): no other range was asked, and one GET took the file.
    QCOMPARE(host().faults().rangeLog(),
             (QList<QByteArray> {rangeHeader(0, file.size / 4 - 1), QByteArray()}));
    bool told = false;
    for (const auto &args : texts)
        told = told || args.first().toString().contains(u"one connection"_s);
    QVERIFY(told);
}

void TestDownloadTask::wrongChecksumOverRangesIsCaughtWithoutRereading()
{
    const File file = bb::test::sandboxFile(u"t/ranges-badcrc/backup.bak"_s, 3 * MiB);
    const QString wrong = QString::number(host().crc64(file) ^ 1);
    auto task = makeTask(file, false, rangeOptions(), bb::test::identityFor(file, wrong));
    QSignalSpy texts(task.get(), &bb::DownloadTask::statusTextChanged);
    task->start();
    WAIT_SETTLED(task);
    QCOMPARE(bb::toString(task->error()), bb::toString(DownloadError::ChecksumMismatch));
    // The CRC the message names is the file's real one, combined from the ranges' CRCs: the
    // check read nothing back ("Checking the partial file" is the re-read's status).
    QVERIFY2(task->errorString().contains(host().crc64Decimal(file)), qPrintable(task->errorString()));
    for (const auto &args : texts)
        QVERIFY(!args.first().toString().contains(u"Checking"_s));
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    QVERIFY(!QFile::exists(target));
    QCOMPARE(QFileInfo(bb::PartSidecar::partPath(target)).size(), file.size);
}

void TestDownloadTask::oldSidecarStillResumesOverOneConnection()
{
    // A .part and a version-1 sidecar from before ranges: resumed with "bytes=N-", no re-read.
    const File file = bb::test::sandboxFile(u"t/ranges-v1/backup.bak"_s, 3 * MiB);
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    QVERIFY(bb::test::writePart(host(), file, bb::PartSidecar::partPath(target), 1000000));
    bb::ResumeState state;
    state.identity = bb::test::identityFor(file, host().crc64Decimal(file));
    state.crcBytes = 1000000;
    state.crcValue = bb::Crc64::of(host().content(file, 0, 1000000));
    QVERIFY(bb::PartSidecar::write(target, state));
    auto task = makeTask(file, false, rangeOptions());
    task->start();
    EXPECT_DONE(task);
    verifyIdentical(target, file);
    QCOMPARE(host().faults().rangeLog(), QList<QByteArray> {"bytes=1000000-"});
}

void TestDownloadTask::rangesThatKeepFailingAreBounded()
{
    // Every connection is cut before its first body byte: no range makes progress, and the
    // download gives up after the same bounded number of attempts as over one connection.
    const File file = bb::test::sandboxFile(u"t/ranges-hopeless/backup.bak"_s, 3 * MiB);
    FileFaultPlan plan;
    plan.dropNext = 1000;
    plan.dropAfterBytes = 0;
    host().faults().set(plan);
    const bb::DownloadOptions options = rangeOptions();
    auto task = makeTask(file, false, options);
    task->start();
    WAIT_SETTLED(task);
    QCOMPARE(bb::toString(task->state()), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(task->error()), bb::toString(DownloadError::Network));
    QVERIFY2(task->attempts() <= options.maxTotalAttempts, qPrintable(QString::number(task->attempts())));
    QCOMPARE(host().faults().rangeLog().size(), task->attempts());
    const QString target = QDir(m_dir->path()).filePath(file.fileName);
    QVERIFY(!QFile::exists(target));
    // Nothing arrived: no empty .part, no sidecar left behind (removed on the writer's thread).
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(bb::PartSidecar::partPath(target)), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(bb::PartSidecar::sidecarPath(target)), waitMs);
    QVERIFY(!task->partKept());
}

void TestDownloadTask::pauseAndResumeOverRanges()
{
    const File file = bb::test::sandboxFile(u"t/ranges-pause/backup.bak"_s, 4 * MiB);
    FileFaultPlan plan;
    plan.bytesPerSecond = 512 * 1024; // per connection
    host().faults().set(plan);
    auto task = makeTask(file, true, rangeOptions());
    task->start();
    QTRY_VERIFY_WITH_TIMEOUT(task->progress().received > 1 * MiB, waitMs);
    task->pause();
    QCOMPARE(bb::toString(task->state()), bb::toString(DownloadState::Paused));
    const QString target = task->targetPath();
    // The durable sidecar has the ranges (written on the writer's thread, shortly).
    QTRY_VERIFY_WITH_TIMEOUT(bb::PartSidecar::read(target).has_value()
                                 && bb::PartSidecar::read(target)->ranges.size() >= 4,
                             waitMs);
    // What is on disk for sure (a sidecar never claims more): those ranges must not start over.
    const QList<bb::RangeState> paused = bb::PartSidecar::read(target)->ranges;
    QVERIFY(!task->segments().isEmpty()); // the row's segment map while paused
    qint64 have = 0;
    for (const bb::RangeState &range : paused)
        have += range.done;
    QVERIFY(have > 0);
    host().faults().set({});
    host().faults().clearLog();
    task->start();
    EXPECT_DONE(task);
    verifyIdentical(target, file);
    // Every range that had bytes went on from inside itself, not from its start.
    const auto log = host().faults().rangeLog();
    for (const bb::RangeState &range : paused) {
        if (range.done <= 0)
            continue;
        const QByteArray fromStart = "bytes=" + QByteArray::number(range.start) + '-';
        QVERIFY2(std::none_of(log.begin(), log.end(),
                              [&](const QByteArray &r) { return r.startsWith(fromStart); }),
                 log.join(' ').constData());
    }
}

BB_TEST_GUILESS_MAIN(TestDownloadTask)
#include "tst_downloadtask.moc"
