// RangedAttempt over real sockets: the sandbox's file host (HTTP and HTTPS, honest ranges and its
// ignore-Range fault) and HostileHttpServer for answers no honest host gives. The attempt writes
// into a real PartWriter; what lands in the file is compared byte for byte.
#include "downloadtestsupport.h"
#include "support/hostilehttpserver.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"
#include "transfers/partwriter.h"
#include "transfers/rangedattempt.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::RangedAttempt;
using Head = bb::RangedAttempt::Head;
using Server = bb::test::HostileHttpServer;
using File = bb::sandbox::FileHost::File;

namespace {
constexpr int waitMs = 90000;
constexpr qint64 MiB = 1024 * 1024;

// The heads an attempt reported, in order.
QList<Head> headsOf(const QSignalSpy &spy)
{
    QList<Head> heads;
    for (const auto &args : spy)
        heads << args.first().value<Head>();
    return heads;
}
} // namespace

class TestRangedAttempt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void continuesThePartFromItsEnd_data();
    void continuesThePartFromItsEnd();
    void wholeFileFromZero();
    void ignoredRangeStartsOverAtZero();
    void wrongContentRangeIsNotTaken();
    void bytesPastTheLimitStopTheReading();
    void errorAnswerIsKeptForTheMessage();

private:
    // A writer on "<dir>/file.part" holding the first `have` bytes of `file`.
    std::unique_ptr<bb::PartWriter> writerWith(const File &file, qint64 have);
    bb::sandbox::FileHost &host() { return m_fixture->sandbox().fileHost(); }

    std::unique_ptr<bb::test::SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_part;
};

void TestRangedAttempt::initTestCase()
{
    m_fixture = std::make_unique<bb::test::SandboxFixture>();
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
}

void TestRangedAttempt::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_part = m_dir->filePath(u"file.part"_s);
    host().faults().set({});
    host().faults().clearLog();
}

void TestRangedAttempt::cleanup()
{
    host().faults().set({});
}

std::unique_ptr<bb::PartWriter> TestRangedAttempt::writerWith(const File &file, qint64 have)
{
    if (!bb::test::writePart(host(), file, m_part, have))
        return {};
    auto writer = std::make_unique<bb::PartWriter>();
    bb::Crc64 crc;
    crc.update(host().content(file, 0, have));
    writer->open(m_part, false, have, crc);
    return writer;
}

void TestRangedAttempt::continuesThePartFromItsEnd_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void TestRangedAttempt::continuesThePartFromItsEnd()
{
    QFETCH(bool, tls);
    const File file = bb::test::sandboxFile(u"r/continue-%1/a.bak"_s.arg(tls), 3 * MiB + 17);
    const qint64 have = 1000001;
    auto writer = writerWith(file, have);
    QVERIFY(writer);
    RangedAttempt::Request request;
    request.url = host().signedUrl(file, false, 300, bb::sandbox::FileHost::Cloud::Cos, tls);
    request.from = have;
    request.ssl = m_fixture->sandbox().clientSslConfiguration();
    request.listedLimit = file.size;
    RangedAttempt attempt(&m_fixture->network(), writer.get(), request);
    QSignalSpy heads(&attempt, &RangedAttempt::headArrived);
    QSignalSpy ended(&attempt, &RangedAttempt::ended);
    attempt.start();
    QVERIFY(ended.wait(waitMs));
    attempt.flush();
    writer->waitForIdle();
    QCOMPARE(headsOf(heads), QList<Head> {Head::Accepted});
    QCOMPARE(attempt.status(), 206);
    QCOMPARE(attempt.error(), QNetworkReply::NoError);
    QCOMPARE(attempt.startedAt(), have);
    QCOMPARE(attempt.position(), file.size);
    QCOMPARE(attempt.fetched(), file.size - have);
    QCOMPARE(attempt.serverTotal(), file.size);
    QCOMPARE(attempt.serverCrc(), host().crc64Decimal(file));
    QCOMPARE(host().faults().rangeLog(), QList<QByteArray> {"bytes=1000001-"});
    QCOMPARE(writer->durable().bytes, file.size);
    QCOMPARE(writer->durable().crc.value(), host().crc64(file));
    writer->close();
    writer->waitForIdle();
    const auto digest = bb::test::digestOf(m_part);
    QCOMPARE(digest.size, file.size);
    QCOMPARE(digest.crc, host().crc64(file));
}

void TestRangedAttempt::wholeFileFromZero()
{
    const File file = bb::test::sandboxFile(u"r/whole/a.bak"_s, 700000);
    auto writer = writerWith(file, 0);
    QVERIFY(writer);
    RangedAttempt::Request request;
    request.url = host().signedUrl(file, false, 300, bb::sandbox::FileHost::Cloud::Oss, false);
    RangedAttempt attempt(&m_fixture->network(), writer.get(), request);
    QSignalSpy ended(&attempt, &RangedAttempt::ended);
    attempt.start();
    QVERIFY(ended.wait(waitMs));
    attempt.flush();
    writer->waitForIdle();
    QCOMPARE(attempt.status(), 200);
    QCOMPARE(host().faults().rangeLog(), QList<QByteArray> {QByteArray()}); // no Range from zero
    QCOMPARE(writer->durable().bytes, file.size);
    QCOMPARE(writer->durable().crc.value(), host().crc64(file));
}

void TestRangedAttempt::ignoredRangeStartsOverAtZero()
{
    const File file = bb::test::sandboxFile(u"r/norange/a.bak"_s, 2 * MiB);
    auto writer = writerWith(file, 500000);
    QVERIFY(writer);
    bb::sandbox::FileFaultPlan plan;
    plan.ignoreRangeNext = 1;
    host().faults().set(plan);
    RangedAttempt::Request request;
    request.url = host().signedUrl(file, false, 300, bb::sandbox::FileHost::Cloud::Cos, false);
    request.from = 500000;
    request.listedLimit = file.size;
    RangedAttempt attempt(&m_fixture->network(), writer.get(), request);
    // The owner's part of the contract: a RangeIgnored head means "cut the .part to zero".
    connect(&attempt, &RangedAttempt::headArrived, this, [&](Head head) {
        if (head == Head::RangeIgnored)
            writer->truncate();
    });
    QSignalSpy heads(&attempt, &RangedAttempt::headArrived);
    QSignalSpy ended(&attempt, &RangedAttempt::ended);
    attempt.start();
    QVERIFY(ended.wait(waitMs));
    attempt.flush();
    writer->waitForIdle();
    QCOMPARE(headsOf(heads), QList<Head> {Head::RangeIgnored});
    QCOMPARE(attempt.status(), 200);
    QCOMPARE(attempt.startedAt(), 0);
    QCOMPARE(attempt.position(), file.size);
    QCOMPARE(writer->durable().bytes, file.size);
    QCOMPARE(writer->durable().crc.value(), host().crc64(file));
}

void TestRangedAttempt::wrongContentRangeIsNotTaken()
{
    constexpr qint64 size = 100000;
    Server server([](const Server::Request &, int) {
        Server::Answer answer; // always the file from byte 0, whatever was asked
        answer.head = Server::head(206, size, "Content-Range: bytes 0-99999/100000\r\n");
        answer.bodyBytes = size;
        return answer;
    });
    QVERIFY(server.listen());
    QFile seed(m_part);
    QVERIFY(seed.open(QIODevice::WriteOnly));
    QCOMPARE(seed.write(Server::content(0, 4000)), 4000);
    seed.close();
    bb::PartWriter writer;
    bb::Crc64 crc;
    crc.update(Server::content(0, 4000));
    writer.open(m_part, false, 4000, crc);
    RangedAttempt::Request request;
    request.url = server.url();
    request.from = 4000;
    request.listedLimit = size;
    RangedAttempt attempt(&m_fixture->network(), &writer, request);
    QSignalSpy heads(&attempt, &RangedAttempt::headArrived);
    attempt.start();
    QVERIFY(heads.wait(waitMs));
    QCOMPARE(headsOf(heads), QList<Head> {Head::WrongRange});
    attempt.abort();
    writer.waitForIdle();
    QCOMPARE(attempt.position(), 4000); // nothing taken
    QCOMPARE(writer.durable().bytes, 4000);
    QCOMPARE(QFileInfo(m_part).size(), 4000);
}

void TestRangedAttempt::bytesPastTheLimitStopTheReading()
{
    Server server([](const Server::Request &, int) {
        Server::Answer answer; // no length, a body that never ends
        answer.head = Server::head(200, -1);
        answer.bodyBytes = -1;
        return answer;
    });
    QVERIFY(server.listen());
    bb::PartWriter writer;
    writer.open(m_part, true, 0, {});
    RangedAttempt::Request request;
    request.url = server.url();
    request.listedLimit = 300000;
    RangedAttempt attempt(&m_fixture->network(), &writer, request);
    QSignalSpy overLimit(&attempt, &RangedAttempt::overLimit);
    attempt.start();
    QVERIFY(overLimit.wait(waitMs));
    QCOMPARE(overLimit.first().first().toLongLong(), 300000);
    attempt.abort();
    writer.waitForIdle();
    QCOMPARE(attempt.position(), 300000);
    QCOMPARE(writer.durable().bytes, 300000);
    bb::Crc64 crc;
    crc.update(Server::content(0, 300000));
    QCOMPARE(writer.durable().crc.value(), crc.value());
}

void TestRangedAttempt::errorAnswerIsKeptForTheMessage()
{
    const QByteArray body = "<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code><Message>Request has "
                            "expired</Message></Error>";
    Server server([&](const Server::Request &, int) {
        Server::Answer answer;
        // The head is sent verbatim: the error body goes with it.
        answer.head = "HTTP/1.1 403 Forbidden\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;
        return answer;
    });
    QVERIFY(server.listen());
    bb::PartWriter writer;
    writer.open(m_part, true, 0, {});
    RangedAttempt::Request request;
    request.url = server.url();
    RangedAttempt attempt(&m_fixture->network(), &writer, request);
    QSignalSpy heads(&attempt, &RangedAttempt::headArrived);
    QSignalSpy ended(&attempt, &RangedAttempt::ended);
    attempt.start();
    QVERIFY(ended.wait(waitMs));
    QCOMPARE(headsOf(heads), QList<Head> {Head::NotAccepted});
    QCOMPARE(attempt.status(), 403);
    QCOMPARE(attempt.position(), 0);
    QCOMPARE(attempt.failureMessage(), u"HTTP 403 AccessDenied"_s);
    writer.waitForIdle();
    QCOMPARE(writer.durable().bytes, 0);
}

BB_TEST_MAIN(TestRangedAttempt)
#include "tst_rangedattempt.moc"
