// The download engine (DownloadTask over HttpGetReply, or QNAM where it falls back) against file
// hosts that misbehave on purpose (HostileHttpServer, HTTP and TLS on loopback). Each case checks
// the end state and message, that no file gets its final name unless it is byte-identical, that
// the bytes taken never pass the file's size, and that the number of requests is bounded.
#include "providers/tencent/sqlserverservice.h"
#include "support/hostilehttpserver.h"
#include "support/scriptedhttpserver.h"
#include "support/testmain.h"
#include "transfers/downloadtask.h"
#include "transfers/filenamesanitizer.h"
#include "transfers/httpgetreply.h"
#include "transfers/partsidecar.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::DownloadError;
using bb::DownloadState;
using Answer = bb::test::HostileHttpServer::Answer;
using Request = bb::test::HostileHttpServer::Request;
using Server = bb::test::HostileHttpServer;

namespace {
constexpr int waitMs = 30000;
constexpr qint64 fileSize = 100000;

// The answer an honest host gives: the file from the requested offset.
Answer honest(const Request &request, qint64 size = fileSize)
{
    Answer answer;
    if (request.rangeFrom > 0) {
        answer.head
            = Server::head(206, size - request.rangeFrom,
                           "Content-Range: bytes " + QByteArray::number(request.rangeFrom) + '-'
                               + QByteArray::number(size - 1) + '/' + QByteArray::number(size) + "\r\n");
        answer.bodyFrom = request.rangeFrom;
        answer.bodyBytes = size - request.rangeFrom;
    } else {
        answer.head = Server::head(200, size);
        answer.bodyBytes = size;
    }
    return answer;
}
} // namespace

class TestHostileServers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // 1. Disk fill
    void endlessBodyWithoutLengthStopsAtTheListedSize_data();
    void endlessBodyWithoutLengthStopsAtTheListedSize();
    void largerContentLengthThanListedIsRefused();
    // 2. Endless retries
    void ignoredRangeAndEarlyCloseIsBounded();
    void wrongContentRangeIsBounded();
    void creepingProgressHitsTheAttemptBound();
    void restartsFromZeroHitTheByteBudget();
    void tricklingHostHitsTheLowSpeedLimit();
    // 3. Short file accepted
    void conflictingContentLengthsAreRefused();
    void shortContentLengthIsRefusedWhereSizesAreExact();
    void shortBodyWithoutLengthIsRefusedWhereSizesAreExact();
    void roundedListingAcceptsTheHostsExactLength();
    void roundedListingRefusesMoreThanItsRounding();
    void roundedListingAcceptsACloseWithinItsRounding();
    // 4. Long names
    void longNameDownloads();
    // Weak spots
    void endlessInterimAnswersAreBounded();
    void switchingProtocolsIsAnError();
    void nonAuthoritativeAnswerIsNamed();
    void redirectLoopIsNotRetried();
    void tlsEndWithoutCloseNotifyIsTruncation();
    // Over several connections (byte ranges)
    void rangesFromAHostAnnouncingAnotherSizeKeepNothing();
    void rangeBodyLongerThanItsRangeIsCutThere();
    void tlsEndWithoutCloseNotifyAtTheExactSizeIsComplete();
    void tlsRefusalLeavesNoPart();

private:
    struct Outcome
    {
        DownloadState state = DownloadState::Queued;
        DownloadError error = DownloadError::None;
        QString message;
        QStringList statusTexts;
        qint64 maxReceived = 0;
        int attempts = 0;
        QString target;
        bool partKept = false;
    };
    // Downloads the file (`identity` defaults to a 100,000-byte file of an exact-size product)
    // from `server` until the task settles, and checks what every case must hold: at most
    // `limit` bytes taken, and the final name only for byte-identical content.
    Outcome run(Server &server, bb::DownloadOptions options = {}, bb::DownloadIdentity identity = {},
                bool trustServer = true);
    bb::DownloadOptions fastOptions() const;
    bb::DownloadIdentity identity(qint64 size = fileSize, const QString &product = u"tencent-redis"_s) const;
    // No file of the download's names is left once the writer's thread has removed them.
    void verifyNothingLeft(const Outcome &outcome);
    void verifyIdentical(const Outcome &outcome, qint64 size);

    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_network;
};

void TestHostileServers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHostileServers::cleanup()
{
    m_dir.reset();
}

bb::DownloadOptions TestHostileServers::fastOptions() const
{
    bb::DownloadOptions options;
    options.folder = m_dir->path();
    options.stallTimeoutMs = 2000;
    options.backoffBaseMs = 10;
    options.backoffMaxMs = 40;
    options.checkpointIntervalMs = 100;
    return options;
}

bb::DownloadIdentity TestHostileServers::identity(qint64 size, const QString &product) const
{
    bb::DownloadIdentity id;
    id.product = product;
    id.instanceId = u"inst-1"_s;
    id.backupId = u"b-1"_s;
    id.fileName = u"file.bak"_s;
    id.expectedSize = size;
    // What SQL Server describes: its sizes are listed in whole KB.
    id.listedSizeSlack = product == u"tencent-sqlserver"_s
        ? bb::TencentSqlServerService::describe().capabilities.sizeSlack
        : 0;
    return id;
}

TestHostileServers::Outcome TestHostileServers::run(Server &server, bb::DownloadOptions options,
                                                    bb::DownloadIdentity id, bool trustServer)
{
    if (options.folder.isEmpty())
        options = fastOptions();
    if (!id.isValid())
        id = identity();
    const QUrl url = server.url();
    bb::FunctionUrlResolver resolver([url](const bb::DownloadIdentity &, bb::ProviderError *) {
        bb::ResolvedSource source;
        source.externalUrl = url;
        return source;
    });
    bb::DownloadTask task(&m_network, &resolver, id, options);
    QSslConfiguration tls = bb::test::ScriptedHttpServer::testClientTls(QStringLiteral(BB_SEEDS_DIR));
    if (!trustServer) {
        // One unrelated CA, trusted explicitly: as sure a refusal as the system store's, without
        // loading that store on the transfer thread (seconds on a busy machine, counted as a stall).
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        tls = QSslConfiguration::defaultConfiguration();
        if (!system.isEmpty())
            tls.setCaCertificates({system.first()});
    }
    task.setSslConfiguration(tls);
    Outcome outcome;
    connect(&task, &bb::DownloadTask::progressChanged, this,
            [&outcome](const bb::DownloadProgress &progress) {
                outcome.maxReceived = std::max(outcome.maxReceived, progress.received);
            });
    connect(&task, &bb::DownloadTask::statusTextChanged, this, [&outcome](const QString &text) {
        if (!text.isEmpty())
            outcome.statusTexts << text;
    });
    task.start();
    const bool settled = QTest::qWaitFor(
        [&] { return task.state() == DownloadState::Done || task.state() == DownloadState::Failed; }, waitMs);
    outcome.state = task.state();
    outcome.error = task.error();
    outcome.message = task.errorString();
    outcome.attempts = task.attempts();
    outcome.target = task.targetPath();
    outcome.partKept = task.partKept();
    outcome.maxReceived = std::max(outcome.maxReceived, task.progress().received);
    if (!settled)
        qWarning() << "the task did not settle:" << bb::toString(task.state()) << task.statusText();
    return outcome;
}

void TestHostileServers::verifyNothingLeft(const Outcome &outcome)
{
    QVERIFY(!outcome.partKept);
    // The task is gone, and with it its writer's thread, which removed the .part and sidecar.
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
}

void TestHostileServers::verifyIdentical(const Outcome &outcome, qint64 size)
{
    QCOMPARE(bb::toString(outcome.state), bb::toString(DownloadState::Done));
    QFile file(outcome.target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), size);
    QVERIFY(file.readAll() == Server::content(0, size));
    QVERIFY(!QFile::exists(bb::PartSidecar::partPath(outcome.target)));
}

void TestHostileServers::endlessBodyWithoutLengthStopsAtTheListedSize_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("chunked"); // through QNAM's path
    QTest::newRow("http") << false << false;
    QTest::newRow("https") << true << false;
    QTest::newRow("http chunked") << false << true;
}

void TestHostileServers::endlessBodyWithoutLengthStopsAtTheListedSize()
{
    QFETCH(bool, tls);
    QFETCH(bool, chunked);
    // 5.5 GB of .part in 20 s before: bytes were compared with the listing only at the end.
    Server server([chunked](const Request &, int) {
        Answer answer;
        answer.head
            = chunked ? Server::head(200, -1, "Transfer-Encoding: chunked\r\n") : Server::head(200, -1);
        if (chunked) {
            // One endless chunk: the size line promises more than the file has, and it never ends.
            answer.head += "fffffff\r\n";
        }
        answer.bodyBytes = -1;
        answer.end = Answer::End::Hold;
        return answer;
    });
    QVERIFY(server.listen(tls ? bb::test::ScriptedHttpServer::testServerTls(QStringLiteral(BB_SEEDS_DIR))
                              : QSslConfiguration()));
    const Outcome outcome = run(server);
    QCOMPARE(bb::toString(outcome.state), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::SizeMismatch));
    QVERIFY2(outcome.message.contains(u"more than the 100000 bytes"_s), qPrintable(outcome.message));
    QVERIFY(outcome.maxReceived <= fileSize);
    // Our own connection hands a chunked body to QNAM, which asks again; libcurl reads it itself.
    const bool viaQnam = chunked && bb::HttpGetReply::transport() == bb::HttpGetReply::Transport::Own;
    QCOMPARE(server.requestCount(), viaQnam ? 2 : 1);
    verifyNothingLeft(outcome);
}

void TestHostileServers::largerContentLengthThanListedIsRefused()
{
    // The host's size used to override the listing with only a log line.
    Server server([](const Request &, int) {
        Answer answer;
        answer.head = Server::head(200, 3 * fileSize);
        answer.bodyBytes = 3 * fileSize;
        return answer;
    });
    QVERIFY(server.listen());
    const Outcome outcome = run(server);
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::SizeMismatch));
    QVERIFY2(outcome.message.contains(u"announces 300000 bytes"_s)
                 && outcome.message.contains(u"lists 100000"_s),
             qPrintable(outcome.message));
    QVERIFY(outcome.maxReceived <= fileSize);
    QCOMPARE(server.requestCount(), 1);
    verifyNothingLeft(outcome);
}

void TestHostileServers::ignoredRangeAndEarlyCloseIsBounded()
{
    // Every answer the whole file from zero, cut after 30,000 bytes: fetched 121 times in 120 s
    // before, since any byte (even a repeated one) counted as progress.
    Server server([](const Request &, int) {
        Answer answer;
        answer.head = Server::head(200, fileSize);
        answer.bodyBytes = 30000;
        return answer;
    });
    QVERIFY(server.listen());
    bb::DownloadOptions options = fastOptions();
    const Outcome outcome = run(server, options);
    QCOMPARE(bb::toString(outcome.state), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::Network));
    QVERIFY2(outcome.message.contains(u"5 failed attempts without progress"_s), qPrintable(outcome.message));
    // The first attempt reached 30,000 bytes; the 4 after it brought nothing beyond.
    QCOMPARE(server.requestCount(), options.maxAttempts);
    QVERIFY(outcome.maxReceived <= fileSize);
    // Each retry says where it is.
    QVERIFY2(outcome.statusTexts.filter(u"attempt 5 of at most 30"_s).size() == 1,
             qPrintable(outcome.statusTexts.join(u'\n')));
    QVERIFY(!QFile::exists(outcome.target));
}

void TestHostileServers::wrongContentRangeIsBounded()
{
    // A drop after 30,000 bytes, then 206 answers that start at byte 0 whatever was asked: 185
    // requests before, each a "restart" that reset the failure count.
    Server server([](const Request &request, int) {
        Answer answer;
        if (request.rangeFrom <= 0) {
            answer.head = Server::head(200, fileSize);
            answer.bodyBytes = 30000;
        } else {
            answer.head = Server::head(206, fileSize,
                                       "Content-Range: bytes 0-" + QByteArray::number(fileSize - 1) + "/"
                                           + QByteArray::number(fileSize) + "\r\n");
            answer.bodyBytes = fileSize;
        }
        return answer;
    });
    QVERIFY(server.listen());
    const Outcome outcome = run(server);
    QCOMPARE(bb::toString(outcome.state), bb::toString(DownloadState::Failed));
    QVERIFY(outcome.error == DownloadError::Http || outcome.error == DownloadError::Network);
    QVERIFY(server.requestCount() <= 2 * fastOptions().maxAttempts + 1);
    QVERIFY(outcome.maxReceived <= fileSize);
    QVERIFY(!QFile::exists(outcome.target));
}

void TestHostileServers::creepingProgressHitsTheAttemptBound()
{
    // Honest ranges, but 2,000 new bytes per connection: progress every time, 50 requests for
    // the file; the bound on requests per start stops it first.
    Server server([](const Request &request, int) {
        Answer answer = honest(request);
        answer.bodyBytes = std::min<qint64>(answer.bodyBytes, 2000);
        return answer;
    });
    QVERIFY(server.listen());
    bb::DownloadOptions options = fastOptions();
    options.maxTotalAttempts = 10;
    const Outcome outcome = run(server, options);
    QCOMPARE(bb::toString(outcome.state), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::Network));
    QVERIFY2(outcome.message.contains(u"Gave up after 10 attempts"_s), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(u"partial file"_s), qPrintable(outcome.message));
    QCOMPARE(server.requestCount(), 10);
    QCOMPARE(outcome.maxReceived, 20000);
    QVERIFY(outcome.partKept); // its 20,000 bytes are good: a later run resumes from them
}

void TestHostileServers::restartsFromZeroHitTheByteBudget()
{
    // Range ignored, and each answer a little longer than the last: every attempt is progress,
    // but the bytes fetched for the 1 MiB file pass 3x its size after 10 requests.
    constexpr qint64 size = 1024 * 1024;
    Server server([](const Request &, int index) {
        Answer answer;
        answer.head = Server::head(200, size);
        answer.bodyBytes = 256 * 1024 + index * 16 * 1024;
        return answer;
    });
    QVERIFY(server.listen());
    const Outcome outcome = run(server, fastOptions(), identity(size));
    QCOMPARE(bb::toString(outcome.state), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::Network));
    QVERIFY2(outcome.message.contains(u"Gave up after fetching"_s), qPrintable(outcome.message));
    // 256 KiB × n + 16 KiB × n(n-1)/2 ≥ 3 MiB first at n = 10.
    QCOMPARE(server.requestCount(), 10);
    QVERIFY(outcome.maxReceived <= size);
    QVERIFY(!QFile::exists(outcome.target));
}

void TestHostileServers::tricklingHostHitsTheLowSpeedLimit()
{
    // A byte every 20 ms is never a stall; the low-speed limit ends each attempt instead.
    Server server([](const Request &request, int) {
        Answer answer = honest(request);
        answer.trickleMs = 20;
        return answer;
    });
    QVERIFY(server.listen());
    bb::DownloadOptions options = fastOptions();
    options.lowSpeedBytesPerSecond = 10000;
    options.lowSpeedTimeMs = 300;
    const Outcome outcome = run(server, options);
    QCOMPARE(bb::toString(outcome.state), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::Network));
    QVERIFY2(outcome.message.contains(u"slower than"_s), qPrintable(outcome.message));
    // A trickle is no progress: the usual 5 attempts, not one per trickled byte.
    QCOMPARE(server.requestCount(), options.maxAttempts);
    QVERIFY(!QFile::exists(outcome.target));
}

void TestHostileServers::conflictingContentLengthsAreRefused()
{
    // Two lengths: the last one won before (RFC 9112 6.3: an unrecoverable error).
    Server server([](const Request &, int) {
        Answer answer;
        answer.head = Server::head(200, fileSize, "Content-Length: 60000\r\n");
        answer.bodyBytes = 60000;
        return answer;
    });
    QVERIFY(server.listen());
    const Outcome outcome = run(server);
    QCOMPARE(bb::toString(outcome.state), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::Http));
    QVERIFY2(outcome.message.contains(u"conflicting Content-Length"_s), qPrintable(outcome.message));
    QCOMPARE(server.requestCount(), 1); // a framing error is not retried
    verifyNothingLeft(outcome);
}

void TestHostileServers::shortContentLengthIsRefusedWhereSizesAreExact()
{
    // 500 bytes short: within the old 1,024-byte tolerance, so it got its final name with exit 0.
    Server server([](const Request &, int) {
        Answer answer;
        answer.head = Server::head(200, fileSize - 500);
        answer.bodyBytes = fileSize - 500;
        return answer;
    });
    QVERIFY(server.listen());
    const Outcome outcome = run(server);
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::SizeMismatch));
    QVERIFY2(outcome.message.contains(u"lists 100000"_s), qPrintable(outcome.message));
    verifyNothingLeft(outcome);
}

void TestHostileServers::shortBodyWithoutLengthIsRefusedWhereSizesAreExact()
{
    // Read until the close, 500 bytes short of the exact listing: a cut, never the file. Each
    // answer repeats it (Range ignored), so no attempt gets further and the retries run out.
    Server server([](const Request &, int) {
        Answer answer;
        answer.head = Server::head(200, -1);
        answer.bodyBytes = fileSize - 500;
        return answer;
    });
    QVERIFY(server.listen());
    const Outcome outcome = run(server);
    QCOMPARE(bb::toString(outcome.state), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::Network));
    QVERIFY2(outcome.message.contains(u"closed after"_s), qPrintable(outcome.message));
    QCOMPARE(server.requestCount(), fastOptions().maxAttempts);
    QVERIFY(!QFile::exists(outcome.target));
}

void TestHostileServers::roundedListingAcceptsACloseWithinItsRounding()
{
    // Without a length, a rounded listing cannot tell up to 1,023 missing bytes from rounding
    // (documented at DownloadIdentity::sizeSlack): 98,500 bytes pass for "97 KB".
    constexpr qint64 real = 98500;
    Server server([](const Request &, int) {
        Answer answer;
        answer.head = Server::head(200, -1);
        answer.bodyBytes = real;
        return answer;
    });
    QVERIFY(server.listen());
    const Outcome outcome = run(server, fastOptions(), identity(97 * 1024, u"tencent-sqlserver"_s));
    verifyIdentical(outcome, real);
    QCOMPARE(server.requestCount(), 1);
}

void TestHostileServers::roundedListingAcceptsTheHostsExactLength()
{
    // Tencent SQL Server lists whole KB: 97 KB is 99,328 bytes, the file 99,000.
    constexpr qint64 real = 99000;
    Server server([](const Request &request, int) { return honest(request, real); });
    QVERIFY(server.listen());
    const Outcome outcome = run(server, fastOptions(), identity(97 * 1024, u"tencent-sqlserver"_s));
    verifyIdentical(outcome, real);
}

void TestHostileServers::roundedListingRefusesMoreThanItsRounding()
{
    constexpr qint64 real = 97 * 1024 - 1024;
    Server server([](const Request &request, int) { return honest(request, real); });
    QVERIFY(server.listen());
    const Outcome outcome = run(server, fastOptions(), identity(97 * 1024, u"tencent-sqlserver"_s));
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::SizeMismatch));
    QVERIFY2(outcome.message.contains(u"lists 99328"_s), qPrintable(outcome.message));
    verifyNothingLeft(outcome);
}

void TestHostileServers::longNameDownloads()
{
    // 300 bytes of name: "File name too long" for the .part before, and 246-250 byte names
    // lost their sidecar. Cut to leave room for ".part.json.XXXXXX".
    Server server([](const Request &request, int) { return honest(request); });
    QVERIFY(server.listen());
    bb::DownloadIdentity id = identity();
    id.fileName = bb::FileNameSanitizer::sanitize(QString(300, u'n') + u".bak"_s);
    const Outcome outcome = run(server, fastOptions(), id);
    verifyIdentical(outcome, fileSize);
    QCOMPARE(QFileInfo(outcome.target).fileName().toUtf8().size(), bb::FileNameSanitizer::maxNameBytes);
}

void TestHostileServers::endlessInterimAnswersAreBounded()
{
    // "100 Continue" forever burned 38 CPU-seconds in 40 s.
    Server server([](const Request &, int) {
        Answer answer;
        answer.interim = -1;
        answer.end = Answer::End::Hold;
        return answer;
    });
    QVERIFY(server.listen());
    const Outcome outcome = run(server);
    QCOMPARE(bb::toString(outcome.state), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::Http));
    QVERIFY2(outcome.message.contains(u"interim (1xx)"_s), qPrintable(outcome.message));
    QCOMPARE(server.requestCount(), 1);
    verifyNothingLeft(outcome);
}

void TestHostileServers::switchingProtocolsIsAnError()
{
    Server server([](const Request &, int) {
        Answer answer;
        answer.head = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n";
        answer.bodyBytes = 1000;
        return answer;
    });
    QVERIFY(server.listen());
    const Outcome outcome = run(server);
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::Http));
    QVERIFY2(outcome.message.contains(u"HTTP 101"_s), qPrintable(outcome.message));
    QVERIFY(!outcome.message.contains(u"Unknown error"_s));
    QCOMPARE(server.requestCount(), 1);
    verifyNothingLeft(outcome);
}

void TestHostileServers::nonAuthoritativeAnswerIsNamed()
{
    // A proxy's transformed copy is not the file.
    Server server([](const Request &, int) {
        Answer answer;
        answer.head = "HTTP/1.1 203 Non-Authoritative Information\r\nContent-Length: 1000\r\n\r\n";
        answer.bodyBytes = 1000;
        return answer;
    });
    QVERIFY(server.listen());
    const Outcome outcome = run(server);
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::Http));
    QVERIFY2(outcome.message.contains(u"HTTP 203 Non-Authoritative Information"_s),
             qPrintable(outcome.message));
    QVERIFY(!outcome.message.contains(u"Unknown error"_s));
    QCOMPARE(server.requestCount(), 1);
    verifyNothingLeft(outcome);
}

void TestHostileServers::redirectLoopIsNotRetried()
{
    // A permanent redirect to itself: QNAM follows it up to 5 times, then the task gives up at
    // once instead of starting over 5 times.
    QUrl self;
    Server server([&self](const Request &, int) {
        Answer answer;
        answer.head = Server::head(308, 0, "Location: " + self.toEncoded() + "\r\n");
        return answer;
    });
    QVERIFY(server.listen());
    self = server.url();
    const Outcome outcome = run(server);
    QCOMPARE(bb::toString(outcome.state), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::Http));
    // The direct attempt, then QNAM's request and its 5 redirects.
    QVERIFY2(server.requestCount() <= 7, qPrintable(QString::number(server.requestCount())));
    verifyNothingLeft(outcome);
}

void TestHostileServers::tlsEndWithoutCloseNotifyIsTruncation()
{
    // No length, and the TLS stream cut 100 bytes short without close_notify: taken as a clean
    // end before. Now a drop: the next request resumes with Range and completes the file.
    Server server([](const Request &request, int index) {
        if (index > 0)
            return honest(request);
        Answer answer;
        answer.head = Server::head(200, -1);
        answer.bodyBytes = fileSize - 100;
        answer.end = Answer::End::CloseWithoutNotify;
        return answer;
    });
    QVERIFY(server.listen(bb::test::ScriptedHttpServer::testServerTls(QStringLiteral(BB_SEEDS_DIR))));
    const Outcome outcome = run(server);
    verifyIdentical(outcome, fileSize);
    QCOMPARE(server.requestCount(), 2);
    // libcurl (7.88) ends such a body as if complete; the listing's exact size catches the cut.
    const QString said = bb::HttpGetReply::transport() == bb::HttpGetReply::Transport::Curl
        ? u"the connection closed after"_s
        : u"without close_notify"_s;
    QVERIFY2(outcome.statusTexts.filter(said).size() == 1, qPrintable(outcome.statusTexts.join(u'\n')));
}

void TestHostileServers::tlsEndWithoutCloseNotifyAtTheExactSizeIsComplete()
{
    // The same cut at exactly the listed (exact) size: the size is known and matches.
    Server server([](const Request &, int) {
        Answer answer;
        answer.head = Server::head(200, -1);
        answer.bodyBytes = fileSize;
        answer.end = Answer::End::CloseWithoutNotify;
        return answer;
    });
    QVERIFY(server.listen(bb::test::ScriptedHttpServer::testServerTls(QStringLiteral(BB_SEEDS_DIR))));
    const Outcome outcome = run(server);
    verifyIdentical(outcome, fileSize);
    QCOMPARE(server.requestCount(), 1);
}

void TestHostileServers::tlsRefusalLeavesNoPart()
{
    // A certificate the client does not trust: it left a 0-byte .part and said "partial file kept".
    Server server([](const Request &request, int) { return honest(request); });
    QVERIFY(server.listen(bb::test::ScriptedHttpServer::testServerTls(QStringLiteral(BB_SEEDS_DIR))));
    const Outcome outcome = run(server, {}, {}, false);
    QCOMPARE(bb::toString(outcome.state), bb::toString(DownloadState::Failed));
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::Tls));
    QVERIFY(!outcome.message.contains(u"kept"_s));
    QCOMPARE(outcome.attempts, 1);
    verifyNothingLeft(outcome);
}

namespace {
// Options for downloads over four connections of the 100,000-byte file (ranges of 25,000).
bb::DownloadOptions overRanges(bb::DownloadOptions options)
{
    options.connections = 4;
    options.minRangeBytes = 10000;
    options.oneConnectionEnoughBytesPerSecond = 0;
    return options;
}

// "bytes=a-b" → a, b; -1, -1 for anything else.
std::pair<qint64, qint64> closedRange(const Request &request)
{
    const QByteArray range = request.headers.value("range");
    const qsizetype dash = range.indexOf('-');
    if (!range.startsWith("bytes=") || dash < 0 || range.endsWith('-'))
        return {-1, -1};
    return {range.mid(6, dash - 6).toLongLong(), range.mid(dash + 1).toLongLong()};
}
} // namespace

void TestHostileServers::rangesFromAHostAnnouncingAnotherSizeKeepNothing()
{
    // Each range answered as asked, but of a file three times the listed size.
    Server server([](const Request &request, int) {
        const auto [first, last] = closedRange(request);
        Answer answer;
        answer.head
            = Server::head(206, last - first + 1,
                           "Content-Range: bytes " + QByteArray::number(first) + '-'
                               + QByteArray::number(last) + '/' + QByteArray::number(3 * fileSize) + "\r\n");
        answer.bodyFrom = first;
        answer.bodyBytes = last - first + 1;
        return answer;
    });
    QVERIFY(server.listen());
    const Outcome outcome = run(server, overRanges(fastOptions()));
    QCOMPARE(bb::toString(outcome.error), bb::toString(DownloadError::SizeMismatch));
    QVERIFY2(outcome.message.contains(u"announces 300000 bytes"_s), qPrintable(outcome.message));
    QCOMPARE(server.requestCount(), 1); // the first range's answer: no other range was asked
    QVERIFY(outcome.maxReceived <= fileSize);
    verifyNothingLeft(outcome);
}

void TestHostileServers::rangeBodyLongerThanItsRangeIsCutThere()
{
    // The right Content-Range head, then the whole rest of the file: what passes a range's end is
    // another range's and is not taken.
    Server server([](const Request &request, int) {
        const auto [first, last] = closedRange(request);
        Answer answer;
        answer.head
            = Server::head(206, fileSize - first,
                           "Content-Range: bytes " + QByteArray::number(first) + '-'
                               + QByteArray::number(last) + '/' + QByteArray::number(fileSize) + "\r\n");
        answer.bodyFrom = first;
        answer.bodyBytes = fileSize - first;
        return answer;
    });
    QVERIFY(server.listen());
    const Outcome outcome = run(server, overRanges(fastOptions()));
    verifyIdentical(outcome, fileSize);
    QVERIFY(outcome.maxReceived <= fileSize);
    // The four ranges, and the halves free connections took over (each split asks once more).
    QVERIFY2(server.requestCount() >= 4 && server.requestCount() <= fastOptions().maxTotalAttempts,
             qPrintable(QString::number(server.requestCount())));
}

BB_TEST_GUILESS_MAIN(TestHostileServers)
#include "tst_hostileservers.moc"
