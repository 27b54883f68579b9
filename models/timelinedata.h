#pragma once

#include "providers/core/backup.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bb {

// The points of an instance's backup timeline (size and duration over time, failures marked),
// prepared for the chart: sorted by start, unknown values left out of their series.
class TimelineData final
{
public:
    struct Point
    {
        QDateTime start; // UTC
        double sizeMiB = -1; // -1: unknown
        double durationMin = -1; // -1: unknown or still running
        bool failed = false;
        QString backupId;
    };

    // A chart is at most a thousand or so pixels wide: more points only cost time (QtCharts
    // lays out and strokes every one on the GUI thread; 100,000 took over a second).
    static constexpr int maxPoints = 1000;

    // The backups of one instance (all of them when instanceId is empty), oldest first. Above
    // maxPoints backups the time range is cut into maxPoints buckets: each gives one point with
    // its largest size and longest duration (peaks stay visible) and one failure mark if any
    // backup in it failed.
    static QList<Point> build(const QList<Backup> &backups, const QString &instanceId);
    // The largest value of a series (0 when none), for the axis range.
    static double maxSize(const QList<Point> &points);
    static double maxDuration(const QList<Point> &points);

    // How the size axis reads for a largest size: values multiplied by `factor` (from MiB) are
    // shown in `unit` with `decimals`, so ticks are distinct (Redis backups of a few MiB gave
    // "0, 1, 1, 1" in whole MiB) and large ones short ("2.4 GiB", not "2458").
    struct Scale
    {
        double factor = 1;
        QString unit;
        int decimals = 0;
    };
    static Scale sizeScale(double maxMiB);
    // The same for durations in minutes (seconds below two minutes, hours above five hours).
    static Scale durationScale(double maxMinutes);
};

} // namespace bb
