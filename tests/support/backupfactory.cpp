#include "support/backupfactory.h"

#include <QDateTime>

namespace bb::test {

Backup BackupFactory::make(int n, const QString &instanceId, const QString &product)
{
    static const BackupStatus statuses[]
        = {BackupStatus::Succeeded, BackupStatus::Succeeded, BackupStatus::Failed,
           BackupStatus::Running,   BackupStatus::Succeeded, BackupStatus::Expired};
    Backup backup;
    backup.id = QString::number(100000 + n);
    backup.product = product;
    backup.instanceId = instanceId;
    backup.region = QStringLiteral("ap-guangzhou");
    backup.name = QStringLiteral("backup%1_%2").arg(n % 1000).arg(instanceId);
    backup.status = statuses[n % 6];
    backup.statusRaw = QString::number(static_cast<int>(backup.status));
    backup.kind = n % 3 == 0 ? BackupKind::Log : BackupKind::Full;
    backup.trigger = n % 5 == 0 ? BackupTrigger::Manual : BackupTrigger::Automatic;
    backup.method = BackupMethod::Physical;
    backup.start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(3600LL * n);
    backup.end = backup.start.addSecs(60 + (n * 37) % 3600);
    backup.expire = backup.start.addDays(7);
    backup.sizeBytes = (static_cast<qint64>(n) * 7919 % 100000) * 1024 + 17;
    backup.databases = {QStringLiteral("db%1").arg(n % 7), QStringLiteral("orders")};
    return backup;
}

QList<Backup> BackupFactory::page(int first, int count, const QString &instanceId, const QString &product)
{
    QList<Backup> out;
    out.reserve(count);
    for (int i = first; i < first + count; ++i)
        out.append(make(i, instanceId, product));
    return out;
}

} // namespace bb::test
