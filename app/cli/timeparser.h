#pragma once

#include <QDateTime>
#include <QString>

namespace bb {

// Turns the CLI's TIME arguments into UTC instants: ISO-8601 dates and date-times, or an age
// counted back from now ("7d", "24h"). Pure, so the clock is a parameter.
class TimeParser final
{
public:
    // Accepted forms:
    //   2025-01-31                 midnight UTC of that day
    //   2025-01-31T08:00[:00[.sss]][Z|+08:00|+0800]   no offset means UTC
    //   <N>w, <N>d, <N>h, <N>m     weeks, days, hours, minutes before nowUtc
    // Returns an invalid QDateTime for anything else.
    static QDateTime parse(const QString &text, const QDateTime &nowUtc);
    // A length of time "<N>w", "<N>d", "<N>h" or "<N>m" (N up to 6 digits) in seconds; -1 for
    // anything else.
    static qint64 durationSeconds(const QString &text);
};

} // namespace bb
