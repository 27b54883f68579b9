#include "models/timelinedata.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace bb {

QList<TimelineData::Point> TimelineData::build(const QList<Backup> &backups, const QString &instanceId)
{
    // Sorted on plain milliseconds: comparing 100,000 QDateTimes is far slower.
    QList<std::pair<qint64, int>> order;
    order.reserve(backups.size());
    for (int i = 0; i < backups.size(); ++i) {
        const Backup &b = backups.at(i);
        if (!b.start.isValid() || (!instanceId.isEmpty() && b.instanceId != instanceId))
            continue;
        order.append({b.start.toMSecsSinceEpoch(), i});
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    auto pointOf = [&backups](int i) {
        const Backup &b = backups.at(i);
        Point p;
        p.start = b.start.toUTC();
        p.backupId = b.id;
        p.failed = b.status == BackupStatus::Failed;
        if (b.sizeBytes >= 0)
            p.sizeMiB = static_cast<double>(b.sizeBytes) / (1024.0 * 1024.0);
        if (b.end.isValid() && b.end >= b.start)
            p.durationMin = static_cast<double>(b.start.secsTo(b.end)) / 60.0;
        return p;
    };

    QList<Point> points;
    if (order.size() <= maxPoints) {
        points.reserve(order.size());
        for (const auto &[ms, i] : std::as_const(order))
            points.append(pointOf(i));
        return points;
    }

    // Per bucket only plain numbers are compared; Points are made for the chosen backups alone.
    const qint64 first = order.first().first;
    const qint64 span = std::max<qint64>(1, order.last().first - first + 1);
    qsizetype next = 0;
    for (int bucket = 0; bucket < maxPoints && next < order.size(); ++bucket) {
        const qint64 end = first + span * (bucket + 1) / maxPoints; // exclusive
        int peak = -1; // the largest successful-or-running backup
        int failure = -1; // the first failed one
        qint64 peakSize = -2;
        qint64 longestMs = -1;
        for (; next < order.size() && (order.at(next).first < end || bucket == maxPoints - 1); ++next) {
            const auto &[startMs, i] = order.at(next);
            const Backup &b = backups.at(i);
            if (b.status == BackupStatus::Failed) {
                if (failure < 0)
                    failure = i;
                continue;
            }
            if (b.sizeBytes > peakSize) {
                peakSize = b.sizeBytes;
                peak = i;
            }
            if (b.end.isValid())
                longestMs = std::max(longestMs, b.end.toMSecsSinceEpoch() - startMs);
        }
        std::optional<Point> peakPoint;
        if (peak >= 0) {
            peakPoint = pointOf(peak);
            peakPoint->durationMin = longestMs >= 0 ? static_cast<double>(longestMs / 1000) / 60.0 : -1;
        }
        std::optional<Point> failurePoint;
        if (failure >= 0)
            failurePoint = pointOf(failure);
        // Oldest first within the bucket too.
        if (peakPoint && failurePoint && failurePoint->start < peakPoint->start)
            std::swap(peakPoint, failurePoint);
        if (peakPoint)
            points.append(*peakPoint);
        if (failurePoint)
            points.append(*failurePoint);
    }
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

namespace {
// Decimals that keep five ticks over [0, max] distinct.
int decimalsFor(double max)
{
    if (max < 2)
        return 2;
    if (max < 20)
        return 1;
    return 0;
}
} // namespace

TimelineData::Scale TimelineData::sizeScale(double maxMiB)
{
    if (maxMiB >= 1024)
        return {1.0 / 1024, QStringLiteral("GiB"), decimalsFor(maxMiB / 1024)};
    if (maxMiB < 1)
        return {1024, QStringLiteral("KiB"), decimalsFor(maxMiB * 1024)};
    return {1, QStringLiteral("MiB"), decimalsFor(maxMiB)};
}

TimelineData::Scale TimelineData::durationScale(double maxMinutes)
{
    if (maxMinutes >= 300)
        return {1.0 / 60, QStringLiteral("h"), decimalsFor(maxMinutes / 60)};
    if (maxMinutes < 2)
        return {60, QStringLiteral("s"), decimalsFor(maxMinutes * 60)};
    return {1, QStringLiteral("min"), decimalsFor(maxMinutes)};
}

} // namespace bb
