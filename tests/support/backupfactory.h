#pragma once

#include "providers/core/backup.h"

#include <QList>

namespace bb::test {

// Deterministic backup records for model tests: varied names with numbers (for natural order),
// sizes, statuses, kinds, databases and UTC times one hour apart from a fixed start.
class BackupFactory final
{
public:
    static Backup make(int n, const QString &instanceId = QStringLiteral("mssql-0001"),
                       const QString &product = QStringLiteral("tencent-sqlserver"));
    static QList<Backup> page(int first, int count, const QString &instanceId = QStringLiteral("mssql-0001"),
                              const QString &product = QStringLiteral("tencent-sqlserver"));
};

} // namespace bb::test
