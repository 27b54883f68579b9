#include "support/testmain.h"
#include "transfers/partwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <future>
#include <mutex>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

class TestPartWriter : public QObject
{
    Q_OBJECT

private slots:
    void keepsOrderAndCrc();
    void appendsAfterResumedBytes();
    void truncateStartsOver();
    void rangesWriteAtTheirOffsetsWithoutCutting();
    void rangeTruncateGoesBackToItsStart();
    void fullQueueSignalsRoom();
    void writeErrorIsReported();
    void droppedChunkInFlightIsNotPending();
    void drainedWhenAlreadyIdle();
    void tasksRunAfterTheWritesBeforeThem();
    void laterRunsAfterEverythingEvenClosed();
    void laterWithStateSeesTheDurableState();
    void openFailureIsReported();
};

namespace {

constexpr int waitMs = 10000;

// Chunks whose content depends on their index, so any reordering changes the file.
QList<QByteArray> numberedChunks(int count, qsizetype size)
{
    QList<QByteArray> chunks;
    for (int i = 0; i < count; ++i) {
        QByteArray chunk(size + i, Qt::Uninitialized);
        for (qsizetype j = 0; j < chunk.size(); ++j)
            chunk[j] = char((i * 31 + j * 7) & 0xff);
        chunks << chunk;
    }
    return chunks;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestPartWriter::keepsOrderAndCrc()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.part"_s);
    bb::PartWriter writer;
    writer.open(path, true, 0, bb::Crc64());
    QSignalSpy drained(&writer, &bb::PartWriter::drained);
    QByteArray expected;
    for (const QByteArray &chunk : numberedChunks(200, 4096)) {
        writer.append(chunk);
        expected += chunk;
    }
    writer.notifyWhenDrained();
    // Not QSignalSpy::wait(): signals emitted on the worker reach the spy at once, possibly before
    // wait() starts counting (it then times out). The same below.
    QTRY_COMPARE_WITH_TIMEOUT(drained.size(), 1, waitMs);
    QCOMPARE(drained.count(), 1);
    QVERIFY(writer.isIdle());
    QCOMPARE(writer.pendingBytes(), 0);
    const bb::PartWriter::Snapshot written = writer.durable();
    QCOMPARE(written.bytes, expected.size());
    QCOMPARE(written.crc.value(), bb::Crc64::of(expected));
    writer.close();
    QCOMPARE(readAll(path), expected);
}

void TestPartWriter::appendsAfterResumedBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"b.part"_s);
    const QByteArray head = "0123456789";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(head + "garbage beyond the CRC state");
    }
    bb::PartWriter writer;
    bb::Crc64 crc;
    crc.update(head);
    writer.open(path, false, head.size(), crc);
    writer.append("tail");
    writer.waitForIdle();
    QCOMPARE(writer.durable().bytes, head.size() + 4);
    QCOMPARE(writer.durable().crc.value(), bb::Crc64::of(head + "tail"));
    writer.close();
    QCOMPARE(readAll(path), head + "tail");
}

void TestPartWriter::truncateStartsOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.part"_s);
    bb::PartWriter writer;
    writer.open(path, true, 0, bb::Crc64());
    for (const QByteArray &chunk : numberedChunks(50, 65536))
        writer.append(chunk);
    writer.truncate();
    QCOMPARE(writer.durable().bytes, 0); // at once: nothing queued before it counts any more
    writer.append("fresh");
    writer.waitForIdle();
    QCOMPARE(writer.durable().bytes, 5);
    QCOMPARE(writer.durable().crc.value(), bb::Crc64::of("fresh"));
    writer.close();
    QCOMPARE(readAll(path), "fresh");
}

void TestPartWriter::rangesWriteAtTheirOffsetsWithoutCutting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.part"_s);
    // Two writers fill one file, the second one's range first; the first resumes after 3 bytes
    // it has and must not cut what the other wrote.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("abc");
    }
    bb::PartWriter second;
    second.openAt(path, 10, 0, bb::Crc64());
    second.append("KLMNO");
    second.waitForIdle();
    bb::PartWriter first;
    bb::Crc64 crc;
    crc.update("abc");
    first.openAt(path, 0, 3, crc);
    first.append("defghij");
    first.waitForIdle();
    QCOMPARE(first.durable().bytes, 10); // the range's bytes, not the file's
    QCOMPARE(first.durable().crc.value(), bb::Crc64::of("abcdefghij"));
    QCOMPARE(second.durable().bytes, 5);
    QCOMPARE(second.durable().crc.value(), bb::Crc64::of("KLMNO"));
    first.close();
    second.close();
    first.waitForIdle();
    second.waitForIdle();
    QCOMPARE(readAll(path), "abcdefghijKLMNO");
    // The two CRCs combine into the file's without reading it back.
    QCOMPARE(bb::Crc64::combine(first.durable().crc.value(), second.durable().crc.value(), 5),
             bb::Crc64::of("abcdefghijKLMNO"));
}

void TestPartWriter::rangeTruncateGoesBackToItsStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.part"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("0123456789");
    }
    bb::PartWriter writer;
    writer.openAt(path, 4, 0, bb::Crc64());
    writer.append("xx");
    writer.truncate();
    writer.append("yyy");
    writer.close();
    writer.waitForIdle();
    QCOMPARE(writer.durable().bytes, 3);
    QCOMPARE(readAll(path), "0123yyy789"); // the rest of the file is untouched
}

void TestPartWriter::fullQueueSignalsRoom()
{
#ifndef Q_OS_UNIX
    QSKIP("needs a FIFO (mkfifo), which only Unix has");
#else
    // A FIFO blocks write() until the test reads, like a disk under write-back: deterministic.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fifo.part"_s);
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    const int reader = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    constexpr qint64 limit = 1024 * 1024;
    bb::PartWriter writer(limit);
    writer.open(path, true, 0, bb::Crc64());
    QSignalSpy room(&writer, &bb::PartWriter::roomAvailable);
    QSignalSpy drained(&writer, &bb::PartWriter::drained);
    QVERIFY(!writer.isFull());
    QByteArray expected;
    for (const QByteArray &chunk : numberedChunks(4, 512 * 1024)) {
        writer.append(chunk);
        expected += chunk;
    }
    QVERIFY(writer.isFull()); // the first chunk cannot be written until the reader reads
    QVERIFY(writer.pendingBytes() > limit);
    QCOMPARE(room.count(), 0);
    writer.notifyWhenDrained();
    QByteArray received;
    char buffer[65536];
    QElapsedTimer clock;
    clock.start();
    // The last bytes may still sit in the pipe when drained() arrives: read them too.
    while ((drained.count() == 0 || received.size() < expected.size()) && clock.elapsed() < waitMs) {
        const ssize_t n = ::read(reader, buffer, sizeof buffer);
        if (n > 0)
            received.append(buffer, n);
        QCoreApplication::processEvents();
        if (n <= 0)
            QThread::msleep(1);
    }
    ::close(reader);
    QCOMPARE(room.count(), 1);
    QCOMPARE(drained.count(), 1);
    QVERIFY(!writer.isFull());
    QCOMPARE(received.size(), expected.size());
    QVERIFY(received == expected);
    QCOMPARE(writer.durable().crc.value(), bb::Crc64::of(expected));
#endif
}

void TestPartWriter::writeErrorIsReported()
{
#ifndef Q_OS_LINUX
    QSKIP("/dev/full is Linux's");
#endif
    // /dev/full fails every write with ENOSPC.
    bb::PartWriter writer;
    writer.open(u"/dev/full"_s, true, 0, bb::Crc64());
    QSignalSpy failed(&writer, &bb::PartWriter::failed);
    writer.append(QByteArray(4096, 'x'));
    writer.append(QByteArray(4096, 'y')); // dropped after the failure
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, waitMs);
    writer.waitForIdle();
    QCoreApplication::processEvents();
    QCOMPARE(failed.count(), 1);
    const QList<QVariant> args = failed.first();
    QCOMPARE(args.at(0).toBool(), false);
    QCOMPARE(args.at(1).toLongLong(), 4096);
    QCOMPARE(args.at(2).toString(), u"/dev/full"_s);
    QVERIFY(!args.at(3).toString().isEmpty());
    QCOMPARE(writer.durable().bytes, 0);
    QCOMPARE(writer.pendingBytes(), 0);
    writer.append("more"); // ignored until the next open()
    QCOMPARE(writer.pendingBytes(), 0);
}

// A chunk dropped (here by discard()) while the worker writes it no longer counts: once idle,
// pendingBytes() is 0, not minus that chunk (which would hide a stall and let the queue overfill).
void TestPartWriter::droppedChunkInFlightIsNotPending()
{
#ifndef Q_OS_UNIX
    QSKIP("needs a FIFO (mkfifo), which only Unix has");
#else
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fifo.part"_s);
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    const int reader = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    bb::PartWriter writer;
    writer.open(path, true, 0, bb::Crc64());
    const QByteArray chunk(512 * 1024, 'p'); // more than the pipe holds: the write blocks
    writer.append(chunk);
    writer.append(chunk); // queued behind it, dropped
    char buffer[65536];
    qint64 received = 0;
    QElapsedTimer clock;
    clock.start();
    while (received == 0 && clock.elapsed() < waitMs) { // the first chunk is being written
        const ssize_t n = ::read(reader, buffer, sizeof buffer);
        if (n > 0)
            received += n;
        else
            QThread::msleep(1);
    }
    QVERIFY(received > 0);
    writer.discard();
    QCOMPARE(writer.pendingBytes(), 0);
    while (!writer.isIdle() && clock.elapsed() < waitMs) {
        const ssize_t n = ::read(reader, buffer, sizeof buffer);
        if (n > 0)
            received += n;
        else
            QThread::msleep(1);
    }
    QVERIFY(writer.isIdle());
    for (ssize_t n = 1; n > 0;) { // what the pipe still holds; then end of file: closed
        n = ::read(reader, buffer, sizeof buffer);
        received += std::max<ssize_t>(n, 0);
    }
    ::close(reader);
    QCOMPARE(received, chunk.size()); // the chunk in flight was finished, the queued one dropped
    QCOMPARE(writer.pendingBytes(), 0);

    // Counting starts from zero for the next file.
    writer.open(dir.filePath(u"next.part"_s), true, 0, bb::Crc64());
    writer.append("abc");
    writer.waitForIdle();
    QCOMPARE(writer.pendingBytes(), 0);
#endif
}

void TestPartWriter::drainedWhenAlreadyIdle()
{
    bb::PartWriter writer;
    QSignalSpy drained(&writer, &bb::PartWriter::drained);
    writer.notifyWhenDrained();
    QCOMPARE(drained.count(), 0); // queued, never from inside the call
    QVERIFY(drained.wait(waitMs));
    QCOMPARE(drained.count(), 1);
}

// A task sees exactly the writes queued before it (bytes and CRC), runs on the worker thread,
// and is dropped when a truncate comes first; a closed writer takes none.
void TestPartWriter::tasksRunAfterTheWritesBeforeThem()
{
    QTemporaryDir dir;
    bb::PartWriter writer;
    writer.open(dir.filePath(u"t.part"_s), true, 0, bb::Crc64());
    const QList<QByteArray> chunks = numberedChunks(20, 65536);
    bb::Crc64 expected;
    for (int i = 0; i < 10; ++i) {
        writer.append(chunks.at(i));
        expected.update(chunks.at(i));
    }
    std::mutex mutex;
    QList<qint64> seenBytes;
    QList<quint64> seenCrc;
    bool onWorker = true;
    const auto record = [&](const bb::PartWriter::Snapshot &state) {
        std::lock_guard lock(mutex);
        seenBytes.append(state.bytes);
        seenCrc.append(state.crc.value());
        onWorker = onWorker && QThread::currentThread() != qApp->thread();
    };
    QVERIFY(writer.afterWrites(record));
    for (int i = 10; i < 20; ++i)
        writer.append(chunks.at(i));
    writer.waitForIdle();
    {
        std::lock_guard lock(mutex);
        QCOMPARE(seenBytes, QList<qint64>({10 * 65536 + 45}));
        QCOMPARE(seenCrc, QList<quint64>({expected.value()}));
        QVERIFY(onWorker);
    }

    // Queued, then overtaken by a truncate: it must not run. The first task holds the worker
    // (when it got to it before the truncate) so that the second is surely still queued.
    std::promise<void> release;
    const std::shared_future<void> released = release.get_future().share();
    QVERIFY(writer.afterWrites([released](const bb::PartWriter::Snapshot &) { released.wait(); }));
    writer.append(chunks.at(0));
    QVERIFY(writer.afterWrites(record));
    writer.truncate();
    release.set_value();
    writer.waitForIdle();
    {
        std::lock_guard lock(mutex);
        QCOMPARE(seenBytes.size(), 1);
    }
    writer.close();
    writer.waitForIdle();
    QVERIFY(!writer.afterWrites(record));
}

// later() runs on the worker after what was queued before it, also once the writer is closed
// or a write failed (where afterWrites() takes nothing), and before the destructor returns.
void TestPartWriter::laterRunsAfterEverythingEvenClosed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"l.part"_s);
    const QList<QByteArray> chunks = numberedChunks(20, 65536);
    qint64 total = 0;
    for (const QByteArray &chunk : chunks)
        total += chunk.size();
    std::mutex mutex;
    QList<qint64> seenSizes;
    bool onWorker = true;
    const auto record = [&] {
        const qint64 size = QFileInfo(path).size();
        std::lock_guard lock(mutex);
        seenSizes.append(size);
        onWorker = onWorker && QThread::currentThread() != qApp->thread();
    };
    {
        bb::PartWriter writer;
        writer.open(path, true, 0, bb::Crc64());
        for (const QByteArray &chunk : chunks)
            writer.append(chunk);
        writer.close(); // queued after the chunks
        writer.later(record);
        writer.waitForIdle();
        {
            std::lock_guard lock(mutex);
            QCOMPARE(seenSizes, QList<qint64>({total})); // all chunks were in the file
            QVERIFY(onWorker);
        }
        // Closed and idle: still runs, and the destructor waits for a queued one.
        writer.later(record);
        writer.later(record);
    }
    {
        std::lock_guard lock(mutex);
        QCOMPARE(seenSizes.size(), 3);
    }

    // After a failed write.
    bb::PartWriter full;
    QSignalSpy failed(&full, &bb::PartWriter::failed);
    full.open(u"/dev/full"_s, true, 0, bb::Crc64());
    full.append(chunks.at(0));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, waitMs);
    QVERIFY(!full.afterWrites([](const bb::PartWriter::Snapshot &) {}));
    full.later(record);
    full.waitForIdle();
    std::lock_guard lock(mutex);
    QCOMPARE(seenSizes.size(), 4);
}

// later() with a state argument gets the durable state as it runs: every chunk queued before
// a close(), the bytes before a failed write, and after a failed open what open() was told the
// file holds (not the previous file's).
void TestPartWriter::laterWithStateSeesTheDurableState()
{
    QTemporaryDir dir;
    const QList<QByteArray> chunks = numberedChunks(12, 65536);
    bb::Crc64 expected;
    qint64 total = 0;
    for (const QByteArray &chunk : chunks) {
        expected.update(chunk);
        total += chunk.size();
    }
    std::mutex mutex;
    QList<qint64> seenBytes;
    QList<quint64> seenCrc;
    const auto record = [&](const bb::PartWriter::Snapshot &state) {
        std::lock_guard lock(mutex);
        seenBytes.append(state.bytes);
        seenCrc.append(state.crc.value());
    };
    bb::PartWriter writer;
    writer.open(dir.filePath(u"s.part"_s), true, 0, bb::Crc64());
    for (const QByteArray &chunk : chunks)
        writer.append(chunk);
    writer.close();
    writer.later(record); // queued while the chunks are (most likely) still being written
    writer.waitForIdle();
    {
        std::lock_guard lock(mutex);
        QCOMPARE(seenBytes, QList<qint64>({total}));
        QCOMPARE(seenCrc, QList<quint64>({expected.value()}));
    }

    // A failed open: the state open() was given, not the bytes written to the previous file.
    const bb::Crc64 start(bb::Crc64::of(QByteArrayLiteral("abc")));
    writer.open(dir.filePath(u"missing/s.part"_s), false, 3, start);
    writer.later(record);
    writer.waitForIdle();
    {
        std::lock_guard lock(mutex);
        QCOMPARE(seenBytes.last(), 3);
        QCOMPARE(seenCrc.last(), start.value());
    }

    // A failed write: what was in the file before it.
    bb::PartWriter full;
    QSignalSpy failed(&full, &bb::PartWriter::failed);
    full.open(u"/dev/full"_s, true, 0, bb::Crc64());
    full.append(chunks.at(0));
    full.later(record);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, waitMs);
    full.waitForIdle();
    std::lock_guard lock(mutex);
    QCOMPARE(seenBytes.last(), 0);
    QCOMPARE(seenCrc.last(), bb::Crc64().value());
}

// open() returns at once; a failure to open comes back by signal, and what was queued after it
// is dropped (no write error, no task) until the next open().
void TestPartWriter::openFailureIsReported()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing/o.part"_s);
    bb::PartWriter writer;
    QSignalSpy openFailed(&writer, &bb::PartWriter::openFailed);
    QSignalSpy failed(&writer, &bb::PartWriter::failed);
    bool ran = false;
    writer.open(missing, true, 0, bb::Crc64());
    writer.append("dropped");
    writer.afterWrites([&ran](const bb::PartWriter::Snapshot &) { ran = true; });
    QTRY_COMPARE_WITH_TIMEOUT(openFailed.size(), 1, waitMs);
    QCOMPARE(openFailed.size(), 1);
    QCOMPARE(openFailed.at(0).at(0).value<bb::PartWriter::OpenResult>(),
             bb::PartWriter::OpenResult::OpenFailed);
    QCOMPARE(openFailed.at(0).at(1).toString(), missing);
    QVERIFY(!openFailed.at(0).at(2).toString().isEmpty());
    QCOMPARE(writer.errorString(), openFailed.at(0).at(2).toString());
    writer.waitForIdle();
    QVERIFY(!ran);
    QVERIFY(!writer.isOpen());
    QVERIFY(!writer.afterWrites([](const bb::PartWriter::Snapshot &) {}));
    QCOMPARE(failed.size(), 0);

    // The next open() starts afresh; the resize happens on the worker too.
    const QString path = dir.filePath(u"o.part"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep-and-cut-this");
    }
    bb::Crc64 crc;
    crc.update(QByteArrayView("keep"));
    writer.open(path, false, 4, crc);
    writer.append("+more");
    writer.waitForIdle();
    QCOMPARE(readAll(path), QByteArray("keep+more"));
    bb::Crc64 expected;
    expected.update(QByteArrayView("keep+more"));
    QCOMPARE(writer.durable().bytes, 9);
    QCOMPARE(writer.durable().crc.value(), expected.value());
    QCOMPARE(openFailed.size(), 1);
}

BB_TEST_GUILESS_MAIN(TestPartWriter)
#include "tst_partwriter.moc"
