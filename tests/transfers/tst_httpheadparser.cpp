#include "support/testmain.h"
#include "tests/fuzz/httpheadfuzz.h"
#include "transfers/httpheadparser.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Result = bb::HttpHeadParser::Result;

// The download engine's HTTP/1.1 head parser: framing it must refuse (RFC 9112), the bounds on
// what a server can make it hold, and a replay of the fuzz target's seeds and regressions.
class TestHttpHeadParser : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void interimAnswersAreDroppedAndBounded();
    void oversizedHeadIsRefused();
    void bytesAfterTheHeadStay();
    void fuzzCorpusReplays();
};

void TestHttpHeadParser::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("result");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<QString>("error");
    const int done = int(Result::Done);
    const int error = int(Result::Error);
    const int fallback = int(Result::Fallback);
    const int more = int(Result::NeedMore);
    QTest::newRow("ok") << "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"_ba << done << 200 << 5LL
                        << QString();
    QTest::newRow("no length") << "HTTP/1.1 200 OK\r\nServer: x\r\n\r\n"_ba << done << 200 << -1LL
                               << QString();
    QTest::newRow("no reason") << "HTTP/1.1 204\r\n\r\n"_ba << done << 204 << -1LL << QString();
    QTest::newRow("http/1.0") << "HTTP/1.0 200 OK\r\n\r\n"_ba << done << 200 << -1LL << QString();
    QTest::newRow("same lengths") << "HTTP/1.1 200 OK\r\nContent-Length: 7, 7\r\ncontent-length: 7\r\n\r\n"_ba
                                  << done << 200 << 7LL << QString();
    // RFC 9112 6.3: differing lengths are an unrecoverable error; the last one used to win.
    QTest::newRow("two lengths") << "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nContent-Length: 60\r\n\r\n"_ba
                                 << error << 0 << -1LL << u"conflicting Content-Length"_s;
    QTest::newRow("length list") << "HTTP/1.1 200 OK\r\nContent-Length: 100, 60\r\n\r\n"_ba << error << 0
                                 << -1LL << u"conflicting Content-Length"_s;
    QTest::newRow("negative length") << "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"_ba << error << 0
                                     << -1LL << u"invalid Content-Length"_s;
    QTest::newRow("huge length") << "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n"_ba
                                 << error << 0 << -1LL << u"invalid Content-Length"_s;
    QTest::newRow("plus length") << "HTTP/1.1 200 OK\r\nContent-Length: +5\r\n\r\n"_ba << error << 0 << -1LL
                                 << u"invalid Content-Length"_s;
    QTest::newRow("space before colon")
        << "HTTP/1.1 200 OK\r\nContent-Length : 5\r\n\r\n"_ba << error << 0 << -1LL << u"malformed"_s;
    QTest::newRow("folded line") << "HTTP/1.1 200 OK\r\nX: a\r\n b\r\n\r\n"_ba << error << 0 << -1LL
                                 << u"malformed"_s;
    QTest::newRow("101") << "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n"_ba << error << 0
                         << -1LL << u"HTTP 101"_s;
    QTest::newRow("not http") << "SSH-2.0-OpenSSH\r\n\r\n"_ba << error << 0 << -1LL << u"invalid HTTP"_s;
    QTest::newRow("status 999") << "HTTP/1.1 999 What\r\n\r\n"_ba << error << 0 << -1LL << u"status"_s;
    QTest::newRow("short status") << "HTTP/1.1 20 OK\r\n\r\n"_ba << error << 0 << -1LL << u"invalid HTTP"_s;
    QTest::newRow("redirect") << "HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n"_ba << fallback << 301 << -1LL
                              << QString();
    QTest::newRow("chunked")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n"_ba << fallback << 200
        << 3LL << QString();
    QTest::newRow("identity coding") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: identity\r\n\r\n"_ba << done
                                     << 200 << -1LL << QString();
    QTest::newRow("incomplete") << "HTTP/1.1 200 OK\r\nContent-Len"_ba << more << 0 << -1LL << QString();
}

void TestHttpHeadParser::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(int, result);
    QFETCH(int, status);
    QFETCH(qint64, length);
    QFETCH(QString, error);
    bb::HttpHeadParser parser;
    QByteArray buffer = input;
    QCOMPARE(int(parser.parse(buffer)), result);
    if (result == int(Result::Done) || result == int(Result::Fallback)) {
        QCOMPARE(parser.head().status, status);
        QCOMPARE(parser.head().contentLength, length);
    }
    if (!error.isEmpty())
        QVERIFY2(parser.errorString().contains(error), qPrintable(parser.errorString()));
}

void TestHttpHeadParser::interimAnswersAreDroppedAndBounded()
{
    const QByteArray interim = "HTTP/1.1 100 Continue\r\n\r\n";
    bb::HttpHeadParser parser;
    QByteArray buffer = interim.repeated(bb::HttpHeadParser::maxInterim) + "HTTP/1.1 200 OK\r\n\r\nbody";
    QCOMPARE(int(parser.parse(buffer)), int(Result::Done));
    QCOMPARE(parser.head().status, 200);
    QCOMPARE(buffer, "body"_ba);

    // One more than allowed: an endless stream of them kept a download busy forever.
    bb::HttpHeadParser endless;
    QByteArray flood = interim.repeated(bb::HttpHeadParser::maxInterim + 1);
    QCOMPARE(int(endless.parse(flood)), int(Result::Error));
    QVERIFY(endless.errorString().contains(u"interim (1xx)"_s));

    // The count holds across reads.
    bb::HttpHeadParser split;
    QByteArray piece = interim.repeated(bb::HttpHeadParser::maxInterim);
    QCOMPARE(int(split.parse(piece)), int(Result::NeedMore));
    QVERIFY(piece.isEmpty());
    piece = interim;
    QCOMPARE(int(split.parse(piece)), int(Result::Error));
}

void TestHttpHeadParser::oversizedHeadIsRefused()
{
    bb::HttpHeadParser parser;
    QByteArray buffer = "HTTP/1.1 200 OK\r\nX: " + QByteArray(bb::HttpHeadParser::maxHeadSize, 'x');
    QCOMPARE(int(parser.parse(buffer)), int(Result::Error));
    QVERIFY(parser.errorString().contains(u"oversized"_s));

    bb::HttpHeadParser withEnd;
    QByteArray complete
        = "HTTP/1.1 200 OK\r\nX: " + QByteArray(bb::HttpHeadParser::maxHeadSize, 'x') + "\r\n\r\n";
    QCOMPARE(int(withEnd.parse(complete)), int(Result::Error));
}

void TestHttpHeadParser::bytesAfterTheHeadStay()
{
    bb::HttpHeadParser parser;
    QByteArray buffer
        = "HTTP/1.1 206 Partial\r\nContent-Range: bytes 5-9/10\r\nContent-Length: 5\r\n\r\nabcde";
    QCOMPARE(int(parser.parse(buffer)), int(Result::Done));
    QCOMPARE(buffer, "abcde"_ba);
    QCOMPARE(parser.head().reason, "Partial"_ba);
    QCOMPARE(parser.head().headers.size(), 2);
    QCOMPARE(parser.head().headers.at(0).first, "Content-Range"_ba);
}

void TestHttpHeadParser::fuzzCorpusReplays()
{
    // What fuzz_httpheadparser does, on its seeds and on every regression found (it aborts on a
    // broken promise), whole and cut short.
    int replayed = 0;
    for (const QString &folder : {u"seeds"_s, u"regressions"_s}) {
        const QDir dir(QStringLiteral(BB_SEEDS_DIR "/../fuzz/") + folder + u"/httpheadparser"_s);
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files)) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray input = file.readAll();
            for (qsizetype cut : {input.size(), input.size() / 2, input.size() - 1})
                bb::fuzz::httpHead(input.left(std::max<qsizetype>(0, cut)));
            ++replayed;
        }
    }
    QVERIFY(replayed >= 9);
}

BB_TEST_GUILESS_MAIN(TestHttpHeadParser)
#include "tst_httpheadparser.moc"
