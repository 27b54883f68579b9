#include "transfers/httpgetreply.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace bb {

namespace {

constexpr qsizetype maxHeadSize = 64 * 1024;
// What the socket pulls from the kernel (and decrypts) per pass. Measured on a 1 GiB HTTPS
// download: 64 KiB used the least CPU; from 128 KiB on, every pass allocates and frees a buffer
// above glibc's trim threshold, and the heap growing and shrinking by brk() (with fresh pages
// faulted in each time) costs up to 0.5 s per GiB in the kernel. The kernel's own socket buffer
// keeps the TCP window open meanwhile.
constexpr qint64 maxSocketBuffer = 64 * 1024;

QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status >= 500 ? QNetworkReply::UnknownServerError : QNetworkReply::UnknownContentError;
    }
}

// The same mapping QNetworkAccessManager's HTTP backend makes, so DownloadTask's decisions
// (unreachable, TLS, retry) come out the same.
QNetworkReply::NetworkError errorForSocket(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

} // namespace

HttpGetReply::HttpGetReply(const QUrl &url, qint64 rangeFrom, const QSslConfiguration &ssl, QObject *parent)
    : QNetworkReply(parent)
    , m_socket(new QSslSocket(this))
{
    setUrl(url);
    setOperation(QNetworkAccessManager::CustomOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);

    // The request target as QNAM sends it: path and query fully encoded, no fragment.
    QUrl target = url;
    QUrl::FormattingOptions format = QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment;
    if (target.path().isEmpty())
        target.setPath(QStringLiteral("/"));
    else
        format |= QUrl::NormalizePathSegments;
    const bool tls = url.scheme() == QLatin1String("https");
    const int defaultPort = tls ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    m_request = "GET " + target.toEncoded(format) + " HTTP/1.1\r\nHost: " + host
        + "\r\nAccept-Encoding: identity\r\nConnection: close\r\n";
    if (rangeFrom > 0)
        m_request += "Range: bytes=" + QByteArray::number(rangeFrom) + "-\r\n";
    m_request += "\r\n";

    connect(m_socket, &QSslSocket::readyRead, this, &HttpGetReply::onSocketReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpGetReply::onSocketDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpGetReply::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        emit sslErrors(errors); // never ignored: the handshake then fails
    });
    m_socket->setProxy(QNetworkProxy::NoProxy); // canFetch() found that QNAM would use none
    m_socket->setReadBufferSize(maxSocketBuffer);
    if (tls) {
        if (!ssl.isNull())
            m_socket->setSslConfiguration(ssl);
        connect(m_socket, &QSslSocket::encrypted, this, &HttpGetReply::onConnected);
        m_socket->connectToHostEncrypted(url.host(), quint16(url.port(defaultPort)));
    } else {
        connect(m_socket, &QSslSocket::connected, this, &HttpGetReply::onConnected);
        m_socket->connectToHost(url.host(), quint16(url.port(defaultPort)));
    }
}

HttpGetReply::~HttpGetReply() = default;

bool HttpGetReply::canFetch(const QUrl &url, QNetworkAccessManager *network)
{
    const QString scheme = url.scheme();
    if ((scheme != QLatin1String("https") && scheme != QLatin1String("http")) || url.host().isEmpty()
        || !url.userInfo().isEmpty())
        return false;
    // Whatever proxy QNAM would use for this URL (its own, its factory's, the application's or
    // the system's) keeps the request with QNAM.
    const QNetworkProxyQuery query(url);
    QList<QNetworkProxy> proxies;
    if (network && network->proxyFactory())
        proxies = network->proxyFactory()->queryProxy(query);
    else if (!network || network->proxy().type() == QNetworkProxy::DefaultProxy)
        proxies = QNetworkProxyFactory::proxyForQuery(query);
    else
        proxies = {network->proxy()};
    return proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy;
}

void HttpGetReply::abort()
{
    if (m_done)
        return;
    m_socket->abort();
    finishWith(OperationCanceledError, tr("Operation canceled"));
}

void HttpGetReply::setReadBufferSize(qint64 size)
{
    QNetworkReply::setReadBufferSize(size);
    // Bounded: when the reader stops (throttled, slow disk) TCP flow control slows the sender.
    m_socket->setReadBufferSize(size > 0 ? std::min(size, maxSocketBuffer) : maxSocketBuffer);
}

qint64 HttpGetReply::bodyInSocket() const
{
    if (!m_inBody)
        return 0;
    const qint64 inSocket = m_socket->bytesAvailable();
    return m_bodyLeft >= 0 ? std::min(inSocket, m_bodyLeft) : inSocket;
}

qint64 HttpGetReply::bytesAvailable() const
{
    return QNetworkReply::bytesAvailable() + (m_pending.size() - m_pendingPos) + bodyInSocket();
}

qint64 HttpGetReply::readData(char *data, qint64 maxSize)
{
    qint64 n = 0;
    if (m_pendingPos < m_pending.size()) {
        n = std::min<qint64>(maxSize, m_pending.size() - m_pendingPos);
        memcpy(data, m_pending.constData() + m_pendingPos, size_t(n));
        m_pendingPos += n;
        if (m_pendingPos == m_pending.size()) {
            m_pending.clear();
            m_pendingPos = 0;
        }
        return n;
    }
    const qint64 want = std::min(maxSize, bodyInSocket());
    if (want > 0) {
        n = m_socket->read(data, want);
        if (n < 0)
            return 0;
        if (m_bodyLeft >= 0) {
            m_bodyLeft -= n;
            if (m_bodyLeft == 0)
                finishLater(); // the whole body is in the caller's hands
        }
        return n;
    }
    return m_done ? -1 : 0;
}

void HttpGetReply::onConnected()
{
    m_socket->write(m_request);
}

void HttpGetReply::onSocketReadyRead()
{
    if (m_done)
        return;
    if (m_inBody) {
        // QSslSocket signals every decrypted record (4 KiB): tell the reader once it has finished
        // decrypting what arrived, so reads, writes and CRC updates come in large pieces.
        if (!m_notifyQueued) {
            m_notifyQueued = true;
            QMetaObject::invokeMethod(this, &HttpGetReply::notifyReadyRead, Qt::QueuedConnection);
        }
        return;
    }
    m_head += m_socket->read(maxHeadSize + 4 - m_head.size());
    for (;;) {
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > maxHeadSize)
                finishWith(ProtocolFailure, tr("The server sent an oversized response header"));
            return;
        }
        if (m_head.startsWith("HTTP/1.") && m_head.size() > 9 && m_head.at(9) == '1'
            && !m_head.startsWith("HTTP/1.1 101")) {
            m_head.remove(0, end + 4); // an interim 1xx answer: the real one follows
            continue;
        }
        const QPointer<HttpGetReply> self(this);
        if (!parseHead(end) || !self)
            return;
        break;
    }
}

bool HttpGetReply::parseHead(qsizetype headEnd)
{
    const QList<QByteArray> lines = m_head.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    bool ok = false;
    const int status = statusLine.value(1).toInt(&ok);
    if (!statusLine.value(0).startsWith("HTTP/1.") || !ok) {
        finishWith(ProtocolFailure, tr("The server sent an invalid HTTP response"));
        return false;
    }
    m_pending = m_head.mid(headEnd + 4);
    m_pendingPos = 0;
    m_head.clear();

    QByteArray transferEncoding;
    qint64 contentLength = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        setRawHeader(name, value);
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            transferEncoding = value.toLower();
        else if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong(&ok) >= 0 && ok ? value.toLongLong() : -2;
    }
    if ((status >= 300 && status < 400) || (!transferEncoding.isEmpty() && transferEncoding != "identity")
        || contentLength == -2) {
        // Redirects (QNAM applies the redirect policy) and chunked bodies: not ours.
        m_done = true;
        m_socket->abort();
        emit needsFallback();
        return false;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    const QByteArray reason = lines.value(0).trimmed().split(' ').mid(2).join(' ');
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, reason);
    if (contentLength >= 0)
        setHeader(QNetworkRequest::ContentLengthHeader, contentLength);
    m_bodyLeft = (status == 204 || status == 304) ? 0 : contentLength;
    if (m_bodyLeft >= 0 && m_pending.size() > m_bodyLeft)
        m_pending.truncate(m_bodyLeft);
    if (m_bodyLeft >= 0)
        m_bodyLeft -= m_pending.size();
    if (status >= 400) {
        setError(
            errorForStatus(status),
            tr("Error transferring %1 - server replied: %2")
                .arg(url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), QString::fromLatin1(reason)));
    }
    m_inBody = true;

    const QPointer<HttpGetReply> self(this);
    emit metaDataChanged();
    if (!self || m_done)
        return false;
    if (bytesAvailable() > 0) {
        emit readyRead();
        if (!self || m_done)
            return false;
    }
    if (m_bodyLeft == 0)
        finishLater();
    return true;
}

void HttpGetReply::notifyReadyRead()
{
    m_notifyQueued = false;
    if (!m_done && bytesAvailable() > 0)
        emit readyRead();
}

void HttpGetReply::onSocketDisconnected()
{
    if (m_done)
        return;
    if (!m_inBody) {
        finishWith(RemoteHostClosedError, tr("Connection closed"));
        return;
    }
    // Keep what the socket still holds for the reader; the socket itself is finished.
    const qint64 rest = bodyInSocket();
    if (rest > 0) {
        m_pending = m_pending.mid(m_pendingPos) + m_socket->read(rest);
        m_pendingPos = 0;
        if (m_bodyLeft >= 0)
            m_bodyLeft -= rest;
    }
    if (m_bodyLeft > 0)
        setError(RemoteHostClosedError, tr("Connection closed"));
    m_done = true;
    if (bytesAvailable() > 0) {
        const QPointer<HttpGetReply> self(this);
        emit readyRead();
        if (!self)
            return;
    }
    setFinished(true);
    emit finished();
}

void HttpGetReply::onSocketError()
{
    if (m_done)
        return;
    const QAbstractSocket::SocketError socketError = m_socket->error();
    if (socketError == QAbstractSocket::RemoteHostClosedError && m_inBody)
        return; // disconnected() follows and decides whether the body is complete
    finishWith(errorForSocket(socketError), m_socket->errorString());
}

void HttpGetReply::finishWith(NetworkError error, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (error != NoError)
        setError(error, message);
    setFinished(true);
    const QPointer<HttpGetReply> self(this);
    if (error != NoError && error != OperationCanceledError)
        emit errorOccurred(error);
    if (self)
        emit finished();
}

void HttpGetReply::finishLater()
{
    if (m_done)
        return;
    m_done = true;
    m_socket->abort(); // "Connection: close": nothing more comes on it
    QTimer::singleShot(0, this, [this] {
        setFinished(true);
        emit finished();
    });
}

} // namespace bb
