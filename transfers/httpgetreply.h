#pragma once

#include <QNetworkReply>
#include <QSslConfiguration>

#include <memory>

namespace bb {

class GetConnection;
class HttpBodyBuffer;
struct HttpResponseHead;

// One plain HTTP/1.1 GET on its own socket, presented as a QNetworkReply so DownloadTask drives
// it exactly like one from QNetworkAccessManager, with a leaner data path: QNAM's HTTP thread
// copied each byte several times between buffers (about 0.5 CPU s per GiB over HTTPS, measured
// in bench/results).
//
// The connection (HttpGetConnection: the socket, OpenSSL, the head) runs on the transfer thread
// (TransferThread), which decrypts straight into 256 KiB chunks and hands them over without a
// copy (HttpBodyBuffer); this object lives on the caller's thread, and read() copies from those
// chunks into the caller's buffer. So the caller's thread (the GUI's) never waits on a socket or
// pays for decryption, and a busy caller only slows the transfer once 1 MiB waits unread.
// TLS errors are never ignored: they fail the reply with SslHandshakeFailedError.
//
// It covers what object-store downloads use: a Content-Length (or read-until-close) body over
// HTTP or HTTPS without a proxy. Anything else (a redirect, a chunked body) is reported through
// needsFallback() before any body byte is delivered, and the caller repeats the request through
// QNetworkAccessManager.
//
// The connection is our own (HttpGetConnection) or, with BB_HTTP_TRANSPORT=curl in the
// environment and a build with BB_WITH_CURL, libcurl's (CurlGetConnection): issue 15 measures one
// against the other (bench/download_bench.sh, bench/results/transport.md).
class HttpGetReply final : public QNetworkReply
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpGetReply)

public:
    // What may wait unread before the connection stops reading its socket: four of its chunks, a
    // few milliseconds of a fast download, enough to ride out a busy turn of the caller's thread.
    // It replaces setReadBufferSize(), which has no effect here.
    static constexpr qint64 bodyBufferLimit = 1024 * 1024;

    // Starts connecting immediately (on the transfer thread). `rangeFrom` > 0 adds "Range: bytes=N-".
    HttpGetReply(const QUrl &url, qint64 rangeFrom, const QSslConfiguration &ssl, QObject *parent = nullptr);
    // The same for a closed range: "Range: bytes=rangeFrom-rangeLast" (a download's share of a file
    // fetched over several connections).
    HttpGetReply(const QUrl &url, qint64 rangeFrom, qint64 rangeLast, const QSslConfiguration &ssl,
                 QObject *parent = nullptr);
    ~HttpGetReply() override;

    enum class Transport { Own, Curl };
    // The connection new replies use: BB_HTTP_TRANSPORT ("own", the default, or "curl"; "curl"
    // in a build without libcurl, or anything else, is our own, with a warning).
    static Transport transport();
    static bool curlAvailable(); // built with BB_WITH_CURL

    // Whether this class can fetch `url` at all: http(s), and QNAM would use no proxy for it.
    static bool canFetch(const QUrl &url, QNetworkAccessManager *network);

    void abort() override;
    qint64 bytesAvailable() const override;

signals:
    // The response needs features this class leaves to QNetworkAccessManager; no body byte was
    // delivered. The caller should drop this reply and send the request again through QNAM.
    void needsFallback();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void onHead(const bb::HttpResponseHead &head);
    void onBodyAvailable();
    void onEnded(QNetworkReply::NetworkError error, const QString &message);
    void finishWith(NetworkError error, const QString &message);

    std::shared_ptr<HttpBodyBuffer> m_body;
    GetConnection *m_connection; // on the transfer thread; deleted there after this
    bool m_inBody = false;
    bool m_done = false; // finished() emitted (or the fallback)
};

} // namespace bb
