#include "providers/core/backup.h"
#include "providers/core/productdescription.h"
#include "session/downloadplan.h"
#include "support/testmain.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;

namespace {

Capabilities downloadable()
{
    Capabilities caps;
    caps.download = true;
    return caps;
}

Backup oneFile()
{
    Backup b;
    b.id = QStringLiteral("b-1");
    b.product = QStringLiteral("tencent-sqlserver");
    b.instanceId = QStringLiteral("mssql-1");
    b.region = QStringLiteral("ap-guangzhou");
    b.name = QStringLiteral("nightly");
    b.sizeBytes = 1024;
    b.externalUrl = QUrl(QStringLiteral("https://files.example/nightly.bak?sign=secret"));
    return b;
}

// A SQL Server "single" backup: one file per database.
Backup twoFiles()
{
    Backup b = oneFile();
    b.id = QStringLiteral("group:16556099469691");
    b.name = QStringLiteral("before/migration");
    b.externalUrl = {};
    for (const QString &db : {QStringLiteral("orders"), QStringLiteral("users")}) {
        BackupFile file;
        file.name = db + QStringLiteral(".bak");
        file.database = db;
        file.sizeBytes = 10;
        file.externalUrl = QUrl(QStringLiteral("https://files.example/") + db + QStringLiteral(".bak"));
        b.files.append(file);
    }
    return b;
}

} // namespace

class tst_DownloadPlan : public QObject
{
    Q_OBJECT

private slots:
    void oneFileGoesIntoTheChosenFolder()
    {
        QTemporaryDir dir;
        const QString chosen = dir.filePath(QStringLiteral("not/yet/there"));
        const DownloadPlan plan
            = DownloadPlan::prepare(oneFile(), downloadable(), {}, QStringLiteral("acc"), chosen);
        QVERIFY2(plan.ok(), qPrintable(plan.message));
        QCOMPARE(plan.folder, chosen);
        QVERIFY(QFileInfo(chosen).isDir());
        QCOMPARE(plan.identities.size(), 1);
        QCOMPARE(plan.identities.first().backupId, QStringLiteral("b-1"));
        QCOMPARE(plan.identities.first().account, QStringLiteral("acc"));
    }

    void severalFilesGoIntoAFolderNamedAfterTheBackup()
    {
        QTemporaryDir dir;
        const DownloadPlan plan = DownloadPlan::prepare(twoFiles(), downloadable(), {}, {}, dir.path());
        QVERIFY2(plan.ok(), qPrintable(plan.message));
        QCOMPARE(plan.identities.size(), 2);
        // The name is sanitised: the slash from the server does not make a second level.
        QCOMPARE(QFileInfo(plan.folder).dir().absolutePath(), QDir(dir.path()).absolutePath());
        QVERIFY(QFileInfo(plan.folder).isDir());
        QVERIFY2(QFileInfo(plan.folder).fileName().startsWith(QStringLiteral("before")),
                 qPrintable(plan.folder));
        QVERIFY(!QFileInfo(plan.folder).fileName().contains(u'/'));
    }

    void aProductWithoutDownloadsSaysWhy()
    {
        QTemporaryDir dir;
        Capabilities caps;
        caps.noDownloadReason = QStringLiteral("snapshots stay in the cloud");
        const DownloadPlan plan
            = DownloadPlan::prepare(oneFile(), caps, {}, {}, dir.filePath(QStringLiteral("x")));
        QCOMPARE(plan.problem, DownloadPlan::Problem::NotDownloadable);
        QVERIFY(plan.message.contains(QStringLiteral("b-1")));
        QVERIFY(plan.message.contains(QStringLiteral("snapshots stay in the cloud")));
        QVERIFY(plan.identities.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x")))); // nothing made on disk
    }

    void aRecordThatCannotBeDownloadedSaysWhy()
    {
        QTemporaryDir dir;
        Backup b = oneFile();
        b.notDownloadableReason = QStringLiteral("archived");
        const DownloadPlan plan = DownloadPlan::prepare(b, downloadable(), {}, {}, dir.path());
        QCOMPARE(plan.problem, DownloadPlan::Problem::NotDownloadable);
        QVERIFY(plan.message.contains(QStringLiteral("archived")));
    }

    void aFolderThatCannotBeMadeIsAProblem()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const DownloadPlan plan
            = DownloadPlan::prepare(oneFile(), downloadable(), {}, {}, file + QStringLiteral("/sub"));
        QCOMPARE(plan.problem, DownloadPlan::Problem::Folder);
        QVERIFY(plan.message.contains(QStringLiteral("b-1")));
        QVERIFY(plan.identities.isEmpty());
    }
};

BB_TEST_GUILESS_MAIN(tst_DownloadPlan)
#include "tst_downloadplan.moc"
