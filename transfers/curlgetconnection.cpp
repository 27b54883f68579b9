#include "transfers/curlgetconnection.h"

#include "transfers/httpbodybuffer.h"
#include "transfers/httpgetreply.h"

#include <QSocketNotifier>
#include <QSslCertificate>
#include <QTimer>

#include <curl/curl.h>
#include <mutex>

namespace bb {

namespace {

// As HttpGetConnection: one hand-over to the reader holds at most the reader's own chunk size.
constexpr qsizetype bodyChunk = 256 * 1024;

CURL *easyOf(void *handle)
{
    return static_cast<CURL *>(handle);
}

CURLM *multiOf(void *handle)
{
    return static_cast<CURLM *>(handle);
}

// The same classes of failure HttpGetConnection reports, so DownloadTask's decisions (unreachable,
// TLS, retry) come out the same on either transport.
QNetworkReply::NetworkError errorFor(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return QNetworkReply::HostNotFoundError;
    case CURLE_COULDNT_CONNECT:
        return QNetworkReply::ConnectionRefusedError;
    case CURLE_OPERATION_TIMEDOUT:
        return QNetworkReply::TimeoutError;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
        return QNetworkReply::SslHandshakeFailedError;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
        return QNetworkReply::RemoteHostClosedError;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_RANGE_ERROR:
    case CURLE_TOO_MANY_REDIRECTS:
        return QNetworkReply::ProtocolFailure;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

void initialiseCurlOnce()
{
    // Thread-safe in Debian's libcurl ("threadsafe" feature), but once per process is all it needs.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

// libcurl's C callbacks: each turns `user` back into the connection and calls its member.
struct CurlGetConnection::Callbacks
{
    static std::size_t header(char *data, std::size_t size, std::size_t count, void *user)
    {
        return static_cast<CurlGetConnection *>(user)->takeHeaderLine(
            QByteArray::fromRawData(data, qsizetype(size * count)));
    }

    static std::size_t body(char *data, std::size_t size, std::size_t count, void *user)
    {
        return static_cast<CurlGetConnection *>(user)->takeBody(data, size * count);
    }

    static int socket(CURL *, curl_socket_t socket, int what, void *user, void *)
    {
        static_cast<CurlGetConnection *>(user)->watchSocket(static_cast<long long>(socket), what);
        return 0;
    }

    static int timer(CURLM *, long timeoutMs, void *user)
    {
        auto *connection = static_cast<CurlGetConnection *>(user);
        if (timeoutMs < 0)
            connection->m_timer->stop();
        else
            connection->m_timer->start(int(std::min<long>(timeoutMs, 24L * 3600 * 1000)));
        return 0;
    }
};

CurlGetConnection::CurlGetConnection(const QUrl &url, qint64 rangeFrom, const QSslConfiguration &ssl,
                                     std::shared_ptr<HttpBodyBuffer> body, qint64 rangeLast)
    : m_timer(new QTimer(this))
    , m_body(std::move(body))
    , m_url(url.adjusted(QUrl::RemoveFragment).toEncoded())
    , m_host(url.host())
    , m_tls13Only(ssl.protocol() == QSsl::TlsV1_3OrLater || ssl.protocol() == QSsl::TlsV1_3)
{
    if (rangeLast >= 0)
        m_range = QByteArray::number(std::max<qint64>(rangeFrom, 0)) + '-' + QByteArray::number(rangeLast);
    else if (rangeFrom > 0)
        m_range = QByteArray::number(rangeFrom) + '-';
    if (!trustsSystemStore(ssl)) {
        for (const QSslCertificate &certificate : ssl.caCertificates())
            m_caPem += certificate.toPem();
    }
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
}

CurlGetConnection::~CurlGetConnection()
{
    cleanUp();
}

void CurlGetConnection::start()
{
    if (m_ended)
        return;
    initialiseCurlOnce();
    m_multi = curl_multi_init();
    m_easy = curl_easy_init();
    if (!m_multi || !m_easy) {
        end(QNetworkReply::UnknownNetworkError,
            HttpGetReply::tr("Cannot set up a connection to %1: %2").arg(m_host, QStringLiteral("libcurl")));
        return;
    }
    CURL *easy = easyOf(m_easy);
    m_headers = curl_slist_append(nullptr, "Accept-Encoding: identity");
    m_headers = curl_slist_append(static_cast<curl_slist *>(m_headers), "Connection: close");

    curl_easy_setopt(easy, CURLOPT_URL, m_url.constData());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, static_cast<curl_slist *>(m_headers));
    curl_easy_setopt(easy, CURLOPT_NOPROXY, "*"); // not even the environment's http(s)_proxy
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_FORBID_REUSE, 1L);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    if (!m_range.isEmpty())
        curl_easy_setopt(easy, CURLOPT_RANGE, m_range.constData());
    curl_easy_setopt(easy, CURLOPT_BUFFERSIZE, receiveBuffer);
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME, lowSpeedSeconds);
    curl_easy_setopt(easy, CURLOPT_SSLVERSION,
                     long(m_tls13Only ? CURL_SSLVERSION_TLSv1_3 : CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_caPem.isEmpty()) {
        // Only the configuration's CAs: not the bundle or directory libcurl was built with.
        curl_blob blob {m_caPem.data(), std::size_t(m_caPem.size()), CURL_BLOB_COPY};
        curl_easy_setopt(easy, CURLOPT_CAINFO_BLOB, &blob);
        curl_easy_setopt(easy, CURLOPT_CAPATH, static_cast<char *>(nullptr));
    }
    m_errorText = QByteArray(CURL_ERROR_SIZE + 1, '\0');
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, m_errorText.data());
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &Callbacks::header);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &Callbacks::body);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, this);

    CURLM *multi = multiOf(m_multi);
    curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, &Callbacks::socket);
    curl_multi_setopt(multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, &Callbacks::timer);
    curl_multi_setopt(multi, CURLMOPT_TIMERDATA, this);
    curl_multi_add_handle(multi, easy); // asks for a timeout of 0: the transfer starts from the timer
}

void CurlGetConnection::abort()
{
    if (m_ended)
        return;
    m_ended = true;
    cleanUp();
}

void CurlGetConnection::wake()
{
    if (m_ended)
        return;
    if (m_paused) {
        m_paused = false;
        // libcurl delivers what it held back from inside this call (and may pause again).
        m_acting = true;
        curl_easy_pause(easyOf(m_easy), CURLPAUSE_CONT);
        m_acting = false;
        afterCurl();
    } else if (!m_chunk.isEmpty()) {
        handOver();
    }
}

std::size_t CurlGetConnection::takeHeaderLine(const QByteArray &line)
{
    if (m_ended)
        return 0; // stops the transfer
    if (m_headDone)
        return std::size_t(line.size()); // trailers after a chunked body: not ours to use
    if (line.startsWith("HTTP/")) {
        // A new head (after an interim one): "HTTP/1.1 206 Partial Content".
        m_head = HttpResponseHead();
        m_lengthSeen = -1;
        const QByteArray status = line.trimmed();
        const qsizetype reasonAt = status.indexOf(' ', status.indexOf(' ') + 1);
        if (reasonAt > 0)
            m_head.reason = status.mid(reasonAt + 1);
        return std::size_t(line.size());
    }
    const QByteArray text = line.trimmed();
    if (!text.isEmpty()) {
        const qsizetype colon = text.indexOf(':');
        if (colon > 0) {
            const QByteArray name = text.left(colon).trimmed();
            const QByteArray value = text.mid(colon + 1).trimmed();
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0 && !takeContentLength(value))
                return 0;
            m_head.headers.append({name, value});
        }
        return std::size_t(line.size());
    }
    // The empty line: the head is complete.
    long status = 0;
    curl_easy_getinfo(easyOf(m_easy), CURLINFO_RESPONSE_CODE, &status);
    if (status == 101) {
        // libcurl passes it on as an interim answer; a download never asks to switch (as our own).
        end(QNetworkReply::ProtocolFailure,
            HttpHeadParser::tr("The server switched protocols (HTTP 101), which a download never asks for"));
        return 0;
    }
    if (status >= 100 && status < 200) {
        if (++m_interim > HttpHeadParser::maxInterim) {
            end(QNetworkReply::ProtocolFailure,
                HttpHeadParser::tr("The server sent more than %1 interim (1xx) responses")
                    .arg(HttpHeadParser::maxInterim));
            return 0;
        }
        return std::size_t(line.size());
    }
    if (status >= 300 && status < 400 && status != 304) {
        // Redirects are QNetworkAccessManager's, as with our own connection (its redirect policy).
        m_ended = true;
        emit needsFallback();
        return 0;
    }
    m_head.status = int(status);
    curl_off_t length = -1;
    curl_easy_getinfo(easyOf(m_easy), CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length);
    m_head.contentLength = (status == 204 || status == 304) ? 0 : qint64(length);
    m_headDone = true;
    emit headReceived(m_head);
    return std::size_t(line.size());
}

bool CurlGetConnection::takeContentLength(const QByteArray &value)
{
    // libcurl 7.88 lets the last of several Content-Length headers win; RFC 9112 6.3 makes
    // differing values an unrecoverable framing error, and our own connection refuses them.
    for (const QByteArray &item : value.split(',')) {
        bool ok = false;
        const qint64 length = item.trimmed().toLongLong(&ok);
        if (!ok)
            continue; // not a number: libcurl refuses it itself
        if (m_lengthSeen >= 0 && m_lengthSeen != length) {
            end(QNetworkReply::ProtocolFailure,
                HttpHeadParser::tr("The server sent conflicting Content-Length headers (%1 and %2)")
                    .arg(m_lengthSeen)
                    .arg(length));
            return false;
        }
        m_lengthSeen = length;
    }
    return true;
}

std::size_t CurlGetConnection::takeBody(const char *data, std::size_t size)
{
    if (m_ended || !m_headDone)
        return 0; // stops the transfer
    if (m_body->stopWhenFull()) {
        // libcurl keeps these bytes and hands them over again after wake()'s curl_easy_pause().
        m_paused = true;
        return CURL_WRITEFUNC_PAUSE;
    }
    std::size_t taken = 0;
    while (taken < size) {
        if (m_chunk.isEmpty())
            m_chunk = m_body->spare(bodyChunk);
        const std::size_t n = std::min<std::size_t>(size - taken, std::size_t(bodyChunk - m_chunk.size()));
        m_chunk.append(data + taken, qsizetype(n));
        taken += n;
        if (m_chunk.size() >= bodyChunk)
            handOver();
    }
    return size;
}

void CurlGetConnection::watchSocket(long long socket, int what)
{
    if (what == CURL_POLL_REMOVE) {
        const auto it = m_watches.find(socket);
        if (it == m_watches.end())
            return;
        // Possibly inside that notifier's own signal: deleted later, disabled now.
        for (QSocketNotifier *notifier : {it->second.read, it->second.write}) {
            if (notifier) {
                notifier->setEnabled(false);
                notifier->deleteLater();
            }
        }
        m_watches.erase(it);
        return;
    }
    Watch &watch = m_watches[socket];
    const auto arm = [&](QSocketNotifier *&notifier, QSocketNotifier::Type type, int events, bool wanted) {
        if (!notifier && wanted) {
            notifier = new QSocketNotifier(qintptr(socket), type, this);
            connect(notifier, &QSocketNotifier::activated, this,
                    [this, socket, events] { act(socket, events); });
        }
        if (notifier)
            notifier->setEnabled(wanted);
    };
    arm(watch.read, QSocketNotifier::Read, CURL_CSELECT_IN, what == CURL_POLL_IN || what == CURL_POLL_INOUT);
    arm(watch.write, QSocketNotifier::Write, CURL_CSELECT_OUT,
        what == CURL_POLL_OUT || what == CURL_POLL_INOUT);
}

void CurlGetConnection::act(long long socket, int events)
{
    if (m_ended || !m_multi || m_acting)
        return;
    m_acting = true;
    int running = 0;
    curl_multi_socket_action(multiOf(m_multi), curl_socket_t(socket), events, &running);
    m_acting = false;
    afterCurl();
}

void CurlGetConnection::afterCurl()
{
    if (!m_ended && m_multi) {
        int left = 0;
        while (CURLMsg *message = curl_multi_info_read(multiOf(m_multi), &left)) {
            if (message->msg != CURLMSG_DONE)
                continue;
            finish(message->data.result);
            break;
        }
    }
    if (m_ended) {
        cleanUp();
        return;
    }
    // A partial chunk goes now only when the reader has nothing else (as HttpGetConnection).
    if (!m_chunk.isEmpty() && !m_body->holdPartial())
        handOver();
}

void CurlGetConnection::finish(int result)
{
    const auto code = CURLcode(result);
    if (code == CURLE_OK) {
        if (m_headDone)
            end(QNetworkReply::NoError, {});
        else
            end(QNetworkReply::RemoteHostClosedError, HttpGetReply::tr("Connection closed"));
        return;
    }
    QString reason = QString::fromLatin1(m_errorText.constData()).trimmed();
    if (reason.isEmpty())
        reason = QString::fromLatin1(curl_easy_strerror(code));
    const QNetworkReply::NetworkError error = errorFor(code);
    if (code == CURLE_RECV_ERROR && m_headDone && m_head.contentLength < 0
        && reason.contains(QLatin1String("unexpected eof"), Qt::CaseInsensitive)) {
        // OpenSSL's word for a TLS stream cut without close_notify: said as our own connection does.
        end(QNetworkReply::RemoteHostClosedError,
            HttpGetReply::tr("The TLS connection to %1 ended without close_notify: the body may be cut short")
                .arg(m_host));
        return;
    }
    if (error == QNetworkReply::SslHandshakeFailedError)
        end(error, HttpGetReply::tr("TLS handshake with %1 failed: %2").arg(m_host, reason));
    else
        end(error, HttpGetReply::tr("Transfer from %1 failed: %2").arg(m_host, reason));
}

void CurlGetConnection::handOver()
{
    if (m_body->push(std::exchange(m_chunk, QByteArray())))
        emit bodyAvailable();
}

void CurlGetConnection::end(QNetworkReply::NetworkError error, const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    handOver(); // what did arrive is still the reader's
    emit ended(error, message);
    // Inside a libcurl callback the handles are freed by afterCurl(), once libcurl has returned.
}

void CurlGetConnection::cleanUp()
{
    if (m_acting)
        return;
    m_timer->stop();
    if (m_multi && m_easy)
        curl_multi_remove_handle(multiOf(m_multi), easyOf(m_easy)); // closes its socket (CURL_POLL_REMOVE)
    if (m_easy)
        curl_easy_cleanup(easyOf(m_easy));
    if (m_multi)
        curl_multi_cleanup(multiOf(m_multi));
    curl_slist_free_all(static_cast<curl_slist *>(m_headers));
    m_easy = nullptr;
    m_multi = nullptr;
    m_headers = nullptr;
    for (auto &[socket, watch] : m_watches) {
        for (QSocketNotifier *notifier : {watch.read, watch.write}) {
            if (notifier) {
                notifier->setEnabled(false);
                notifier->deleteLater(); // possibly inside its own signal
            }
        }
    }
    m_watches.clear();
}

} // namespace bb
