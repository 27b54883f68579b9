#pragma once

#include "app/cli/clicommand.h"

namespace bb {

// `products`: the product keys this tool serves, their cloud and name. Needs no account.
class ProductsCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsCommand)

public:
    using CliCommand::CliCommand;
    ~ProductsCommand() override = default;
    void start() override;
};

} // namespace bb
