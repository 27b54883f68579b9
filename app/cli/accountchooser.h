#pragma once

#include "app/cli/clioptions.h"
#include "providers/accounts/account.h"

#include <QCoreApplication>

namespace bb {

class AppContext;

// Which account a CLI call of one product runs on: the sandbox's (--sandbox), a saved one
// (--account, which must be of the product's cloud), else a transient one with the vendors'
// environment credentials; --endpoint overrides its endpoint.
class AccountChooser final
{
    Q_DECLARE_TR_FUNCTIONS(bb::AccountChooser)

public:
    struct Choice
    {
        Account account;
        int exitCode = 0; // ExitCodes; 0 when an account was chosen
        QString error; // translated, when exitCode is not 0
    };

    static Choice choose(const CliOptions &options, AppContext *app, const QString &product);
};

} // namespace bb
