#include "providers/core/backup.h"

namespace bb {

QString Backup::extraValue(const QString &key) const
{
    for (const Field &field : extra) {
        if (field.key == key)
            return field.value;
    }
    return {};
}

QString toString(BackupStatus status)
{
    switch (status) {
    case BackupStatus::Creating:
        return QStringLiteral("creating");
    case BackupStatus::Running:
        return QStringLiteral("running");
    case BackupStatus::Succeeded:
        return QStringLiteral("succeeded");
    case BackupStatus::Failed:
        return QStringLiteral("failed");
    case BackupStatus::Expired:
        return QStringLiteral("expired");
    case BackupStatus::Locked:
        return QStringLiteral("locked");
    case BackupStatus::Exporting:
        return QStringLiteral("exporting");
    case BackupStatus::Exported:
        return QStringLiteral("exported");
    case BackupStatus::Deleted:
        return QStringLiteral("deleted");
    case BackupStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

BackupStatus backupStatusFromString(const QString &name)
{
    static const BackupStatus all[]
        = {BackupStatus::Creating,  BackupStatus::Running,  BackupStatus::Succeeded,
           BackupStatus::Failed,    BackupStatus::Expired,  BackupStatus::Locked,
           BackupStatus::Exporting, BackupStatus::Exported, BackupStatus::Deleted};
    for (BackupStatus status : all) {
        if (toString(status) == name)
            return status;
    }
    return BackupStatus::Unknown;
}

QString toString(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Full:
        return QStringLiteral("full");
    case BackupKind::Incremental:
        return QStringLiteral("incremental");
    case BackupKind::Log:
        return QStringLiteral("log");
    case BackupKind::Snapshot:
        return QStringLiteral("snapshot");
    case BackupKind::Unknown:
        break;
    }
    return {};
}

QString toString(BackupTrigger trigger)
{
    switch (trigger) {
    case BackupTrigger::Automatic:
        return QStringLiteral("automatic");
    case BackupTrigger::Manual:
        return QStringLiteral("manual");
    case BackupTrigger::Unknown:
        break;
    }
    return {};
}

QString toString(BackupMethod method)
{
    switch (method) {
    case BackupMethod::Physical:
        return QStringLiteral("physical");
    case BackupMethod::Logical:
        return QStringLiteral("logical");
    case BackupMethod::Snapshot:
        return QStringLiteral("snapshot");
    case BackupMethod::Unknown:
        break;
    }
    return {};
}

} // namespace bb
