#include "loopbackserver.h"

#include <QSslServer>
#include <QTcpServer>

namespace bb::test {

std::unique_ptr<QTcpServer> listenOnLoopback(const QSslConfiguration &tls)
{
    std::unique_ptr<QTcpServer> server;
    if (!tls.isNull() && !tls.localCertificate().isNull()) {
        auto ssl = std::make_unique<QSslServer>();
        ssl->setSslConfiguration(tls);
        // QSslServer drops a client that has not finished its handshake in 5 s. A client using
        // the system's CA store reads it first (once per process), which under ASan on a loaded
        // machine took longer: the server hung up before the ClientHello, and a test expecting
        // "self-signed" got "the server closed the connection". The tests' servers wait longer.
        ssl->setHandshakeTimeout(60000);
        server = std::move(ssl);
    } else {
        server = std::make_unique<QTcpServer>();
    }
    if (!server->listen(QHostAddress::LocalHost, 0))
        return {};
    return server;
}

QUrl loopbackUrl(const QTcpServer *server, const QString &path)
{
    QUrl url;
    url.setScheme(qobject_cast<const QSslServer *>(server) ? QStringLiteral("https")
                                                           : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(server ? server->serverPort() : 0);
    if (!path.isEmpty())
        url.setPath(path);
    return url;
}

} // namespace bb::test
