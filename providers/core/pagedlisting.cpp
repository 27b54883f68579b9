#include "providers/core/pagedlisting.h"

#include "providers/core/apiclient.h"
#include "providers/core/servicereply.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace bb {

PagedListing::PagedListing(ServiceReply *reply, int pageSize, CallBinding::Explain explain, int maxInFlight)
    : QObject(reply)
    , m_reply(reply)
    , m_pageSize(std::max(1, pageSize))
    , m_explain(std::move(explain))
    , m_maxInFlight(std::max(1, maxInFlight))
{ }

namespace {

qsizetype longestArray(const QJsonObject &object, int depth)
{
    qsizetype longest = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isArray())
            longest = std::max(longest, value.toArray().size());
        else if (value.isObject() && depth > 0)
            longest = std::max(longest, longestArray(value.toObject(), depth - 1));
    }
    return longest;
}

} // namespace

qsizetype PagedListing::rowCount(const QJsonObject &payload)
{
    return longestArray(payload, 2);
}

void PagedListing::addStream(Request request, Consume consume)
{
    m_streams.append({std::move(request), std::move(consume)});
}

void PagedListing::start()
{
    m_started = true;
    if (m_streams.isEmpty()) {
        // Nothing to ask: finish on the next turn so the caller can connect first.
        QTimer::singleShot(0, this, [this] { finishIfDone(); });
        return;
    }
    sendMore();
}

void PagedListing::sendMore()
{
    // Streams in the order they were added, each in order of index: a stream's first page goes
    // out when a slot is free, and its other pages once that page told how many there are.
    qsizetype stream = 0;
    while (m_inFlight < m_maxInFlight && !m_reply->isFinished()) {
        while (stream < m_streams.size() && m_streams[stream].next >= m_streams[stream].pages)
            ++stream;
        if (stream == m_streams.size())
            return;
        send(stream, m_streams[stream].next++);
    }
}

void PagedListing::send(qsizetype stream, int index)
{
    ApiCall *call = m_streams[stream].request(index);
    if (!call) {
        m_reply->fail(ProviderError::network(tr("The request could not be sent."), false));
        return;
    }
    ++m_inFlight;
    ++m_requested;
    CallBinding::attach(
        m_reply, call,
        // The call is deleted only later (CallBinding), so its response bytes can still be read.
        [this, stream, index, call](const QJsonObject &payload) { onPage(stream, index, payload, *call); },
        m_explain);
}

ProviderError PagedListing::refusal(int index, qsizetype rows, const ApiCall &call) const
{
    ProviderError error;
    if (rows > m_pageSize) {
        // A page never holds more than the Limit asked for; one that does is not this API's.
        error = ProviderError::malformed(
            tr("Page %1 of the listing holds %2 rows, more than the %3 asked for; the answer is not trusted.")
                .arg(index + 1)
                .arg(rows)
                .arg(m_pageSize));
    } else if (m_bytes > m_limits.bytes || m_rows > m_limits.rows) {
        const bool bytes = m_bytes > m_limits.bytes;
        error = ProviderError::network(
            bytes ? tr("The listing was stopped at page %1: its answers passed %2 bytes (%3 received), the "
                       "limit for one listing; narrow the time window or the filters.")
                        .arg(index + 1)
                        .arg(m_limits.bytes)
                        .arg(m_bytes)
                  : tr("The listing was stopped at page %1: it passed %2 rows (%3 received), the limit for "
                       "one listing; narrow the time window or the filters.")
                        .arg(index + 1)
                        .arg(m_limits.rows)
                        .arg(m_rows),
            false);
        error.kind = ProviderError::Kind::TooLarge;
    } else {
        return error;
    }
    // Named like a failed call: which call, on which instance, of which product.
    const ApiRequest &request = call.request();
    error.product = request.product;
    error.action = request.action;
    error.instanceId = request.instanceId;
    return error;
}

void PagedListing::onPage(qsizetype stream, int index, const QJsonObject &payload, const ApiCall &call)
{
    if (m_reply->isFinished())
        return;
    --m_inFlight;
    Stream &current = m_streams[stream];
    const qsizetype rows = rowCount(payload);
    m_rows += rows;
    m_bytes += call.responseBytes();
    ProviderError error = refusal(index, rows, call);
    if (error.isError()) {
        m_reply->fail(error);
        return;
    }
    m_currentPage = index;
    const qint64 total = current.consume(payload, error);
    m_currentPage = -1;
    if (error.isError() || total < 0) {
        m_reply->fail(error);
        return;
    }
    if (index == 0) {
        // At least the page just taken, so a total of 0 (or a shrinking one) ends the stream here.
        const qint64 pages = (total + m_pageSize - 1) / m_pageSize;
        current.pages = int(std::clamp<qint64>(pages, 1, maxPagesPerStream));
    }
    // An empty page is the end whatever the total claims (a claimed 1,000,000 with empty pages
    // made 3,658 requests in 60 s): no page past it is sent.
    if (rows == 0)
        current.pages = std::min(current.pages, index + 1);
    sendMore();
    finishIfDone();
}

void PagedListing::finishIfDone()
{
    if (!m_started || m_reply->isFinished() || m_inFlight > 0)
        return;
    for (const Stream &stream : std::as_const(m_streams)) {
        if (stream.next < stream.pages)
            return;
    }
    if (m_onComplete)
        m_onComplete();
    m_reply->finish();
}

} // namespace bb
