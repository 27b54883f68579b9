#include "models/policyexpectation.h"

#include <QLocale>

#include <algorithm>

namespace bb {

int PolicyExpectation::longestGapDays(const QList<int> &weekdays)
{
    QList<int> days;
    for (int day : weekdays) {
        if (day >= 1 && day <= 7 && !days.contains(day))
            days << day;
    }
    if (days.isEmpty())
        return 0;
    std::sort(days.begin(), days.end());
    int longest = 7 - days.last() + days.first(); // round the week
    for (qsizetype i = 1; i < days.size(); ++i)
        longest = std::max(longest, days.at(i) - days.at(i - 1));
    return longest;
}

HealthExpectation PolicyExpectation::from(const BackupPolicy &policy, const HealthExpectation &fallback)
{
    const int gap = longestGapDays(policy.fullBackupWeekdays);
    if (gap == 0)
        return fallback;
    HealthExpectation expectation = fallback;
    expectation.maxFullAgeSeconds = qint64(gap) * 86400 + slackSeconds;
    expectation.source = HealthExpectation::Source::Policy;
    QStringList names;
    for (int day : policy.fullBackupWeekdays)
        names << QLocale().dayName(day, QLocale::ShortFormat);
    expectation.policy = policy.window.isEmpty()
        ? tr("full backups on %1").arg(names.join(QStringLiteral(", ")))
        : tr("full backups on %1 at %2").arg(names.join(QStringLiteral(", ")), policy.window);
    return expectation;
}

} // namespace bb
