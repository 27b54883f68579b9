#include "providers/tencent/pagedlisting.h"

#include "providers/core/apiclient.h"
#include "providers/core/callbinding.h"
#include "providers/core/servicereply.h"
#include "providers/tencent/tencenterrorhints.h"

#include <QTimer>

namespace bb {

PagedListing::PagedListing(ServiceReply *reply, int pageSize)
    : QObject(reply)
    , m_reply(reply)
    , m_pageSize(pageSize > 0 ? pageSize : 1)
{ }

void PagedListing::addStream(Request request, Consume consume)
{
    m_streams.append({std::move(request), std::move(consume), 0});
}

void PagedListing::start()
{
    m_started = true;
    if (m_streams.isEmpty()) {
        // Nothing to ask: finish on the next turn so the caller can connect first.
        QTimer::singleShot(0, this, [this] { finishIfDone(); });
        return;
    }
    for (qsizetype i = 0; i < m_streams.size(); ++i)
        send(i, 0);
}

void PagedListing::send(qsizetype stream, int index)
{
    if (m_reply->isFinished())
        return;
    ApiCall *call = m_streams[stream].request(index);
    if (!call)
        return;
    ++m_streams[stream].outstanding;
    ++m_requested;
    CallBinding::attach(
        m_reply, call, [this, stream, index](const QJsonObject &payload) { onPage(stream, index, payload); },
        &TencentErrorHints::explain);
}

void PagedListing::onPage(qsizetype stream, int index, const QJsonObject &payload)
{
    if (m_reply->isFinished())
        return;
    Stream &current = m_streams[stream];
    --current.outstanding;
    ProviderError error;
    m_currentPage = index;
    const qint64 total = current.consume(payload, error);
    m_currentPage = -1;
    if (error.isError() || total < 0) {
        m_reply->fail(error);
        return;
    }
    if (index == 0) {
        const qint64 pages = std::min<qint64>((total + m_pageSize - 1) / m_pageSize, maxPagesPerStream);
        for (int page = 1; page < pages; ++page)
            send(stream, page);
    }
    finishIfDone();
}

void PagedListing::finishIfDone()
{
    if (!m_started || m_reply->isFinished())
        return;
    for (const Stream &stream : std::as_const(m_streams)) {
        if (stream.outstanding > 0)
            return;
    }
    if (m_onComplete)
        m_onComplete();
    m_reply->finish();
}

} // namespace bb
