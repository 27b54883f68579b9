#pragma once

#include "providers/core/callbinding.h"
#include "providers/core/providererror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace bb {

class ApiCall;
class ServiceReply;

// Fetches every page of one or more paged list calls into a ServiceReply. Each stream's first
// page tells its total; its remaining pages then follow in order of index, at most `maxInFlight`
// pages of the whole listing outstanding at a time (the next one goes out as one arrives). Each
// page is handed over as it arrives; the reply finishes when every page of every stream is in,
// or fails on the first error, after which nothing more is sent. How a page index becomes the
// API's paging parameter (a 1-based page number, a row offset) is the Request's business.
class PagedListing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedListing)

public:
    // Sends the call for page `index` (0-based); the listing owns the returned call.
    using Request = std::function<ApiCall *(int index)>;
    // Takes one page (parses it, hands rows to the reply); returns the stream's total row count,
    // or -1 with `error` set when the page is unusable.
    using Consume = std::function<qint64(const QJsonObject &payload, ProviderError &error)>;

    // Never more pages than this per stream, whatever a total claims.
    static constexpr int maxPagesPerStream = 10000;
    // What a whole listing may accumulate, whatever the pages claim: each answer is capped at
    // 32 MiB (ApiClient), but 20 such pages took 3.1 GB of memory once parsed. A real listing is
    // far below both (100,000 backups are ~100 MB of JSON); past either the listing fails, naming
    // the call and the instance, and says to narrow the query. Bytes are the answers' bodies
    // exactly as received (ApiCall::responseBytes()).
    struct Limits
    {
        qint64 bytes = 512LL * 1024 * 1024;
        qint64 rows = 1000000;
    };
    // Pages outstanding per listing. Sending all of a 100,000-row listing's pages the moment the
    // first one told the total created ~1,000 ApiCalls (each a QObject with a timer parked in the
    // token bucket) in one turn of the GUI thread (bench/results/gui.md). It bought no speed: API
    // calls go over HTTP/1.1 (ApiCall), and QNetworkAccessManager opens at most 6 connections per
    // host, so every page past the sixth only waited in its queue. 8 keeps all 6 connections busy
    // with 2 to spare for the moment between a page arriving and the next one being sent; the
    // ApiClient's token bucket still keeps them within the API's rate.
    static constexpr int defaultMaxInFlight = 8;

    // A child of `reply`, so it dies with it. `explain` adds the product's hint to a failed call's
    // error before it fails the reply.
    PagedListing(ServiceReply *reply, int pageSize, CallBinding::Explain explain = {},
                 int maxInFlight = defaultMaxInFlight);

    void addStream(Request request, Consume consume);
    // Runs once every page is in, right before the reply finishes (to hand over what the pages
    // added up to, e.g. a backup's complete file list).
    void setOnComplete(std::function<void()> onComplete) { m_onComplete = std::move(onComplete); }
    void start();

    int maxInFlight() const { return m_maxInFlight; }
    // Tests set small limits to reach them quickly; the defaults are the product's.
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    // Answer bytes and rows taken so far.
    qint64 bytesTaken() const { return m_bytes; }
    qint64 rowsTaken() const { return m_rows; }
    // The rows of one page: the longest array reached through objects from the payload (Tencent's
    // "Backups", RDS's "Items"."Backup", StarRocks' "Data"), never one inside a row.
    static qsizetype rowCount(const QJsonObject &payload);
    int pagesRequested() const { return m_requested; }
    // While a Consume runs: the 0-based index of the page it was given (pages arrive in any order).
    int currentPage() const { return m_currentPage; }

private:
    struct Stream
    {
        Request request;
        Consume consume;
        int pages = 1; // known page count: 1 until the first page tells the total
        int next = 0; // index of the next page to send
    };

    void sendMore();
    void send(qsizetype stream, int index);
    void onPage(qsizetype stream, int index, const QJsonObject &payload, const ApiCall &call);
    // Why page `index` cannot be taken (more rows than asked, past a limit), or no error.
    ProviderError refusal(int index, qsizetype rows, const ApiCall &call) const;
    void finishIfDone();

    ServiceReply *m_reply;
    int m_pageSize;
    CallBinding::Explain m_explain;
    int m_maxInFlight;
    Limits m_limits;
    QList<Stream> m_streams;
    std::function<void()> m_onComplete;
    int m_inFlight = 0;
    qint64 m_bytes = 0; // answer bytes taken so far, as received
    qint64 m_rows = 0;
    int m_requested = 0;
    int m_currentPage = -1;
    bool m_started = false;
};

} // namespace bb
