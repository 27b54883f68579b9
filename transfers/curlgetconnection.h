#pragma once

#include "transfers/getconnection.h"
#include "transfers/httpheadparser.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QUrl>

#include <map>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace bb {

class HttpBodyBuffer;

// HttpGetReply's libcurl connection (GetConnection), the transport BB_HTTP_TRANSPORT=curl picks
// (built with BB_WITH_CURL): the same GET as HttpGetConnection, with libcurl doing the socket,
// TLS and the HTTP framing, driven by its multi interface from the transfer thread's event loop
// (QSocketNotifier for its sockets, a QTimer for its timeouts). Issue 15 measures it against our
// own connection (bench/results/transport.md); the reply, the attempt, the writer and the CRC
// above it are the same for both.
//
// What it asks of libcurl: HTTP/1.1 only, http and https only, no proxy (HttpGetReply::canFetch()
// found that QNAM would use none), no redirect (a 3xx goes back to QNAM, as with our own), no
// compression, TLS 1.2 at least, the peer and host verified against the configuration's CAs
// (CURLOPT_CAINFO_BLOB) or for a default configuration the system's, a 512 KiB receive buffer.
// Not OpenSSL's read-ahead (ours has it: a quarter of the recv() calls): libcurl 7.88 asks
// SSL_pending() whether decrypted bytes wait, which does not count records read ahead, so the end
// of a body could sit in OpenSSL's buffer with no socket event to fetch it (tst_httpgetreply's
// HTTPS tests hung that way).
// Its bounds: at most HttpHeadParser::maxInterim interim (1xx) heads, a stall of
// lowSpeedSeconds below 1 byte/s. The size limit stays RangedAttempt's, as with our own: libcurl's
// CURLOPT_MAXFILESIZE_LARGE refuses a Content-Length above it while reading the head, which would
// turn a host ignoring a closed range (a 200 with the whole file, that ParallelRanges falls back
// from) into a plain failure.
// Where libcurl 7.88 is laxer than our parser this class keeps today's policy: conflicting
// Content-Length headers and HTTP 101 are framing errors. It decodes chunked bodies itself (ours
// hands those to QNAM), and takes a TLS end without close_notify as a clean end (ours does not; a
// listing's exact size still catches the cut: tst_hostileservers).
// Body bytes are copied from libcurl's buffer into the HttpBodyBuffer's 256 KiB chunks; while
// that buffer is full the transfer is paused (CURL_WRITEFUNC_PAUSE) until wake().
class CurlGetConnection final : public GetConnection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurlGetConnection)

public:
    // A backstop for a connection libcurl itself sees stuck (the task's stall timeout, which
    // knows about a full disk and the bandwidth limit, normally acts long before).
    static constexpr long lowSpeedSeconds = 300;
    // libcurl's receive buffer (CURLOPT_BUFFERSIZE; its default is 16 KiB): what one recv() and one
    // write callback take at most.
    static constexpr long receiveBuffer = 512 * 1024;

    // `rangeFrom` > 0 asks "Range: bytes=N-"; `rangeLast` >= 0 closes the range ("bytes=N-M").
    CurlGetConnection(const QUrl &url, qint64 rangeFrom, const QSslConfiguration &ssl,
                      std::shared_ptr<HttpBodyBuffer> body, qint64 rangeLast = -1);
    ~CurlGetConnection() override;

    void start() override;
    void abort() override;
    void wake() override;

private:
    struct Callbacks; // libcurl's C callbacks, in the .cpp (libcurl's types stay out of here)
    friend struct Callbacks;

    std::size_t takeHeaderLine(const QByteArray &line);
    bool takeContentLength(const QByteArray &value); // false: conflicting, the transfer ended
    std::size_t takeBody(const char *data, std::size_t size);
    void watchSocket(long long socket, int what);
    // Lets libcurl act on a socket (or on its timeout: socket -1), then afterCurl().
    void act(long long socket, int events);
    // After libcurl returned: whether the transfer finished, the partial chunk, the clean-up.
    void afterCurl();
    void finish(int result); // CURLcode
    void handOver();
    void end(QNetworkReply::NetworkError error, const QString &message);
    void cleanUp();

    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };

    void *m_multi = nullptr; // CURLM
    void *m_easy = nullptr; // CURL
    void *m_headers = nullptr; // curl_slist of the request's own headers
    QTimer *m_timer;
    std::map<long long, Watch> m_watches;
    std::shared_ptr<HttpBodyBuffer> m_body;
    QByteArray m_url;
    QByteArray m_range; // "N-" or "N-M", empty for the whole file
    QByteArray m_caPem; // the configuration's CAs; empty: the system's
    QString m_host;
    bool m_tls13Only = false;
    HttpResponseHead m_head; // the head arriving
    int m_interim = 0;
    qint64 m_lengthSeen = -1; // the head's Content-Length so far
    bool m_headDone = false;
    bool m_paused = false; // the buffer was full: wait for wake()
    bool m_ended = false; // ended() or needsFallback() emitted, or aborted
    bool m_acting = false; // inside curl_multi_socket_action: no re-entry
    QByteArray m_errorText; // libcurl's CURLOPT_ERRORBUFFER
    QByteArray m_chunk; // body bytes taken, not yet handed over
};

} // namespace bb
