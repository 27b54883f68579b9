#pragma once

#include "transfers/httpheadparser.h"

#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>

namespace bb {

// One GET's connection as HttpGetReply drives it: it lives on the transfer thread
// (TransferThread), fills the HttpBodyBuffer it shares with the reply, and tells the reply
// everything by signal (queued to the reply's thread, in order). Two transports implement it:
// HttpGetConnection (our own HTTP/1.1 over OpenSSL) and CurlGetConnection (libcurl's multi
// interface, built with BB_WITH_CURL); HttpGetReply picks one (BB_HTTP_TRANSPORT).
// Create it, move it to the transfer thread, then invoke start() there.
class GetConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GetConnection)

public:
    using QObject::QObject;
    ~GetConnection() override = default;

    // On the connection's thread.
    virtual void start() = 0;
    virtual void abort() = 0; // no signal follows
    // The reader took enough from a full buffer (read the socket again), or all of it (hand over
    // the partial chunk being filled).
    virtual void wake() = 0;

    // Whether `ssl` is a default configuration: no CA list of its own (QSslSocket would then load
    // the system's on demand), or the default one. Then the system's store is trusted, else only
    // the list.
    static bool trustsSystemStore(const QSslConfiguration &ssl);

signals:
    // Body bytes that came with the head are in the buffer already.
    void headReceived(const bb::HttpResponseHead &head);
    // Body bytes wait in the buffer (see HttpBodyBuffer::push).
    void bodyAvailable();
    // A redirect or a body framing (chunked) left to QNetworkAccessManager; nothing follows.
    void needsFallback();
    // The last signal: the body is complete (NoError; its last bytes are in the buffer), or the
    // connection failed or ended early with `error` and a message for people.
    void ended(QNetworkReply::NetworkError error, const QString &message);
};

} // namespace bb

Q_DECLARE_METATYPE(bb::HttpResponseHead)
