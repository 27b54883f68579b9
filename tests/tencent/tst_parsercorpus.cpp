// Replays the saved inputs (tests/fuzz/corpusreplay.h) through the Tencent fuzz targets' calls
// (tests/fuzz/tencentfuzz.h) without libFuzzer, so CI catches a parser regression on them. Passing means no
// crash and no hang; the test fails on a crash (or, in a sanitizer build, a memory error).
#include "support/testmain.h"
#include "tests/fuzz/corpusreplay.h"
#include "tests/fuzz/tencentfuzz.h"

#include <QTest>

class tst_ParserCorpus : public QObject
{
    Q_OBJECT

private slots:
    void sqlServerParser()
    {
        QVERIFY(bb::fuzz::replayCorpus(QStringLiteral(BB_SEEDS_DIR), QStringLiteral("sqlserverparser"),
                                       bb::fuzz::sqlServerParser)
                >= 10);
    }

    void redisParser()
    {
        QVERIFY(bb::fuzz::replayCorpus(QStringLiteral(BB_SEEDS_DIR), QStringLiteral("redisparser"),
                                       bb::fuzz::redisParser)
                >= 10);
    }

    void tc3Protocol()
    {
        QVERIFY(bb::fuzz::replayCorpus(QStringLiteral(BB_SEEDS_DIR), QStringLiteral("tc3protocol"),
                                       bb::fuzz::tc3Protocol)
                >= 10);
    }
};

BB_TEST_GUILESS_MAIN(tst_ParserCorpus)
#include "tst_parsercorpus.moc"
