#pragma once

#include "sandbox/sandboxhttp.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;
class QTimer;

namespace bb::sandbox {

// One client connection of the sandbox server: parses HTTP/1.1 requests off the socket (keep-alive,
// Content-Length bodies), hands each to the dispatcher and writes the answer. Streamed bodies are
// written piece by piece as the socket drains, so memory stays flat whatever the size, and the
// WireFault of a response (drop, stall, throttle) is honoured byte-exactly.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Dispatcher = std::function<HttpResponse(const HttpRequest &)>;

    // Takes ownership of `socket` (re-parented to this connection).
    HttpConnection(QTcpSocket *socket, bool tls, Dispatcher dispatcher, QObject *parent = nullptr);
    ~HttpConnection() override;

private:
    enum class State { Reading, Waiting, Writing, Stalled, Closing };

    void onReadyRead();
    void processInput();
    bool parseHead(qsizetype headEnd);
    void dispatch();
    void startResponse(HttpResponse response);
    void writeHead();
    void pump();
    void finishResponse();
    void closeAfterFlush();
    void resetWhenDelivered();
    qint64 pendingBytes() const;
    void fail(int status, const QByteArray &message);

    QTcpSocket *m_socket;
    bool m_tls;
    Dispatcher m_dispatcher;
    State m_state = State::Reading;
    QByteArray m_in;
    HttpRequest m_request;
    qint64 m_expectedBody = -1; // -1: still reading the head
    bool m_keepAlive = true;

    // The response being written.
    HttpResponse m_response;
    bool m_headOnly = false;
    qint64 m_bodyStart = 0;
    qint64 m_bodyLength = 0;
    qint64 m_sent = 0;
    qint64 m_limit = 0; // body bytes to send before the fault (or all)
    double m_credit = 0; // throttle allowance in bytes
    QTimer *m_throttle = nullptr;
    QByteArray m_chunk;
    int m_dropGraceTicks = 0;
};

} // namespace bb::sandbox
