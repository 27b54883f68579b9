#pragma once

#include <QDateTime>
#include <QList>

namespace bb {

// Splits a listing window into consecutive pieces an API accepts (Tencent Redis allows at most
// 30 days per DescribeInstanceBackups call; SQL Server's DescribeBackups requires a window at
// all). Pure; times are whole seconds because the APIs' strings have no fractions.
class TimeWindows final
{
public:
    struct Window
    {
        QDateTime begin; // inclusive
        QDateTime end; // inclusive
        friend bool operator==(const Window &, const Window &) = default;
    };

    // [since, until] split into windows of at most `maxSpanSeconds`, newest first (so the most
    // recent backups arrive first). Adjacent windows do not overlap: the next one starts one
    // second after the previous ends, because both ends are inclusive on the server. An invalid
    // `since` means `defaultDays` before `until`; an invalid `until` means `now`. A window with
    // since after until is empty.
    static QList<Window> split(const QDateTime &since, const QDateTime &until, qint64 maxSpanSeconds,
                               const QDateTime &now, int defaultDays = 7);
};

} // namespace bb
