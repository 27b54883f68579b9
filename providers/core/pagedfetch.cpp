#include "providers/core/pagedfetch.h"

#include "providers/core/apiclient.h"
#include "providers/core/servicereply.h"

#include <algorithm>

namespace bb {

PagedFetch::PagedFetch(ServiceReply *reply, int pageSize, Send send, Take take, CallBinding::Explain explain)
    : QObject(reply)
    , m_reply(reply)
    , m_pageSize(std::max(1, pageSize))
    , m_send(std::move(send))
    , m_take(std::move(take))
    , m_explain(std::move(explain))
{ }

void PagedFetch::start()
{
    request(1);
}

void PagedFetch::request(int number)
{
    if (m_reply->isFinished())
        return;
    ApiCall *call = m_send(number);
    if (!call) {
        m_reply->fail(ProviderError::network(tr("The request could not be sent."), false));
        return;
    }
    ++m_outstanding;
    ++m_requested;
    CallBinding::attach(
        m_reply, call, [this, number](const QJsonObject &payload) { onPage(number, payload); }, m_explain);
}

void PagedFetch::onPage(int number, const QJsonObject &payload)
{
    --m_outstanding;
    ProviderError error;
    const qint64 total = m_take(payload, error);
    if (error.isError() || total < 0) {
        m_reply->fail(error);
        return;
    }
    if (number == 1) {
        const qint64 pages = std::min<qint64>((total + m_pageSize - 1) / m_pageSize, maxPages);
        for (int page = 2; page <= pages; ++page)
            request(page);
    }
    if (m_outstanding == 0)
        m_reply->finish();
}

} // namespace bb
