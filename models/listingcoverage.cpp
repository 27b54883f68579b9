#include "models/listingcoverage.h"

namespace bb {

void ListingCoverage::add(const ListingFilter &filter, const QDateTime &begin, const QDateTime &end)
{
    for (Entry &entry : m_entries) {
        if (entry.filter == filter) {
            entry.time.add(begin, end);
            return;
        }
    }
    Entry entry {filter, {}};
    entry.time.add(begin, end);
    m_entries.append(entry);
}

QList<TimeCoverage::Span> ListingCoverage::missing(const ListingFilter &filter, const QDateTime &begin,
                                                   const QDateTime &end) const
{
    // The union of what every listing at least as wide holds.
    TimeCoverage held;
    for (const Entry &entry : m_entries) {
        if (!entry.filter.covers(filter))
            continue;
        for (const TimeCoverage::Span &span : entry.time.spans())
            held.add(span.begin, span.end);
    }
    return held.missing(begin, end);
}

} // namespace bb
