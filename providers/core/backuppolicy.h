#pragma once

#include "providers/core/backup.h"

#include <QList>
#include <QString>

namespace bb {

// An instance's automatic backup schedule, where the product's API publishes one (RDS
// DescribeBackupPolicy; docs/providers.md says which products do): what health checks expect.
struct BackupPolicy
{
    QList<int> fullBackupWeekdays; // Qt::DayOfWeek (1 Monday ... 7 Sunday), sorted; empty: none/unknown
    QString window; // the start window as the provider prints it, e.g. "15:00Z-16:00Z" (UTC)
    FieldList raw; // the provider's fields, spelled as it spells them

    bool hasSchedule() const { return !fullBackupWeekdays.isEmpty(); }
    friend bool operator==(const BackupPolicy &, const BackupPolicy &) = default;
};

} // namespace bb
