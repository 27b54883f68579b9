#include "models/timecoverage.h"

namespace bb {

namespace {

QDateTime wholeSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace

void TimeCoverage::add(const QDateTime &begin, const QDateTime &end)
{
    if (!begin.isValid() || !end.isValid())
        return;
    Span added {wholeSeconds(begin), wholeSeconds(end)};
    if (added.begin > added.end)
        return;
    QList<Span> merged;
    merged.reserve(m_spans.size() + 1);
    bool placed = false;
    for (const Span &span : std::as_const(m_spans)) {
        if (span.end.addSecs(1) < added.begin) {
            merged.append(span); // wholly before, not touching
        } else if (added.end.addSecs(1) < span.begin) {
            if (!placed) {
                merged.append(added);
                placed = true;
            }
            merged.append(span); // wholly after
        } else {
            added.begin = std::min(added.begin, span.begin);
            added.end = std::max(added.end, span.end);
        }
    }
    if (!placed)
        merged.append(added);
    m_spans = std::move(merged);
}

QList<TimeCoverage::Span> TimeCoverage::missing(const QDateTime &begin, const QDateTime &end) const
{
    QList<Span> gaps;
    if (!begin.isValid() || !end.isValid())
        return gaps;
    QDateTime from = wholeSeconds(begin);
    const QDateTime to = wholeSeconds(end);
    for (const Span &span : m_spans) {
        if (from > to)
            break;
        if (span.end < from)
            continue;
        if (span.begin > to)
            break;
        if (span.begin > from)
            gaps.append({from, span.begin.addSecs(-1)});
        from = span.end.addSecs(1);
    }
    if (from <= to)
        gaps.append({from, to});
    return gaps;
}

QDateTime TimeCoverage::coveredBackFrom(const QDateTime &end) const
{
    if (!end.isValid())
        return {};
    const QDateTime at = wholeSeconds(end);
    for (const Span &span : m_spans) {
        if (span.begin <= at && at <= span.end)
            return span.begin;
    }
    return {};
}

} // namespace bb
