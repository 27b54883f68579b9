#pragma once

#include "providers/core/backup.h"

#include <QDateTime>
#include <QList>

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

    // The backups of one instance (all of them when instanceId is empty), oldest first.
    static QList<Point> build(const QList<Backup> &backups, const QString &instanceId);
    // The largest value of a series (0 when none), for the axis range.
    static double maxSize(const QList<Point> &points);
    static double maxDuration(const QList<Point> &points);
};

} // namespace bb
