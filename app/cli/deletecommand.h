#pragma once

#include "app/cli/clicommand.h"

namespace bb {

class BackupFinder;
class ConfirmPrompt;

// `delete`: deletes one backup. Nothing is deleted without a question naming what goes (the
// backup's id and name, its instance, size and age: Confirmation::deleteBackup, the GUI's own
// question) unless --yes is given; without a terminal to
// ask on, it refuses (exit 1) and says to pass --yes. A record that already shows the provider
// will refuse (RDS StoreStatus Disabled, a running backup) is refused in plain words before any
// delete call. Prints the deleted record (status "deleted").
class DeleteCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteCommand)

public:
    using CliCommand::CliCommand;
    ~DeleteCommand() override = default;
    void start() override;
    void interrupt() override;

private:
    void onFound(const Backup &backup, const ProviderError &error);
    void remove(const Backup &backup);

    BackupFinder *m_finder = nullptr;
    ConfirmPrompt *m_prompt = nullptr;
};

} // namespace bb
