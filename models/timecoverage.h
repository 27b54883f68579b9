#pragma once

#include <QDateTime>
#include <QList>

namespace bb {

// The parts of the time line a listing already holds, as disjoint inclusive [begin, end] spans
// of whole seconds. The backup loader asks it what is still missing from a window, so widening
// "Last 7 days" to "Last 30 days" lists only the 23 older days and narrowing lists nothing.
class TimeCoverage final
{
public:
    struct Span
    {
        QDateTime begin; // inclusive, whole seconds, UTC
        QDateTime end; // inclusive, whole seconds, UTC
        friend bool operator==(const Span &, const Span &) = default;
    };

    // Adds [begin, end]; touching or overlapping spans merge. An empty or invalid span is ignored.
    void add(const QDateTime &begin, const QDateTime &end);
    // The pieces of [begin, end] not covered yet, oldest first.
    QList<Span> missing(const QDateTime &begin, const QDateTime &end) const;
    bool covers(const QDateTime &begin, const QDateTime &end) const { return missing(begin, end).isEmpty(); }
    // The earliest moment from which everything up to `end` is covered (invalid when `end` is not).
    QDateTime coveredBackFrom(const QDateTime &end) const;
    QList<Span> spans() const { return m_spans; }
    void clear() { m_spans.clear(); }

private:
    QList<Span> m_spans; // sorted, disjoint, not touching
};

} // namespace bb
