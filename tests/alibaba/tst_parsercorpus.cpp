// Replays the saved inputs (tests/fuzz/corpusreplay.h) through the Alibaba fuzz targets' calls
// (tests/fuzz/alibabafuzz.h) without libFuzzer, so CI catches a parser regression on them. Passing means no
// crash and no hang; the test fails on a crash (or, in a sanitizer build, a memory error).
#include "support/testmain.h"
#include "tests/fuzz/alibabafuzz.h"
#include "tests/fuzz/corpusreplay.h"

#include <QTest>

class tst_ParserCorpus : public QObject
{
    Q_OBJECT

private slots:
    void rdsParser()
    {
        QVERIFY(bb::fuzz::replayCorpus(QStringLiteral(BB_SEEDS_DIR), QStringLiteral("rdsparser"),
                                       bb::fuzz::rdsParser)
                >= 10);
    }

    void starRocksParser()
    {
        QVERIFY(bb::fuzz::replayCorpus(QStringLiteral(BB_SEEDS_DIR), QStringLiteral("starrocksparser"),
                                       bb::fuzz::starRocksParser)
                >= 10);
    }

    void acs3Protocol()
    {
        QVERIFY(bb::fuzz::replayCorpus(QStringLiteral(BB_SEEDS_DIR), QStringLiteral("acs3protocol"),
                                       bb::fuzz::acs3Protocol)
                >= 10);
    }
};

BB_TEST_GUILESS_MAIN(tst_ParserCorpus)
#include "tst_parsercorpus.moc"
