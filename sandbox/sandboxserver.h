#pragma once

#include "sandbox/handler.h"

#include <QList>
#include <QMutex>
#include <QSslConfiguration>
#include <QString>

#include <memory>

class QThread;

namespace bb::sandbox {

class ServerWorker;

// The sandbox's HTTP/1.1 server: plain HTTP and HTTPS listeners on 127.0.0.1, running in a thread
// of their own so the sandbox keeps answering while tests or the GUI block or stream on the main
// thread. Requests go to the registered handlers in order; nobody claims one → 404 JSON.
//
// Why not QHttpServer: in Qt 6.4 it streams a QIODevice body at ~34 MB/s and gives no control over
// cut or stalled connections, which the download tests need. This server writes streamed bodies as
// the socket drains (hundreds of MB/s over loopback) and can drop or stall a body at any byte.
class SandboxServer final
{
public:
    SandboxServer();
    ~SandboxServer();
    SandboxServer(const SandboxServer &) = delete;
    SandboxServer &operator=(const SandboxServer &) = delete;

    // Listens on the given ports (0: any free port). Blocks until both listeners are up.
    bool start(const QSslConfiguration &serverTls, quint16 httpPort, quint16 httpsPort, QString *error);
    void stop();
    bool isRunning() const { return m_worker != nullptr; }
    quint16 httpPort() const { return m_httpPort; }
    quint16 httpsPort() const { return m_httpsPort; }

    void addHandler(std::shared_ptr<Handler> handler); // thread-safe
    // Asks the handlers in order; called on the server thread.
    HttpResponse dispatch(const HttpRequest &request) const;
    // "METHOD target [action]" of the latest requests (at most maxLoggedRequests), oldest first, so tests
    // can check what a client really sent (parameters included). Thread-safe.
    QList<QByteArray> requestLog() const;
    void clearRequestLog();
    static constexpr qsizetype maxLoggedRequests = 4096;

private:
    mutable QMutex m_mutex;
    QList<std::shared_ptr<Handler>> m_handlers;
    mutable QList<QByteArray> m_log; // under m_mutex
    std::unique_ptr<QThread> m_thread;
    ServerWorker *m_worker = nullptr;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
};

} // namespace bb::sandbox
