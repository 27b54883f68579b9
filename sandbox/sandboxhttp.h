#pragma once

#include "sandbox/bodysource.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace bb::sandbox {

// One parsed HTTP/1.1 request as the sandbox's server received it.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // raw request target, e.g. "/webapi/x?a=1"
    QString path; // decoded path
    QByteArray rawQuery; // undecoded query string (no '?')
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    bool tls = false;
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

// How the server should misbehave while sending this response (file-host faults).
struct WireFault
{
    qint64 dropAfterBytes = -1; // close the connection after this many body bytes
    qint64 stallAfterBytes = -1; // stop sending (but keep the connection) after this many
    int bytesPerSecond = 0; // throttle the body
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // used when `stream` is null
    std::shared_ptr<BodySource> stream; // streamed body of stream->size() bytes (from streamOffset)
    qint64 streamOffset = 0;
    qint64 streamLength = -1; // -1: to the end
    WireFault fault;
    bool dropConnection = false; // close without answering (a "dropped connection")
    int delayMs = 0; // answer after this delay (latency)

    static HttpResponse json(int status, const QByteArray &body);
};

} // namespace bb::sandbox
