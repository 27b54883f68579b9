// Runs the real backup-browser-cli executable (BB_CLI_PATH) against its in-process sandbox.

#include "app/cli/recordjson.h"
#include "providers/crypto/crc64.h"
#include "sandbox/filehost.h"
#include "session/version.h"
#include "support/clirun.h"
#include "support/sandboxfixture.h"
#include "support/skip.h"
#include "support/testmain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdlib>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

using Run = bb::test::CliRun;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment environment() const { return bb::test::cliEnvironment(m_home.path()); }

    // Ctrl-C as a terminal sends it. Windows cannot signal one child process (a console control
    // event reaches a whole console group), so the tests that interrupt are skipped there.
    static void interrupt(QProcess &process)
    {
#ifdef Q_OS_UNIX
        ::kill(pid_t(process.processId()), SIGINT);
#else
        process.kill();
#endif
    }

    Run run(const QStringList &arguments, const QString &workDir = {}, int timeoutMs = 30000) const
    {
        return runWith(environment(), arguments, workDir, timeoutMs);
    }

    static Run runWith(const QProcessEnvironment &env, const QStringList &arguments,
                       const QString &workDir = {}, int timeoutMs = 30000)
    {
        return bb::test::runCli(QStringLiteral(BB_CLI_PATH), env, arguments, workDir, timeoutMs);
    }

#ifdef Q_OS_UNIX
    // Runs the CLI with a pseudo-terminal as its stdin (stdout and stderr stay pipes): waits for
    // `prompt` on stderr, then types `answer` and a newline.
    Run runOnTerminal(const QStringList &arguments, const QByteArray &prompt, const QByteArray &answer,
                      int timeoutMs = 30000) const
    {
        Run result;
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
            return result;
        const QString slave = QString::fromLocal8Bit(::ptsname(master));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setStandardInputFile(slave);
        process.setReadChannel(QProcess::StandardError); // the question comes on stderr
        process.start(QStringLiteral(BB_CLI_PATH), arguments);
        QByteArray err;
        while (!err.contains(prompt) && process.state() != QProcess::NotRunning
               && process.waitForReadyRead(timeoutMs))
            err += process.readAllStandardError();
        if (err.contains(prompt)) {
            const QByteArray line = answer + '\n';
            if (::write(master, line.constData(), size_t(line.size())) != line.size())
                qWarning("could not type the answer");
        }
        if (!process.waitForFinished(timeoutMs))
            process.kill();
        ::close(master);
        process.waitForFinished();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = err + process.readAllStandardError();
        return result;
    }
#endif

    // API requests a --verbose run logged on stderr (one line per attempt).
    static int requestLines(const QByteArray &err)
    {
        int count = 0;
        for (const QByteArray &line : err.split('\n')) {
            if (line.contains(" HTTP ") && line.contains(" RequestId "))
                ++count;
        }
        return count;
    }

    // The id of the backup the sandbox keeps two years before its anchor on the product's first
    // instance, listed with a window around it.
    QString twoYearOldBackup(const QString &product, const QString &instance) const
    {
        const QJsonArray rows
            = json({u"--sandbox"_s, u"backups"_s, u"--product"_s, product, u"--instance"_s, instance,
                    u"--since"_s, u"733d"_s, u"--until"_s, u"727d"_s, u"--format"_s, u"json"_s})
                  .array();
        return rows.size() == 1 ? rows.first().toObject().value(u"id"_s).toString() : QString();
    }

    // environment() with the sandbox's keys, for a CLI that reaches a sandbox running in this
    // test (--endpoint) rather than its own (--sandbox), so that state outlives one run.
    QProcessEnvironment sandboxEnvironment() const
    {
        return bb::test::sandboxCliEnvironment(m_home.path());
    }

    // Runs the CLI against a sandbox running in this test, over HTTP. The CLI runs while this
    // thread waits; the sandbox answers from its own thread.
    Run runAt(const bb::test::SandboxFixture &fixture, const QStringList &arguments) const
    {
        return runWith(sandboxEnvironment(),
                       QStringList {u"--endpoint"_s, fixture.endpoint(false).toString()} + arguments, {},
                       60000);
    }

    QJsonDocument json(const QStringList &arguments) const
    {
        const Run r = run(arguments);
        if (r.exitCode != 0)
            qWarning("exit %d: %s", r.exitCode, r.err.constData());
        return QJsonDocument::fromJson(r.out);
    }

    QString firstInstance(const QString &product) const
    {
        const QJsonDocument doc
            = json({u"--sandbox"_s, u"instances"_s, u"--product"_s, product, u"--format"_s, u"json"_s});
        return doc.array().first().toObject().value(u"id"_s).toString();
    }

    QJsonArray succeededRdsBackups(const QString &instance) const
    {
        return json({u"--sandbox"_s, u"backups"_s, u"--product"_s, u"alibaba-rds"_s, u"--instance"_s,
                     instance, u"--status"_s, u"succeeded"_s, u"--format"_s, u"json"_s})
            .array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
    }

    void versionAndHelp()
    {
        Run r = run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("backup-browser-cli " BB_VERSION " "), r.out.constData());
        r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *command :
             {"products", "instances", "backups", "show", "create", "download", "edit", "delete", "track",
              "--flow", "--yes", "--description", "--kind", "--trigger"})
            QVERIFY2(r.out.contains(command), command);
    }

    void helpFollowsTheSystemLanguage()
    {
        QProcessEnvironment env = environment();
        env.insert(u"LC_ALL"_s, u"zh_CN.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"zh_CN"_s);
        const Run r = runWith(env, {u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(u"用法：backup-browser-cli"_s), qPrintable(out.left(200)));
        // Option names and product keys stay as they are typed.
        QVERIFY(out.contains(u"--product"_s));
        QVERIFY(out.contains(u"tencent-sqlserver"_s));
        QCOMPARE(run({u"--help"_s}).out.left(6), QByteArray("Usage:"));
    }

    void products()
    {
        const Run r = run({u"products"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray products = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(products.size(), 4);
        QCOMPARE(products.at(0).toObject().value(u"product"_s).toString(), u"tencent-sqlserver"_s);
    }

    void instancesAsJson()
    {
        const Run r = run({u"--sandbox"_s, u"instances"_s, u"--product"_s, u"tencent-sqlserver"_s,
                           u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(!doc.array().isEmpty());
        for (const QJsonValue &value : doc.array()) {
            const QJsonObject instance = value.toObject();
            QCOMPARE(instance.size(), bb::RecordJson::instanceKeys().size());
            QVERIFY(instance.value(u"id"_s).toString().startsWith(u"mssql-"));
            QCOMPARE(instance.value(u"product"_s).toString(), u"tencent-sqlserver"_s);
        }
    }

    void backupsAsCsvAndShow()
    {
        const QString instance = firstInstance(u"tencent-sqlserver"_s);
        QVERIFY(!instance.isEmpty());
        const Run r = run({u"--sandbox"_s, u"backups"_s, u"--product"_s, u"tencent-sqlserver"_s,
                           u"--instance"_s, instance, u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.first(), bb::RecordJson::backupKeys().join(u',').toUtf8() + '\r');
        QVERIFY(lines.size() > 2);
        const QByteArray id = lines.at(1).left(lines.at(1).indexOf(','));

        const QJsonObject shown
            = json({u"--sandbox"_s, u"show"_s, u"--product"_s, u"tencent-sqlserver"_s, u"--instance"_s,
                    instance, u"--backup"_s, QString::fromLatin1(id), u"--format"_s, u"json"_s})
                  .object();
        QCOMPARE(shown.value(u"id"_s).toString(), QString::fromLatin1(id));
        QCOMPARE(shown.value(u"instance"_s).toString(), instance);
        QVERIFY(shown.value(u"start"_s).toString().endsWith(u'Z'));
    }

    void signedUrlsOnlyWithWithUrls()
    {
        // Signed URLs are bearer tokens: not in --format json/csv or --output unless asked.
        const QString instance = firstInstance(u"tencent-sqlserver"_s);
        QVERIFY(!instance.isEmpty());
        const QStringList args = {u"--sandbox"_s,  u"backups"_s, u"--product"_s, u"tencent-sqlserver"_s,
                                  u"--instance"_s, instance,     u"--format"_s};
        for (const QString &format : {u"json"_s, u"csv"_s}) {
            const Run hidden = run(args + QStringList {format});
            QCOMPARE(hidden.exitCode, 0);
            QVERIFY2(!hidden.out.contains("://"), hidden.out.left(400).constData());
            const Run shown = run(args + QStringList {format, u"--with-urls"_s});
            QCOMPARE(shown.exitCode, 0);
            QVERIFY(shown.out.contains("://"));
        }
        // Not an option of the commands that print no backup record.
        QCOMPARE(
            run({u"--sandbox"_s, u"instances"_s, u"--product"_s, u"tencent-sqlserver"_s, u"--with-urls"_s})
                .exitCode,
            1);
    }

    void outputFileAndWindow()
    {
        const QString instance = firstInstance(u"tencent-redis"_s);
        const QString file = m_home.filePath(u"backups.json"_s);
        Run r = run({u"--sandbox"_s, u"--output"_s, file, u"--format"_s, u"json"_s, u"backups"_s,
                     u"--product"_s, u"tencent-redis"_s, u"--instance"_s, instance, u"--since"_s, u"2d"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonArray backups = QJsonDocument::fromJson(written.readAll()).array();
        written.close();
        const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-2).addSecs(-60);
        int sized = 0;
        for (const QJsonValue &backup : backups) {
            QVERIFY(QDateTime::fromString(backup.toObject().value(u"start"_s).toString(), Qt::ISODate)
                    >= since);
            // Redis sizes come after the rows (one detail call each): the list waits for them.
            if (backup.toObject().value(u"status"_s).toString() != u"expired"_s) {
                QVERIFY2(backup.toObject().value(u"size_bytes"_s).toInteger(-1) > 0,
                         qPrintable(backup.toObject().value(u"id"_s).toString()));
                ++sized;
            }
        }
        QVERIFY(sized > 0);

        // A failing run leaves the previous output file as it was.
        const QByteArray before = [&] {
            QFile f(file);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        r = run({u"--sandbox"_s, u"--output"_s, file, u"show"_s, u"--product"_s, u"tencent-redis"_s,
                 u"--instance"_s, instance, u"--backup"_s, u"no-such-backup"_s});
        QCOMPARE(r.exitCode, 2);
        QFile again(file);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), before);
    }

    void createAndWait()
    {
        const QString instance = firstInstance(u"tencent-sqlserver"_s);
        const Run r
            = run({u"--sandbox"_s, u"create"_s, u"--product"_s, u"tencent-sqlserver"_s, u"--instance"_s,
                   instance, u"--name"_s, u"cli-test"_s, u"--wait"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject backup = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(backup.value(u"status"_s).toString(), u"succeeded"_s);
        QCOMPARE(backup.value(u"trigger"_s).toString(), u"manual"_s);
        QVERIFY(!backup.value(u"id"_s).toString().isEmpty());
    }

    // Issue 21: a FlowId that create printed without --wait is followed later by `track`, in
    // another run, like --wait would have: the finished record, with the same FlowId.
    void trackFollowsAFlowLater()
    {
        bb::test::SandboxFixture fixture;
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        const auto runHere = [&](const QStringList &arguments) {
            return runAt(fixture, arguments);
        };

        const QString region = u"ap-guangzhou"_s;
        const QStringList where = {u"--region"_s, region};
        Run r = runHere(
            where
            + QStringList {u"instances"_s, u"--product"_s, u"tencent-sqlserver"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id
            = QJsonDocument::fromJson(r.out).array().first().toObject().value(u"id"_s).toString();
        QVERIFY2(!id.isEmpty(), r.out.constData());

        r = runHere(where
                    + QStringList {u"create"_s, u"--product"_s, u"tencent-sqlserver"_s, u"--instance"_s, id,
                                   u"--name"_s, u"tracked-later"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject accepted = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(accepted.value(u"status"_s).toString(), u"creating"_s);
        QCOMPARE(accepted.value(u"region"_s).toString(), region);
        const QString flow = accepted.value(u"extra"_s).toObject().value(u"FlowId"_s).toString();
        QVERIFY2(!flow.isEmpty(), r.out.constData());

        r = runHere(where
                    + QStringList {u"track"_s, u"--product"_s, u"tencent-sqlserver"_s, u"--instance"_s, id,
                                   u"--flow"_s, flow, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject done = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(done.value(u"status"_s).toString(), u"succeeded"_s);
        QCOMPARE(done.value(u"trigger"_s).toString(), u"manual"_s);
        QCOMPARE(done.value(u"name"_s).toString(), u"tracked-later"_s);
        QCOMPARE(done.value(u"instance"_s).toString(), id);
        QCOMPARE(done.value(u"region"_s).toString(), region);
        QCOMPARE(done.value(u"extra"_s).toObject().value(u"FlowId"_s).toString(), flow);
        QVERIFY(!done.value(u"id"_s).toString().isEmpty());
        QVERIFY(done.value(u"size_bytes"_s).toInteger(-1) >= 0);

        // A flow the server does not know is its error (exit 2); one that is not a FlowId, or a
        // product without such a job id, is a usage error (exit 1).
        r = runHere(where
                    + QStringList {u"track"_s, u"--product"_s, u"tencent-sqlserver"_s, u"--instance"_s, id,
                                   u"--flow"_s, u"1"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("ResourceNotFound.BackupNotFound"), r.err.constData());
        r = runHere(where
                    + QStringList {u"track"_s, u"--product"_s, u"tencent-sqlserver"_s, u"--instance"_s, id,
                                   u"--flow"_s, u"abc"_s});
        QCOMPARE(r.exitCode, 1);
        r = runHere(where
                    + QStringList {u"track"_s, u"--product"_s, u"tencent-sqlserver"_s, u"--instance"_s, id});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--flow"), r.err.constData());
        r = runHere({u"track"_s, u"--product"_s, u"alibaba-starrocks"_s, u"--instance"_s, u"c-x"_s,
                     u"--flow"_s, u"12"_s});
        // StarRocks creates no backup on demand: nothing to follow, and the message says why.
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("track: ") && r.err.contains("backup policies"), r.err.constData());
    }

    // Issue 21: every product whose API follows a creation is tracked later from the job id
    // create printed: Redis's TaskId (DescribeTaskInfo), RDS's BackupJobId (DescribeBackupTasks).
    void trackFollowsEveryProductsJob_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("idKey");
        QTest::newRow("redis") << u"tencent-redis"_s << u"ap-guangzhou"_s << u"TaskId"_s;
        QTest::newRow("rds") << u"alibaba-rds"_s << u"cn-hangzhou"_s << u"BackupJobId"_s;
    }

    void trackFollowsEveryProductsJob()
    {
        QFETCH(QString, product);
        QFETCH(QString, region);
        QFETCH(QString, idKey);
        bb::test::SandboxFixture fixture;
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        const QStringList where = {u"--region"_s, region};
        Run r = runAt(
            fixture, where + QStringList {u"instances"_s, u"--product"_s, product, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList running;
        for (const QJsonValue &instance : QJsonDocument::fromJson(r.out).array()) {
            if (instance.toObject().value(u"status"_s).toString() == u"running"_s)
                running << instance.toObject().value(u"id"_s).toString();
        }
        QVERIFY2(running.size() >= 2, r.out.constData());
        const QString id = running.first();

        r = runAt(fixture,
                  where
                      + QStringList {u"create"_s, u"--product"_s, product, u"--instance"_s, id, u"--format"_s,
                                     u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject accepted = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(accepted.value(u"status"_s).toString(), u"creating"_s);
        const QString job = accepted.value(u"extra"_s).toObject().value(idKey).toString();
        QVERIFY2(!job.isEmpty(), r.out.constData());

        r = runAt(fixture,
                  where
                      + QStringList {u"track"_s, u"--product"_s, product, u"--instance"_s, id, u"--flow"_s,
                                     job, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject done = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(done.value(u"status"_s).toString(), u"succeeded"_s);
        QCOMPARE(done.value(u"trigger"_s).toString(), u"manual"_s);
        QCOMPARE(done.value(u"instance"_s).toString(), id);
        QCOMPARE(done.value(u"region"_s).toString(), region);
        QCOMPARE(done.value(u"extra"_s).toObject().value(idKey).toString(), job);
        // The listed backup, not the job's placeholder ("task-N", "job-N").
        const QString backupId = done.value(u"id"_s).toString();
        QVERIFY2(!backupId.isEmpty() && !backupId.startsWith(u"task-"_s) && !backupId.startsWith(u"job-"_s),
                 r.out.constData());

        // A job the provider does not know is its error (exit 2), named by the call.
        r = runAt(fixture,
                  where
                      + QStringList {u"track"_s, u"--product"_s, product, u"--instance"_s, id, u"--flow"_s,
                                     u"987654321"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(product == u"tencent-redis"_s ? "DescribeTaskInfo" : "DescribeBackupTasks"),
                 r.err.constData());
        // Nor is the job followed as another instance's: its backup would be named as theirs.
        r = runAt(fixture,
                  where
                      + QStringList {u"track"_s, u"--product"_s, product, u"--instance"_s, running.at(1),
                                     u"--flow"_s, job});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(job.toUtf8()), r.err.constData());
    }

    // Issue 21: show carries what the GUI's detail pane shows: every part with its own fields
    // (StarRocks subtasks: times, status, snapshot name, detail; SQL Server per-database files)
    // and the record's region.
    void showCarriesPartsAndRegion()
    {
        const QString starrocks = firstInstance(u"alibaba-starrocks"_s);
        QVERIFY(!starrocks.isEmpty());
        const QJsonArray listed
            = json({u"--sandbox"_s, u"backups"_s, u"--product"_s, u"alibaba-starrocks"_s, u"--instance"_s,
                    starrocks, u"--since"_s, u"30d"_s, u"--format"_s, u"json"_s})
                  .array();
        QJsonObject withParts;
        for (const QJsonValue &value : listed) {
            if (value.toObject().value(u"status"_s).toString() == u"succeeded"_s
                && !value.toObject().value(u"files"_s).toArray().isEmpty()) {
                withParts = value.toObject();
                break;
            }
        }
        QVERIFY2(!withParts.isEmpty(), "no finished StarRocks backup with subtasks");
        QVERIFY(!withParts.value(u"region"_s).toString().isEmpty());
        const QJsonObject shown
            = json({u"--sandbox"_s, u"show"_s, u"--product"_s, u"alibaba-starrocks"_s, u"--instance"_s,
                    starrocks, u"--backup"_s, withParts.value(u"id"_s).toString(), u"--since"_s, u"30d"_s,
                    u"--format"_s, u"json"_s})
                  .object();
        QCOMPARE(shown.value(u"region"_s).toString(), withParts.value(u"region"_s).toString());
        const QJsonArray parts = shown.value(u"files"_s).toArray();
        QVERIFY(!parts.isEmpty());
        for (const QJsonValue &value : parts) {
            const QJsonObject part = value.toObject();
            QCOMPARE(part.size(), bb::RecordJson::fileKeys().size());
            const QJsonObject extra = part.value(u"extra"_s).toObject();
            for (const char *key : {"Status", "StartTime", "FinishedTime", "SnapshotName"})
                QVERIFY2(!extra.value(QLatin1String(key)).toString().isEmpty(), key);
            QVERIFY(extra.contains(u"Detail"_s));
        }
    }

    void createKeepsUntilInstanceRemoved()
    {
        const QString instance = firstInstance(u"tencent-sqlserver"_s);
        Run r = run({u"--sandbox"_s, u"create"_s, u"--product"_s, u"tencent-sqlserver"_s, u"--instance"_s,
                     instance, u"--keep-until-instance-removed"_s, u"--wait"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"status"_s).toString(), u"succeeded"_s);

        // Redis has no StorageStrategy: a usage error before anything is created.
        const QString redis = firstInstance(u"tencent-redis"_s);
        r = run({u"--sandbox"_s, u"create"_s, u"--product"_s, u"tencent-redis"_s, u"--instance"_s, redis,
                 u"--keep-until-instance-removed"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("tencent-sqlserver"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void downloadVerifiesCrc()
    {
        const QString instance = firstInstance(u"alibaba-rds"_s);
        const QJsonArray backups = succeededRdsBackups(instance);
        // The smallest file with a published checksum keeps the test fast.
        QJsonObject chosen;
        for (const QJsonValue &value : backups) {
            const QJsonObject b = value.toObject();
            if (b.value(u"checksum"_s).isObject() && b.value(u"files"_s).toArray().isEmpty()
                && (chosen.isEmpty()
                    || b.value(u"size_bytes"_s).toInteger() < chosen.value(u"size_bytes"_s).toInteger()))
                chosen = b;
        }
        QVERIFY2(!chosen.isEmpty(), "no RDS backup with a checksum in the sandbox");
        QTemporaryDir dir;
        const Run r = run({u"--sandbox"_s, u"download"_s, u"--product"_s, u"alibaba-rds"_s, u"--instance"_s,
                           instance, u"--backup"_s, chosen.value(u"id"_s).toString(), u"--dir"_s, dir.path()},
                          {}, 60000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString path = QString::fromUtf8(r.out.trimmed());
        QVERIFY2(path.startsWith(dir.path()), qPrintable(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.size(), chosen.value(u"size_bytes"_s).toInteger());
        bb::Crc64 crc;
        while (!file.atEnd())
            crc.update(file.read(1 << 20));
        QCOMPARE(crc.decimal(), chosen.value(u"checksum"_s).toObject().value(u"value"_s).toString());
        QVERIFY(QDir(dir.path()).entryList({u"*.part"_s}, QDir::Files).isEmpty());
    }

    void interruptKeepsPart()
    {
#ifndef Q_OS_UNIX
        QSKIP("interrupts the CLI with SIGINT, which only Unix has (docs/portability.md)");
#endif
        const QString instance = firstInstance(u"alibaba-rds"_s);
        const QJsonArray backups = succeededRdsBackups(instance);
        QJsonObject largest;
        for (const QJsonValue &value : backups) {
            const QJsonObject b = value.toObject();
            if (b.value(u"files"_s).toArray().isEmpty()
                && (largest.isEmpty()
                    || b.value(u"size_bytes"_s).toInteger() > largest.value(u"size_bytes"_s).toInteger()))
                largest = b;
        }
        if (largest.value(u"size_bytes"_s).toInteger() < 200 * 1024 * 1024)
            BB_SKIP("no backup large enough to interrupt mid-way");
        QTemporaryDir dir;
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(BB_CLI_PATH),
                      {u"--sandbox"_s, u"download"_s, u"--product"_s, u"alibaba-rds"_s, u"--instance"_s,
                       instance, u"--backup"_s, largest.value(u"id"_s).toString(), u"--dir"_s, dir.path()});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(dir.path()).entryList({u"*.part"_s}, QDir::Files).isEmpty(), 20000);
        interrupt(process);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(process.readAllStandardError().contains("resume"));
        QCOMPARE(QDir(dir.path()).entryList({u"*.part"_s}, QDir::Files).size(), 1);
    }

    void usageError()
    {
        Run r = run({u"backups"_s, u"--product"_s, u"tencent-sqlserver"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--instance"));
        r = run({u"frobnicate"_s});
        QCOMPARE(r.exitCode, 1);
    }

    void unknownBackupIsProviderError()
    {
        const QString instance = firstInstance(u"tencent-sqlserver"_s);
        const Run r = run({u"--sandbox"_s, u"show"_s, u"--product"_s, u"tencent-sqlserver"_s, u"--instance"_s,
                           instance, u"--backup"_s, u"99999999"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("RequestId "), r.err.constData());
        QVERIFY(r.err.contains(instance.toUtf8()));
        QVERIFY(r.out.isEmpty());
    }

    // show of a backup kept two years, by id with no window: at most 4 API calls per product.
    void showTwoYearOldBackupInFourCalls_data()
    {
        QTest::addColumn<QString>("product");
        QTest::newRow("rds") << u"alibaba-rds"_s;
        QTest::newRow("starrocks") << u"alibaba-starrocks"_s;
    }

    void showTwoYearOldBackupInFourCalls()
    {
        QFETCH(QString, product);
        const QString instance = firstInstance(product);
        const QString id = twoYearOldBackup(product, instance);
        QVERIFY2(!id.isEmpty(), qPrintable(product));
        const Run r = run({u"--sandbox"_s, u"--verbose"_s, u"show"_s, u"--product"_s, product,
                           u"--instance"_s, instance, u"--backup"_s, id, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(u"id"_s).toString(), id);
        const int calls = requestLines(r.err);
        QVERIFY2(calls >= 1 && calls <= 4, r.err.constData());
        const QDateTime start = QDateTime::fromString(shown.value(u"start"_s).toString(), Qt::ISODate);
        QVERIFY(start.daysTo(QDateTime::currentDateTimeUtc()) >= 729);
    }

    void editDescriptionAsJson()
    {
        const QString instance = firstInstance(u"alibaba-starrocks"_s);
        const QJsonArray rows
            = json({u"--sandbox"_s, u"backups"_s, u"--product"_s, u"alibaba-starrocks"_s, u"--instance"_s,
                    instance, u"--status"_s, u"succeeded"_s, u"--format"_s, u"json"_s})
                  .array();
        QVERIFY(!rows.isEmpty());
        const QString id = rows.first().toObject().value(u"id"_s).toString();
        const Run r = run({u"--sandbox"_s, u"edit"_s, u"--product"_s, u"alibaba-starrocks"_s, u"--instance"_s,
                           instance, u"--backup"_s, id, u"--description"_s, u"kept for the audit"_s,
                           u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject edited = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(edited.value(u"id"_s).toString(), id);
        QCOMPARE(edited.value(u"name"_s).toString(), u"kept for the audit"_s);

        // A product without the call refuses before any request; edit needs its description.
        const QString rds = firstInstance(u"alibaba-rds"_s);
        Run refused = run({u"--sandbox"_s, u"--verbose"_s, u"edit"_s, u"--product"_s, u"alibaba-rds"_s,
                           u"--instance"_s, rds, u"--backup"_s, u"1"_s, u"--description"_s, u"x"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("does not allow editing"), refused.err.constData());
        QCOMPARE(requestLines(refused.err), 0);
        refused = run({u"--sandbox"_s, u"edit"_s, u"--product"_s, u"alibaba-starrocks"_s, u"--instance"_s,
                       instance, u"--backup"_s, id});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("--description"));
    }

    void deleteWithYesAsJson()
    {
        const QString instance = firstInstance(u"alibaba-starrocks"_s);
        const QString id = twoYearOldBackup(u"alibaba-starrocks"_s, instance);
        QVERIFY(!id.isEmpty());
        const Run r
            = run({u"--sandbox"_s, u"delete"_s, u"--product"_s, u"alibaba-starrocks"_s, u"--instance"_s,
                   instance, u"--backup"_s, id, u"--yes"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject deleted = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(deleted.value(u"id"_s).toString(), id);
        QCOMPARE(deleted.value(u"status"_s).toString(), u"deleted"_s);
    }

    void deleteWithoutATerminalRefuses()
    {
        const QString instance = firstInstance(u"alibaba-starrocks"_s);
        const Run r
            = run({u"--sandbox"_s, u"--verbose"_s, u"delete"_s, u"--product"_s, u"alibaba-starrocks"_s,
                   u"--instance"_s, instance, u"--backup"_s, u"bt-anything"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--yes"), r.err.constData());
        QCOMPARE(requestLines(r.err), 0); // refused before any call
        QVERIFY(r.out.isEmpty());
    }

    void deleteAsksOnATerminalNamingWhatGoes_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no") << QByteArray("n") << 1;
        QTest::newRow("empty") << QByteArray() << 1;
        QTest::newRow("yes") << QByteArray("y") << 0;
    }

    void deleteAsksOnATerminalNamingWhatGoes()
    {
#ifndef Q_OS_UNIX
        QSKIP("answers the question through a pseudo-terminal, which only Unix has (docs/portability.md)");
#else
        QFETCH(QByteArray, answer);
        QFETCH(int, exitCode);
        const QString instance = firstInstance(u"alibaba-starrocks"_s);
        const QString id = twoYearOldBackup(u"alibaba-starrocks"_s, instance);
        QVERIFY(!id.isEmpty());
        const Run r = runOnTerminal({u"--sandbox"_s, u"delete"_s, u"--product"_s, u"alibaba-starrocks"_s,
                                     u"--instance"_s, instance, u"--backup"_s, id, u"--format"_s, u"json"_s},
                                    "[y/N]", answer);
        QCOMPARE(r.exitCode, exitCode);
        // The question names the backup's id and name, its instance and product, size and age: the
        // GUI's question (Confirmation::deleteBackup), word for word, then the terminal's [y/N].
        for (const QByteArray &part :
             {id.toUtf8(), instance.toUtf8(), QByteArray("Kept before the 3.3 upgrade"), QByteArray("GiB"),
              QByteArray(" ago)"), QByteArray("Alibaba Cloud EMR Serverless StarRocks"),
              QByteArray("This cannot be undone."), QByteArray("Delete backup? [y/N]")})
            QVERIFY2(r.err.contains(part), r.err.constData());
        if (exitCode == 0)
            QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"status"_s).toString(), u"deleted"_s);
        else
            QVERIFY2(r.err.contains("not deleted"), r.err.constData());
#endif
    }

    void deleteRefusedWhenTheRecordSaysSo()
    {
        const QString instance = firstInstance(u"alibaba-rds"_s);
        const QJsonArray automated
            = json({u"--sandbox"_s, u"backups"_s, u"--product"_s, u"alibaba-rds"_s, u"--instance"_s, instance,
                    u"--trigger"_s, u"automatic"_s, u"--format"_s, u"json"_s})
                  .array();
        QVERIFY(!automated.isEmpty());
        const QString id = automated.first().toObject().value(u"id"_s).toString();
        const Run r = run({u"--sandbox"_s, u"--verbose"_s, u"delete"_s, u"--product"_s, u"alibaba-rds"_s,
                           u"--instance"_s, instance, u"--backup"_s, id, u"--yes"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("StoreStatus is Disabled"), r.err.constData());
        QVERIFY(!r.err.contains("DeleteBackup HTTP"));
    }

    void filtersOnEveryProduct_data()
    {
        QTest::addColumn<QString>("product");
        for (const char *product : {"alibaba-rds", "alibaba-starrocks", "tencent-sqlserver", "tencent-redis"})
            QTest::newRow(product) << QString::fromLatin1(product);
    }

    void filtersOnEveryProduct()
    {
        QFETCH(QString, product);
        const QString instance = firstInstance(product);
        const QJsonArray all = json({u"--sandbox"_s, u"backups"_s, u"--product"_s, product, u"--instance"_s,
                                     instance, u"--since"_s, u"30d"_s, u"--format"_s, u"json"_s})
                                   .array();
        QVERIFY(!all.isEmpty());
        const QJsonArray full
            = json({u"--sandbox"_s, u"backups"_s, u"--product"_s, product, u"--instance"_s, instance,
                    u"--since"_s, u"30d"_s, u"--kind"_s, u"full"_s, u"--trigger"_s, u"automatic"_s,
                    u"--status"_s, u"succeeded"_s, u"--format"_s, u"json"_s})
                  .array();
        int expected = 0;
        for (const QJsonValue &row : all) {
            const QJsonObject o = row.toObject();
            expected += o.value(u"kind"_s).toString() == u"full"_s
                && o.value(u"trigger"_s).toString() == u"automatic"_s
                && o.value(u"status"_s).toString() == u"succeeded"_s;
        }
        QCOMPARE(full.size(), expected);
        for (const QJsonValue &row : full) {
            QCOMPARE(row.toObject().value(u"kind"_s).toString(), u"full"_s);
            QCOMPARE(row.toObject().value(u"trigger"_s).toString(), u"automatic"_s);
        }
        const Run bad = run({u"--sandbox"_s, u"backups"_s, u"--product"_s, product, u"--instance"_s, instance,
                             u"--kind"_s, u"weekly"_s});
        QCOMPARE(bad.exitCode, 1);
    }

    void sinceEqualToUntilRefusedBeforeTheCall()
    {
        const Run r = run({u"--sandbox"_s, u"--verbose"_s, u"backups"_s, u"--product"_s, u"alibaba-rds"_s,
                           u"--instance"_s, u"rm-x"_s, u"--since"_s, u"2026-01-02T03:04:00Z"_s, u"--until"_s,
                           u"2026-01-02T03:04:00Z"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("same time"), r.err.constData());
        QCOMPARE(requestLines(r.err), 0);
    }

    void permissionErrorIsACredentialsExit()
    {
        const Run r = run({u"--sandbox"_s, u"backups"_s, u"--product"_s, u"alibaba-rds"_s, u"--instance"_s,
                           u"rm-forbidden0000000"_s});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("InvalidUserOperatorPermission"), r.err.constData());
        QVERIFY2(r.err.contains("RAM permission"), r.err.constData());
        QVERIFY(r.err.contains("RequestId "));
    }

    // show and download take no window (docs/cli.md#finding-a-backup-by-id): a SQL Server backup two
    // years old (one packaged, one "single", named group-<GroupId>) is found in at most 4 API calls, and the
    // single one downloads every per-database file into one folder named after the backup.
    void oldBackupsWithoutAWindow()
    {
        const QString instance = firstInstance(u"tencent-sqlserver"_s);
        const QJsonArray listed
            = json({u"--sandbox"_s, u"backups"_s, u"--product"_s, u"tencent-sqlserver"_s, u"--instance"_s,
                    instance, u"--since"_s, u"800d"_s, u"--format"_s, u"json"_s})
                  .array();
        const QDateTime yearAgo = QDateTime::currentDateTimeUtc().addDays(-365);
        QJsonObject pkg;
        QJsonObject single;
        for (const QJsonValue &value : listed) {
            const QJsonObject b = value.toObject();
            if (QDateTime::fromString(b.value(u"start"_s).toString(), Qt::ISODate) > yearAgo)
                continue;
            (b.value(u"id"_s).toString().startsWith(u"group-"_s) ? single : pkg) = b;
        }
        QVERIFY2(!pkg.isEmpty() && !single.isEmpty(),
                 "the sandbox keeps no two-year-old pkg and single backups");
        for (const QJsonObject &wanted : {pkg, single}) {
            const QString id = wanted.value(u"id"_s).toString();
            const Run r
                = run({u"--sandbox"_s, u"--verbose"_s, u"show"_s, u"--product"_s, u"tencent-sqlserver"_s,
                       u"--instance"_s, instance, u"--backup"_s, id, u"--format"_s, u"json"_s});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(shown.value(u"id"_s).toString(), id);
            QCOMPARE(shown.value(u"start"_s), wanted.value(u"start"_s));
            QCOMPARE(shown.value(u"name"_s), wanted.value(u"name"_s));
            const int calls = int(r.err.count("tencent-sqlserver "));
            QVERIFY2(calls >= 1 && calls <= 4, r.err.constData());
        }
        QTemporaryDir dir;
        const Run r
            = run({u"--sandbox"_s, u"download"_s, u"--product"_s, u"tencent-sqlserver"_s, u"--instance"_s,
                   instance, u"--backup"_s, single.value(u"id"_s).toString(), u"--dir"_s, dir.path()},
                  {}, 60000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList paths = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(paths.size() > 1);
        const QString folder = QDir(dir.path()).filePath(single.value(u"name"_s).toString());
        for (const QString &path : paths) {
            QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(folder).absoluteFilePath());
            QVERIFY(QFileInfo(path).size() > 0);
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), paths.size());
        QVERIFY(QDir(folder).entryList({u"*.part"_s}, QDir::Files).isEmpty());
    }

    void secretOnCommandLineRefused()
    {
        const Run r
            = run({u"--secret-key"_s, u"hunter2"_s, u"instances"_s, u"--product"_s, u"tencent-redis"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("never accepted"));
        QVERIFY(!r.err.contains("hunter2"));
    }

    void missingCredentials()
    {
        const Run r = run({u"instances"_s, u"--product"_s, u"alibaba-rds"_s});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(!r.err.isEmpty());
    }

    void networkFailure()
    {
        // Credentials present, but the endpoint does not answer.
        QProcess process;
        QProcessEnvironment env = environment();
        env.insert(u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDwrong0000000000000000000000000000"_s);
        env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, u"wrongwrongwrongwrongwrongwrong00"_s);
        process.setProcessEnvironment(env);
        process.start(
            QStringLiteral(BB_CLI_PATH),
            {u"--endpoint"_s, u"http://127.0.0.1:9"_s, u"instances"_s, u"--product"_s, u"tencent-redis"_s});
        QVERIFY(process.waitForFinished(30000));
        // Nothing listens on port 9 (discard): a network failure.
        QCOMPARE(process.exitCode(), 3);
    }

    // An interrupted download resumes when the same command runs again: the second run finds the
    // backup afresh, keeps the .part and asks for the rest with Range, on every product that
    // downloads. The sandbox runs here (not --sandbox) so its file host can be slowed down for the
    // first run and its Range log read after the second; the CLI reaches it with --endpoint.
    void downloadRunAgainResumes_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("kind"); // empty: any
        QTest::addColumn<QString>("region"); // Redis in Shanghai has one shard
        QTest::addColumn<qint64>("minSize");
        const qint64 MiB = 1024 * 1024;
        QTest::newRow("sqlserver log") << u"tencent-sqlserver"_s << u"log"_s << u"ap-guangzhou"_s << 2 * MiB;
        QTest::newRow("sqlserver data")
            << u"tencent-sqlserver"_s << u"full"_s << u"ap-guangzhou"_s << 2 * MiB;
        QTest::newRow("redis") << u"tencent-redis"_s << QString() << u"ap-shanghai"_s << 256 * 1024LL;
        QTest::newRow("rds") << u"alibaba-rds"_s << QString() << u"cn-hangzhou"_s << 2 * MiB;
    }

    void downloadRunAgainResumes()
    {
#ifndef Q_OS_UNIX
        QSKIP("interrupts the CLI with SIGINT, which only Unix has (docs/portability.md)");
#endif
        QFETCH(QString, product);
        QFETCH(QString, kind);
        QFETCH(QString, region);
        QFETCH(qint64, minSize);
        bb::test::SandboxFixture fixture;
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        const auto runHere = [&](const QStringList &arguments) {
            return runAt(fixture, arguments);
        };

        // The smallest one-file backup of at least minSize that started days ago (SQL Server finds
        // a backup again within the day it started), with its region.
        Run r = runHere(
            {u"--region"_s, region, u"instances"_s, u"--product"_s, product, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject chosen;
        QString chosenRegion;
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-3);
        for (const QJsonValue &value : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject instance = value.toObject();
            r = runHere({u"--region"_s, instance.value(u"region"_s).toString(), u"backups"_s, u"--product"_s,
                         product, u"--instance"_s, instance.value(u"id"_s).toString(), u"--since"_s, u"25d"_s,
                         u"--status"_s, u"succeeded"_s, u"--format"_s, u"json"_s});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            for (const QJsonValue &b : QJsonDocument::fromJson(r.out).array()) {
                const QJsonObject backup = b.toObject();
                const qint64 size = backup.value(u"size_bytes"_s).toInteger(-1);
                if ((!kind.isEmpty() && backup.value(u"kind"_s).toString() != kind)
                    || QDateTime::fromString(backup.value(u"start"_s).toString(), Qt::ISODate) > old
                    || backup.value(u"files"_s).toArray().size() > 1
                    || backup.value(u"extra"_s).toObject().value(u"BackupFormat"_s).toString() == u"single"
                    || (size >= 0 && size < minSize)
                    || (!chosen.isEmpty() && size >= chosen.value(u"size_bytes"_s).toInteger(-1)))
                    continue;
                chosen = backup;
                chosenRegion = instance.value(u"region"_s).toString();
            }
        }
        QVERIFY2(!chosen.isEmpty(), "no old one-file backup large enough");
        const QStringList download = {u"--region"_s,
                                      chosenRegion,
                                      u"download"_s,
                                      u"--product"_s,
                                      product,
                                      u"--instance"_s,
                                      chosen.value(u"instance"_s).toString(),
                                      u"--backup"_s,
                                      chosen.value(u"id"_s).toString()};

        // First run: slowed down, interrupted part-way.
        QTemporaryDir dir;
        bb::sandbox::FileFaultPlan slow;
        slow.bytesPerSecond = 128 * 1024;
        fixture.sandbox().fileHost().faults().set(slow);
        QProcess first;
        first.setProcessEnvironment(sandboxEnvironment());
        first.start(QStringLiteral(BB_CLI_PATH),
                    QStringList {u"--endpoint"_s, fixture.endpoint(false).toString()} + download
                        + QStringList {u"--dir"_s, dir.path()});
        QVERIFY(first.waitForStarted());
        const auto partSize = [&] {
            const QFileInfoList parts = QDir(dir.path()).entryInfoList({u"*.part"_s}, QDir::Files);
            return parts.isEmpty() ? qint64(-1) : parts.first().size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(partSize() >= 32 * 1024 || first.state() == QProcess::NotRunning, 30000);
        // processId() is 0 once it ended, and kill(0) would signal this test's whole group.
        QVERIFY2(first.state() == QProcess::Running && first.processId() > 0,
                 "the first run ended before it could be interrupted");
        interrupt(first);
        QVERIFY(first.waitForFinished(20000));
        QVERIFY2(first.exitCode() == 130, first.readAllStandardError().constData());
        const qint64 kept = partSize();
        QVERIFY(kept > 0);

        // Second run, the same command: resumes from the .part with Range.
        fixture.sandbox().fileHost().faults().set({});
        fixture.sandbox().fileHost().faults().clearLog();
        r = runHere(QStringList {u"--verbose"_s} + download + QStringList {u"--dir"_s, dir.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("resuming"), r.err.constData());
        const QList<QByteArray> ranges = fixture.sandbox().fileHost().faults().rangeLog();
        QVERIFY(!ranges.isEmpty());
        for (const QByteArray &range : ranges) {
            QVERIFY2(range.startsWith("bytes="),
                     range.isEmpty() ? "a request without Range" : range.constData());
            const qint64 from = range.mid(6, range.indexOf('-') - 6).toLongLong();
            QVERIFY2(from > 0 && from <= kept, range.constData());
        }

        // Byte for byte what the host serves (its key is in the --verbose GET line).
        const QString path = QString::fromUtf8(r.out.trimmed());
        QVERIFY2(path.startsWith(dir.path()), qPrintable(path));
        const qsizetype at = r.err.indexOf("/files/");
        QVERIFY2(at >= 0, r.err.constData());
        const QByteArray key = r.err.mid(at + 7, r.err.indexOf('?', at) - at - 7);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const bb::sandbox::FileHost::File hosted {QUrl::fromPercentEncoding(key), QFileInfo(path).fileName(),
                                                  file.size()};
        QVERIFY(file.size() > kept);
        if (chosen.value(u"size_bytes"_s).toInteger(-1) >= 0 && product != u"tencent-redis"_s)
            QCOMPARE(file.size(), chosen.value(u"size_bytes"_s).toInteger());
        for (qint64 offset = 0; !file.atEnd(); offset += 1 << 20) {
            const QByteArray got = file.read(1 << 20);
            QVERIFY2(got == fixture.sandbox().fileHost().content(hosted, offset, got.size()),
                     qPrintable(u"differs at "_s + QString::number(offset)));
        }
        QVERIFY(QDir(dir.path()).entryList({u"*.part"_s, u"*.json"_s}, QDir::Files).isEmpty());
    }
};

BB_TEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
