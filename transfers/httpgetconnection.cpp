#include "transfers/httpgetconnection.h"

#include "transfers/httpbodybuffer.h"
#include "transfers/httpgetreply.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QPointer>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QThreadPool>

#include <algorithm>
#include <climits>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

namespace bb {

using NetworkError = QNetworkReply::NetworkError;

namespace {

// What one hand-over to the reader holds at most: the reader's own chunk size (DownloadTask),
// so a steady download is one hand-over and one copy per 256 KiB.
constexpr qsizetype bodyChunk = 256 * 1024;
// OpenSSL's receive buffer (read-ahead on): what one recv() may take from the kernel before the
// records in it are decrypted into the body chunk; allocated once per connection. On a
// 1 GiB download 16, 32 and 64 KiB cost the same within noise; 256 KiB cost ~0.2 CPU s more
// (likely the ciphertext falling out of the CPU cache before it is decrypted; not profiled).
constexpr int tlsReadBuffer = 64 * 1024;
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

} // namespace

// OpenSSL over the unbuffered QTcpSocket through a BIO whose reads and writes call the socket:
// the bytes go kernel -> OpenSSL's record buffer -> (decrypted) the body buffer's chunk.
struct HttpGetConnection::Tls
{
    SSL_CTX *context = nullptr;
    SSL *ssl = nullptr;
    bool handshakeDone = false;
    bool peerClosed = false; // the socket reported end of stream to the BIO
    bool closeNotify = false; // the server ended the TLS stream properly (close_notify)

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
        auto *connection = static_cast<HttpGetConnection *>(BIO_get_data(bio));
        BIO_clear_retry_flags(bio);
        const qint64 n = connection->m_socket->read(out, size);
        if (n > 0)
            return int(n);
        if (n == 0) {
            BIO_set_retry_read(bio); // nothing in the kernel yet: the socket notifier is armed again
            return -1;
        }
        // The end of the stream, or a failure (a reset) that must not pass for one.
        const QAbstractSocket::SocketError error = connection->m_socket->error();
        if (error != QAbstractSocket::RemoteHostClosedError && connection->m_transportError.isEmpty()) {
            connection->m_transportErrorCode = errorForSocket(error);
            connection->m_transportError = connection->m_socket->errorString();
        }
        connection->m_tls->peerClosed = true;
        return 0;
    }

    static int bioWrite(BIO *bio, const char *in, int size)
    {
        auto *connection = static_cast<HttpGetConnection *>(BIO_get_data(bio));
        BIO_clear_retry_flags(bio);
        // QAbstractSocket queues what the kernel does not take at once: never a short write.
        return int(connection->m_socket->write(in, size));
    }

    static long bioControl(BIO *, int command, long, void *) { return command == BIO_CTRL_FLUSH ? 1 : 0; }
};

HttpGetConnection::HttpGetConnection(const QUrl &url, qint64 rangeFrom, const QSslConfiguration &ssl,
                                     std::shared_ptr<HttpBodyBuffer> body, qint64 rangeLast)
    : m_socket(new QTcpSocket(this))
    , m_body(std::move(body))
    , m_host(url.host())
    , m_sslConfig(ssl)
{
    // The request target as QNAM sends it: path and query fully encoded, no fragment.
    QUrl target = url;
    QUrl::FormattingOptions format = QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment;
    if (target.path().isEmpty())
        target.setPath(QStringLiteral("/"));
    else
        format |= QUrl::NormalizePathSegments;
    const bool tls = url.scheme() == QLatin1String("https");
    const int defaultPort = tls ? 443 : 80;
    m_port = url.port(defaultPort);
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    if (m_port != defaultPort)
        host += ':' + QByteArray::number(m_port);
    m_request = "GET " + target.toEncoded(format) + " HTTP/1.1\r\nHost: " + host
        + "\r\nAccept-Encoding: identity\r\nConnection: close\r\n";
    if (rangeLast >= 0)
        m_request += "Range: bytes=" + QByteArray::number(std::max<qint64>(rangeFrom, 0)) + '-'
            + QByteArray::number(rangeLast) + "\r\n";
    else if (rangeFrom > 0)
        m_request += "Range: bytes=" + QByteArray::number(rangeFrom) + "-\r\n";
    m_request += "\r\n";
    if (tls) {
        m_tls = std::make_unique<Tls>();
        // Reading the system's CA certificates takes ~100 ms (once per process): start it on a
        // worker while the TCP connection is made.
        if (trustsSystemStore(ssl))
            QThreadPool::globalInstance()->start([] { systemStore(); });
    }

    connect(m_socket, &QTcpSocket::connected, this, &HttpGetConnection::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpGetConnection::onSocketReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpGetConnection::endLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpGetConnection::onSocketError);
    m_socket->setProxy(QNetworkProxy::NoProxy); // HttpGetReply::canFetch() found that QNAM would use none
}

HttpGetConnection::~HttpGetConnection() = default;

void HttpGetConnection::start()
{
    if (m_ended)
        return;
    // Unbuffered: QAbstractSocket reads from the kernel only when asked, straight into the given
    // buffer, and stops watching the socket until then, so while the body buffer is full the
    // bytes stay in the kernel and TCP flow control slows the sender.
    m_socket->connectToHost(m_host, quint16(m_port), QIODevice::ReadWrite | QIODevice::Unbuffered);
}

void HttpGetConnection::abort()
{
    if (m_ended)
        return;
    m_ended = true;
    m_socket->abort();
}

void HttpGetConnection::wake()
{
    if (m_ended)
        return;
    if (m_stopped) {
        m_stopped = false;
        readBody();
    } else if (!m_chunk.isEmpty()) {
        handOver();
    }
}

qint64 HttpGetConnection::pull(char *data, qint64 maxSize)
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
        m_tls->closeNotify = error == SSL_ERROR_ZERO_RETURN;
        if (error != SSL_ERROR_ZERO_RETURN && !m_tls->peerClosed && m_transportError.isEmpty()) {
            const QString reason = openSslReason();
            m_transportErrorCode = QNetworkReply::UnknownNetworkError;
            m_transportError = reason.isEmpty()
                ? m_socket->errorString()
                : HttpGetReply::tr("TLS error from %1: %2").arg(m_host, reason);
        }
        ERR_clear_error();
        break;
    }
    return total > 0 ? total : (m_transportEnded ? -1 : 0);
}

void HttpGetConnection::onConnected()
{
    if (m_ended)
        return;
    if (!m_tls) {
        m_socket->write(m_request);
        return;
    }
    if (!startTls())
        return;
    continueHandshake();
}
bool HttpGetConnection::startTls()
{
    const auto fail = [this](const QString &reason) {
        end(QNetworkReply::SslHandshakeFailedError,
            HttpGetReply::tr("Cannot set up TLS for %1: %2")
                .arg(m_host, reason.isEmpty() ? HttpGetReply::tr("unknown error") : reason));
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
    if (trustsSystemStore(m_sslConfig)) {
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

void HttpGetConnection::continueHandshake()
{
    ERR_clear_error();
    const int ok = SSL_do_handshake(m_tls->ssl);
    if (ok == 1) {
        m_tls->handshakeDone = true;
        size_t written = 0;
        if (SSL_write_ex(m_tls->ssl, m_request.constData(), size_t(m_request.size()), &written) != 1
            || written != size_t(m_request.size())) {
            const QString reason = openSslReason();
            end(m_socket->error() == QAbstractSocket::RemoteHostClosedError
                    ? QNetworkReply::RemoteHostClosedError
                    : QNetworkReply::UnknownNetworkError,
                HttpGetReply::tr("Cannot send the request to %1: %2")
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
        reason = m_tls->peerClosed ? HttpGetReply::tr("the server closed the connection")
                                   : m_socket->errorString();
    ERR_clear_error();
    end(QNetworkReply::SslHandshakeFailedError,
        HttpGetReply::tr("TLS handshake with %1 failed: %2").arg(m_host, reason));
}

void HttpGetConnection::onSocketReadyRead()
{
    if (m_ended)
        return;
    if (m_tls && !m_tls->handshakeDone) {
        continueHandshake();
        if (m_ended || !m_tls->handshakeDone)
            return;
    }
    if (m_inBody)
        readBody();
    else
        readHead();
}

void HttpGetConnection::onSocketError()
{
    if (m_ended)
        return;
    const QAbstractSocket::SocketError socketError = m_socket->error();
    if (socketError == QAbstractSocket::RemoteHostClosedError
        && m_socket->state() != QAbstractSocket::ConnectingState
        && m_socket->state() != QAbstractSocket::HostLookupState) {
        endLater(); // reading found or finds the end; the head or body decides what it means
        return;
    }
    end(errorForSocket(socketError), m_socket->errorString());
}

void HttpGetConnection::readHead()
{
    bool ended = false;
    for (;;) {
        // Up to one head's worth at a time; interim answers the parser drops make room again.
        bool full = false;
        for (;;) {
            const qsizetype room = HttpHeadParser::maxHeadSize + 4 - m_head.size();
            if (room <= 0) {
                full = true;
                break;
            }
            const qsizetype at = m_head.size();
            m_head.resize(at + std::min<qsizetype>(room, 16 * 1024));
            const qint64 n = pull(m_head.data() + at, m_head.size() - at);
            m_head.resize(at + std::max<qint64>(n, 0));
            ended = n < 0;
            if (n <= 0)
                break;
        }
        const HttpHeadParser::Result result = m_parser.parse(m_head);
        if (result == HttpHeadParser::Result::NeedMore) {
            if (full)
                continue;
            if (ended)
                onTransportEnded();
            return;
        }
        if (result == HttpHeadParser::Result::Error) {
            end(QNetworkReply::ProtocolFailure, m_parser.errorString());
            return;
        }
        if (result == HttpHeadParser::Result::Fallback) {
            m_ended = true;
            m_socket->abort();
            emit needsFallback();
            return;
        }
        break;
    }
    onHead();
    if (m_ended)
        return;
    if (ended)
        onTransportEnded(); // the whole answer came with the head
    else
        readBody(); // the rest of what the socket holds
}

void HttpGetConnection::onHead()
{
    const HttpResponseHead &head = m_parser.head();
    QByteArray body = std::exchange(m_head, QByteArray());
    m_bodyLeft = (head.status == 204 || head.status == 304) ? 0 : head.contentLength;
    if (m_bodyLeft >= 0 && body.size() > m_bodyLeft)
        body.truncate(m_bodyLeft);
    if (m_bodyLeft >= 0)
        m_bodyLeft -= body.size();
    m_inBody = true;
    emit headReceived(head);
    // After the head, so that the reader hears of the body when it knows the status.
    m_chunk = body;
    handOver();
}

void HttpGetConnection::readBody()
{
    if (m_ended || !m_inBody || m_stopped)
        return;
    for (;;) {
        if (m_bodyLeft == 0) {
            end(QNetworkReply::NoError, {}); // the whole body is in the buffer
            return;
        }
        if (m_chunk.size() >= bodyChunk)
            handOver();
        if (m_body->stopWhenFull()) {
            m_stopped = true; // wake() comes when the reader has taken half
            break;
        }
        if (m_chunk.isEmpty())
            m_chunk = m_body->spare(bodyChunk);
        const qsizetype at = m_chunk.size();
        const qint64 want = m_bodyLeft >= 0 ? std::min<qint64>(bodyChunk - at, m_bodyLeft) : bodyChunk - at;
        m_chunk.resize(at + want);
        const qint64 n = pull(m_chunk.data() + at, want);
        m_chunk.resize(at + std::max<qint64>(n, 0));
        if (n < 0) {
            onTransportEnded();
            return;
        }
        if (n == 0)
            break; // the kernel is drained; readyRead comes with more
        if (m_bodyLeft >= 0)
            m_bodyLeft -= n;
    }
    // A partial chunk goes now only when the reader has nothing else: otherwise it fills up
    // (fewer, larger hand-overs) while the reader works through what it has, and wake() comes
    // if the reader runs out first.
    if (!m_chunk.isEmpty() && !m_body->holdPartial())
        handOver();
}

void HttpGetConnection::handOver()
{
    if (m_body->push(std::exchange(m_chunk, QByteArray())))
        emit bodyAvailable();
}

void HttpGetConnection::endLater()
{
    // Queued: the socket reports the end from inside a read, in the middle of pull().
    if (m_ended || m_endQueued)
        return;
    m_endQueued = true;
    QMetaObject::invokeMethod(this, &HttpGetConnection::onTransportEnded, Qt::QueuedConnection);
}

void HttpGetConnection::onTransportEnded()
{
    m_endQueued = false;
    if (m_ended)
        return;
    m_transportEnded = true;
    if (m_tls && m_tls->ssl && !m_tls->handshakeDone) {
        end(QNetworkReply::SslHandshakeFailedError,
            HttpGetReply::tr("TLS handshake with %1 failed: %2")
                .arg(m_host, HttpGetReply::tr("the server closed the connection")));
        return;
    }
    // Nothing or only part of an answer, or a body read until the close that failed instead.
    if (!m_inBody || m_bodyLeft > 0 || !m_transportError.isEmpty()) {
        if (m_transportError.isEmpty())
            end(QNetworkReply::RemoteHostClosedError, HttpGetReply::tr("Connection closed"));
        else
            end(m_transportErrorCode, m_transportError);
        return;
    }
    // A body without a length ends with the connection; over TLS only close_notify tells that
    // end from a cut (an attacker's FIN or a dropped proxy): without it, the caller may accept
    // the bytes only when it knows the size and it matches (DownloadTask does).
    if (m_tls && m_bodyLeft < 0 && !m_tls->closeNotify) {
        end(QNetworkReply::RemoteHostClosedError,
            HttpGetReply::tr("The TLS connection to %1 ended without close_notify: the body may be cut short")
                .arg(m_host));
        return;
    }
    end(QNetworkReply::NoError, {});
}

void HttpGetConnection::end(QNetworkReply::NetworkError error, const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    handOver(); // what did arrive is still the reader's
    m_socket->abort(); // "Connection: close": nothing more comes on it
    emit ended(error, message);
}

} // namespace bb
