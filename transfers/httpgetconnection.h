#pragma once

#include "transfers/getconnection.h"
#include "transfers/httpheadparser.h"

#include <QSslConfiguration>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace bb {

class HttpBodyBuffer;

// HttpGetReply's own connection (GetConnection): one plain HTTP/1.1 GET on its own unbuffered QTcpSocket,
// living on the transfer thread (TransferThread). It sends the request, runs TLS with OpenSSL on the socket
// (verified against the configuration's CAs, or the system's for a default configuration; host
// or IP checked, SNI sent, TLS 1.2 at least), parses the head and reads the body into the
// HttpBodyBuffer it shares with the reply, decrypting straight into the buffer's chunks. It
// stops reading while the buffer is full, so bytes the reader leaves stay in the kernel.
//
// Everything it tells the reply goes by signal (queued to the reply's thread, in order): the
// head, a notice when body bytes wait, the fallback to QNAM, and the end. Create it, move it to
// the transfer thread, then invoke start() there.
class HttpGetConnection final : public GetConnection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpGetConnection)

public:
    // `rangeFrom` > 0 asks "Range: bytes=N-"; `rangeLast` >= 0 closes the range ("bytes=N-M").
    HttpGetConnection(const QUrl &url, qint64 rangeFrom, const QSslConfiguration &ssl,
                      std::shared_ptr<HttpBodyBuffer> body, qint64 rangeLast = -1);
    ~HttpGetConnection() override;

    void start() override;
    void abort() override;
    void wake() override;

private:
    struct Tls;

    void onConnected();
    bool startTls();
    void continueHandshake();
    void onSocketReadyRead();
    void onSocketError();
    void readHead();
    void onHead(); // m_parser has the final head
    void readBody();
    // Pushes the chunk being filled to the buffer and tells the reader when it should hear.
    void handOver();
    void endLater(); // onTransportEnded() on the next turn, once
    void onTransportEnded();
    void end(QNetworkReply::NetworkError error, const QString &message);
    // Up to `maxSize` bytes of the response (decrypted for HTTPS) into `data`: > 0 bytes read,
    // 0 nothing yet, -1 the connection ended (m_transportError says whether cleanly).
    qint64 pull(char *data, qint64 maxSize);

    QTcpSocket *m_socket;
    std::unique_ptr<Tls> m_tls; // HTTPS only
    std::shared_ptr<HttpBodyBuffer> m_body;
    QString m_host; // as in the URL, for messages, SNI and the certificate check
    int m_port;
    QSslConfiguration m_sslConfig;
    QByteArray m_request;
    QString m_transportError; // set when the connection failed rather than closed
    QNetworkReply::NetworkError m_transportErrorCode = QNetworkReply::NoError;
    bool m_transportEnded = false;
    bool m_endQueued = false;
    bool m_inBody = false;
    bool m_stopped = false; // the buffer was full: wait for wake()
    bool m_ended = false; // ended() or needsFallback() emitted, or aborted
    QByteArray m_head; // the response head while it arrives
    HttpHeadParser m_parser;
    QByteArray m_chunk; // body bytes read, not yet handed over
    qint64 m_bodyLeft = -1; // -1: until the connection closes
};

} // namespace bb
