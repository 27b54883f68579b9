#include "downloadtestsupport.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"
#include "transfers/downloadtask.h"
#include "transfers/partsidecar.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using File = bb::sandbox::FileHost::File;

// A download process killed with SIGKILL in the middle, then resumed in this process: the
// result must be byte-identical, fetched with Range from where the dead process left off.
namespace {

// Starts the helper process on `file` (the job on its stdin: signed URLs stay off the command
// line); `extra` adds to the job (connections, minRangeBytes).
bool startHelper(QProcess &helper, bb::test::SandboxFixture &fixture, const File &file,
                 const bb::DownloadIdentity &identity, const QString &folder, const QJsonObject &extra = {})
{
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(BB_DOWNLOAD_HELPER), {});
    if (!helper.waitForStarted())
        return false;
    QJsonObject job {
        {u"url"_s,
         fixture.sandbox()
             .fileHost()
             .signedUrl(file, false, 300, bb::sandbox::FileHost::Cloud::Cos, true)
             .toString()},
        {u"identity"_s, identity.toJson()},
        {u"folder"_s, folder},
        {u"caPem"_s, QString::fromLatin1(fixture.sandbox().certificatePem())},
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        job.insert(it.key(), it.value());
    helper.write(QJsonDocument(job).toJson(QJsonDocument::Compact) + '\n');
    helper.closeWriteChannel();
    return true;
}

// Resumes the download in this process (faults off, the log cleared) and waits for its end;
// the error message when it failed.
QString resumeHere(bb::test::SandboxFixture &fixture, const File &file, const bb::DownloadIdentity &identity,
                   const bb::DownloadOptions &options)
{
    bb::sandbox::FileHost &host = fixture.sandbox().fileHost();
    host.faults().set({});
    host.faults().clearLog();
    bb::FunctionUrlResolver resolver([&host, file](const bb::DownloadIdentity &, bb::ProviderError *) {
        bb::ResolvedSource source;
        source.externalUrl = host.signedUrl(file, false, 300, bb::sandbox::FileHost::Cloud::Cos, true);
        return source;
    });
    bb::DownloadTask task(&fixture.network(), &resolver, identity, options);
    task.setSslConfiguration(fixture.sandbox().clientSslConfiguration());
    task.start();
    if (!QTest::qWaitFor(
            [&] {
                return task.state() == bb::DownloadState::Done || task.state() == bb::DownloadState::Failed;
            },
            20000))
        return u"not finished in time"_s;
    return task.state() == bb::DownloadState::Done ? QString() : task.errorString();
}

} // namespace

class TestDownloadKill : public QObject
{
    Q_OBJECT

private slots:
    void killedProcessResumes();
    void killedProcessResumesEveryRange();
};

void TestDownloadKill::killedProcessResumes()
{
    bb::test::SandboxFixture fixture;
    QString error;
    QVERIFY2(fixture.start(&error), qPrintable(error));
    bb::sandbox::FileHost &host = fixture.sandbox().fileHost();
    const File file = bb::test::sandboxFile(u"kill/victim.bak"_s, 4 * 1024 * 1024);
    bb::sandbox::FileFaultPlan plan;
    plan.bytesPerSecond = 2 * 1024 * 1024; // slow enough to be killed mid-file
    host.faults().set(plan);
    QTemporaryDir dir;
    const bb::DownloadIdentity identity = bb::test::identityFor(file, host.crc64Decimal(file));

    QProcess helper;
    QVERIFY(startHelper(helper, fixture, file, identity, dir.path()));

    const QString target = QDir(dir.path()).filePath(file.fileName);
    const QString part = bb::PartSidecar::partPath(target);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > 1024 * 1024, 20000);
    helper.kill(); // SIGKILL on Unix, TerminateProcess on Windows: no chance to clean up
    QVERIFY(helper.waitForFinished());
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    const qint64 left = QFileInfo(part).size();
    QVERIFY(left > 0 && left < file.size);
    QVERIFY(!QFile::exists(target));
    QVERIFY(bb::PartSidecar::read(target).has_value());

    bb::DownloadOptions options;
    options.folder = dir.path();
    const QString failure = resumeHere(fixture, file, identity, options);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(host.faults().rangeLog(), QList<QByteArray> {"bytes=" + QByteArray::number(left) + '-'});
    const auto digest = bb::test::digestOf(target);
    QCOMPARE(digest.size, file.size);
    QCOMPARE(digest.crc, host.crc64(file));
}

void TestDownloadKill::killedProcessResumesEveryRange()
{
    bb::test::SandboxFixture fixture;
    QString error;
    QVERIFY2(fixture.start(&error), qPrintable(error));
    bb::sandbox::FileHost &host = fixture.sandbox().fileHost();
    const File file = bb::test::sandboxFile(u"kill/ranges.bak"_s, 4 * 1024 * 1024);
    bb::sandbox::FileFaultPlan plan;
    plan.bytesPerSecond = 512 * 1024; // per connection: slow enough to be killed mid-file
    host.faults().set(plan);
    QTemporaryDir dir;
    const bb::DownloadIdentity identity = bb::test::identityFor(file, host.crc64Decimal(file));
    constexpr qint64 minRange = 256 * 1024;

    QProcess helper;
    QVERIFY(startHelper(helper, fixture, file, identity, dir.path(),
                        {{u"connections"_s, 4}, {u"minRangeBytes"_s, minRange}}));
    // Killed once the four ranges together brought a megabyte (the helper prints the sum).
    qint64 reported = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            while (helper.canReadLine()) {
                const QByteArray line = helper.readLine().trimmed();
                if (line.startsWith("bytes "))
                    reported = line.mid(6).toLongLong();
            }
            return reported > 1024 * 1024;
        }(),
        20000);
    helper.kill();
    QVERIFY(helper.waitForFinished());
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    const QString target = QDir(dir.path()).filePath(file.fileName);
    const auto state = bb::PartSidecar::read(target);
    QVERIFY(state.has_value());
    QVERIFY(state->ranges.size() >= 4);
    QVERIFY(!QFile::exists(target));

    bb::DownloadOptions options;
    options.folder = dir.path();
    options.minRangeBytes = minRange;
    const QString failure = resumeHere(fixture, file, identity, options);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const auto digest = bb::test::digestOf(target);
    QCOMPARE(digest.size, file.size);
    QCOMPARE(digest.crc, host.crc64(file));
    // Each range went on from where the dead process's sidecar left it: none that had bytes was
    // asked for from its start again, and every unfinished one from its end.
    const auto log = host.faults().rangeLog();
    qint64 kept = 0;
    for (const bb::RangeState &range : state->ranges) {
        kept += range.done;
        if (range.done > 0) {
            const QByteArray fromStart = "bytes=" + QByteArray::number(range.start) + '-';
            QVERIFY2(std::none_of(log.begin(), log.end(),
                                  [&](const QByteArray &r) { return r.startsWith(fromStart); }),
                     log.join(' ').constData());
        }
        if (!range.isComplete()) {
            const QByteArray fromEnd = "bytes=" + QByteArray::number(range.start + range.done) + '-';
            QVERIFY2(std::any_of(log.begin(), log.end(),
                                 [&](const QByteArray &r) { return r.startsWith(fromEnd); }),
                     log.join(' ').constData());
        }
    }
    QVERIFY(kept > 0);
}

BB_TEST_GUILESS_MAIN(TestDownloadKill)
#include "tst_downloadkill.moc"
