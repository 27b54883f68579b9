#pragma once

#include "app/cli/clicommand.h"

namespace bb {

// `instances --product P`: the product's instances in the chosen region.
class InstancesCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancesCommand)

public:
    using CliCommand::CliCommand;
    ~InstancesCommand() override = default;
    void start() override;
};

} // namespace bb
