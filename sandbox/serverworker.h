#pragma once

#include "sandbox/httpconnection.h"

#include <QObject>
#include <QSslConfiguration>
#include <QString>

class QSslServer;
class QTcpServer;

namespace bb::sandbox {

// Lives in the server thread: owns the listeners and every connection.
class ServerWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerWorker)

public:
    explicit ServerWorker(HttpConnection::Dispatcher dispatcher, QObject *parent = nullptr);
    ~ServerWorker() override;

    bool listen(const QSslConfiguration &tls, quint16 httpPort, quint16 httpsPort, QString *error);
    quint16 httpPort() const;
    quint16 httpsPort() const;

private:
    void acceptPending(QTcpServer *server, bool tls);

    HttpConnection::Dispatcher m_dispatcher;
    QTcpServer *m_http;
    QSslServer *m_https;
};

} // namespace bb::sandbox
