#pragma once

#include <QNetworkReply>
#include <QSslConfiguration>

#include <memory>

class QTcpSocket;

namespace bb {

// One plain HTTP/1.1 GET on its own socket, presented as a QNetworkReply so DownloadTask drives
// it exactly like one from QNetworkAccessManager. The body is read straight from the socket by
// the caller: no HTTP thread, no per-chunk hand-off between threads and no extra copy, which
// QNAM's data path costs (about 0.5 CPU s per GiB over HTTPS, measured in bench/results).
//
// The socket is an unbuffered QTcpSocket, so a read goes from the kernel straight into the
// caller's buffer. HTTPS uses OpenSSL directly on it (QSslSocket copied every byte three more
// times: ring buffer, memory BIO, decrypted buffer): SSL_read decrypts into the caller's buffer.
// The peer is verified against the configuration's CA certificates (plus the system's for a
// default configuration), with the host name or IP checked, SNI sent and TLS 1.2 at least; any
// verification error fails the reply with SslHandshakeFailedError. Nothing is ever ignored.
//
// It covers what object-store downloads use: a Content-Length (or read-until-close) body over
// HTTP or HTTPS without a proxy. Anything else (a redirect, a chunked body) is reported through
// needsFallback() before any body byte is delivered, and the caller repeats the request through
// QNetworkAccessManager.
class HttpGetReply final : public QNetworkReply
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpGetReply)

public:
    // Starts connecting immediately. `rangeFrom` > 0 adds "Range: bytes=N-".
    HttpGetReply(const QUrl &url, qint64 rangeFrom, const QSslConfiguration &ssl, QObject *parent = nullptr);
    ~HttpGetReply() override;

    // Whether this class can fetch `url` at all: http(s), and QNAM would use no proxy for it.
    static bool canFetch(const QUrl &url, QNetworkAccessManager *network);

    void abort() override;
    void setReadBufferSize(qint64 size) override;
    qint64 bytesAvailable() const override;

signals:
    // The response needs features this class leaves to QNetworkAccessManager; no body byte was
    // delivered. The caller should drop this reply and send the request again through QNAM.
    void needsFallback();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Tls;

    void onConnected();
    bool startTls();
    void continueHandshake();
    void onSocketReadyRead();
    void readHead();
    void onSocketDisconnected();
    void onSocketError();
    bool parseHead(qsizetype headEnd);
    void finishWith(NetworkError error, const QString &message);
    void finishLater();
    void endLater();
    void onTransportEnded();
    // Up to `maxSize` bytes of the response (decrypted for HTTPS) into `data`: > 0 bytes read,
    // 0 nothing yet, -1 the connection ended (m_transportError says whether cleanly).
    qint64 pull(char *data, qint64 maxSize);
    qint64 bodyInTransport() const;

    QTcpSocket *m_socket;
    std::unique_ptr<Tls> m_tls; // HTTPS only
    QString m_host; // as in the URL, for messages, SNI and the certificate check
    QSslConfiguration m_sslConfig;
    QString m_transportError; // set when the connection failed rather than closed
    NetworkError m_transportErrorCode = NoError;
    bool m_transportEnded = false;
    bool m_endQueued = false;
    QByteArray m_request;
    QByteArray m_head; // the response head while it arrives
    QByteArray m_pending; // body bytes that came with the head or were left at disconnect
    qsizetype m_pendingPos = 0;
    qint64 m_bodyLeft = -1; // -1: until the connection closes
    bool m_inBody = false;
    bool m_done = false; // finished() emitted or queued
};

} // namespace bb
