#include "providers/crypto/crc64.h"
#include "support/testmain.h"

#include <QRandomGenerator>
#include <QTest>

#include <lzma.h>

using namespace bb;

// CRC-64/XZ: the published check value, streaming, the O(log n) combine, and the carry-less
// multiply path (used on x86 with PCLMULQDQ) against liblzma's reference at every length.
class TestCrc64 : public QObject
{
    Q_OBJECT

private slots:
    void checkValue()
    {
        QCOMPARE(Crc64::of("123456789"), uint64_t(11051210869376104954ULL));
        QCOMPARE(Crc64::of("123456789"), uint64_t(0x995DC9BBDF1939FAULL));
        Crc64 crc;
        crc.update("123456789");
        QCOMPARE(crc.decimal(), QStringLiteral("11051210869376104954"));
    }

    void empty()
    {
        QCOMPARE(Crc64::of(QByteArrayView()), uint64_t(0));
        QCOMPARE(Crc64().value(), uint64_t(0));
    }

    void incrementalEqualsOneShot()
    {
        QByteArray data(1 << 20, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (char &c : data)
            c = char(rng.bounded(256));
        const uint64_t whole = Crc64::of(data);

        Crc64 crc;
        qsizetype at = 0;
        for (qsizetype step : {1, 7, 4096, 65536, 3, 100000}) {
            crc.update(QByteArrayView(data).sliced(at, step));
            at += step;
        }
        crc.update(QByteArrayView(data).sliced(at));
        QCOMPARE(crc.value(), whole);

        // Resuming from a saved value continues the same stream.
        Crc64 first;
        first.update(QByteArrayView(data).first(12345));
        Crc64 resumed(first.value());
        resumed.update(QByteArrayView(data).sliced(12345));
        QCOMPARE(resumed.value(), whole);
        QVERIFY(Crc64::of(QByteArrayView(data).first(data.size() - 1)) != whole);
    }

    void matchesLiblzmaAtEveryLengthAndAlignment()
    {
        // Lengths around the folding path's thresholds (64 bytes, 16-byte steps, the tail) from
        // every alignment, each continuing from a random register value.
        QByteArray data(300 + 16, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (char &c : data)
            c = char(rng.bounded(256));
        for (int length = 0; length <= 300; ++length) {
            for (int offset = 0; offset < 16; ++offset) {
                const uint64_t start = rng.generate64();
                const auto *bytes = reinterpret_cast<const uint8_t *>(data.constData()) + offset;
                Crc64 crc(start);
                crc.update(QByteArrayView(data).sliced(offset, length));
                if (crc.value() != lzma_crc64(bytes, size_t(length), start))
                    QFAIL(qPrintable(QStringLiteral("length %1 offset %2").arg(length).arg(offset)));
            }
        }
    }

    void matchesLiblzmaOnLargeBuffers()
    {
        QByteArray data((8 << 20) + 77, Qt::Uninitialized);
        QRandomGenerator rng(99);
        for (char &c : data)
            c = char(rng.bounded(256));
        const auto *bytes = reinterpret_cast<const uint8_t *>(data.constData());
        for (const qsizetype length : {qsizetype(1 << 20), qsizetype((1 << 20) + 1),
                                       qsizetype(3 * 65536 + 63), qsizetype(data.size() - 3)}) {
            for (const qsizetype offset : {0, 1, 3}) {
                QCOMPARE(Crc64::of(QByteArrayView(data).sliced(offset, length)),
                         lzma_crc64(bytes + offset, size_t(length), 0));
            }
        }
        // Streamed in download-sized pieces of uneven lengths.
        Crc64 crc;
        qsizetype at = 0;
        while (at < data.size()) {
            const qsizetype step = std::min<qsizetype>(data.size() - at, 1 + rng.bounded(300000));
            crc.update(QByteArrayView(data).sliced(at, step));
            at += step;
        }
        QCOMPARE(crc.value(), lzma_crc64(bytes, size_t(data.size()), 0));
        // All zeros and all ones (no lane can hide a constant pattern).
        for (const char fill : {'\0', '\xff'}) {
            const QByteArray flat(1 << 16, fill);
            QCOMPARE(Crc64::of(flat),
                     lzma_crc64(reinterpret_cast<const uint8_t *>(flat.constData()), size_t(flat.size()), 0));
        }
    }

    void combine_data()
    {
        QTest::addColumn<int>("lengthA");
        QTest::addColumn<int>("lengthB");
        QTest::newRow("empty b") << 100 << 0;
        QTest::newRow("empty a") << 0 << 100;
        QTest::newRow("one byte") << 9 << 1;
        QTest::newRow("small") << 5 << 17;
        QTest::newRow("odd large") << 70001 << 1234567;
        QTest::newRow("power of two") << 4096 << (1 << 21);
    }

    void combine()
    {
        QFETCH(int, lengthA);
        QFETCH(int, lengthB);
        QByteArray data(lengthA + lengthB, Qt::Uninitialized);
        QRandomGenerator rng(uint(lengthA * 31 + lengthB));
        for (char &c : data)
            c = char(rng.bounded(256));
        const QByteArrayView a = QByteArrayView(data).first(lengthA);
        const QByteArrayView b = QByteArrayView(data).sliced(lengthA);
        QCOMPARE(Crc64::combine(Crc64::of(a), Crc64::of(b), lengthB), Crc64::of(data));
    }

    void combineIsAssociativeForHugeLengths()
    {
        // What the sandbox does for a 100 GiB file made of repeated blocks: double up.
        const QByteArray block(1 << 16, 'x');
        const uint64_t crcBlock = Crc64::of(block);
        uint64_t crc = crcBlock;
        qint64 length = block.size();
        for (int i = 0; i < 4; ++i) { // 16 blocks
            crc = Crc64::combine(crc, crc, length);
            length *= 2;
        }
        QCOMPARE(crc, Crc64::of(block.repeated(16)));

        const qint64 huge = qint64(100) << 30;
        const uint64_t x = 0x0123456789abcdefULL;
        const uint64_t y = 0xfedcba9876543210ULL;
        const uint64_t z = 0x1111222233334444ULL;
        QCOMPARE(Crc64::combine(Crc64::combine(x, y, huge), z, 777),
                 Crc64::combine(x, Crc64::combine(y, z, 777), huge + 777));
    }
};

BB_TEST_GUILESS_MAIN(TestCrc64)
#include "tst_crc64.moc"
