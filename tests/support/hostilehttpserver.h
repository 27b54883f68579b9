#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace bb::test {

// A file host that misbehaves on purpose, on 127.0.0.1, over HTTP or TLS (the fixture
// certificate): each request gets an Answer a test script builds from it, written to the wire
// byte for byte (any head, conflicting headers, endless interim answers, bodies that never end,
// trickle, or stop early, and a TLS end with or without close_notify). The body is always the
// same deterministic file content (content()), from whatever offset the answer says, so a test
// can tell a byte-identical download from a wrong one. It counts requests and body bytes sent.
class HostileHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileHttpServer)

public:
    struct Request
    {
        QByteArray target;
        QHash<QByteArray, QByteArray> headers; // names lower-cased
        qint64 rangeFrom = -1; // "Range: bytes=N-", else -1
    };

    struct Answer
    {
        enum class End {
            Close, // FIN (over TLS after close_notify)
            CloseWithoutNotify, // over TLS: FIN without close_notify (a cut stream)
            Reset, // abort at once, unsent bytes dropped
            Hold, // keep the connection open, send nothing more
        };
        QByteArray head; // sent verbatim, e.g. "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"
        qint64 bodyFrom = 0; // offset of the first body byte in content()
        qint64 bodyBytes = 0; // body bytes to send; -1: never stop
        int interim = 0; // "HTTP/1.1 100 Continue\r\n\r\n" this many times first; -1: never stop
        int trickleMs = 0; // > 0: one body byte per trickleMs
        End end = End::Close;
    };
    using Script = std::function<Answer(const Request &request, int index)>;

    explicit HostileHttpServer(Script script, QObject *parent = nullptr);
    ~HostileHttpServer() override;

    // Listens on a free port of 127.0.0.1; over TLS when `tls` holds a certificate and key.
    bool listen(const QSslConfiguration &tls = QSslConfiguration());
    QUrl url(const QString &path = QStringLiteral("/file.bak")) const;

    int requestCount() const { return m_requests; }
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }

    // The file every answer's body is cut from: byte i of a file is content(i, 1).
    static QByteArray content(qint64 from, qint64 size);
    // A plain "200 OK" head with a Content-Length (-1: none) and the given extra header lines.
    static QByteArray head(int status, qint64 contentLength, const QByteArray &extra = {});

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void pump(QTcpSocket *socket);
    void finish(QTcpSocket *socket);

    Script m_script;
    std::unique_ptr<QTcpServer> m_server;
    int m_requests = 0;
    qint64 m_bodyBytesSent = 0;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
};

} // namespace bb::test
