#include "scriptedhttpserver.h"

#include "loopbackserver.h"

#include <QFile>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace bb::test {

struct ScriptedHttpServer::Connection
{
    QByteArray buffer;
    bool busy = false; // a response is being delayed or streamed
    bool streaming = false; // a generated body is being sent
    qint64 streamLeft = 0; // generated body bytes still to send
    bool closeAfterStream = false;
};

ScriptedHttpServer::Response ScriptedHttpServer::Response::json(int status, const QByteArray &body)
{
    Response response;
    response.status = status;
    response.headers = {{"Content-Type", "application/json"}};
    response.body = body;
    return response;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    m_fallback = Response::json(500, R"({"error":"no scripted response left"})");
    m_clock.start();
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    // The sockets are the server's children: silence them before they go, since their
    // disconnected() would reach this half-destroyed object.
    for (QTcpSocket *socket : m_connections.keys())
        disconnect(socket, nullptr, this, nullptr);
    m_server.reset();
}

bool ScriptedHttpServer::listen(const QSslConfiguration &tls)
{
    m_server = listenOnLoopback(tls);
    if (!m_server)
        return false;
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &ScriptedHttpServer::onNewConnection);
    return true;
}

QUrl ScriptedHttpServer::url() const
{
    return loopbackUrl(m_server.get());
}

void ScriptedHttpServer::enqueue(const Response &response)
{
    m_queue.append(response);
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, std::make_shared<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { streamMore(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    const auto connection = m_connections.value(socket);
    if (!connection)
        return;
    connection->buffer += socket->readAll();
    // One request at a time per connection (clients do not pipeline); the rest waits in the buffer.
    while (!connection->busy) {
        const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (connection->buffer.size() < headerEnd + 4 + length)
            return;
        request.body = connection->buffer.mid(headerEnd + 4, length);
        connection->buffer.remove(0, headerEnd + 4 + length);
        request.receivedMs = m_clock.elapsed();
        m_requests.append(request);

        const Response response = m_queue.isEmpty() ? m_fallback : m_queue.takeFirst();
        connection->busy = true;
        emit requestReceived(int(m_requests.size() - 1));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response] {
            if (guard)
                answer(guard, response);
        });
    }
}

void ScriptedHttpServer::answer(QTcpSocket *socket, const Response &response)
{
    const auto connection = m_connections.value(socket);
    if (!connection)
        return;
    if (response.closeWithoutAnswer) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    const bool streaming = response.streamBytes >= 0;
    const qint64 length = streaming ? response.streamBytes : response.body.size();
    if (!(streaming && response.omitContentLength))
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    else
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);
    if (!streaming) {
        socket->write(response.body);
        connection->busy = false;
        if (!connection->buffer.isEmpty())
            QTimer::singleShot(0, this, [this, socket = QPointer<QTcpSocket>(socket)] {
                if (socket)
                    onReadyRead(socket);
            });
        return;
    }
    connection->streaming = true;
    connection->streamLeft = response.streamBytes;
    connection->closeAfterStream = response.omitContentLength;
    streamMore(socket);
}

void ScriptedHttpServer::streamMore(QTcpSocket *socket)
{
    const auto connection = m_connections.value(socket);
    if (!connection || !connection->streaming || socket->bytesToWrite() > 256 * 1024)
        return;
    if (connection->streamLeft <= 0) {
        connection->streaming = false;
        connection->busy = false;
        if (connection->closeAfterStream)
            socket->disconnectFromHost();
        return;
    }
    static const QByteArray chunk(64 * 1024, 'z');
    const qint64 now = std::min<qint64>(chunk.size(), connection->streamLeft);
    connection->streamLeft -= now;
    socket->write(chunk.constData(), now);
}

static QByteArray readFixture(const QString &fixturesDir, const char *name)
{
    QFile file(fixturesDir + QStringLiteral("/tls/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSslConfiguration ScriptedHttpServer::testServerTls(const QString &fixturesDir)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(readFixture(fixturesDir, "cert.pem")));
    config.setPrivateKey(QSslKey(readFixture(fixturesDir, "key.pem"), QSsl::Ec));
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    return config;
}

QSslConfiguration ScriptedHttpServer::testClientTls(const QString &fixturesDir)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(QSslCertificate::fromData(readFixture(fixturesDir, "cert.pem")));
    return config;
}

} // namespace bb::test
