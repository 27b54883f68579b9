#include "hostilehttpserver.h"

#include "loopbackserver.h"

#include <QPointer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#if defined(Q_OS_WIN)
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace bb::test {

namespace {
// How much may wait in a socket's write queue before the server waits for the client to read:
// an endless body then goes no faster than the client takes it, and memory stays flat.
constexpr qint64 maxQueued = 256 * 1024;
constexpr qint64 slice = 64 * 1024;
const QByteArray interimAnswer = "HTTP/1.1 100 Continue\r\n\r\n";

} // namespace

struct HostileHttpServer::Connection
{
    QByteArray input;
    bool answering = false;
    Answer answer;
    bool headSent = false;
    int interimLeft = 0;
    qint64 sent = 0; // body bytes sent
    bool finishing = false; // waiting for the queue to drain before a FIN without close_notify
    bool done = false;
    QTimer *trickle = nullptr;
    // What was handed to the socket and what it reported written (for TLS: encrypted and sent):
    // QSslSocket's bytesToWrite() does not count what waits to be encrypted.
    qint64 handed = 0;
    qint64 written = 0;

    qint64 queued(QTcpSocket *socket) const
    {
        qint64 bytes = handed - written;
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            bytes += ssl->encryptedBytesToWrite();
        return bytes;
    }
    void write(QTcpSocket *socket, const QByteArray &bytes)
    {
        handed += bytes.size();
        socket->write(bytes);
    }
};

HostileHttpServer::HostileHttpServer(Script script, QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
{ }

HostileHttpServer::~HostileHttpServer()
{
    for (QTcpSocket *socket : m_connections.keys())
        disconnect(socket, nullptr, this, nullptr);
    m_server.reset();
}

bool HostileHttpServer::listen(const QSslConfiguration &tls)
{
    m_server = listenOnLoopback(tls);
    if (!m_server)
        return false;
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &HostileHttpServer::onNewConnection);
    return true;
}

QUrl HostileHttpServer::url(const QString &path) const
{
    return loopbackUrl(m_server.get(), path);
}

QByteArray HostileHttpServer::content(qint64 from, qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i) {
        const qint64 at = from + i;
        bytes[i] = char('a' + (at % 23) + ((at / 4096) % 3));
    }
    return bytes;
}

QByteArray HostileHttpServer::head(int status, qint64 contentLength, const QByteArray &extra)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + " Hostile\r\n";
    if (contentLength >= 0)
        text += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    return text + extra + "\r\n";
}

void HostileHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, std::make_shared<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 bytes) {
            if (const auto connection = m_connections.value(socket))
                connection->written += bytes;
            pump(socket);
        });
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, [this, socket] { pump(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (const auto connection = m_connections.take(socket); connection && connection->trickle)
                connection->trickle->stop();
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void HostileHttpServer::onReadyRead(QTcpSocket *socket)
{
    const auto connection = m_connections.value(socket);
    if (!connection)
        return;
    connection->input += socket->readAll();
    if (connection->answering)
        return; // one request per connection: what follows is ignored
    const qsizetype end = connection->input.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    Request request;
    const QList<QByteArray> lines = connection->input.left(end).split('\n');
    request.target = lines.value(0).split(' ').value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const QByteArray range = request.headers.value("range");
    if (range.startsWith("bytes=") && range.endsWith('-'))
        request.rangeFrom = range.mid(6, range.size() - 7).toLongLong();
    connection->answering = true;
    connection->answer = m_script(request, m_requests++);
    connection->interimLeft = connection->answer.interim;
    if (connection->answer.trickleMs > 0) {
        connection->trickle = new QTimer(socket);
        connection->trickle->setInterval(connection->answer.trickleMs);
        connect(connection->trickle, &QTimer::timeout, this, [this, socket, connection] {
            if (connection->done || connection->queued(socket) > 0)
                return;
            if (connection->answer.bodyBytes >= 0 && connection->sent >= connection->answer.bodyBytes) {
                connection->trickle->stop();
                finish(socket);
                return;
            }
            connection->write(socket, content(connection->answer.bodyFrom + connection->sent, 1));
            ++connection->sent;
            ++m_bodyBytesSent;
        });
    }
    pump(socket);
}

void HostileHttpServer::pump(QTcpSocket *socket)
{
    const auto connection = m_connections.value(socket);
    if (!connection || !connection->answering || connection->done)
        return;
    if (connection->finishing) {
        finish(socket);
        return;
    }
    const Answer &answer = connection->answer;
    while (connection->queued(socket) < maxQueued) {
        if (connection->interimLeft != 0) {
            QByteArray batch;
            for (int i = 0; i < 256 && connection->interimLeft != 0; ++i) {
                batch += interimAnswer;
                if (connection->interimLeft > 0)
                    --connection->interimLeft;
            }
            connection->write(socket, batch);
            continue;
        }
        if (!connection->headSent) {
            connection->headSent = true;
            connection->write(socket, answer.head);
            continue;
        }
        if (answer.trickleMs > 0) {
            if (!connection->trickle->isActive())
                connection->trickle->start();
            return;
        }
        const qint64 left = answer.bodyBytes < 0 ? slice : answer.bodyBytes - connection->sent;
        if (left <= 0) {
            finish(socket);
            return;
        }
        const qint64 now = std::min(left, slice);
        connection->write(socket, content(answer.bodyFrom + connection->sent, now));
        connection->sent += now;
        m_bodyBytesSent += now;
    }
}

void HostileHttpServer::finish(QTcpSocket *socket)
{
    const auto connection = m_connections.value(socket);
    if (!connection || connection->done)
        return;
    switch (connection->answer.end) {
    case Answer::End::Hold:
        connection->done = true;
        return;
    case Answer::End::Reset:
        connection->done = true;
        socket->abort();
        return;
    case Answer::End::Close:
        connection->done = true;
        socket->disconnectFromHost(); // after the queued bytes; TLS sends close_notify first
        return;
    case Answer::End::CloseWithoutNotify:
        // Every byte out first (QSslSocket encrypts and writes on later turns: flush() pushes it
        // all to the kernel now), then a FIN straight on the socket, bypassing TLS's close_notify.
        socket->flush();
        if (connection->queued(socket) > 0 || socket->bytesToWrite() > 0) {
            connection->finishing = true;
            return;
        }
        connection->done = true;
#if defined(Q_OS_WIN)
        ::shutdown(static_cast<SOCKET>(socket->socketDescriptor()), SD_SEND);
#else
        ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#endif
        return;
    }
}

} // namespace bb::test
