#pragma once

#include "providers/core/callbinding.h"

#include <QObject>

namespace bb {

class ApiCall;
class ServiceReply;

// Fetches every page of a numbered-page list call into a ServiceReply: page 1 tells the total,
// then all remaining pages go out at once (the ApiClient's token bucket keeps them within the API's
// rate), each page is taken as it arrives, and the reply finishes once every page is in (or fails
// on the first error). A child of the reply, so it dies with it.
class PagedFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedFetch)

public:
    // Sends the call for 1-based page `number`.
    using Send = std::function<ApiCall *(int number)>;
    // Takes one page (parses it, hands rows to the reply); returns the total row count, or -1 with
    // `error` set when the page is unusable.
    using Take = std::function<qint64(const QJsonObject &payload, ProviderError &error)>;

    static constexpr int maxPages = 10000; // whatever a total claims

    PagedFetch(ServiceReply *reply, int pageSize, Send send, Take take, CallBinding::Explain explain = {});
    void start();

    int pagesRequested() const { return m_requested; }

private:
    void request(int number);
    void onPage(int number, const QJsonObject &payload);

    ServiceReply *m_reply;
    int m_pageSize;
    Send m_send;
    Take m_take;
    CallBinding::Explain m_explain;
    int m_outstanding = 0;
    int m_requested = 0;
};

} // namespace bb
