#include "sandbox/httpconnection.h"

#include <QDateTime>
#include <QLocale>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#if defined(Q_OS_WIN)
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif
#if defined(Q_OS_LINUX)
#include <linux/sockios.h>
#include <sys/ioctl.h>
#endif

namespace bb::sandbox {

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;
constexpr qint64 maxBodyBytes = 16 * 1024 * 1024; // TC3 allows 10 MB bodies
constexpr qint64 chunkBytes = 1024 * 1024;
// Bytes queued in Qt's buffers before we wait for the socket to drain: large enough to keep the
// kernel busy between bytesWritten signals, small enough to keep memory flat.
constexpr qint64 highWaterBytes = 4 * 1024 * 1024;
constexpr int throttleTickMs = 20;
constexpr int dropGraceTicks = 5; // 10 ms each, after the kernel has sent everything

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

bool hasHeader(const HttpResponse &response, QByteArrayView lowerName)
{
    return std::any_of(response.headers.cbegin(), response.headers.cend(),
                       [&](const auto &h) { return h.first.toLower() == lowerName; });
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, bool tls, Dispatcher dispatcher, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_tls(tls)
    , m_dispatcher(std::move(dispatcher))
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::pump);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    // The TLS handshake may already have delivered the first request before we connected.
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    m_in.append(m_socket->readAll());
    processInput();
}

void HttpConnection::processInput()
{
    while (m_state == State::Reading) {
        if (m_expectedBody < 0) {
            const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_in.size() > maxHeadBytes)
                    fail(431, "request head too large");
                return;
            }
            if (!parseHead(headEnd))
                return;
            m_in.remove(0, headEnd + 4);
        }
        if (m_in.size() < m_expectedBody)
            return;
        m_request.body = m_in.left(m_expectedBody);
        m_in.remove(0, m_expectedBody);
        m_expectedBody = -1;
        dispatch();
    }
}

bool HttpConnection::parseHead(qsizetype headEnd)
{
    m_request = HttpRequest();
    m_request.tls = m_tls;
    const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, "malformed request line");
        return false;
    }
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    m_keepAlive = requestLine.at(2) == "HTTP/1.1";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto it = m_request.headers.find(name);
        if (it == m_request.headers.end())
            m_request.headers.insert(name, value);
        else
            it.value() += ", " + value;
    }
    const QByteArray connection = m_request.header("connection").toLower();
    if (connection.contains("close"))
        m_keepAlive = false;
    else if (connection.contains("keep-alive"))
        m_keepAlive = true;
    if (m_request.headers.contains("transfer-encoding")) {
        fail(501, "chunked request bodies are not supported");
        return false;
    }
    bool ok = true;
    const QByteArray length = m_request.header("content-length");
    m_expectedBody = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_expectedBody < 0) {
        fail(400, "bad Content-Length");
        return false;
    }
    if (m_expectedBody > maxBodyBytes) {
        fail(413, "request body too large");
        return false;
    }
    if (m_request.header("expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");

    QByteArray target = m_request.target;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    m_request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    m_request.path = QUrl::fromPercentEncoding(rawPath);
    m_request.query.setQuery(QString::fromUtf8(m_request.rawQuery));
    return true;
}

void HttpConnection::dispatch()
{
    m_state = State::Waiting;
    startResponse(m_dispatcher(m_request));
}

void HttpConnection::startResponse(HttpResponse response)
{
    m_state = State::Waiting;
    m_response = std::move(response);
    const auto begin = [this] {
        if (m_response.dropConnection) {
            // Closed before any byte of an answer. Note that QNetworkAccessManager silently
            // re-sends such a request up to three times: a client only sees the fourth drop in a row.
            m_state = State::Closing;
            QTimer::singleShot(0, this, &HttpConnection::resetWhenDelivered);
            return;
        }
        writeHead();
        pump();
    };
    if (m_response.delayMs > 0)
        QTimer::singleShot(m_response.delayMs, this, begin);
    else
        begin();
}

void HttpConnection::writeHead()
{
    const HttpResponse &r = m_response;
    if (r.stream) {
        const qint64 total = r.stream->size();
        m_bodyStart = std::clamp<qint64>(r.streamOffset, 0, total);
        m_bodyLength
            = r.streamLength < 0 ? total - m_bodyStart : std::min(r.streamLength, total - m_bodyStart);
    } else {
        m_bodyStart = 0;
        m_bodyLength = r.body.size();
    }
    m_headOnly = m_request.method == "HEAD" || r.status == 204 || r.status == 304;

    QByteArray head;
    head.reserve(512);
    head += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    for (const auto &[name, value] : r.headers)
        head += name + ": " + value + "\r\n";
    if (!hasHeader(r, "content-length") && r.status != 204 && r.status != 304)
        head += "Content-Length: " + QByteArray::number(m_bodyLength) + "\r\n";
    if (!hasHeader(r, "date"))
        head += "Date: " + httpDate() + "\r\n";
    head += "Server: bb-sandbox\r\n";
    head += m_keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);

    if (m_headOnly)
        m_bodyLength = 0;
    m_sent = 0;
    m_limit = m_bodyLength;
    if (r.fault.dropAfterBytes >= 0)
        m_limit = std::min(m_limit, r.fault.dropAfterBytes);
    if (r.fault.stallAfterBytes >= 0)
        m_limit = std::min(m_limit, r.fault.stallAfterBytes);
    m_credit = 0;
    if (r.fault.bytesPerSecond > 0 && !m_throttle) {
        m_throttle = new QTimer(this);
        m_throttle->setInterval(throttleTickMs);
        connect(m_throttle, &QTimer::timeout, this, [this] {
            const double perTick = m_response.fault.bytesPerSecond * throttleTickMs / 1000.0;
            m_credit = std::min(m_credit + perTick, std::max(perTick * 5, 1.0));
            pump();
        });
    }
    if (m_throttle) {
        if (r.fault.bytesPerSecond > 0)
            m_throttle->start();
        else
            m_throttle->stop();
    }
    m_state = State::Writing;
}

qint64 HttpConnection::pendingBytes() const
{
    qint64 pending = m_socket->bytesToWrite();
    if (m_tls)
        pending += static_cast<QSslSocket *>(m_socket)->encryptedBytesToWrite();
    return pending;
}

void HttpConnection::pump()
{
    while (m_state == State::Writing) {
        if (m_sent >= m_limit) {
            if (m_sent >= m_bodyLength) {
                finishResponse();
                return;
            }
            const WireFault &fault = m_response.fault;
            if (fault.dropAfterBytes >= 0 && m_sent >= fault.dropAfterBytes) {
                if (pendingBytes() > 0)
                    return; // bytesWritten brings us back
                m_state = State::Closing;
                // Never abort inside the socket's own bytesWritten handler: with TLS that frees the
                // SSL object under OpenSSL's feet. resetWhenDelivered() runs from a timer.
                QTimer::singleShot(0, this, &HttpConnection::resetWhenDelivered);
                return;
            }
            // Stall: keep the connection open and send nothing more; the client must time out.
            m_state = State::Stalled;
            if (m_throttle)
                m_throttle->stop();
            return;
        }
        if (pendingBytes() >= highWaterBytes)
            return;
        qint64 n = std::min(chunkBytes, m_limit - m_sent);
        if (m_response.fault.bytesPerSecond > 0) {
            n = std::min(n, static_cast<qint64>(m_credit));
            if (n <= 0)
                return; // the throttle timer calls back
            m_credit -= static_cast<double>(n);
        }
        if (m_response.stream) {
            if (m_chunk.size() < chunkBytes)
                m_chunk.resize(chunkBytes);
            const qint64 got = m_response.stream->read(m_bodyStart + m_sent, m_chunk.data(), n);
            if (got <= 0) {
                m_state = State::Closing;
                m_socket->abort();
                deleteLater();
                return;
            }
            m_socket->write(m_chunk.constData(), got);
            m_sent += got;
        } else {
            m_socket->write(m_response.body.constData() + m_sent, n);
            m_sent += n;
        }
    }
}

void HttpConnection::resetWhenDelivered()
{
    // A dropped connection as a client sees one: exactly the promised bytes arrive, then a TCP
    // reset (no FIN, no TLS close_notify, which a client could mistake for a complete body). Wait
    // until the kernel has sent everything and the client has had a moment to read it, because a
    // reset discards whatever is still queued on either side.
    const qintptr fd = m_socket->socketDescriptor();
    int unsent = 0;
#if defined(Q_OS_LINUX)
    if (fd >= 0 && ::ioctl(static_cast<int>(fd), SIOCOUTQ, &unsent) != 0)
        unsent = 0;
#elif defined(Q_OS_MACOS)
    socklen_t length = sizeof unsent;
    if (fd >= 0 && ::getsockopt(static_cast<int>(fd), SOL_SOCKET, SO_NWRITE, &unsent, &length) != 0)
        unsent = 0;
#endif
    // Windows has no call for the kernel's unsent bytes: the grace ticks below cover them.
    const bool queued = unsent > 0 || pendingBytes() > 0;
    if (queued || m_dropGraceTicks < dropGraceTicks) {
        if (!queued)
            ++m_dropGraceTicks;
        QTimer::singleShot(10, this, &HttpConnection::resetWhenDelivered);
        return;
    }
    if (fd >= 0) {
        const linger reset {1, 0};
#if defined(Q_OS_WIN)
        ::setsockopt(static_cast<SOCKET>(fd), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&reset),
                     sizeof reset);
#else
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
#endif
    }
    m_socket->abort();
    deleteLater();
}

void HttpConnection::finishResponse()
{
    if (m_throttle)
        m_throttle->stop();
    m_response = HttpResponse();
    if (!m_keepAlive) {
        closeAfterFlush();
        return;
    }
    m_state = State::Reading;
    processInput();
}

void HttpConnection::closeAfterFlush()
{
    m_state = State::Closing;
    m_socket->disconnectFromHost(); // flushes what is queued, then closes
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        deleteLater();
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    m_keepAlive = false;
    m_expectedBody = -1;
    m_in.clear();
    startResponse(HttpResponse::json(status, R"({"Code":"BadRequest","Message":")" + message + "\"}"));
}

} // namespace bb::sandbox
