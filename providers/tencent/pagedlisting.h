#pragma once

#include "providers/core/providererror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace bb {

class ApiCall;
class ServiceReply;

// Fetches every page of one or more paged list calls into a ServiceReply: each stream's first
// page tells TotalCount, then all its remaining pages go out at once (the ApiClient's token bucket
// keeps them within the API's rate limit), each page is handed over as it arrives, and the reply
// finishes when every page of every stream is in, or fails on the first error. How a page index
// becomes an Offset (page number for SQL Server, row offset for Redis) is the Request's business.
class PagedListing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedListing)

public:
    // Sends the call for page `index` (0-based); the listing owns the returned call.
    using Request = std::function<ApiCall *(int index)>;
    // Takes one page (parses it, hands rows to the reply); returns its TotalCount, or -1 with
    // `error` set when the page is unusable.
    using Consume = std::function<qint64(const QJsonObject &payload, ProviderError &error)>;

    // Never more pages than this per stream, whatever TotalCount claims.
    static constexpr int maxPagesPerStream = 10000;

    // A child of `reply`, so it dies with it.
    PagedListing(ServiceReply *reply, int pageSize);

    void addStream(Request request, Consume consume);
    // Runs once every page is in, right before the reply finishes (to hand over what the pages
    // added up to, e.g. a backup's complete file list).
    void setOnComplete(std::function<void()> onComplete) { m_onComplete = std::move(onComplete); }
    void start();

    int pagesRequested() const { return m_requested; }
    // While a Consume runs: the 0-based index of the page it was given (pages arrive in any order).
    int currentPage() const { return m_currentPage; }

private:
    struct Stream
    {
        Request request;
        Consume consume;
        int outstanding = 0;
    };

    void send(qsizetype stream, int index);
    void onPage(qsizetype stream, int index, const QJsonObject &payload);
    void finishIfDone();

    ServiceReply *m_reply;
    int m_pageSize;
    QList<Stream> m_streams;
    std::function<void()> m_onComplete;
    int m_requested = 0;
    int m_currentPage = -1;
    bool m_started = false;
};

} // namespace bb
