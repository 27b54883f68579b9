#include "support/testmain.h"
#include "transfers/sparechunks.h"

#include <QTest>

using bb::SpareChunks;

// Chunk memory handed back for the next chunk: reused when it can be, never when it is shared.
class TestSpareChunks : public QObject
{
    Q_OBJECT

private slots:
    void reusesGivenBackMemory()
    {
        SpareChunks spare;
        QByteArray chunk = spare.take(4096);
        QVERIFY(chunk.capacity() >= 4096);
        QCOMPARE(chunk.size(), 0);
        chunk.resize(4096);
        const char *memory = chunk.constData();
        spare.giveBack(std::move(chunk));
        const QByteArray again = spare.take(4096);
        QCOMPARE(again.constData(), memory);
        QCOMPARE(again.size(), 0);
    }

    void neverSharedOrTooSmallMemory()
    {
        SpareChunks spare;
        QByteArray shared(100, 'x');
        const QByteArray holder = shared; // a reader still holds it
        spare.giveBack(shared);
        QVERIFY(spare.take(50).constData() != holder.constData());
        QCOMPARE(holder, QByteArray(100, 'x'));

        QByteArray small = spare.take(16);
        small.resize(16);
        const char *smallMemory = small.constData();
        spare.giveBack(std::move(small));
        const QByteArray big = spare.take(1 << 20);
        QVERIFY(big.constData() != smallMemory);
        QVERIFY(big.capacity() >= 1 << 20);
    }

    // Given back beyond the limit, memory is freed: of three 1 MiB chunks given back with room
    // for two, two come back (1 MiB of capacity) and the third take() gets a new, small buffer.
    void keepsAtMostItsLimit()
    {
        constexpr qsizetype big = 1024 * 1024;
        SpareChunks spare(2);
        QList<QByteArray> chunks;
        for (int i = 0; i < 3; ++i)
            chunks << spare.take(big);
        for (QByteArray &chunk : chunks)
            spare.giveBack(std::move(chunk));
        QVERIFY(spare.take(1).capacity() >= big);
        QVERIFY(spare.take(1).capacity() >= big);
        QVERIFY(spare.take(1).capacity() < big);
    }
};

BB_TEST_GUILESS_MAIN(TestSpareChunks)
#include "tst_sparechunks.moc"
