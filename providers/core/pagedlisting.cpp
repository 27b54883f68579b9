#include "providers/core/pagedlisting.h"

#include "providers/core/apiclient.h"
#include "providers/core/servicereply.h"

#include <QJsonArray>
#include <QJsonDocument>
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
        m_reply, call, [this, stream, index](const QJsonObject &payload) { onPage(stream, index, payload); },
        m_explain);
}

void PagedListing::onPage(qsizetype stream, int index, const QJsonObject &payload)
{
    if (m_reply->isFinished())
        return;
    --m_inFlight;
    Stream &current = m_streams[stream];
    const qsizetype rows = rowCount(payload);
    m_rows += rows;
    // The page as compact JSON: about what it took on the wire, and a fraction of what it takes
    // parsed (serialising costs ~2 ms per MB, far less than parsing did).
    m_bytes += QJsonDocument(payload).toJson(QJsonDocument::Compact).size();
    ProviderError error;
    if (rows > m_pageSize) {
        // A page never holds more than the Limit asked for; one that does is not this API's.
        error = ProviderError::network(
            tr("Page %1 of the listing holds %2 rows, more than the %3 asked for; the answer is not trusted.")
                .arg(index + 1)
                .arg(rows)
                .arg(m_pageSize),
            false);
        error.kind = ProviderError::Kind::Malformed;
    } else if (m_bytes > maxListingBytes || m_rows > maxListingRows) {
        error = ProviderError::network(
            tr("The listing passed %1 MiB or %2 rows and was stopped; narrow the time window or the filters.")
                .arg(maxListingBytes / (1024 * 1024))
                .arg(maxListingRows),
            false);
        error.kind = ProviderError::Kind::TooLarge;
    }
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
