#pragma once

#include "app/cli/clicommand.h"

namespace bb {

class BackupFinder;

// `show`: one backup as a full record, including what only the detail call returns.
class ShowCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowCommand)

public:
    using CliCommand::CliCommand;
    ~ShowCommand() override = default;
    void start() override;
    void interrupt() override;

private:
    BackupFinder *m_finder = nullptr;
};

} // namespace bb
