#include "sandbox/sandboxserver.h"

#include "sandbox/serverworker.h"

#include <QMutexLocker>
#include <QThread>

namespace bb::sandbox {

SandboxServer::SandboxServer() = default;

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(const QSslConfiguration &serverTls, quint16 httpPort, quint16 httpsPort,
                          QString *error)
{
    if (m_worker)
        return true;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("bb-sandbox"));
    m_thread->start();
    auto *worker = new ServerWorker([this](const HttpRequest &request) { return dispatch(request); });
    worker->moveToThread(m_thread.get());
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        worker,
        [&] {
            ok = worker->listen(serverTls, httpPort, httpsPort, &message);
            m_httpPort = worker->httpPort();
            m_httpsPort = worker->httpsPort();
        },
        Qt::BlockingQueuedConnection);
    m_worker = worker;
    if (!ok) {
        stop();
        if (error)
            *error = message;
        return false;
    }
    return true;
}

void SandboxServer::stop()
{
    if (!m_thread)
        return;
    if (m_worker) {
        ServerWorker *worker = m_worker;
        // Connections and listeners belong to the server thread: delete them there.
        QMetaObject::invokeMethod(
            worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_httpPort = 0;
    m_httpsPort = 0;
}

void SandboxServer::addHandler(std::shared_ptr<Handler> handler)
{
    QMutexLocker lock(&m_mutex);
    m_handlers.append(std::move(handler));
}

QList<QByteArray> SandboxServer::requestLog() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

void SandboxServer::clearRequestLog()
{
    QMutexLocker lock(&m_mutex);
    m_log.clear();
}

HttpResponse SandboxServer::dispatch(const HttpRequest &request) const
{
    QList<std::shared_ptr<Handler>> handlers;
    {
        QMutexLocker lock(&m_mutex);
        handlers = m_handlers;
        if (m_log.size() >= maxLoggedRequests)
            m_log.removeFirst();
        // The action travels in a header on both clouds' signed calls (ACS3, TC3).
        QByteArray action = request.header("x-acs-action");
        if (action.isEmpty())
            action = request.header("x-tc-action");
        m_log.append(request.method + ' ' + request.target
                     + (action.isEmpty() ? QByteArray() : ' ' + action));
    }
    for (const auto &handler : handlers) {
        HttpResponse response;
        if (handler->handle(request, response))
            return response;
    }
    return HttpResponse::json(404,
                              R"({"Code":"NotFound","Message":"No sandbox emulator serves )" + request.method
                                  + ' ' + request.path.toUtf8().replace('"', '\'') + "\"}");
}

} // namespace bb::sandbox
