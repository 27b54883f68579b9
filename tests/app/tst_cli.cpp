// Runs the real backup-browser-cli executable (BB_CLI_PATH) against its in-process sandbox.

#include "app/cli/recordjson.h"
#include "app/core/version.h"
#include "providers/crypto/crc64.h"
#include "sandbox/filehost.h"
#include "support/sandboxfixture.h"

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

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        // No vendor credentials leak in from the machine; HOME and config stay in a scratch folder.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"TENCENTCLOUD_") || key.startsWith(u"ALIBABA_CLOUD_"))
                env.remove(key);
        }
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/.config"_s);
        // The CLI follows the system language: these tests read its English messages.
        env.remove(u"LANGUAGE"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        return env;
    }

    Run run(const QStringList &arguments, const QString &workDir = {}, int timeoutMs = 30000) const
    {
        return runWith(environment(), arguments, workDir, timeoutMs);
    }

    static Run runWith(const QProcessEnvironment &env, const QStringList &arguments,
                       const QString &workDir = {}, int timeoutMs = 30000)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        if (!workDir.isEmpty())
            process.setWorkingDirectory(workDir);
        process.start(QStringLiteral(BB_CLI_PATH), arguments);
        Run result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
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
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void versionAndHelp()
    {
        Run r = run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("backup-browser-cli " BB_VERSION " "), r.out.constData());
        r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"products", "instances", "backups", "show", "create", "download"})
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
            QSKIP("no backup large enough to interrupt mid-way");
        QTemporaryDir dir;
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(BB_CLI_PATH),
                      {u"--sandbox"_s, u"download"_s, u"--product"_s, u"alibaba-rds"_s, u"--instance"_s,
                       instance, u"--backup"_s, largest.value(u"id"_s).toString(), u"--dir"_s, dir.path()});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(dir.path()).entryList({u"*.part"_s}, QDir::Files).isEmpty(), 20000);
        ::kill(pid_t(process.processId()), SIGINT);
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
        QFETCH(QString, product);
        QFETCH(QString, kind);
        QFETCH(QString, region);
        QFETCH(qint64, minSize);
        bb::test::SandboxFixture fixture;
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        QProcessEnvironment env = environment();
        env.insert(u"TENCENTCLOUD_SECRET_ID"_s,
                   QString::fromLatin1(bb::sandbox::SandboxKeys::tencentSecretId));
        env.insert(u"TENCENTCLOUD_SECRET_KEY"_s,
                   QString::fromLatin1(bb::sandbox::SandboxKeys::tencentSecretKey));
        env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s,
                   QString::fromLatin1(bb::sandbox::SandboxKeys::alibabaAccessKeyId));
        env.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s,
                   QString::fromLatin1(bb::sandbox::SandboxKeys::alibabaAccessKeySecret));
        const QStringList endpoint = {u"--endpoint"_s, fixture.endpoint(false).toString()};
        // The CLI runs while this thread waits; the sandbox answers from its own thread.
        const auto runHere = [&](const QStringList &arguments) {
            return runWith(env, endpoint + arguments, {}, 60000);
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
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(BB_CLI_PATH), endpoint + download + QStringList {u"--dir"_s, dir.path()});
        QVERIFY(first.waitForStarted());
        const auto partSize = [&] {
            const QFileInfoList parts = QDir(dir.path()).entryInfoList({u"*.part"_s}, QDir::Files);
            return parts.isEmpty() ? qint64(-1) : parts.first().size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(partSize() >= 32 * 1024 || first.state() == QProcess::NotRunning, 30000);
        // processId() is 0 once it ended, and kill(0) would signal this test's whole group.
        QVERIFY2(first.state() == QProcess::Running && first.processId() > 0,
                 "the first run ended before it could be interrupted");
        ::kill(pid_t(first.processId()), SIGINT);
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
