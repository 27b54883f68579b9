#include "providers/core/timewindows.h"

namespace bb {

namespace {

QDateTime wholeSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace

QList<TimeWindows::Window> TimeWindows::split(const QDateTime &since, const QDateTime &until,
                                              qint64 maxSpanSeconds, const QDateTime &now, int defaultDays)
{
    const QDateTime end = wholeSeconds(until.isValid() ? until : now);
    const QDateTime begin = wholeSeconds(since.isValid() ? since : end.addDays(-defaultDays));
    QList<Window> windows;
    if (begin > end || maxSpanSeconds < 1)
        return windows;
    QDateTime windowEnd = end;
    while (windowEnd >= begin) {
        QDateTime windowBegin = windowEnd.addSecs(-maxSpanSeconds);
        if (windowBegin < begin)
            windowBegin = begin;
        windows.append({windowBegin, windowEnd});
        windowEnd = windowBegin.addSecs(-1);
    }
    return windows;
}

} // namespace bb
