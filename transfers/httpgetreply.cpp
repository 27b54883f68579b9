#include "transfers/httpgetreply.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <cstring>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

namespace bb {

namespace {

constexpr qsizetype maxHeadSize = 64 * 1024;
// OpenSSL's receive buffer (read-ahead on): what one recv() may take from the kernel before the
// records in it are decrypted into the caller's buffer; allocated once per connection. On a
// 1 GiB download 16, 32 and 64 KiB cost the same within noise; 256 KiB cost ~0.2 CPU s more
// (likely the ciphertext falling out of the CPU cache before it is decrypted; not profiled).
constexpr int tlsReadBuffer = 64 * 1024;
// What bytesAvailable() promises when the last read stopped because the caller's buffer was
// full: OpenSSL may hold whole records already, and a zero would leave them unread until more
// bytes reached the socket.
constexpr qint64 tlsMaybeBuffered = 16 * 1024;

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

QString openSslReason()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

// Adds Qt's certificates to an OpenSSL store (through DER: the two libraries share no type).
void addCertificates(X509_STORE *store, const QList<QSslCertificate> &certificates)
{
    for (const QSslCertificate &certificate : certificates) {
        const QByteArray der = certificate.toDer();
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        if (X509 *x509 = d2i_X509(nullptr, &p, long(der.size()))) {
            X509_STORE_add_cert(store, x509);
            X509_free(x509);
        }
    }
    ERR_clear_error(); // duplicates are not an error for us
}

// The CA certificates a default configuration trusts: the system's, read once per process
// (Qt reads the platform's store: files on Linux, the keychain on macOS, the Windows store).
X509_STORE *systemStore()
{
    static X509_STORE *const store = [] {
        X509_STORE *s = X509_STORE_new();
        addCertificates(s, QSslConfiguration::systemCaCertificates());
        return s;
    }();
    return store;
}

// Whether `ssl` is a default configuration: no CA list of its own (QSslSocket would then load the
// system's on demand), or the default one. Then the system's store is trusted, else only the list.
bool usesSystemStore(const QSslConfiguration &ssl)
{
    const QList<QSslCertificate> own = ssl.caCertificates();
    return own.isEmpty() || own == QSslConfiguration::defaultConfiguration().caCertificates();
}

} // namespace

// OpenSSL over the unbuffered QTcpSocket through a BIO whose reads and writes call the socket:
// the bytes go kernel -> OpenSSL's record buffer -> (decrypted) the caller's buffer.
struct HttpGetReply::Tls
{
    SSL_CTX *context = nullptr;
    SSL *ssl = nullptr;
    bool handshakeDone = false;
    // The last read stopped with the caller's buffer full: records may wait in OpenSSL.
    bool maybeBuffered = false;
    bool peerClosed = false; // the socket reported end of stream to the BIO

    ~Tls()
    {
        SSL_free(ssl); // frees the BIO too
        SSL_CTX_free(context);
    }

    static BIO_METHOD *socketMethod()
    {
        static BIO_METHOD *const method = [] {
            BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "QTcpSocket");
            BIO_meth_set_read(m, &Tls::bioRead);
            BIO_meth_set_write(m, &Tls::bioWrite);
            BIO_meth_set_ctrl(m, &Tls::bioControl);
            BIO_meth_set_create(m, [](BIO *bio) {
                BIO_set_init(bio, 1);
                return 1;
            });
            return m;
        }();
        return method;
    }

    static int bioRead(BIO *bio, char *out, int size)
    {
        auto *reply = static_cast<HttpGetReply *>(BIO_get_data(bio));
        BIO_clear_retry_flags(bio);
        const qint64 n = reply->m_socket->read(out, size);
        if (n > 0)
            return int(n);
        if (n == 0) {
            BIO_set_retry_read(bio); // nothing in the kernel yet: the socket notifier is armed again
            return -1;
        }
        // The end of the stream, or a failure (a reset) that must not pass for one.
        const QAbstractSocket::SocketError error = reply->m_socket->error();
        if (error != QAbstractSocket::RemoteHostClosedError && reply->m_transportError.isEmpty()) {
            reply->m_transportErrorCode = errorForSocket(error);
            reply->m_transportError = reply->m_socket->errorString();
        }
        reply->m_tls->peerClosed = true;
        return 0;
    }

    static int bioWrite(BIO *bio, const char *in, int size)
    {
        auto *reply = static_cast<HttpGetReply *>(BIO_get_data(bio));
        BIO_clear_retry_flags(bio);
        // QAbstractSocket queues what the kernel does not take at once: never a short write.
        return int(reply->m_socket->write(in, size));
    }

    static long bioControl(BIO *, int command, long, void *) { return command == BIO_CTRL_FLUSH ? 1 : 0; }
};

HttpGetReply::HttpGetReply(const QUrl &url, qint64 rangeFrom, const QSslConfiguration &ssl, QObject *parent)
    : QNetworkReply(parent)
    , m_socket(new QTcpSocket(this))
    , m_host(url.host())
    , m_sslConfig(ssl)
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
    if (tls) {
        m_tls = std::make_unique<Tls>();
        // Reading the system's CA certificates takes ~100 ms (once per process): start it on a
        // worker while the TCP connection is made, rather than on this (often the GUI) thread.
        if (usesSystemStore(ssl))
            QThreadPool::globalInstance()->start([] { systemStore(); });
    }

    connect(m_socket, &QTcpSocket::connected, this, &HttpGetReply::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpGetReply::onSocketReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpGetReply::onSocketDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpGetReply::onSocketError);
    m_socket->setProxy(QNetworkProxy::NoProxy); // canFetch() found that QNAM would use none
    // Unbuffered: QAbstractSocket reads from the kernel only when asked, straight into the given
    // buffer, and stops watching the socket until then, so a reader that stops reading (throttled,
    // slow disk) leaves the bytes in the kernel and TCP flow control slows the sender.
    m_socket->connectToHost(url.host(), quint16(url.port(defaultPort)),
                            QIODevice::ReadWrite | QIODevice::Unbuffered);
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
    // Nothing to size: the socket is unbuffered, and bytes the reader leaves stay in the kernel.
    QNetworkReply::setReadBufferSize(size);
}

qint64 HttpGetReply::bodyInTransport() const
{
    if (!m_inBody || m_done || m_transportEnded)
        return 0;
    qint64 available = m_socket->bytesAvailable(); // what the kernel holds (FIONREAD)
    if (m_tls) {
        const qint64 decrypted = SSL_pending(m_tls->ssl);
        available += decrypted > 0 || !m_tls->maybeBuffered ? decrypted : tlsMaybeBuffered;
    }
    return m_bodyLeft >= 0 ? std::min(available, m_bodyLeft) : available;
}

qint64 HttpGetReply::bytesAvailable() const
{
    return QNetworkReply::bytesAvailable() + (m_pending.size() - m_pendingPos) + bodyInTransport();
}

qint64 HttpGetReply::pull(char *data, qint64 maxSize)
{
    if (m_transportEnded)
        return -1;
    if (!m_tls) {
        const qint64 n = m_socket->read(data, maxSize);
        if (n >= 0)
            return n;
        if (m_socket->error() != QAbstractSocket::RemoteHostClosedError) {
            m_transportErrorCode = errorForSocket(m_socket->error());
            m_transportError = m_socket->errorString();
        }
        m_transportEnded = true;
        return -1;
    }
    // As many records as fit, each decrypted straight into `data`.
    qint64 total = 0;
    m_tls->maybeBuffered = false;
    ERR_clear_error(); // once: a successful read leaves no error behind (per record it cost 1% CPU)
    while (total < maxSize) {
        size_t got = 0;
        const int ok
            = SSL_read_ex(m_tls->ssl, data + total, size_t(std::min<qint64>(maxSize - total, INT_MAX)), &got);
        if (ok == 1) {
            total += qint64(got);
            continue;
        }
        const int error = SSL_get_error(m_tls->ssl, ok);
        if (error == SSL_ERROR_WANT_READ)
            return total; // the kernel is drained; the rest of a record follows
        // close_notify, a plain end of stream, or a failure (a bad record, a reset connection).
        m_transportEnded = true;
        if (error != SSL_ERROR_ZERO_RETURN && !m_tls->peerClosed && m_transportError.isEmpty()) {
            const QString reason = openSslReason();
            m_transportErrorCode = UnknownNetworkError;
            m_transportError = reason.isEmpty() ? m_socket->errorString()
                                                : tr("TLS error from %1: %2").arg(m_host, reason);
        }
        ERR_clear_error();
        break;
    }
    if (total == maxSize)
        m_tls->maybeBuffered = true;
    return total > 0 ? total : (m_transportEnded ? -1 : 0);
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
    if (!m_inBody || m_done)
        return m_done ? -1 : 0;
    const qint64 want = m_bodyLeft >= 0 ? std::min(maxSize, m_bodyLeft) : maxSize;
    if (want <= 0)
        return 0;
    n = pull(data, want);
    if (n < 0) {
        endLater(); // the caller is reading: tell it about the end afterwards
        return 0;
    }
    if (m_bodyLeft >= 0) {
        m_bodyLeft -= n;
        if (m_bodyLeft == 0)
            finishLater(); // the whole body is in the caller's hands
    }
    return n;
}

void HttpGetReply::onConnected()
{
    if (m_done)
        return;
    if (!m_tls) {
        m_socket->write(m_request);
        return;
    }
    if (!startTls())
        return;
    continueHandshake();
}

bool HttpGetReply::startTls()
{
    const auto fail = [this](const QString &reason) {
        m_socket->abort();
        finishWith(
            SslHandshakeFailedError,
            tr("Cannot set up TLS for %1: %2").arg(m_host, reason.isEmpty() ? tr("unknown error") : reason));
        return false;
    };
    ERR_clear_error();
    m_tls->context = SSL_CTX_new(TLS_client_method());
    if (!m_tls->context)
        return fail(openSslReason());
    SSL_CTX *context = m_tls->context;
    const bool tls13Only
        = m_sslConfig.protocol() == QSsl::TlsV1_3OrLater || m_sslConfig.protocol() == QSsl::TlsV1_3;
    SSL_CTX_set_min_proto_version(context, tls13Only ? TLS1_3_VERSION : TLS1_2_VERSION);
    SSL_CTX_set_options(context, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION);
    SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nullptr);
    SSL_CTX_set_read_ahead(context, 1);
    SSL_CTX_set_default_read_buffer_len(context, tlsReadBuffer);

    // Trust: the configuration's CA certificates, or for a default one the system's store.
    if (usesSystemStore(m_sslConfig)) {
        SSL_CTX_set1_cert_store(context, systemStore());
    } else {
        addCertificates(SSL_CTX_get_cert_store(context), m_sslConfig.caCertificates());
    }

    m_tls->ssl = SSL_new(context);
    if (!m_tls->ssl)
        return fail(openSslReason());
    SSL *ssl = m_tls->ssl;
    BIO *bio = BIO_new(Tls::socketMethod());
    if (!bio)
        return fail(openSslReason());
    BIO_set_data(bio, this);
    SSL_set_bio(ssl, bio, bio);
    SSL_set_connect_state(ssl);

    // The certificate must name the host we connect to: its IP address, or its DNS name (then
    // also sent as SNI, so a shared front end picks the right certificate).
    X509_VERIFY_PARAM *param = SSL_get0_param(ssl);
    const QHostAddress address(m_host);
    const QByteArray name = QUrl::toAce(m_host);
    if (!address.isNull()) {
        if (X509_VERIFY_PARAM_set1_ip_asc(param, address.toString().toLatin1().constData()) != 1)
            return fail(openSslReason());
    } else {
        X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        if (name.isEmpty()
            || X509_VERIFY_PARAM_set1_host(param, name.constData(), size_t(name.size())) != 1
            // SSL_set_tlsext_host_name() without its C cast.
            || SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                        const_cast<char *>(name.constData()))
                != 1)
            return fail(openSslReason());
    }
    return true;
}

void HttpGetReply::continueHandshake()
{
    ERR_clear_error();
    const int ok = SSL_do_handshake(m_tls->ssl);
    if (ok == 1) {
        m_tls->handshakeDone = true;
        size_t written = 0;
        if (SSL_write_ex(m_tls->ssl, m_request.constData(), size_t(m_request.size()), &written) != 1
            || written != size_t(m_request.size())) {
            const QString reason = openSslReason();
            m_socket->abort();
            finishWith(m_socket->error() == QAbstractSocket::RemoteHostClosedError ? RemoteHostClosedError
                                                                                   : UnknownNetworkError,
                       tr("Cannot send the request to %1: %2")
                           .arg(m_host, reason.isEmpty() ? m_socket->errorString() : reason));
        }
        return;
    }
    const int error = SSL_get_error(m_tls->ssl, ok);
    if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
        return; // more of the server's handshake is on its way
    QString reason;
    const long verify = SSL_get_verify_result(m_tls->ssl);
    if (verify != X509_V_OK)
        reason = QString::fromLatin1(X509_verify_cert_error_string(verify));
    else
        reason = openSslReason();
    if (reason.isEmpty())
        reason = m_tls->peerClosed ? tr("the server closed the connection") : m_socket->errorString();
    ERR_clear_error();
    m_socket->abort();
    finishWith(SslHandshakeFailedError, tr("TLS handshake with %1 failed: %2").arg(m_host, reason));
}

void HttpGetReply::onSocketReadyRead()
{
    if (m_done)
        return;
    if (m_tls && !m_tls->handshakeDone) {
        continueHandshake();
        if (m_done || !m_tls->handshakeDone)
            return;
    }
    if (!m_inBody) {
        readHead();
        return;
    }
    if (bodyInTransport() > 0) {
        emit readyRead(); // the reader takes what it can; the socket is watched again once it reads
        return;
    }
    // The socket became readable with nothing in it: the peer closed it (or reset it). An
    // unbuffered QAbstractSocket only notices that when it is read, so read: the end (or any
    // last bytes) go to the reader.
    char probe[16 * 1024];
    const qint64 n = pull(probe, sizeof probe);
    if (n > 0) {
        if (m_bodyLeft >= 0) {
            const qint64 take = std::min(n, m_bodyLeft);
            m_pending.append(probe, take);
            m_bodyLeft -= take;
        } else {
            m_pending.append(probe, n);
        }
        const QPointer<HttpGetReply> self(this);
        emit readyRead();
        if (self && m_bodyLeft == 0)
            finishLater();
    } else if (n < 0) {
        onTransportEnded();
    }
}

void HttpGetReply::readHead()
{
    bool ended = false;
    for (;;) {
        const qsizetype room = maxHeadSize + 4 - m_head.size();
        if (room <= 0)
            break;
        const qsizetype at = m_head.size();
        m_head.resize(at + std::min<qsizetype>(room, 16 * 1024));
        const qint64 n = pull(m_head.data() + at, m_head.size() - at);
        m_head.resize(at + std::max<qint64>(n, 0));
        ended = n < 0;
        if (n <= 0)
            break;
    }
    for (;;) {
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > maxHeadSize)
                finishWith(ProtocolFailure, tr("The server sent an oversized response header"));
            else if (ended)
                onTransportEnded();
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
    if (ended)
        onTransportEnded(); // the whole answer came with the head
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

void HttpGetReply::endLater()
{
    if (m_endQueued || m_done)
        return;
    m_endQueued = true;
    QMetaObject::invokeMethod(this, &HttpGetReply::onTransportEnded, Qt::QueuedConnection);
}

void HttpGetReply::onTransportEnded()
{
    m_endQueued = false;
    if (m_done)
        return;
    m_transportEnded = true;
    if (m_tls && m_tls->ssl && !m_tls->handshakeDone) {
        finishWith(
            SslHandshakeFailedError,
            tr("TLS handshake with %1 failed: %2").arg(m_host, tr("the server closed the connection")));
        return;
    }
    if (!m_inBody) {
        if (m_transportError.isEmpty())
            finishWith(RemoteHostClosedError, tr("Connection closed"));
        else
            finishWith(m_transportErrorCode, m_transportError);
        return;
    }
    // A body cut short, or one read until the close that failed instead of closing.
    if (m_bodyLeft > 0 || !m_transportError.isEmpty()) {
        if (m_transportError.isEmpty())
            setError(RemoteHostClosedError, tr("Connection closed"));
        else
            setError(m_transportErrorCode, m_transportError);
    }
    m_done = true;
    if (bytesAvailable() > 0) {
        const QPointer<HttpGetReply> self(this);
        emit readyRead(); // what did arrive is still the reader's
        if (!self)
            return;
    }
    setFinished(true);
    emit finished();
}

void HttpGetReply::onSocketDisconnected()
{
    if (!m_done)
        endLater();
}

void HttpGetReply::onSocketError()
{
    if (m_done)
        return;
    const QAbstractSocket::SocketError socketError = m_socket->error();
    if (socketError == QAbstractSocket::RemoteHostClosedError
        && m_socket->state() != QAbstractSocket::ConnectingState
        && m_socket->state() != QAbstractSocket::HostLookupState) {
        endLater(); // reading found or finds the end; the head or body decides what it means
        return;
    }
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
