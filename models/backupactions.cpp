#include "models/backupactions.h"

#include <QCoreApplication>

namespace bb {

namespace {
ActionState no(const QString &reason)
{
    return {false, reason};
}
} // namespace

ActionState BackupActions::download(const std::optional<Capabilities> &caps, const Backup *backup)
{
    if (!backup)
        return no(tr("Select a backup to download."));
    if (!caps)
        return no(tr("Connecting to the product…"));
    if (!caps->download)
        return no(caps->noDownloadReason.isEmpty() ? tr("This product offers no backup downloads.")
                                                   : caps->noDownloadReason);
    if (!backup->notDownloadableReason.isEmpty())
        return no(backup->notDownloadableReason);
    switch (backup->status) {
    case BackupStatus::Succeeded:
    case BackupStatus::Exported:
    case BackupStatus::Unknown:
        return {true, {}};
    case BackupStatus::Creating:
    case BackupStatus::Running:
    case BackupStatus::Exporting:
        return no(tr("The backup is still running."));
    case BackupStatus::Failed:
        return no(tr("The backup failed; there is nothing to download."));
    case BackupStatus::Expired:
    case BackupStatus::Deleted:
        return no(tr("The backup has expired or was deleted."));
    case BackupStatus::Locked:
        return no(tr("The backup is locked."));
    }
    return {true, {}};
}

ActionState BackupActions::remove(const std::optional<Capabilities> &caps, const Backup *backup)
{
    if (!backup)
        return no(tr("Select a backup to delete."));
    if (!caps)
        return no(tr("Connecting to the product…"));
    if (!caps->deleteBackup)
        return no(tr("This product does not allow deleting backups through its API."));
    if (backup->status == BackupStatus::Creating || backup->status == BackupStatus::Running)
        return no(tr("The backup is still running."));
    if (backup->status == BackupStatus::Deleted)
        return no(tr("The backup was already deleted."));
    if (!backup->notDeletableReason.isEmpty())
        return no(backup->notDeletableReason);
    return {true, {}};
}

ActionState BackupActions::edit(const std::optional<Capabilities> &caps, const Backup *backup)
{
    if (!backup)
        return no(tr("Select a backup to edit its description."));
    if (!caps)
        return no(tr("Connecting to the product…"));
    if (!caps->editDescription)
        return no(tr("This product does not allow editing a backup's description through its API."));
    if (backup->status == BackupStatus::Deleted)
        return no(tr("The backup was already deleted."));
    return {true, {}};
}

ActionState BackupActions::create(const std::optional<Capabilities> &caps, bool instanceSelected)
{
    if (!instanceSelected)
        return no(tr("Select an instance to back up."));
    if (!caps)
        return no(tr("Connecting to the product…"));
    if (!caps->createBackup)
        return no(caps->noCreateReason.isEmpty() ? tr("This product has no on-demand backups.")
                                                 : caps->noCreateReason);
    return {true, {}};
}

} // namespace bb
