#pragma once

#include "app/cli/clicommand.h"

namespace bb {

// `backups`: an instance's backups in a time window (default: the last 7 days), newest first,
// optionally only those with a given status, kind or trigger (sent to the API where it filters
// on the server, and checked again on the records for every product).
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
    // The query the options ask for: window and neutral filters (status, kind, trigger).
    static BackupQuery queryFor(const CliOptions &options);
};

} // namespace bb
