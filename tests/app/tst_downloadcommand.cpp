// `backup-browser-cli download` over several connections and several files at once (issue 15):
// the real executable (BB_CLI_PATH) against a sandbox running in this test over real sockets
// (reached with --endpoint), so the test can slow its file host down, inject faults into one file
// and read the Range headers the host was asked for.

#include "sandbox/filefaults.h"
#include "sandbox/filehost.h"
#include "support/clirun.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

using Run = bb::test::CliRun;

class TestDownloadCommand : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 MiB = 1024 * 1024;

    QTemporaryDir m_home;
    std::unique_ptr<bb::test::SandboxFixture> m_fixture;
    // A SQL Server backup kept one file per database (2 to 5 files of 6.5 to 8.5 MiB), as `show`
    // prints it, and its instance.
    QJsonObject m_single;
    QString m_sqlInstance;

    bb::sandbox::FileFaults &faults() { return m_fixture->sandbox().fileHost().faults(); }

    QProcessEnvironment environment() const { return bb::test::sandboxCliEnvironment(m_home.path()); }

    QStringList at(const QStringList &arguments) const
    {
        return QStringList {u"--endpoint"_s, m_fixture->endpoint(false).toString()} + arguments;
    }

    Run run(const QStringList &arguments) const
    {
        return bb::test::runCli(QStringLiteral(BB_CLI_PATH), environment(), at(arguments), {}, 90000);
    }

    QJsonDocument json(const QStringList &arguments) const
    {
        const Run r = run(arguments + QStringList {u"--format"_s, u"json"_s});
        if (r.exitCode != 0)
            qWarning("%s: exit %d: %s", qPrintable(arguments.join(u' ')), r.exitCode, r.err.constData());
        return QJsonDocument::fromJson(r.out);
    }

    QStringList downloadSingle(const QString &dir) const
    {
        return {u"--verbose"_s,    u"--region"_s,
                u"ap-guangzhou"_s, u"download"_s,
                u"--product"_s,    u"tencent-sqlserver"_s,
                u"--instance"_s,   m_sqlInstance,
                u"--backup"_s,     m_single.value(u"id"_s).toString(),
                u"--dir"_s,        dir};
    }

    QString singleFolder(const QString &dir) const
    {
        return QDir(dir).filePath(m_single.value(u"name"_s).toString());
    }

    QStringList singleFileNames() const
    {
        QStringList names;
        for (const QJsonValue &file : m_single.value(u"files"_s).toArray())
            names << file.toObject().value(u"name"_s).toString();
        return names;
    }

    static int partsUnder(const QString &dir)
    {
        int parts = 0;
        QDirIterator it(dir, {u"*.part"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++parts;
        }
        return parts;
    }

    // The file host's key of each file a --verbose run asked for, by file name: the GET lines
    // carry the path up to the (masked) query.
    static QHash<QString, QString> hostedKeys(const QByteArray &err)
    {
        QHash<QString, QString> keys;
        for (qsizetype at = err.indexOf("/files/"); at >= 0; at = err.indexOf("/files/", at + 1)) {
            const qsizetype end = err.indexOf('?', at);
            if (end < 0)
                break;
            const QString key = QUrl::fromPercentEncoding(err.mid(at + 7, end - at - 7));
            keys.insert(key.section(u'/', -1), key);
        }
        return keys;
    }

    // Whether the file at `path` holds, byte for byte, what the host serves under `key`.
    bool sameAsHosted(const QString &path, const QString &key)
    {
        QFile file(path);
        if (key.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            qWarning("cannot compare %s (key '%s')", qPrintable(path), qPrintable(key));
            return false;
        }
        const bb::sandbox::FileHost::File hosted {key, QFileInfo(path).fileName(), file.size()};
        for (qint64 offset = 0; !file.atEnd(); offset += MiB) {
            const QByteArray got = file.read(MiB);
            if (got != m_fixture->sandbox().fileHost().content(hosted, offset, got.size())) {
                qWarning("%s differs from the host's bytes at %lld", qPrintable(path), offset);
                return false;
            }
        }
        return true;
    }

    // Starts the CLI without waiting for it.
    void start(QProcess &process, const QStringList &arguments) const
    {
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(BB_CLI_PATH), at(arguments));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_fixture = bb::test::SandboxFixture::started();
        QVERIFY(m_fixture);
        m_sqlInstance
            = json({u"--region"_s, u"ap-guangzhou"_s, u"instances"_s, u"--product"_s, u"tencent-sqlserver"_s})
                  .array()
                  .first()
                  .toObject()
                  .value(u"id"_s)
                  .toString();
        QVERIFY(!m_sqlInstance.isEmpty());
        // The first instance keeps a "single" backup two years back (sandbox/tencentsqlserveremulator.cpp).
        QString id;
        for (const QJsonValue &value :
             json({u"--region"_s, u"ap-guangzhou"_s, u"backups"_s, u"--product"_s, u"tencent-sqlserver"_s,
                   u"--instance"_s, m_sqlInstance, u"--since"_s, u"800d"_s, u"--until"_s, u"600d"_s})
                 .array()) {
            if (value.toObject().value(u"id"_s).toString().startsWith(u"group-"_s))
                id = value.toObject().value(u"id"_s).toString();
        }
        QVERIFY2(!id.isEmpty(), "the sandbox keeps no two-year-old single backup");
        m_single = json({u"--region"_s, u"ap-guangzhou"_s, u"show"_s, u"--product"_s, u"tencent-sqlserver"_s,
                         u"--instance"_s, m_sqlInstance, u"--backup"_s, id})
                       .object();
        QVERIFY2(m_single.value(u"files"_s).toArray().size() >= 2, "a single backup of one file");
    }

    void init() { m_fixture->reset(); }

    void connectionsOutOfRangeIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("option");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("connections 0")
            << QStringList {u"--connections"_s, u"0"_s}
            << QByteArray("--connections needs a whole number from 1 to 16, not '0'");
        QTest::newRow("connections 17") << QStringList {u"--connections=17"_s}
                                        << QByteArray("--connections needs a whole number from 1 to 16");
        QTest::newRow("connections word")
            << QStringList {u"--connections"_s, u"four"_s} << QByteArray("not 'four'");
        QTest::newRow("parallel files 0") << QStringList {u"--parallel-files"_s, u"0"_s}
                                          << QByteArray("--parallel-files needs a whole number from 1 to 8");
        QTest::newRow("parallel files 9") << QStringList {u"--parallel-files"_s, u"9"_s}
                                          << QByteArray("--parallel-files needs a whole number from 1 to 8");
    }

    void connectionsOutOfRangeIsAUsageError()
    {
        QFETCH(QStringList, option);
        QFETCH(QByteArray, says);
        QTemporaryDir dir;
        const Run r = run(downloadSingle(dir.path()) + option);
        QCOMPARE(r.exitCode, 1); // docs/cli.md#exit-codes: usage error
        QVERIFY2(r.err.contains(says), r.err.constData());
        QVERIFY2(!r.err.contains("RequestId"), "a call was made before the usage error");
        QVERIFY(faults().rangeLog().isEmpty());
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    // --connections reaches the engine: one connection asks for the whole file once, four split a
    // file of two ranges or more into byte ranges. The host is slowed to 8 MiB/s a connection, as a
    // distant object store would be, so the first connection does not count as enough alone.
    void connectionsReachTheFileHost_data()
    {
        QTest::addColumn<int>("connections");
        QTest::newRow("1") << 1;
        QTest::newRow("4") << 4;
    }

    void connectionsReachTheFileHost()
    {
        QFETCH(int, connections);
        // The smallest one-file RDS backup of at least two 8 MiB ranges (RDS lists exact bytes;
        // snapshots have no file).
        QJsonObject chosen;
        for (const QJsonValue &instance :
             json({u"--region"_s, u"cn-hangzhou"_s, u"instances"_s, u"--product"_s, u"alibaba-rds"_s})
                 .array()) {
            for (const QJsonValue &value :
                 json({u"--region"_s, u"cn-hangzhou"_s, u"backups"_s, u"--product"_s, u"alibaba-rds"_s,
                       u"--instance"_s, instance.toObject().value(u"id"_s).toString(), u"--since"_s, u"25d"_s,
                       u"--status"_s, u"succeeded"_s})
                     .array()) {
                const QJsonObject b = value.toObject();
                const qint64 size = b.value(u"size_bytes"_s).toInteger(-1);
                if (b.value(u"files"_s).toArray().isEmpty()
                    && b.value(u"method"_s).toString() != u"snapshot"_s && size >= 16 * MiB
                    && (chosen.isEmpty() || size < chosen.value(u"size_bytes"_s).toInteger()))
                    chosen = b;
            }
        }
        QVERIFY2(!chosen.isEmpty(), "no one-file RDS backup of 16 MiB or more in cn-hangzhou");

        bb::sandbox::FileFaultPlan slow;
        slow.bytesPerSecond = int(8 * MiB);
        faults().set(slow);
        faults().clearLog();
        QTemporaryDir dir;
        const Run r = run({u"--verbose"_s, u"--region"_s, u"cn-hangzhou"_s, u"download"_s, u"--product"_s,
                           u"alibaba-rds"_s, u"--instance"_s, chosen.value(u"instance"_s).toString(),
                           u"--backup"_s, chosen.value(u"id"_s).toString(), u"--dir"_s, dir.path(),
                           u"--connections"_s, QString::number(connections)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> ranges = faults().rangeLog();
        if (connections == 1) {
            QCOMPARE(ranges, QList<QByteArray> {QByteArray()}); // one request, no Range
        } else {
            QVERIFY2(ranges.size() >= 2, ranges.join(' ').constData());
            for (const QByteArray &range : ranges)
                QVERIFY2(range.startsWith("bytes="), ranges.join(' ').constData());
            QVERIFY2(std::any_of(ranges.cbegin(), ranges.cend(),
                                 [](const QByteArray &range) { return !range.startsWith("bytes=0-"); }),
                     ranges.join(' ').constData());
        }
        const QString path = QString::fromUtf8(r.out.trimmed());
        QCOMPARE(QFileInfo(path).size(), chosen.value(u"size_bytes"_s).toInteger());
        QVERIFY(sameAsHosted(path, hostedKeys(r.err).value(QFileInfo(path).fileName())));
        QCOMPARE(partsUnder(dir.path()), 0);
    }

    // The files of one backup download at once, as many as --parallel-files and the per-host cap
    // allow: the .part files on disk show how many run together (a file's .part is renamed
    // before the next one starts). The host is slowed so that each file takes a second or more.
    void filesOfOneBackupAtOnce_data()
    {
        QTest::addColumn<int>("parallelFiles");
        QTest::addColumn<int>("connections");
        QTest::addColumn<int>("together");
        QTest::newRow("one at a time") << 1 << 1 << 1;
        QTest::newRow("two at once") << 2 << 1 << 2;
        // 16 connections a file leave room for one file within the 16 a host gets.
        QTest::newRow("the host's cap") << 3 << 16 << 1;
    }

    void filesOfOneBackupAtOnce()
    {
        QFETCH(int, parallelFiles);
        QFETCH(int, connections);
        QFETCH(int, together);
        bb::sandbox::FileFaultPlan slow;
        slow.bytesPerSecond = int(4 * MiB);
        faults().set(slow);
        faults().clearLog();
        QTemporaryDir dir;
        QProcess process;
        start(process,
              downloadSingle(dir.path())
                  + QStringList {u"--parallel-files"_s, QString::number(parallelFiles), u"--connections"_s,
                                 QString::number(connections)});
        QVERIFY(process.waitForStarted());
        int most = 0;
        while (!process.waitForFinished(5))
            most = std::max(most, partsUnder(dir.path()));
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, err.constData());
        QCOMPARE(most, together);
        if (together < parallelFiles)
            QVERIFY2(err.contains("files at once: 1, not 3 (16 connections each, at most 16 to one host)"),
                     err.constData());

        // Every file whole, byte for byte, each asked for once (below two ranges: one connection).
        const QStringList paths
            = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        const QStringList names = singleFileNames();
        QCOMPARE(paths.size(), names.size());
        const QHash<QString, QString> keys = hostedKeys(err);
        for (qsizetype i = 0; i < paths.size(); ++i) {
            QCOMPARE(QFileInfo(paths.at(i)).fileName(), names.at(i)); // in the backup's order
            QVERIFY(sameAsHosted(paths.at(i), keys.value(names.at(i))));
        }
        QCOMPARE(faults().rangeLog().size(), names.size());
        QCOMPARE(partsUnder(dir.path()), 0);
    }

    // One file failing (a wrong CRC-64 from the host) does not stop the others: they complete,
    // the failure is named, nothing is printed on stdout, and the exit code is the failed file's
    // (4, verification). Its .part stays for the next run.
    void aFailedFileLeavesTheOthersComplete()
    {
        const QStringList names = singleFileNames();
        const QString broken = names.at(1);
        bb::sandbox::FileFaultPlan wrong;
        wrong.keyContains = broken;
        wrong.wrongChecksumNext = 1000;
        faults().set(wrong);
        QTemporaryDir dir;
        const Run r = run(downloadSingle(dir.path()) + QStringList {u"--parallel-files"_s, u"2"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("download of " + broken.toUtf8() + " failed: Checksum mismatch"),
                 r.err.constData());
        QVERIFY2(
            r.err.contains("1 of " + QByteArray::number(names.size()) + " files could not be downloaded"),
            r.err.constData());
        QVERIFY(r.out.isEmpty());
        const QDir folder(singleFolder(dir.path()));
        const QHash<QString, QString> keys = hostedKeys(r.err);
        for (const QString &name : names) {
            if (name == broken) {
                QVERIFY(!folder.exists(name));
                QVERIFY(folder.exists(name + u".part"_s));
            } else {
                QVERIFY2(folder.exists(name), qPrintable(name));
                QVERIFY(sameAsHosted(folder.filePath(name), keys.value(name)));
                QVERIFY2(r.err.contains(folder.filePath(name).toUtf8()), "the complete files are named");
            }
        }
        QCOMPARE(partsUnder(dir.path()), 1);
    }

    // On a terminal one progress line sums the files that run together: how many are done and
    // running, the bytes of all of them against the backup's total, one speed. Standard error is
    // a pseudo-terminal here (the line is only drawn on one).
    void progressLineSumsTheFiles()
    {
#ifndef Q_OS_UNIX
        QSKIP("draws on a pseudo-terminal, which only Unix has (docs/portability.md)");
#else
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0 && ::grantpt(master) == 0 && ::unlockpt(master) == 0);
        QVERIFY(::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK) == 0);
        bb::sandbox::FileFaultPlan slow;
        slow.bytesPerSecond = int(4 * MiB);
        faults().set(slow);
        QTemporaryDir dir;
        QProcess process;
        process.setStandardErrorFile(QString::fromLocal8Bit(::ptsname(master)));
        QStringList arguments = downloadSingle(dir.path());
        arguments.removeAll(u"--verbose"_s);
        start(process, arguments + QStringList {u"--parallel-files"_s, u"2"_s});
        QVERIFY(process.waitForStarted());
        QByteArray terminal;
        char buffer[4096];
        const auto drain = [&] {
            for (ssize_t n; (n = ::read(master, buffer, sizeof buffer)) > 0;)
                terminal.append(buffer, n);
        };
        while (!process.waitForFinished(20))
            drain(); // a full terminal would block the CLI
        drain();
        ::close(master);
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 terminal.constData());

        const int files = int(singleFileNames().size());
        const QByteArray total = QLocale::c()
                                     .formattedDataSize(m_single.value(u"size_bytes"_s).toInteger(), 1,
                                                        QLocale::DataSizeIecFormat)
                                     .toUtf8();
        QVERIFY2(terminal.contains("0 of " + QByteArray::number(files) + " files done, 2 running  "),
                 terminal.constData());
        QVERIFY2(terminal.contains(" / " + total + "  "), terminal.constData());
        QVERIFY2(terminal.contains("/s  ETA "), terminal.constData());
        for (const QString &name : singleFileNames())
            QVERIFY2(!terminal.contains("\r" + name.toUtf8()), "a line of one file among several");
#endif
    }

    // Ctrl-C while two files run keeps both .part files; the same command run again resumes each
    // where it stopped (Range from its end) and ends with every file whole.
    void interruptKeepsEveryPart()
    {
#ifndef Q_OS_UNIX
        QSKIP("interrupts the CLI with SIGINT, which only Unix has (docs/portability.md)");
#else
        bb::sandbox::FileFaultPlan slow;
        slow.bytesPerSecond = 512 * 1024;
        faults().set(slow);
        QTemporaryDir dir;
        QProcess first;
        start(first, downloadSingle(dir.path()) + QStringList {u"--parallel-files"_s, u"2"_s});
        QVERIFY(first.waitForStarted());
        const auto partSizes = [&] {
            QList<qint64> sizes;
            for (const QFileInfo &part :
                 QDir(singleFolder(dir.path())).entryInfoList({u"*.part"_s}, QDir::Files))
                sizes << part.size();
            return sizes;
        };
        QTRY_VERIFY_WITH_TIMEOUT((partSizes().size() == 2 && std::ranges::min(partSizes()) >= 64 * 1024)
                                     || first.state() == QProcess::NotRunning,
                                 30000);
        // processId() is 0 once it ended, and kill(0) would signal this test's whole group.
        QVERIFY2(first.state() == QProcess::Running && first.processId() > 0,
                 "the first run ended before it could be interrupted");
        ::kill(pid_t(first.processId()), SIGINT);
        QVERIFY(first.waitForFinished(20000));
        const QByteArray err = first.readAllStandardError();
        QVERIFY2(first.exitCode() == 130, err.constData());
        QCOMPARE(int(err.count("is kept; run the same command again to resume")), 2);
        QCOMPARE(partSizes().size(), 2);

        faults().set({});
        faults().clearLog();
        const Run r = run(downloadSingle(dir.path()));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        int resumed = 0;
        for (const QByteArray &range : faults().rangeLog())
            resumed += range.startsWith("bytes=") && !range.startsWith("bytes=0-") ? 1 : 0;
        QCOMPARE(resumed, 2);
        const QStringList paths = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(paths.size(), singleFileNames().size());
        const QHash<QString, QString> keys = hostedKeys(r.err);
        for (const QString &path : paths)
            QVERIFY(sameAsHosted(path, keys.value(QFileInfo(path).fileName())));
        QCOMPARE(partsUnder(dir.path()), 0);
#endif
    }
};

BB_TEST_GUILESS_MAIN(TestDownloadCommand)
#include "tst_downloadcommand.moc"
