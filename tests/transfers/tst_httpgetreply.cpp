#include "sandbox/selfsignedcertificate.h"
#include "support/scriptedhttpserver.h"
#include "support/testmain.h"
#include "transfers/httpgetreply.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>
#include <future>
#include <memory>

using bb::HttpGetReply;
using bb::test::ScriptedHttpServer;

namespace {

// A one-shot HTTP server on loopback: records the request head and answers with `response`
// (written in one go, then the connection is closed unless keepOpen).
// Puts the environment variable `name` back as it was when the returned guard goes.
auto restoreAtExit(const char *name)
{
    return qScopeGuard([name, before = qgetenv(name)] {
        if (before.isNull())
            qunsetenv(name);
        else
            qputenv(name, before);
    });
}

class CannedServer : public QObject
{
public:
    explicit CannedServer(QByteArray response, bool keepOpen = false)
        : m_response(std::move(response))
        , m_keepOpen(keepOpen)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            m_sockets.push_back(socket);
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                m_request += socket->readAll();
                if (!m_request.contains("\r\n\r\n") || m_answered)
                    return;
                m_answered = true;
                socket->write(m_response);
                if (!m_keepOpen)
                    socket->disconnectFromHost();
            });
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &path = QStringLiteral("/f/a%20b.bin?sig=x%2By")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    QByteArray request() const { return m_request; }

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_sockets;
    QByteArray m_response;
    QByteArray m_request;
    bool m_keepOpen;
    bool m_answered = false;
};

QByteArray readAllOf(QNetworkReply *reply)
{
    QByteArray body;
    char buffer[1000];
    for (qint64 n; (n = reply->read(buffer, sizeof buffer)) > 0;)
        body.append(buffer, n);
    return body;
}

struct Outcome
{
    QByteArray body;
    bool finished = false;
    bool fallback = false;
};

// Runs a reply to its end, reading as DownloadTask does (on readyRead and at finished).
Outcome run(HttpGetReply *reply)
{
    Outcome outcome;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] { outcome.body += readAllOf(reply); });
    QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
        outcome.body += readAllOf(reply);
        outcome.finished = true;
    });
    QObject::connect(reply, &HttpGetReply::needsFallback, reply, [&] { outcome.fallback = true; });
    // Only a guard against a hang (callers check the outcome): the sanitizer build on a loaded
    // machine needed over 10 s for a TLS refusal.
    (void)QTest::qWaitFor([&] { return outcome.finished || outcome.fallback; }, 90000);
    return outcome;
}

QByteArray pattern(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char((i * 7 + i / 251) & 0xff);
    return data;
}

QSslConfiguration fixtureServerTls()
{
    return ScriptedHttpServer::testServerTls(QStringLiteral(BB_SEEDS_DIR));
}

QSslConfiguration fixtureClientTls()
{
    return ScriptedHttpServer::testClientTls(QStringLiteral(BB_SEEDS_DIR));
}

// A server configuration for a freshly made certificate (valid for `validDays`, negative: expired).
QSslConfiguration serverTlsFor(const bb::sandbox::SelfSignedCertificate &certificate)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate.certificate());
    config.setPrivateKey(certificate.key());
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

QSslConfiguration clientTrusting(const QSslCertificate &certificate)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(certificate);
    return config;
}

} // namespace

// HttpGetReply against canned HTTP answers over real loopback sockets: framing, errors, the
// request it sends, and what it hands back to QNetworkAccessManager.
class TestHttpGetReply : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); }

    void contentLengthBody()
    {
        const QByteArray body = pattern(300000);
        CannedServer server("HTTP/1.1 206 Partial Content\r\nContent-Length: "
                            + QByteArray::number(body.size())
                            + "\r\nContent-Range: bytes 5-300004/300005\r\nx-cos-hash-crc64ecma: 123\r\n\r\n"
                            + body + "trailing garbage");
        HttpGetReply reply(server.url(), 5, {});
        const Outcome outcome = run(&reply);
        QVERIFY(outcome.finished);
        QCOMPARE(reply.error(), QNetworkReply::NoError);
        QCOMPARE(reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
        QCOMPARE(reply.header(QNetworkRequest::ContentLengthHeader).toLongLong(), body.size());
        QCOMPARE(reply.rawHeader("X-COS-Hash-CRC64ECMA"), QByteArray("123"));
        QCOMPARE(outcome.body.size(), body.size());
        QVERIFY(outcome.body == body); // and not a byte of what followed the declared length
        // The request as QNAM would send it: encoded target, Range, identity encoding.
        const QByteArray request = server.request();
        QVERIFY2(request.startsWith("GET /f/a%20b.bin?sig=x%2By HTTP/1.1\r\n"), request.constData());
        QVERIFY(request.contains("\r\nRange: bytes=5-\r\n"));
        QVERIFY(request.contains("\r\nAccept-Encoding: identity\r\n"));
        QVERIFY(request.contains("\r\nHost: 127.0.0.1:"));
    }

    void bodyUntilClose()
    {
        const QByteArray body = pattern(70000);
        CannedServer server("HTTP/1.0 200 OK\r\n\r\n" + body);
        HttpGetReply reply(server.url(), 0, {});
        const Outcome outcome = run(&reply);
        QVERIFY(outcome.finished);
        QCOMPARE(reply.error(), QNetworkReply::NoError);
        QVERIFY(outcome.body == body);
        QVERIFY(!server.request().contains("Range:"));
    }

    void interimAnswerIsSkipped()
    {
        CannedServer server("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc");
        HttpGetReply reply(server.url(), 0, {});
        const Outcome outcome = run(&reply);
        QCOMPARE(reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(outcome.body, QByteArray("abc"));
    }

    void closedEarlyIsAnError()
    {
        CannedServer server("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + pattern(400));
        HttpGetReply reply(server.url(), 0, {});
        const Outcome outcome = run(&reply);
        QVERIFY(outcome.finished);
        QCOMPARE(reply.error(), QNetworkReply::RemoteHostClosedError);
        QCOMPARE(outcome.body.size(), 400); // what did arrive is still delivered
    }

    void errorStatusKeepsBody()
    {
        CannedServer server(
            "HTTP/1.1 404 Not Found\r\nContent-Length: 33\r\n\r\n<Error><Code>NoSuchKey</Code></E>");
        HttpGetReply reply(server.url(), 0, {});
        const Outcome outcome = run(&reply);
        QVERIFY(outcome.finished);
        QCOMPARE(reply.error(), QNetworkReply::ContentNotFoundError);
        QCOMPARE(reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QVERIFY(outcome.body.contains("<Code>NoSuchKey</Code>"));
    }

    void refusedConnection()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost);
            port = probe.serverPort();
        }
        HttpGetReply reply(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)), 0, {});
        const Outcome outcome = run(&reply);
        QVERIFY(outcome.finished);
        QCOMPARE(reply.error(), QNetworkReply::ConnectionRefusedError);
        QCOMPARE(reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    }

    void redirectsAndChunkedGoBackToQnam_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("302") << QByteArray(
            "HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("chunked") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
    }

    void redirectsAndChunkedGoBackToQnam()
    {
        QFETCH(QByteArray, response);
        CannedServer server(response, true);
        HttpGetReply reply(server.url(), 0, {});
        QSignalSpy metaData(&reply, &QNetworkReply::metaDataChanged);
        const Outcome outcome = run(&reply);
        if (HttpGetReply::transport() == HttpGetReply::Transport::Curl
            && QByteArray(QTest::currentDataTag()) == "chunked") {
            // libcurl decodes chunked bodies itself: only redirects go back to QNAM.
            QVERIFY(!outcome.fallback);
            QVERIFY(outcome.finished);
            QCOMPARE(outcome.body, QByteArray("abc"));
            return;
        }
        QVERIFY(outcome.fallback);
        QVERIFY(!outcome.finished);
        QVERIFY(outcome.body.isEmpty());
        QCOMPARE(metaData.count(), 0); // the caller saw nothing of this answer
    }

    // The connection reads on the transfer thread, not the caller's: while this thread runs no
    // events it keeps reading up to the buffer's bound, then stops (TCP holds the rest: the
    // kernel alone would hold several MiB of the 8 on loopback), and reading afterwards yields
    // the whole body.
    void bodyIsReadOffTheCallersThread()
    {
        const QByteArray body = pattern(8 * 1024 * 1024);
        std::promise<quint16> port;
        // A server with blocking calls on its own thread: this one is about to stop running events.
        std::unique_ptr<QThread> serverThread(QThread::create([&] {
            QTcpServer server;
            server.listen(QHostAddress::LocalHost);
            port.set_value(server.serverPort());
            if (!server.waitForNewConnection(10000))
                return;
            QTcpSocket *socket = server.nextPendingConnection();
            QByteArray request;
            while (!request.contains("\r\n\r\n") && socket->waitForReadyRead(10000))
                request += socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size())
                          + "\r\n\r\n");
            socket->write(body);
            while (socket->bytesToWrite() > 0 && socket->waitForBytesWritten(10000)) { }
            socket->disconnectFromHost();
            if (socket->state() != QAbstractSocket::UnconnectedState)
                socket->waitForDisconnected(10000);
        }));
        serverThread->start();
        QUrl url(QStringLiteral("http://127.0.0.1/f.bin"));
        url.setPort(port.get_future().get());

        HttpGetReply reply(url, 0, {});
        QSignalSpy head(&reply, &QNetworkReply::metaDataChanged);
        QVERIFY(head.wait(10000));
        QElapsedTimer blocked;
        blocked.start();
        while (reply.bytesAvailable() < HttpGetReply::bodyBufferLimit && blocked.elapsed() < 10000)
            QThread::msleep(5);
        QVERIFY2(reply.bytesAvailable() >= HttpGetReply::bodyBufferLimit,
                 QByteArray::number(reply.bytesAvailable()).constData());
        QThread::msleep(200); // had it kept reading, the 8 MiB would be in by now
        QVERIFY2(reply.bytesAvailable() <= HttpGetReply::bodyBufferLimit + 256 * 1024,
                 QByteArray::number(reply.bytesAvailable()).constData());

        Outcome outcome;
        outcome.body = readAllOf(&reply);
        const Outcome rest = run(&reply);
        QVERIFY(rest.finished);
        outcome.body += rest.body;
        QCOMPARE(reply.error(), QNetworkReply::NoError);
        QCOMPARE(outcome.body.size(), body.size());
        QVERIFY(outcome.body == body);
        QVERIFY(serverThread->wait(10000));
    }

    // HTTPS through OpenSSL on the raw socket: byte-identical bodies, whole and resumed, in
    // records that cross every read boundary (the reader takes 1000 bytes at a time).
    void httpsTrustedIsByteIdentical_data()
    {
        QTest::addColumn<qint64>("rangeFrom");
        QTest::newRow("whole") << qint64(0);
        QTest::newRow("range") << qint64(123457);
    }

    void httpsTrustedIsByteIdentical()
    {
        QFETCH(qint64, rangeFrom);
        const QByteArray file = pattern(3 * 1024 * 1024 + 17);
        ScriptedHttpServer server;
        QVERIFY(server.listen(fixtureServerTls()));
        ScriptedHttpServer::Response response;
        response.status = rangeFrom > 0 ? 206 : 200;
        response.body = file.mid(rangeFrom);
        if (rangeFrom > 0)
            response.headers
                = {{"Content-Range",
                    "bytes " + QByteArray::number(rangeFrom) + '-' + QByteArray::number(file.size() - 1) + '/'
                        + QByteArray::number(file.size())}};
        server.enqueue(response);
        QUrl url = server.url();
        url.setPath(QStringLiteral("/f.bin"));
        HttpGetReply reply(url, rangeFrom, fixtureClientTls());
        const Outcome outcome = run(&reply);
        QVERIFY(outcome.finished);
        QCOMPARE(reply.error(), QNetworkReply::NoError);
        QCOMPARE(reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), response.status);
        QCOMPARE(outcome.body.size(), file.size() - rangeFrom);
        QVERIFY(outcome.body == file.mid(rangeFrom));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().target, QByteArray("/f.bin"));
        QCOMPARE(server.requests().first().header("range"),
                 rangeFrom > 0 ? "bytes=" + QByteArray::number(rangeFrom) + '-' : QByteArray());
    }

    void httpsBodyUntilClose()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen(fixtureServerTls()));
        ScriptedHttpServer::Response response;
        response.streamBytes = 1024 * 1024 + 5;
        response.omitContentLength = true;
        server.enqueue(response);
        HttpGetReply reply(server.url(), 0, fixtureClientTls());
        const Outcome outcome = run(&reply);
        QVERIFY(outcome.finished);
        QCOMPARE(reply.error(), QNetworkReply::NoError);
        QVERIFY(outcome.body == QByteArray(1024 * 1024 + 5, 'z'));
    }

    // A reader that ignores readyRead and polls bytesAvailable() on a timer, taking little at a
    // time (as DownloadTask does when throttled or when its writer is full): records left in
    // OpenSSL must still count as available, or the last ones are never read.
    void httpsPollingReaderGetsEverything()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen(fixtureServerTls()));
        ScriptedHttpServer::Response response;
        response.streamBytes = 256 * 1024 + 3;
        server.enqueue(response);
        HttpGetReply reply(server.url(), 0, fixtureClientTls());
        QByteArray body;
        bool finished = false;
        QObject::connect(&reply, &QNetworkReply::finished, &reply, [&] { finished = true; });
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &reply, [&] {
            // One byte at a time: every record's end is the end of a read, also when whole
            // records still wait in OpenSSL's read-ahead buffer and the socket is drained.
            char buffer[1];
            for (int i = 0; i < 8192 && reply.bytesAvailable() > 0; ++i) {
                const qint64 n = reply.read(buffer, sizeof buffer);
                if (n <= 0)
                    break;
                body.append(buffer, n);
            }
        });
        poll.start(1);
        QTRY_VERIFY_WITH_TIMEOUT(finished && reply.bytesAvailable() == 0, 5000);
        QCOMPARE(reply.error(), QNetworkReply::NoError);
        QCOMPARE(body.size(), response.streamBytes);
        QVERIFY(body == QByteArray(body.size(), 'z'));
    }

    // Every way the peer can fail verification ends the reply with SslHandshakeFailedError and a
    // message naming the host and OpenSSL's reason; no request (and no URL) is ever sent.
    void httpsUntrustedFails_data()
    {
        QTest::addColumn<int>("validDays"); // 0: the fixture certificate (IP 127.0.0.1 only)
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("trust"); // 0: system CAs only, 1: another certificate, 2: the server's
        QTest::addColumn<QString>("reason");
        QTest::newRow("self-signed, system trust") << 30 << u"127.0.0.1"_qs << 0 << u"self-signed"_qs;
        QTest::newRow("another certificate trusted") << 30 << u"127.0.0.1"_qs << 1 << u"self-signed"_qs;
        // OpenSSL's words for it ("hostname mismatch"), or libcurl's own check's.
        QTest::newRow("wrong host name")
            << 0 << u"localhost"_qs << 2 << u"mismatch|no alternative certificate subject name matches"_qs;
        QTest::newRow("expired") << -1 << u"127.0.0.1"_qs << 2 << u"expired"_qs;
    }

    void httpsUntrustedFails()
    {
        QFETCH(int, validDays);
        QFETCH(QString, host);
        QFETCH(int, trust);
        QFETCH(QString, reason);
        QSslConfiguration serverTls = fixtureServerTls();
        QSslConfiguration trusted = fixtureClientTls();
        if (validDays != 0) {
            QString error;
            const auto certificate = bb::sandbox::SelfSignedCertificate::generate(validDays, &error);
            QVERIFY2(certificate.isValid(), qPrintable(error));
            serverTls = serverTlsFor(certificate);
            trusted = clientTrusting(certificate.certificate());
        }
        ScriptedHttpServer server;
        QVERIFY(server.listen(serverTls));
        server.enqueue(ScriptedHttpServer::Response::json(200, "{}"));
        const QSslConfiguration client = trust == 0 ? QSslConfiguration::defaultConfiguration()
            : trust == 1                            ? fixtureClientTls()
                                                    : trusted;
        QUrl url = server.url();
        // "localhost" reaches the same server, but the fixture certificate names only the IP.
        url.setHost(host);
        HttpGetReply reply(url, 0, client);
        const Outcome outcome = run(&reply);
        QVERIFY(outcome.finished);
        QCOMPARE(reply.error(), QNetworkReply::SslHandshakeFailedError);
        QVERIFY2(reply.errorString().contains(host), qPrintable(reply.errorString()));
        QVERIFY2(reply.errorString().contains(
                     QRegularExpression(reason, QRegularExpression::CaseInsensitiveOption)),
                 qPrintable(reply.errorString()));
        QVERIFY(outcome.body.isEmpty());
        QVERIFY(server.requests().isEmpty()); // not a byte of the request (its URL is a token)
    }

    void proxiedUrlsStayWithQnam()
    {
        QNetworkAccessManager network;
        const QUrl url(QStringLiteral("https://example.com/x"));
        QVERIFY(HttpGetReply::canFetch(url, &network));
        QVERIFY(!HttpGetReply::canFetch(QUrl(QStringLiteral("ftp://example.com/x")), &network));
        network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 3128));
        QVERIFY(!HttpGetReply::canFetch(url, &network));
        network.setProxy(QNetworkProxy::NoProxy);
        QVERIFY(HttpGetReply::canFetch(url, &network));
        network.setProxy(QNetworkProxy::DefaultProxy);
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), 1080));
        QVERIFY(!HttpGetReply::canFetch(url, &network));
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }

    // The transport comes from BB_HTTP_TRANSPORT (ctest runs this file once more with "curl").
    void transportFollowsTheEnvironment()
    {
        const auto restore = restoreAtExit("BB_HTTP_TRANSPORT");
        qunsetenv("BB_HTTP_TRANSPORT");
        QCOMPARE(HttpGetReply::transport(), HttpGetReply::Transport::Own);
        qputenv("BB_HTTP_TRANSPORT", "own");
        QCOMPARE(HttpGetReply::transport(), HttpGetReply::Transport::Own);
        qputenv("BB_HTTP_TRANSPORT", " Curl ");
        QCOMPARE(HttpGetReply::transport(),
                 HttpGetReply::curlAvailable() ? HttpGetReply::Transport::Curl
                                               : HttpGetReply::Transport::Own);
        qputenv("BB_HTTP_TRANSPORT", "carrier-pigeon");
        QCOMPARE(HttpGetReply::transport(), HttpGetReply::Transport::Own);
    }

    // canFetch() keeps proxied URLs with QNAM; the connection itself never takes a proxy from the
    // environment (libcurl would read http_proxy by itself).
    void environmentProxyIsNotUsed()
    {
        const auto restore = restoreAtExit("http_proxy");
        qputenv("http_proxy", "http://127.0.0.1:9"); // the discard port: nothing answers there
        CannedServer server("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc");
        HttpGetReply reply(server.url(), 0, {});
        const Outcome outcome = run(&reply);
        QVERIFY(outcome.finished);
        QCOMPARE(reply.error(), QNetworkReply::NoError);
        QCOMPARE(outcome.body, QByteArray("abc"));
    }
};

BB_TEST_GUILESS_MAIN(TestHttpGetReply)
#include "tst_httpgetreply.moc"
