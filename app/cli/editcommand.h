#pragma once

#include "app/cli/clicommand.h"

namespace bb {

class BackupFinder;

// `edit`: changes a backup's description (StarRocks UpdateBackup) and prints the record as the
// provider lists it afterwards. Products without the call refuse before any request.
class EditCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditCommand)

public:
    using CliCommand::CliCommand;
    ~EditCommand() override = default;
    void start() override;
    void interrupt() override;

private:
    void onFound(const Backup &backup, const ProviderError &error);

    BackupFinder *m_finder = nullptr;
};

} // namespace bb
