// ParallelRanges over real sockets: the sandbox's file host for honest ranges, HostileHttpServer
// for a host that refuses parallel connections. The test plays the owner's part (DownloadTask's):
// it retries a failed range after a short delay. Every complete file is compared byte for byte,
// and its CRC comes from the ranges' CRCs, combined.
#include "downloadtestsupport.h"
#include "support/hostilehttpserver.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"
#include "transfers/parallelranges.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::ParallelRanges;
using bb::RangeState;
using Server = bb::test::HostileHttpServer;
using File = bb::sandbox::FileHost::File;

namespace {
constexpr int waitMs = 90000;
constexpr qint64 MiB = 1024 * 1024;
} // namespace

class TestParallelRanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void splitCoversTheFile_data();
    void splitCoversTheFile();
    void fetchesEveryRangeAndCombinesTheCrc();
    void resumesEachRangeFromItsOwnEnd();
    void freeConnectionTakesHalfOfTheLargestRange();
    void fastFirstConnectionFetchesTheRangesInARow();
    void slowFirstConnectionBringsTheOthers();
    void hostIgnoringRangeIsReportedBeforeOthersStart();
    void refusedParallelConnectionsLowerTheLimit();
    void perHostCapHoldsBackExtraConnections();

private:
    ParallelRanges::Setup setupFor(qint64 size, int connections) const;
    // Runs `ranges` on `file` over HTTP to the end; true when they completed with the file's CRC.
    // `most`: the most connections seen at once.
    bool fetch(ParallelRanges &ranges, const File &file, int *most);
    bb::sandbox::FileHost &host() { return m_fixture->sandbox().fileHost(); }

    std::unique_ptr<bb::test::SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestParallelRanges::initTestCase()
{
    m_fixture = std::make_unique<bb::test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TestParallelRanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    host().faults().set({});
    host().faults().clearLog();
}

void TestParallelRanges::cleanup()
{
    host().faults().set({});
}

ParallelRanges::Setup TestParallelRanges::setupFor(qint64 size, int connections) const
{
    ParallelRanges::Setup setup;
    setup.partPath = m_dir->filePath(u"file.part"_s);
    setup.ssl = m_fixture->sandbox().clientSslConfiguration();
    setup.connections = connections;
    setup.fileSize = size;
    return setup;
}

bool TestParallelRanges::fetch(ParallelRanges &ranges, const File &file, int *most)
{
    connect(&ranges, &ParallelRanges::progressed, this,
            [&ranges, most] { *most = std::max(*most, ranges.activeConnections()); });
    QSignalSpy completed(&ranges, &ParallelRanges::completed);
    ranges.start(host().signedUrl(file, false, 300, bb::sandbox::FileHost::Cloud::Cos, false), false);
    return completed.wait(waitMs) && completed.first().first().value<uint64_t>() == host().crc64(file);
}

void TestParallelRanges::splitCoversTheFile_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("connections");
    QTest::addColumn<qint64>("minRange");
    QTest::addColumn<int>("expected");
    QTest::newRow("4 of 1 GiB") << qint64(1024) * MiB << 4 << 8 * MiB << 4;
    QTest::newRow("odd size") << qint64(1000003) << 4 << qint64(1000) << 4;
    QTest::newRow("too small to split") << 15 * MiB << 4 << 8 * MiB << 1;
    QTest::newRow("bounded by size") << 20 * MiB << 16 << 8 * MiB << 2;
    QTest::newRow("at most 16") << qint64(1024) * MiB << 64 << MiB << 16;
    QTest::newRow("one connection") << qint64(1024) * MiB << 1 << MiB << 1;
}

void TestParallelRanges::splitCoversTheFile()
{
    QFETCH(qint64, size);
    QFETCH(int, connections);
    QFETCH(qint64, minRange);
    QFETCH(int, expected);
    const QList<RangeState> ranges = ParallelRanges::split(size, connections, minRange);
    QCOMPARE(ranges.size(), expected);
    qint64 next = 0;
    for (const RangeState &range : ranges) {
        QCOMPARE(range.start, next);
        QVERIFY(range.end > range.start);
        QCOMPARE(range.done, 0);
        next = range.end;
    }
    QCOMPARE(next, size);
}

void TestParallelRanges::fetchesEveryRangeAndCombinesTheCrc()
{
    const File file = bb::test::sandboxFile(u"p/all/a.bak"_s, 2 * MiB + 3);
    const QList<RangeState> plan = ParallelRanges::split(file.size, 4, 256 * 1024);
    ParallelRanges ranges(&m_fixture->network(), setupFor(file.size, 4), plan);
    int gates = 0;
    ranges.setRequestGate([&] {
        ++gates;
        return true;
    });
    int most = 0;
    connect(&ranges, &ParallelRanges::progressed, this,
            [&] { most = std::max(most, ranges.activeConnections()); });
    QSignalSpy completed(&ranges, &ParallelRanges::completed);
    ranges.start(host().signedUrl(file, false, 300, bb::sandbox::FileHost::Cloud::Oss, true), false);
    QVERIFY(completed.wait(waitMs));
    QCOMPARE(completed.first().first().value<uint64_t>(), host().crc64(file));
    QCOMPARE(ranges.serverCrc(), host().crc64Decimal(file));
    QCOMPARE(gates, 4);
    QVERIFY2(most >= 2 && most <= 4, qPrintable(QString::number(most)));
    QCOMPARE(ranges.received(), file.size);
    const auto digest = bb::test::digestOf(m_dir->filePath(u"file.part"_s));
    QCOMPARE(digest.size, file.size);
    QCOMPARE(digest.crc, host().crc64(file));
    for (const RangeState &range : ranges.snapshot())
        QVERIFY(range.isComplete());
}

void TestParallelRanges::resumesEachRangeFromItsOwnEnd()
{
    const File file = bb::test::sandboxFile(u"p/resume/a.bak"_s, 1 * MiB);
    // Half of each of two ranges is on disk already (a sidecar said so).
    const QString part = m_dir->filePath(u"file.part"_s);
    {
        QFile out(part);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(host().content(file, 0, 100000));
        out.seek(524288);
        out.write(host().content(file, 524288, 200000));
    }
    const QList<RangeState> plan {
        {0, 524288, 100000, bb::Crc64::of(host().content(file, 0, 100000))},
        {524288, file.size, 200000, bb::Crc64::of(host().content(file, 524288, 200000))},
    };
    ParallelRanges ranges(&m_fixture->network(), setupFor(file.size, 2), plan);
    QSignalSpy completed(&ranges, &ParallelRanges::completed);
    ranges.start(host().signedUrl(file, false, 300, bb::sandbox::FileHost::Cloud::Cos, false), false);
    QVERIFY(completed.wait(waitMs));
    QCOMPARE(completed.first().first().value<uint64_t>(), host().crc64(file));
    QCOMPARE(host().faults().rangeLog(), (QList<QByteArray> {"bytes=100000-524287", "bytes=724288-1048575"}));
    QCOMPARE(bb::test::digestOf(part).crc, host().crc64(file));
}

void TestParallelRanges::freeConnectionTakesHalfOfTheLargestRange()
{
    const File file = bb::test::sandboxFile(u"p/split/a.bak"_s, 4 * MiB);
    // The second range is nearly done (a sidecar said so): it ends long before the first, whose
    // second half its connection then takes.
    const QString part = m_dir->filePath(u"file.part"_s);
    const qint64 have = 2 * MiB - 1000;
    {
        QFile out(part);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.seek(2 * MiB);
        out.write(host().content(file, 2 * MiB, have));
    }
    const QList<RangeState> plan {
        {0, 2 * MiB, 0, 0},
        {2 * MiB, file.size, have, bb::Crc64::of(host().content(file, 2 * MiB, have))},
    };
    bb::sandbox::FileFaultPlan faults;
    faults.bytesPerSecond = 4 * MiB;
    host().faults().set(faults);
    ParallelRanges::Setup setup = setupFor(file.size, 2);
    setup.minRangeBytes = 256 * 1024;
    ParallelRanges ranges(&m_fixture->network(), setup, plan);
    QSignalSpy completed(&ranges, &ParallelRanges::completed);
    ranges.start(host().signedUrl(file, false, 300, bb::sandbox::FileHost::Cloud::Cos, false), false);
    QVERIFY(completed.wait(waitMs));
    QCOMPARE(completed.first().first().value<uint64_t>(), host().crc64(file));
    QCOMPARE(bb::test::digestOf(part).crc, host().crc64(file));
    const auto log = host().faults().rangeLog();
    QCOMPARE(log.mid(0, 2), (QList<QByteArray> {"bytes=0-2097151", "bytes=4193304-4194303"}));
    // A third connection asked for the tail of the first range, from somewhere inside it.
    QVERIFY2(log.size() >= 3 && log.at(2).endsWith("-2097151") && !log.at(2).startsWith("bytes=0-"),
             log.join(' ').constData());
    const QList<RangeState> done = ranges.snapshot();
    QVERIFY(done.size() >= 3);
    for (qsizetype i = 1; i < done.size(); ++i)
        QCOMPARE(done.at(i).start, done.at(i - 1).end); // still in file order, contiguous
}

void TestParallelRanges::fastFirstConnectionFetchesTheRangesInARow()
{
    const File file = bb::test::sandboxFile(u"p/fast/a.bak"_s, 2 * MiB);
    ParallelRanges::Setup setup = setupFor(file.size, 4);
    setup.oneConnectionEnough = 1; // whatever the first connection brings is enough
    setup.rampUpMs = 60000; // the decision is never taken within this test: one at a time
    ParallelRanges ranges(&m_fixture->network(), setup, ParallelRanges::split(file.size, 4, 1024));
    int most = 0;
    QVERIFY(fetch(ranges, file, &most));
    QCOMPARE(most, 1);
    QCOMPARE(host().faults().rangeLog(),
             (QList<QByteArray> {"bytes=0-524287", "bytes=524288-1048575", "bytes=1048576-1572863",
                                 "bytes=1572864-2097151"}));
}

void TestParallelRanges::slowFirstConnectionBringsTheOthers()
{
    const File file = bb::test::sandboxFile(u"p/slow/a.bak"_s, 2 * MiB);
    bb::sandbox::FileFaultPlan faults;
    faults.bytesPerSecond = 1 * MiB;
    host().faults().set(faults);
    ParallelRanges::Setup setup = setupFor(file.size, 4);
    setup.oneConnectionEnough = 100 * 1000 * 1000; // far above the host's 1 MiB/s
    setup.rampUpMs = 100;
    ParallelRanges ranges(&m_fixture->network(), setup, ParallelRanges::split(file.size, 4, 1024));
    int most = 0;
    QVERIFY(fetch(ranges, file, &most));
    QCOMPARE(most, 4);
}

void TestParallelRanges::hostIgnoringRangeIsReportedBeforeOthersStart()
{
    const File file = bb::test::sandboxFile(u"p/ignored/a.bak"_s, 2 * MiB);
    bb::sandbox::FileFaultPlan faults;
    faults.ignoreRangeNext = 1;
    host().faults().set(faults);
    ParallelRanges ranges(&m_fixture->network(), setupFor(file.size, 4),
                          ParallelRanges::split(file.size, 4, 1024));
    QSignalSpy ignored(&ranges, &ParallelRanges::rangeIgnored);
    ranges.start(host().signedUrl(file, false, 300, bb::sandbox::FileHost::Cloud::Cos, false), false);
    QVERIFY(ignored.wait(waitMs));
    QVERIFY(!ranges.isRunning());
    QCOMPARE(ranges.activeConnections(), 0);
    QCOMPARE(host().faults().rangeLog(), QList<QByteArray> {"bytes=0-524287"}); // the probe only
    QCOMPARE(ranges.received(), 0); // nothing of the 200's body was taken
}

void TestParallelRanges::refusedParallelConnectionsLowerTheLimit()
{
    constexpr qint64 size = 400000;
    // Honest ranges, but the second and third requests (parallel ones) get 503.
    Server server([](const Server::Request &request, int index) {
        Server::Answer answer;
        if (index == 1 || index == 2) {
            answer.head = Server::head(503, 0);
            return answer;
        }
        const QByteArray range = request.headers.value("range");
        const qsizetype dash = range.indexOf('-');
        const qint64 first = range.mid(6, dash - 6).toLongLong();
        const qint64 last = range.mid(dash + 1).toLongLong();
        answer.head = Server::head(206, last - first + 1,
                                   "Content-Range: bytes " + QByteArray::number(first) + '-'
                                       + QByteArray::number(last) + "/400000\r\n");
        answer.bodyFrom = first;
        answer.bodyBytes = last - first + 1;
        return answer;
    });
    QVERIFY(server.listen());
    ParallelRanges ranges(&m_fixture->network(), setupFor(size, 4), ParallelRanges::split(size, 4, 1000));
    int failures = 0;
    connect(&ranges, &ParallelRanges::rangeFailed, this,
            [&](int index, QNetworkReply::NetworkError, int status) {
                QCOMPARE(status, 503);
                ++failures;
                ranges.retry(index, 10);
            });
    QSignalSpy completed(&ranges, &ParallelRanges::completed);
    ranges.start(server.url(), false);
    QVERIFY(completed.wait(waitMs));
    QCOMPARE(failures, 2);
    QVERIFY2(ranges.connectionLimit() < 4, qPrintable(QString::number(ranges.connectionLimit())));
    bb::Crc64 crc;
    crc.update(Server::content(0, size));
    QCOMPARE(completed.first().first().value<uint64_t>(), crc.value());
    QCOMPARE(bb::test::digestOf(m_dir->filePath(u"file.part"_s)).crc, crc.value());
}

void TestParallelRanges::perHostCapHoldsBackExtraConnections()
{
    const File file = bb::test::sandboxFile(u"p/cap/a.bak"_s, 2 * MiB);
    bb::sandbox::FileFaultPlan faults;
    faults.bytesPerSecond = 2 * MiB; // slow enough to watch the connections
    host().faults().set(faults);
    ParallelRanges::Setup setup = setupFor(file.size, 4);
    setup.maxPerHost = 2;
    ParallelRanges ranges(&m_fixture->network(), setup, ParallelRanges::split(file.size, 4, 1024));
    const QUrl url = host().signedUrl(file, false, 300, bb::sandbox::FileHost::Cloud::Cos, false);
    int most = 0;
    connect(&ranges, &ParallelRanges::progressed, this,
            [&] { most = std::max(most, ParallelRanges::connectionsTo(url.host())); });
    QSignalSpy completed(&ranges, &ParallelRanges::completed);
    ranges.start(url, false);
    QVERIFY(completed.wait(waitMs));
    QCOMPARE(most, 2);
    QCOMPARE(ParallelRanges::connectionsTo(url.host()), 0);
    QCOMPARE(completed.first().first().value<uint64_t>(), host().crc64(file));
}

BB_TEST_GUILESS_MAIN(TestParallelRanges)
#include "tst_parallelranges.moc"
