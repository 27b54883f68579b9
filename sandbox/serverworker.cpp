#include "sandbox/serverworker.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace bb::sandbox {

ServerWorker::ServerWorker(HttpConnection::Dispatcher dispatcher, QObject *parent)
    : QObject(parent)
    , m_dispatcher(std::move(dispatcher))
    , m_http(new QTcpServer(this))
    , m_https(new QSslServer(this))
{
    // pendingConnectionAvailable, not newConnection: QSslServer queues a socket only once its
    // handshake is done, while newConnection fires before that.
    connect(m_http, &QTcpServer::pendingConnectionAvailable, this, [this] { acceptPending(m_http, false); });
    connect(m_https, &QTcpServer::pendingConnectionAvailable, this, [this] { acceptPending(m_https, true); });
    m_https->setHandshakeTimeout(10000);
}

ServerWorker::~ServerWorker() = default;

bool ServerWorker::listen(const QSslConfiguration &tls, quint16 httpPort, quint16 httpsPort, QString *error)
{
    m_https->setSslConfiguration(tls);
    if (!m_http->listen(QHostAddress::LocalHost, httpPort)) {
        if (error)
            *error = QStringLiteral("HTTP listener on port %1: %2").arg(httpPort).arg(m_http->errorString());
        return false;
    }
    if (!m_https->listen(QHostAddress::LocalHost, httpsPort)) {
        if (error)
            *error
                = QStringLiteral("HTTPS listener on port %1: %2").arg(httpsPort).arg(m_https->errorString());
        m_http->close();
        return false;
    }
    return true;
}

quint16 ServerWorker::httpPort() const
{
    return m_http->serverPort();
}

quint16 ServerWorker::httpsPort() const
{
    return m_https->serverPort();
}

void ServerWorker::acceptPending(QTcpServer *server, bool tls)
{
    while (QTcpSocket *socket = server->nextPendingConnection())
        new HttpConnection(socket, tls, m_dispatcher, this);
}

} // namespace bb::sandbox
