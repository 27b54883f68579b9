#include "models/timelinedata.h"

#include <algorithm>

namespace bb {

QList<TimelineData::Point> TimelineData::build(const QList<Backup> &backups, const QString &instanceId)
{
    QList<Point> points;
    for (const Backup &b : backups) {
        if (!b.start.isValid() || (!instanceId.isEmpty() && b.instanceId != instanceId))
            continue;
        Point p;
        p.start = b.start.toUTC();
        p.backupId = b.id;
        p.failed = b.status == BackupStatus::Failed;
        if (b.sizeBytes >= 0)
            p.sizeMiB = static_cast<double>(b.sizeBytes) / (1024.0 * 1024.0);
        if (b.end.isValid() && b.end >= b.start)
            p.durationMin = static_cast<double>(b.start.secsTo(b.end)) / 60.0;
        points.append(p);
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const Point &a, const Point &b) { return a.start < b.start; });
    return points;
}

double TimelineData::maxSize(const QList<Point> &points)
{
    double max = 0;
    for (const Point &p : points)
        max = std::max(max, p.sizeMiB);
    return max;
}

double TimelineData::maxDuration(const QList<Point> &points)
{
    double max = 0;
    for (const Point &p : points)
        max = std::max(max, p.durationMin);
    return max;
}

} // namespace bb
