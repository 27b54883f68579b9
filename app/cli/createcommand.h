#pragma once

#include "app/cli/clicommand.h"

namespace bb {

// `create`: starts a backup. Without --wait it prints the record as soon as the provider has
// accepted the job (and stops tracking it); with --wait it follows the job to the end, shows
// progress on a terminal, and prints the finished backup (exit 2 if it failed).
// `track --flow ID` follows a job such a create started earlier exactly as --wait would.
class CreateCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateCommand)

public:
    using CliCommand::CliCommand;
    ~CreateCommand() override = default;
    void start() override;

private:
    // --wait, or track: follow the job to its end.
    bool following() const;
    // Starts the create (null after a usage failure).
    ServiceReply *startCreate();
    void onChanged(const Backup &backup);
    void onFinished();
    void printAndFinish(const Backup &backup);
    bool formatterWrite(const Backup &backup);

    ServiceReply *m_reply = nullptr;
};

} // namespace bb
