#pragma once

#include <QSslConfiguration>
#include <QUrl>

#include <memory>

class QTcpServer;

namespace bb::test {

// The listening half the test servers share: a QSslServer when `tls` holds a certificate (the
// fixture's, testServerTls()), else a plain QTcpServer, listening on a free port of 127.0.0.1.
// Null when it cannot listen.
std::unique_ptr<QTcpServer> listenOnLoopback(const QSslConfiguration &tls);
// http(s)://127.0.0.1:<port><path>
QUrl loopbackUrl(const QTcpServer *server, const QString &path = {});

} // namespace bb::test
