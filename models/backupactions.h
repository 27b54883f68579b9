#pragma once

#include "providers/core/backup.h"
#include "providers/core/backupservice.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bb {

// Whether an action on the current selection can run and, when not, the reason shown as the
// action's tooltip (the UI disables rather than hides, so users learn why).
struct ActionState
{
    bool enabled = false;
    QString reason; // translated; empty when enabled
};

// Decides the state of the backup actions (download, create, delete, edit) from a product's
// capabilities and the selected backup. No widgets: the main window only applies the result.
class BackupActions final
{
    Q_DECLARE_TR_FUNCTIONS(BackupActions)

public:
    // caps: the selected backup's product capabilities (nullopt while its service opens);
    // backup: the selected row (nullptr when none).
    static ActionState download(const std::optional<Capabilities> &caps, const Backup *backup);
    // Delete: the product must offer it and the record must not already say the provider will
    // refuse (Backup::notDeletableReason, e.g. RDS StoreStatus Disabled).
    static ActionState remove(const std::optional<Capabilities> &caps, const Backup *backup);
    // Edit the description (StarRocks UpdateBackup).
    static ActionState edit(const std::optional<Capabilities> &caps, const Backup *backup);
    // caps: the product of the selected instance; instanceSelected: an instance (not a region or
    // product) is selected in the tree.
    static ActionState create(const std::optional<Capabilities> &caps, bool instanceSelected);
};

} // namespace bb
