#include "offsite/copycatalogue.h"
#include "support/testmain.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::CopyCatalogue;
using bb::CopyRecord;

class TestCopyCatalogue : public QObject
{
    Q_OBJECT

private:
    static CopyRecord record(const QString &backup, const QString &path, qint64 size = 5)
    {
        CopyRecord r;
        r.rule = u"r"_s;
        r.product = u"tencent-redis"_s;
        r.region = u"ap-shanghai"_s;
        r.instanceId = u"crs-1"_s;
        r.backupId = backup;
        r.backupStart = QDateTime(QDate(2026, 12, 1), QTime(9, 18, 25), Qt::UTC);
        r.kind = bb::BackupKind::Full;
        r.fileName = QFileInfo(path).fileName();
        r.path = path;
        r.size = size;
        r.crc64 = u"123"_s;
        r.copiedAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        r.verifiedAt = r.copiedAt;
        return r;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private slots:
    void recordsReadBackAndSurviveReopening()
    {
        QTemporaryDir root;
        {
            CopyCatalogue c(root.path());
            QString error;
            bool missing = false;
            QVERIFY2(c.open(&error, &missing), qPrintable(error));
            QVERIFY(missing);
            QVERIFY(c.record(record(u"b1"_s, u"a/b1"_s), &error));
            QVERIFY(c.record(record(u"b2"_s, u"a/b2"_s), &error));
            QVERIFY(c.record(record(u"b2"_s, u"a/b2"_s, 9), &error)); // replaces by path
        }
        CopyCatalogue c(root.path());
        QString error;
        bool missing = true;
        QVERIFY(c.open(&error, &missing));
        QVERIFY(!missing);
        const QList<CopyRecord> copies = c.copies();
        QCOMPARE(copies.size(), 2);
        QCOMPARE(copies.at(0), record(u"b1"_s, u"a/b1"_s));
        QCOMPARE(copies.at(1).size, 9);
        QVERIFY(c.copies(u"other"_s).isEmpty());
        QCOMPARE(c.copies(u"r"_s).size(), 2);
    }

    void verificationAndRemoval()
    {
        QTemporaryDir root;
        CopyCatalogue c(root.path());
        QString error;
        QVERIFY(c.open(&error));
        QVERIFY(c.record(record(u"b1"_s, u"a/b1"_s), &error));
        QVERIFY(c.markVerified(u"a/b1"_s, {}, false, &error));
        QVERIFY(c.copies().first().corrupt);
        const QDateTime later(QDate(2026, 12, 5), QTime(1, 2, 3), Qt::UTC);
        QVERIFY(c.markVerified(u"a/b1"_s, later, true, &error));
        QVERIFY(!c.copies().first().corrupt);
        QCOMPARE(c.copies().first().verifiedAt, later);
        QVERIFY(c.remove(u"a/b1"_s, &error));
        QVERIFY(c.copies().isEmpty());
    }

    void schemaIsVersionedAndANewerOneRefused()
    {
        QTemporaryDir root;
        {
            CopyCatalogue c(root.path());
            QVERIFY(c.open(nullptr));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(CopyCatalogue::databasePath(root.path()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), CopyCatalogue::schemaVersion);
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        CopyCatalogue c(root.path());
        QString error;
        QVERIFY(!c.open(&error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    }

    void notADatabaseIsAnError()
    {
        QTemporaryDir root;
        writeFile(CopyCatalogue::databasePath(root.path()), QByteArray(4096, 'x'));
        CopyCatalogue c(root.path());
        QString error;
        QVERIFY(!c.open(&error));
        QVERIFY(!error.isEmpty());
    }

    void rebuildReadsSidecarsThatMatchTheirFiles()
    {
        QTemporaryDir root;
        CopyCatalogue writer(root.path());
        QVERIFY(writer.open(nullptr));
        // Good: file and sidecar agree.
        writeFile(root.filePath(u"x/2026-12-01/b1"_s), "12345");
        QVERIFY(writer.writeSidecar(record(u"b1"_s, u"x/2026-12-01/b1"_s), nullptr));
        // Wrong size on disk: not a copy.
        writeFile(root.filePath(u"x/2026-12-01/b2"_s), "123");
        QVERIFY(writer.writeSidecar(record(u"b2"_s, u"x/2026-12-01/b2"_s), nullptr));
        // A sidecar naming another path (moved, or hostile: "../../etc/passwd"): ignored.
        writeFile(root.filePath(u"x/b3"_s), "12345");
        writeFile(root.filePath(u"x/b3.copy.json"_s),
                  QJsonDocument(record(u"b3"_s, u"../../etc/passwd"_s).toJson()).toJson());
        // Garbage sidecar.
        writeFile(root.filePath(u"x/b4"_s), "12345");
        writeFile(root.filePath(u"x/b4.copy.json"_s), "{not json");
        // A partial download is reported.
        writeFile(root.filePath(u"x/b5.part"_s), "12");

        QVERIFY(QFile::remove(CopyCatalogue::databasePath(root.path())));
        CopyCatalogue c(root.path());
        QString error;
        bool missing = false;
        QVERIFY(c.open(&error, &missing));
        QVERIFY(missing);
        QStringList partials;
        QCOMPARE(c.rebuildFromDisk(&error, &partials), 1);
        QCOMPARE(partials, QStringList {u"x/b5.part"_s});
        QCOMPARE(c.copies().size(), 1);
        QCOMPARE(c.copies().first(), record(u"b1"_s, u"x/2026-12-01/b1"_s));
    }

    void runHistoryNewestFirstAndBounded()
    {
        QTemporaryDir root;
        CopyCatalogue c(root.path());
        QString error;
        QVERIFY(c.open(&error));
        const QDateTime t0(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC);
        for (int i = 0; i < CopyCatalogue::maxRuns + 5; ++i) {
            bb::SyncRunRecord run {u"r"_s, t0.addDays(i), t0.addDays(i).addSecs(60), i, 0, 1, u"ok"_s, {}};
            QVERIFY2(c.recordRun(run, &error), qPrintable(error));
        }
        QVERIFY(c.recordRun({u"other"_s, t0, t0, 0, 1, 0, u"incomplete"_s, u"why"_s}, &error));
        const QList<bb::SyncRunRecord> newest = c.runs(3);
        QCOMPARE(newest.size(), 3);
        QCOMPARE(newest.first().fetched, CopyCatalogue::maxRuns + 4);
        QVERIFY(newest.at(0).started > newest.at(1).started);
        // Each rule keeps its newest maxRuns; the other rule's run is not pushed out.
        const QList<bb::SyncRunRecord> all = c.runs(10000);
        QCOMPARE(all.size(), CopyCatalogue::maxRuns + 1);
        QCOMPARE(all.last().rule, u"other"_s);
        QCOMPARE(all.last().message, u"why"_s);
    }

    void jsonRoundTripAndRefusals()
    {
        const CopyRecord r = record(u"b1"_s, u"a/b1"_s);
        QCOMPARE(CopyRecord::fromJson(r.toJson()).value(), r);
        for (const QString &bad : {u"/abs"_s, u"a/../b"_s, u"c:/x"_s, u"a\\b"_s, QString()}) {
            CopyRecord x = r;
            x.path = bad;
            QVERIFY2(!CopyRecord::fromJson(x.toJson()), qPrintable(bad));
        }
        CopyRecord negative = r;
        negative.size = -1;
        QVERIFY(!CopyRecord::fromJson(negative.toJson()));
    }
};

BB_TEST_GUILESS_MAIN(TestCopyCatalogue)
#include "tst_copycatalogue.moc"
