#pragma once

#include "app/cli/clicommand.h"

namespace bb {

// `backups`: an instance's backups in a time window (default: the last 7 days), newest first,
// optionally only those with a given status.
class BackupsCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsCommand)

public:
    using CliCommand::CliCommand;
    ~BackupsCommand() override = default;
    void start() override;

    // --status matches our status name (succeeded, failed...) or the provider's raw value.
    static bool matchesStatus(const Backup &backup, const QString &status);
};

} // namespace bb
