#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace bb {

// The response head as parsed off the wire.
struct HttpResponseHead
{
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers; // in the order sent
    qint64 contentLength = -1; // -1: none (the body ends with the connection)
};

// Reads an HTTP/1.1 response head from the bytes a server sent, for HttpGetConnection. Pure (no
// socket), so the fuzz target (tests/fuzz/fuzz_httpheadparser) drives exactly what a server can.
// Every input is bounded: a head of at most maxHeadSize bytes, at most maxInterim interim (1xx)
// answers before the final one.
class HttpHeadParser final
{
    Q_DECLARE_TR_FUNCTIONS(HttpHeadParser)

public:
    static constexpr qsizetype maxHeadSize = 64 * 1024;
    // 100 Continue and 103 Early Hints are legal before the answer, but a GET without a body
    // expects none or one; an endless stream of them kept a download busy forever.
    static constexpr int maxInterim = 8;

    enum class Result {
        NeedMore, // no complete head yet: feed more
        Done, // head() is the final answer; the bytes after it (body) are left in the buffer
        Fallback, // a redirect or a transfer coding: QNetworkAccessManager's business
        Error, // a protocol error (errorString()): never a body to trust
    };

    // Takes the bytes received so far (appended to `buffer` by the caller) and consumes what it
    // can: interim answers are dropped from `buffer`, a final head is removed from it.
    Result parse(QByteArray &buffer);

    const HttpResponseHead &head() const { return m_head; }
    QString errorString() const { return m_error; }
    int interimCount() const { return m_interim; }

private:
    Result parseFinal(const QByteArray &text);
    Result fail(const QString &message);

    HttpResponseHead m_head;
    QString m_error;
    int m_interim = 0;
};

} // namespace bb
