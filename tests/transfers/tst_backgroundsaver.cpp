#include "support/testmain.h"
#include "transfers/backgroundsaver.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestBackgroundSaver : public QObject
{
    Q_OBJECT

private slots:
    void writesTheFile();
    void latestSnapshotWins();
    void readersSeeWholeSnapshots();
    void failingDirectoryGivesTheError();
    void destructionWritesWhatIsQueued();
};

namespace {

constexpr int waitMs = 10000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray snapshot(int n, qsizetype size = 64 * 1024)
{
    QByteArray data = "snapshot " + QByteArray::number(n) + '\n';
    data.append(size, char('a' + n % 26));
    return data;
}

} // namespace

void TestBackgroundSaver::writesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"queue.json"_s);
    bb::BackgroundSaver saver(path);
    QCOMPARE(saver.fileName(), path);
    QSignalSpy failed(&saver, &bb::BackgroundSaver::failed);
    saver.write(snapshot(1));
    saver.flush();
    QCOMPARE(readAll(path), snapshot(1));
    QString error;
    QVERIFY2(saver.writeAndWait(snapshot(2), &error), qPrintable(error));
    QCOMPARE(readAll(path), snapshot(2));
    // QSaveFile's temporary files are gone: only the file itself is left.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"queue.json"_s});
    QCoreApplication::processEvents();
    QCOMPARE(failed.size(), 0);
}

void TestBackgroundSaver::latestSnapshotWins()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"queue.json"_s);
    bb::BackgroundSaver saver(path);
    for (int i = 0; i < 200; ++i)
        saver.write(snapshot(i));
    saver.flush();
    QCOMPARE(readAll(path), snapshot(199));
    // A waited-for write after queued ones is what stays.
    for (int i = 0; i < 50; ++i)
        saver.write(snapshot(i));
    QVERIFY(saver.writeAndWait(snapshot(500)));
    saver.flush();
    QCOMPARE(readAll(path), snapshot(500));
}

// The file is replaced, never rewritten in place: a reader sees one whole snapshot or another.
void TestBackgroundSaver::readersSeeWholeSnapshots()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"queue.json"_s);
    bb::BackgroundSaver saver(path);
    QVERIFY(saver.writeAndWait(snapshot(0, 1024 * 1024)));
    for (int i = 1; i <= 40; ++i) {
        saver.write(snapshot(i, 1024 * 1024));
        const QByteArray seen = readAll(path);
        bool whole = false;
        for (int j = 0; j <= i && !whole; ++j)
            whole = seen == snapshot(j, 1024 * 1024);
        QVERIFY2(whole, qPrintable(u"read %1 bytes that are no snapshot"_s.arg(seen.size())));
    }
    saver.flush();
    QCOMPARE(readAll(path), snapshot(40, 1024 * 1024));
}

void TestBackgroundSaver::failingDirectoryGivesTheError()
{
    QTemporaryDir dir;
    // A regular file where the folder should be: fails for root as well.
    QFile blocker(dir.filePath(u"notadir"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(u"notadir/queue.json"_s);
    bb::BackgroundSaver saver(path);
    QSignalSpy failed(&saver, &bb::BackgroundSaver::failed);

    QString error;
    QVERIFY(!saver.writeAndWait(snapshot(1), &error));
    QVERIFY(!error.isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(failed.size(), 0); // the waiting caller has the error; no second report

    saver.write(snapshot(2));
    // Not failed.wait(): the spy records on the worker's thread, which may report before wait()
    // starts listening (then wait() times out; seen under ctest -j2).
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, waitMs);
    QCOMPARE(failed.at(0).at(0).toString(), error);
    QVERIFY(!QFile::exists(path));

    // The folder appears: the next snapshot is written.
    QVERIFY(QFile::remove(blocker.fileName()));
    QVERIFY(QDir(dir.path()).mkdir(u"notadir"_s));
    QVERIFY2(saver.writeAndWait(snapshot(3), &error), qPrintable(error));
    QCOMPARE(readAll(path), snapshot(3));
}

void TestBackgroundSaver::destructionWritesWhatIsQueued()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"queue.json"_s);
    for (int round = 0; round < 20; ++round) {
        auto saver = std::make_unique<bb::BackgroundSaver>(path);
        for (int i = 0; i <= round; ++i)
            saver->write(snapshot(round * 100 + i));
        saver.reset(); // returns at once from write(): the destructor must finish the job
        QCOMPARE(readAll(path), snapshot(round * 100 + round));
    }
}

BB_TEST_GUILESS_MAIN(TestBackgroundSaver)
#include "tst_backgroundsaver.moc"
