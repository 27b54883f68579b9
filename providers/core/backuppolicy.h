#pragma once

#include "providers/core/backup.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bb {

// An instance's automatic backup schedule, where the product's API publishes one (RDS
// DescribeBackupPolicy; docs/providers.md says which products do): what health checks expect.
struct BackupPolicy
{
    QList<int> fullBackupWeekdays; // Qt::DayOfWeek (1 Monday ... 7 Sunday), sorted; empty: none/unknown
    QString window; // the start window as the provider prints it, e.g. "15:00Z-16:00Z" (UTC)
    FieldList raw; // the provider's fields, spelled as it spells them

    bool hasSchedule() const { return !fullBackupWeekdays.isEmpty(); }
    // "Monday" ... "Sunday" (how RDS and Redis spell them) as Qt::DayOfWeek; 0 for anything else.
    static int weekday(const QString &englishName)
    {
        static const QStringList names {QStringLiteral("Monday"),    QStringLiteral("Tuesday"),
                                        QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                                        QStringLiteral("Friday"),    QStringLiteral("Saturday"),
                                        QStringLiteral("Sunday")};
        return int(names.indexOf(englishName.trimmed())) + 1;
    }
    friend bool operator==(const BackupPolicy &, const BackupPolicy &) = default;
};

} // namespace bb
