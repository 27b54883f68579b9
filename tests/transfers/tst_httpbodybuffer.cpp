#include "support/testmain.h"
#include "transfers/httpbodybuffer.h"

#include <QTest>

#include <thread>

using bb::HttpBodyBuffer;

namespace {

QByteArray numbered(qsizetype size, int seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 13 + seed * 7) & 0xff);
    return data;
}

QByteArray readSome(HttpBodyBuffer &buffer, qint64 maxSize, bool *wake = nullptr)
{
    QByteArray out(maxSize, Qt::Uninitialized);
    bool ignored = false;
    out.resize(buffer.read(out.data(), maxSize, wake ? wake : &ignored));
    return out;
}

} // namespace

// The hand-over between a connection on the transfer thread and its reader.
class TestHttpBodyBuffer : public QObject
{
    Q_OBJECT

private slots:
    // Reads of any size cross chunk boundaries and give the bytes in order.
    void readsAcrossChunksInOrder()
    {
        HttpBodyBuffer buffer(1 << 20);
        const QByteArray a = numbered(1000, 1), b = numbered(1, 2), c = numbered(4097, 3);
        buffer.push(a);
        buffer.push(QByteArray()); // ignored
        buffer.push(b);
        buffer.push(c);
        QCOMPARE(buffer.available(), a.size() + b.size() + c.size());
        QByteArray out;
        for (qint64 step : {7, 993, 2, 3000, 100000})
            out += readSome(buffer, step);
        QVERIFY(out == a + b + c);
        QCOMPARE(buffer.available(), 0);
        QCOMPARE(readSome(buffer, 10).size(), 0);
    }

    // The reader is told once, and again only after it said it will look again.
    void noticeOncePerLook()
    {
        HttpBodyBuffer buffer(1 << 20);
        QVERIFY(buffer.push("a"));
        QVERIFY(!buffer.push("b"));
        readSome(buffer, 10);
        QVERIFY(!buffer.push("c")); // read, but did not ask to be told
        buffer.expectNotice();
        QVERIFY(buffer.push("d"));
    }

    // At the limit the writer stops, and is woken when half of it has been read, not before.
    void stopsAtTheLimitAndWakesAtHalf()
    {
        HttpBodyBuffer buffer(1000);
        QVERIFY(!buffer.stopWhenFull());
        buffer.push(numbered(600, 1));
        QVERIFY(!buffer.stopWhenFull());
        buffer.push(numbered(600, 2));
        QVERIFY(buffer.stopWhenFull());
        bool wake = true;
        readSome(buffer, 600, &wake);
        QVERIFY(!wake); // 600 left: more than half
        readSome(buffer, 100, &wake);
        QVERIFY(wake); // 500 left
        readSome(buffer, 100, &wake);
        QVERIFY(!wake); // woken once
    }

    // A writer holding a partial chunk is woken when the reader has taken everything else.
    void heldPartialChunkIsCalledForWhenDrained()
    {
        HttpBodyBuffer buffer(1 << 20);
        QVERIFY(!buffer.holdPartial()); // nothing for the reader: hand it over now
        buffer.push(numbered(300, 1));
        QVERIFY(buffer.holdPartial());
        bool wake = true;
        readSome(buffer, 299, &wake);
        QVERIFY(!wake);
        readSome(buffer, 10, &wake);
        QVERIFY(wake);
        buffer.push(numbered(10, 2)); // handed over: no longer held
        readSome(buffer, 10, &wake);
        QVERIFY(!wake);
    }

    // A chunk, once read to its end, gives its memory to the next spare() (the reuse rules
    // themselves are SpareChunks', tst_sparechunks); one only partly read does not yet.
    void readChunksComeBackAsSpares()
    {
        HttpBodyBuffer buffer(1 << 20);
        QByteArray chunk(4096, 'a');
        const char *memory = chunk.constData();
        buffer.push(std::move(chunk));
        readSome(buffer, 4000);
        QVERIFY(buffer.spare(4096).constData() != memory);
        readSome(buffer, 96);
        QCOMPARE(buffer.spare(4096).constData(), memory);
    }

    // One writer and one reader on two threads: every byte arrives once, in order.
    void writerAndReaderOnTwoThreads()
    {
        HttpBodyBuffer buffer(64 * 1024);
        const QByteArray all = numbered(8 * 1024 * 1024 + 3, 5);
        std::atomic<bool> wake {false};
        std::thread writer([&] {
            qsizetype at = 0;
            while (at < all.size()) {
                if (buffer.stopWhenFull()) {
                    while (!wake.exchange(false))
                        std::this_thread::yield();
                    continue;
                }
                QByteArray chunk = buffer.spare(16 * 1024);
                const qsizetype n = std::min<qsizetype>(16 * 1024 - 1, all.size() - at);
                chunk.append(all.constData() + at, n);
                at += n;
                buffer.push(std::move(chunk));
            }
        });
        QByteArray got;
        while (got.size() < all.size()) {
            bool wakeWriter = false;
            got += readSome(buffer, 5000, &wakeWriter);
            if (wakeWriter)
                wake = true;
        }
        writer.join();
        QVERIFY(got == all);
    }
};

BB_TEST_GUILESS_MAIN(TestHttpBodyBuffer)
#include "tst_httpbodybuffer.moc"
