#pragma once

#include "models/timecoverage.h"
#include "providers/core/backupservice.h"

#include <QList>

#include <optional>

namespace bb {

// What a listing asked the server to filter by (BackupService::serverFilters): a listing under
// one filter holds every row of the time it spans that matches it, and so the rows of every
// narrower filter too, but not those of a wider one ("failed" listed does not hold "all").
struct ListingFilter
{
    std::optional<BackupStatus> status;
    std::optional<BackupKind> kind;
    std::optional<BackupTrigger> trigger;

    static ListingFilter of(const BackupQuery &query) { return {query.status, query.kind, query.trigger}; }
    // Sets the query's neutral filters to these (the service maps them to the API's parameters).
    void applyTo(BackupQuery &query) const
    {
        query.status = status;
        query.kind = kind;
        query.trigger = trigger;
    }
    // Whether rows listed under this filter include every row `narrower` matches.
    bool covers(const ListingFilter &narrower) const
    {
        return (!status || status == narrower.status) && (!kind || kind == narrower.kind)
            && (!trigger || trigger == narrower.trigger);
    }
    friend bool operator==(const ListingFilter &, const ListingFilter &) = default;
};

// The time listed per server-side filter. What a filter still misses of a window is what no
// listing under it or under a wider filter covers: switching from "all" to "failed" lists
// nothing, from "failed" back to "all" lists the window again.
class ListingCoverage final
{
public:
    void add(const ListingFilter &filter, const QDateTime &begin, const QDateTime &end);
    // The pieces of [begin, end] that no listing covering `filter` holds, oldest first.
    QList<TimeCoverage::Span> missing(const ListingFilter &filter, const QDateTime &begin,
                                      const QDateTime &end) const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    // Whether everything held was listed under `filter` alone (true when nothing is held).
    bool holdsOnly(const ListingFilter &filter) const
    {
        return m_entries.isEmpty() || (m_entries.size() == 1 && m_entries.first().filter == filter);
    }
    void clear() { m_entries.clear(); }

private:
    struct Entry
    {
        ListingFilter filter;
        TimeCoverage time;
    };
    QList<Entry> m_entries; // one per filter listed under
};

} // namespace bb
