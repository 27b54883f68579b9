#pragma once

#include "models/instancehealth.h"
#include "providers/core/backuppolicy.h"

#include <QCoreApplication>

namespace bb {

// What an instance's own backup schedule lets a health check expect: the newest full backup no
// older than the longest gap between two scheduled weekdays plus slack (a daily schedule: 26 h;
// Monday, Wednesday, Friday, Sunday: 2 days 2 h). Without a schedule, the fallback (the user's
// --max-age, else the default).
class PolicyExpectation final
{
    Q_DECLARE_TR_FUNCTIONS(bb::PolicyExpectation)

public:
    // Room for the backup's own run and the width of its start window.
    static constexpr qint64 slackSeconds = 2 * 3600;

    static HealthExpectation from(const BackupPolicy &policy, const HealthExpectation &fallback);
    // The longest gap in days between scheduled weekdays, round the week; 0 without a schedule.
    static int longestGapDays(const QList<int> &weekdays);
};

} // namespace bb
