// `backup-browser-cli sync` end to end: the real executable (BB_CLI_PATH) against a sandbox running
// in this test over real sockets (reached with --endpoint), so the sandbox keeps its state between
// runs: backups created in it appear to the next run, and its file host logs every Range asked for.

#include "offsite/copycatalogue.h"
#include "offsite/filedigest.h"
#include "providers/crypto/crc64.h"
#include "sandbox/filefaults.h"
#include "sandbox/filehost.h"
#include "sandbox/tencentredisemulator.h"
#include "session/syncrun.h"
#include "support/clirun.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Run = bb::test::CliRun;

class TestSyncCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<bb::test::SandboxFixture> m_fixture;
    QString m_instance; // a one-shard Redis instance in ap-shanghai (one file per backup)

    QProcessEnvironment environment() const { return bb::test::sandboxCliEnvironment(m_home.path()); }

    QStringList at(const QStringList &arguments) const
    {
        return QStringList {u"--endpoint"_s, m_fixture->endpoint(false).toString(), u"--region"_s,
                            u"ap-shanghai"_s}
        + arguments;
    }

    Run run(const QStringList &arguments) const
    {
        return bb::test::runCli(QStringLiteral(BB_CLI_PATH), environment(), at(arguments), {}, 60000);
    }

    // One sync of the Redis instance into `dest`, as JSON; the rule's report (one rule).
    QJsonObject sync(const QString &dest, const QStringList &extra, int expectedExit = 0,
                     Run *out = nullptr) const
    {
        const Run r = run(QStringList {u"sync"_s, u"--dest"_s, dest, u"--product"_s, u"tencent-redis"_s,
                                       u"--instance"_s, m_instance, u"--format"_s, u"json"_s}
                          + extra);
        if (out)
            *out = r;
        if (r.exitCode != expectedExit)
            qWarning("sync exited %d (expected %d): %s", r.exitCode, expectedExit, r.err.constData());
        const QJsonArray rules = QJsonDocument::fromJson(r.out).array();
        QJsonObject report = rules.isEmpty() ? QJsonObject() : rules.first().toObject();
        report.insert(u"exit"_s, r.exitCode);
        return report;
    }

    // The succeeded backups of the instance, newest first.
    QStringList backupIds() const
    {
        const Run r = run({u"backups"_s, u"--product"_s, u"tencent-redis"_s, u"--instance"_s, m_instance,
                           u"--since"_s, u"30d"_s, u"--status"_s, u"succeeded"_s, u"--format"_s, u"json"_s});
        QStringList ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            ids << v.toObject().value(u"id"_s).toString();
        return ids;
    }

    static QStringList strings(const QJsonValue &value)
    {
        QStringList out;
        for (const QJsonValue &v : value.toArray())
            out << v.toString();
        out.sort();
        return out;
    }

    static QStringList backupsWith(const QJsonObject &report, const QString &action)
    {
        QStringList out;
        for (const QJsonValue &v : report.value(u"plan"_s).toArray()) {
            if (v.toObject().value(u"action"_s).toString() == action)
                out << v.toObject().value(u"backup"_s).toString();
        }
        out.sort();
        return out;
    }

    static QStringList filesUnder(const QString &root)
    {
        QStringList out;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QDir(root).relativeFilePath(it.next());
            if (!path.startsWith(u".backup-browser/"_s))
                out << path;
        }
        out.sort();
        return out;
    }

    // Every catalogued copy is on disk with the recorded size and CRC-64, byte for byte what the
    // file host serves.
    void verifyCopies(const QString &root, int expected)
    {
        bb::CopyCatalogue catalogue(root);
        QString error;
        QVERIFY2(catalogue.open(&error), qPrintable(error));
        const QList<bb::CopyRecord> copies = catalogue.copies();
        QCOMPARE(copies.size(), expected);
        for (const bb::CopyRecord &copy : copies) {
            const bb::FileDigest digest = bb::FileDigest::of(catalogue.absolutePath(copy.path));
            QVERIFY2(digest.ok(), qPrintable(digest.error));
            QCOMPARE(digest.size, copy.size);
            QCOMPARE(digest.crc64, copy.crc64);
            const bb::sandbox::FileHost::File hosted
                = bb::sandbox::TencentRedisEmulator::shardFile(copy.instanceId, copy.backupId, 1, copy.size);
            QFile file(catalogue.absolutePath(copy.path));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(file.readAll() == m_fixture->sandbox().fileHost().content(hosted, 0, copy.size),
                     qPrintable(copy.path));
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void init()
    {
        bb::sandbox::Sandbox::Options options;
        options.createDurationMs = 300;
        m_fixture = bb::test::SandboxFixture::started(options);
        QVERIFY(m_fixture);
        const Run r = run({u"instances"_s, u"--product"_s, u"tencent-redis"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            if (v.toObject().value(u"extra"_s).toObject().value(u"RedisShardNum"_s).toString() == u"1"_s)
                m_instance = v.toObject().value(u"id"_s).toString();
        }
        QVERIFY2(!m_instance.isEmpty(), r.out.constData());
    }

    void cleanup() { m_fixture.reset(); }

    void firstRunCopiesWhatTheRuleSelectsSecondRunNothing()
    {
        QTemporaryDir dest;
        const QStringList newest = backupIds().mid(0, 3);
        QCOMPARE(newest.size(), 3);

        QJsonObject report = sync(dest.path(), {u"--newest"_s, u"3"_s});
        QCOMPARE(report.value(u"exit"_s).toInt(), 0);
        QStringList sorted = newest;
        sorted.sort();
        QCOMPARE(backupsWith(report, u"fetch"_s), sorted);
        QCOMPARE(report.value(u"fetched"_s).toArray().size(), 3);
        verifyCopies(dest.path(), 3);
        // Each file in the layout's folder, with its sidecar; no .part left.
        const QStringList files = filesUnder(dest.path());
        QCOMPARE(files.size(), 6);
        for (const QString &f : files)
            QVERIFY2(f.startsWith(u"tencent/tencent-redis/"_s + m_instance + u'/'), qPrintable(f));

        // Second run: nothing to fetch, nothing asked of the file host.
        m_fixture->sandbox().fileHost().faults().clearLog();
        report = sync(dest.path(), {u"--newest"_s, u"3"_s});
        QCOMPARE(report.value(u"exit"_s).toInt(), 0);
        QCOMPARE(report.value(u"fetched"_s).toArray().size(), 0);
        QCOMPARE(backupsWith(report, u"keep"_s).size(), 3);
        QVERIFY(m_fixture->sandbox().fileHost().faults().rangeLog().isEmpty());
        QCOMPARE(filesUnder(dest.path()), files);
    }

    void newBackupsAreFetchedAndWhatFellOutIsPruned()
    {
        QTemporaryDir dest;
        const QStringList before = backupIds().mid(0, 3);
        QJsonObject report = sync(dest.path(), {u"--newest"_s, u"3"_s});
        QCOMPARE(report.value(u"exit"_s).toInt(), 0);
        const QStringList firstFiles = strings(report.value(u"fetched"_s));
        QCOMPARE(firstFiles.size(), 3);

        // Two new backups appear in the cloud.
        for (int i = 0; i < 2; ++i) {
            const Run r = run({u"create"_s, u"--product"_s, u"tencent-redis"_s, u"--instance"_s, m_instance,
                               u"--wait"_s, u"--name"_s, u"sync-test"_s});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QStringList after = backupIds().mid(0, 3);
        QVERIFY2(after.mid(2) == before.mid(0, 1), // two new ones on top of the old newest
                 qPrintable(u"before: "_s + before.join(u' ') + u"; after: "_s + after.join(u' ')));
        QStringList created = after.mid(0, 2);
        created.sort();
        QStringList fellOut = before.mid(1);
        fellOut.sort();

        // Dry run first: the plan says so, nothing changes.
        report = sync(dest.path(), {u"--newest"_s, u"3"_s, u"--dry-run"_s});
        QCOMPARE(backupsWith(report, u"fetch"_s), created);
        QCOMPARE(backupsWith(report, u"prune"_s), fellOut);
        QCOMPARE(filesUnder(dest.path()).size(), 6);

        report = sync(dest.path(), {u"--newest"_s, u"3"_s});
        QCOMPARE(report.value(u"exit"_s).toInt(), 0);
        QCOMPARE(backupsWith(report, u"fetch"_s), created);
        QCOMPARE(report.value(u"fetched"_s).toArray().size(), 2);
        // Exactly the two that fell out are removed, with their sidecars; the cloud still has them.
        const QStringList pruned = strings(report.value(u"pruned"_s));
        QCOMPARE(pruned.size(), 2);
        for (const QString &p : pruned) {
            QVERIFY2(!QFile::exists(dest.filePath(p)), qPrintable(p));
            QVERIFY(!QFile::exists(dest.filePath(p + u".copy.json"_s)));
            QVERIFY(fellOut.contains(QFileInfo(p).fileName()));
        }
        QVERIFY(backupIds().contains(fellOut.first()));
        verifyCopies(dest.path(), 3);

        // --no-prune keeps what a smaller rule would remove.
        report = sync(dest.path(), {u"--newest"_s, u"1"_s, u"--no-prune"_s});
        QCOMPARE(report.value(u"exit"_s).toInt(), 0);
        QVERIFY(report.value(u"pruned"_s).toArray().isEmpty());
        QCOMPARE(backupsWith(report, u"keep"_s).size(), 3);
    }

    void minimumIsKeptWhateverTheRule()
    {
        QTemporaryDir dest;
        QTemporaryDir dir;
        const QString rules = dir.filePath(u"rules.json"_s);
        const auto writeRules = [&](const QString &selection) {
            QFile file(rules);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QStringLiteral(R"({"rules": [{"name": "redis", "product": "tencent-redis",
  "instances": ["%1"], "destination": "%2", %3}]})")
                           .arg(m_instance, dest.path(), selection)
                           .toUtf8());
        };
        writeRules(u"\"newest\": 3"_s);
        Run r = run({u"sync"_s, u"--rules"_s, rules, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).array().first()[u"fetched"_s].toArray().size(), 3);

        // Now only the newest within a day is wanted, but two copies always stay: the oldest goes.
        writeRules(u"\"newest\": 1, \"keep\": {\"last\": 1, \"minimum\": 2}"_s);
        r = run({u"sync"_s, u"--rules"_s, rules, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).array().first().toObject();
        QCOMPARE(report.value(u"pruned"_s).toArray().size(), 1);
        QCOMPARE(backupsWith(report, u"keep"_s).size(), 2);
        bool byMinimum = false;
        for (const QJsonValue &v : report.value(u"plan"_s).toArray())
            byMinimum = byMinimum || v.toObject().value(u"reason"_s).toString().contains(u"minimum"_s);
        QVERIFY(byMinimum);
        verifyCopies(dest.path(), 2);
    }

    void killedRunResumesFromItsPart()
    {
        QTemporaryDir dest;
        bb::sandbox::FileFaultPlan slow;
        slow.bytesPerSecond = 64 * 1024;
        m_fixture->sandbox().fileHost().faults().set(slow);
        QProcess first;
        first.setProcessEnvironment(environment());
        first.start(QStringLiteral(BB_CLI_PATH),
                    at({u"sync"_s, u"--dest"_s, dest.path(), u"--product"_s, u"tencent-redis"_s,
                        u"--instance"_s, m_instance, u"--newest"_s, u"3"_s}));
        QVERIFY(first.waitForStarted());
        const auto partBytes = [&] {
            qint64 most = -1;
            QDirIterator it(dest.path(), {u"*.part"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                most = qMax(most, QFileInfo(it.next()).size());
            return most;
        };
        QTRY_VERIFY_WITH_TIMEOUT(partBytes() >= 40 * 1024 || first.state() == QProcess::NotRunning, 30000);
        QVERIFY2(first.state() == QProcess::Running, "the first run ended before it could be killed");
        first.kill(); // no chance to clean up: SIGKILL (TerminateProcess on Windows)
        QVERIFY(first.waitForFinished(10000));
        const qint64 kept = partBytes();
        QVERIFY(kept > 0);

        m_fixture->sandbox().fileHost().faults().set({});
        m_fixture->sandbox().fileHost().faults().clearLog();
        // The dead run's lock is stale (its process is gone): the next run takes it.
        const QJsonObject report = sync(dest.path(), {u"--newest"_s, u"3"_s});
        QCOMPARE(report.value(u"exit"_s).toInt(), 0);
        bool resumed = false;
        for (const QByteArray &range : m_fixture->sandbox().fileHost().faults().rangeLog()) {
            if (range.startsWith("bytes=") && range.mid(6, range.indexOf('-') - 6).toLongLong() > 0)
                resumed = true;
        }
        QVERIFY2(resumed, "no request continued a .part with Range");
        verifyCopies(dest.path(), 3);
        QDirIterator parts(dest.path(), {u"*.part"_s, u"*.part.json"_s}, QDir::Files,
                           QDirIterator::Subdirectories);
        QVERIFY(!parts.hasNext());
    }

    void verifyFindsACorruptedCopyAndFetchesItAgain()
    {
        QTemporaryDir dest;
        QJsonObject report = sync(dest.path(), {u"--newest"_s, u"2"_s});
        const QString victim = strings(report.value(u"fetched"_s)).value(0);
        QVERIFY(!victim.isEmpty());
        {
            QFile file(dest.filePath(victim));
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(1000);
            const char byte = file.read(1).at(0);
            file.seek(1000);
            file.write(QByteArray(1, char(byte ^ 0x5a)));
        }
        // Without --verify the size is right, so nothing is noticed.
        report = sync(dest.path(), {u"--newest"_s, u"2"_s});
        QVERIFY(report.value(u"fetched"_s).toArray().isEmpty());

        report = sync(dest.path(), {u"--newest"_s, u"2"_s, u"--verify"_s});
        QCOMPARE(report.value(u"exit"_s).toInt(), 0);
        QCOMPARE(strings(report.value(u"corrupt"_s)), QStringList {victim});
        QCOMPARE(report.value(u"verified"_s).toInt(), 1);
        QCOMPARE(strings(report.value(u"fetched"_s)), QStringList {victim});
        verifyCopies(dest.path(), 2);
    }

    void lostCatalogueIsRebuiltFromDisk()
    {
        QTemporaryDir dest;
        QJsonObject report = sync(dest.path(), {u"--newest"_s, u"3"_s});
        QCOMPARE(report.value(u"fetched"_s).toArray().size(), 3);
        QVERIFY(QFile::remove(bb::CopyCatalogue::databasePath(dest.path())));

        m_fixture->sandbox().fileHost().faults().clearLog();
        report = sync(dest.path(), {u"--newest"_s, u"3"_s});
        QCOMPARE(report.value(u"exit"_s).toInt(), 0);
        QCOMPARE(report.value(u"rebuilt"_s).toInt(), 3);
        QVERIFY(report.value(u"fetched"_s).toArray().isEmpty());
        QVERIFY(m_fixture->sandbox().fileHost().faults().rangeLog().isEmpty());
        verifyCopies(dest.path(), 3);
    }

    void aCataloguePathOutsideTheDestinationIsNeverRemoved()
    {
        QTemporaryDir dest;
        QTemporaryDir outside;
        const QString victim = outside.filePath(u"victim.bak"_s);
        {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        QJsonObject report = sync(dest.path(), {u"--newest"_s, u"1"_s});
        QCOMPARE(report.value(u"exit"_s).toInt(), 0);
        // A tampered catalogue: an old copy whose path climbs out of the destination.
        {
            bb::CopyCatalogue catalogue(dest.path());
            QVERIFY(catalogue.open(nullptr));
            bb::CopyRecord planted = catalogue.copies().first();
            planted.backupId = u"planted"_s;
            planted.backupStart = planted.backupStart.addDays(-20);
            planted.path = QDir(dest.path()).relativeFilePath(victim);
            planted.size = 7;
            QVERIFY(planted.path.startsWith(u"../"_s));
            QString error;
            QVERIFY2(catalogue.record(planted, &error), qPrintable(error));
        }
        Run r;
        report = sync(dest.path(), {u"--newest"_s, u"1"_s}, 9, &r);
        QCOMPARE(report.value(u"exit"_s).toInt(), 9);
        QCOMPARE(backupsWith(report, u"prune"_s), QStringList {u"planted"_s});
        QVERIFY(report.value(u"pruned"_s).toArray().isEmpty());
        QVERIFY2(r.out.contains("not inside"), r.out.constData());
        QVERIFY(QFile::exists(victim));
    }

    void aSecondRunWaitsForTheLock()
    {
        QTemporaryDir dest;
        QVERIFY(QDir().mkpath(bb::CopyCatalogue::stateFolder(dest.path())));
        QLockFile lock(bb::SyncRun::lockPath(dest.path()));
        QVERIFY(lock.tryLock(0));
        Run r;
        const QJsonObject report = sync(dest.path(), {u"--newest"_s, u"1"_s}, 10, &r);
        QCOMPARE(r.exitCode, 10);
        QVERIFY2(r.err.contains("another sync"), r.err.constData());
        QVERIFY(filesUnder(dest.path()).isEmpty());
    }

    void rulesFileRunsAndItsErrorsNameTheLine()
    {
        QTemporaryDir dest;
        QTemporaryDir dir;
        const QString rules = dir.filePath(u"rules.json"_s);
        QFile file(rules);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(
                       R"({"rules": [{"name": "redis", "product": "tencent-redis", "regions": ["ap-shanghai"],
  "instances": ["%1"], "newest": 2, "destination": "%2",
  "keep": {"last": 2, "minimum": 1}}]})")
                       .arg(m_instance, dest.path())
                       .toUtf8());
        file.close();
        Run r = run({u"sync"_s, u"--rules"_s, rules, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).array().first().toObject();
        QCOMPARE(report.value(u"rule"_s).toString(), u"redis"_s);
        QCOMPARE(report.value(u"fetched"_s).toArray().size(), 2);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"rules\": [\n  {\"product\": \"tencent-redis\",\n   \"newest\": two}\n]}");
        file.close();
        r = run({u"sync"_s, u"--rules"_s, rules});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("line 3"), r.err.constData());
    }
};

BB_TEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
