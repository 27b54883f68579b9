#pragma once

#include <QNetworkReply>
#include <QSslConfiguration>

class QSslSocket;

namespace bb {

// One plain HTTP/1.1 GET on its own socket, presented as a QNetworkReply so DownloadTask drives
// it exactly like one from QNetworkAccessManager. The body is read straight from the socket by
// the caller: no HTTP thread, no per-chunk hand-off between threads and no extra copy, which
// QNAM's data path costs (about 0.5 CPU s per GiB over HTTPS, measured in bench/results).
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
    void onConnected();
    void onSocketReadyRead();
    void notifyReadyRead();
    void onSocketDisconnected();
    void onSocketError();
    bool parseHead(qsizetype headEnd);
    void finishWith(NetworkError error, const QString &message);
    void finishLater();
    qint64 bodyInSocket() const;

    QSslSocket *m_socket;
    QByteArray m_request;
    QByteArray m_head; // the response head while it arrives
    QByteArray m_pending; // body bytes that came with the head or were left at disconnect
    qsizetype m_pendingPos = 0;
    qint64 m_bodyLeft = -1; // -1: until the connection closes
    bool m_inBody = false;
    bool m_done = false; // finished() emitted or queued
    bool m_notifyQueued = false;
};

} // namespace bb
