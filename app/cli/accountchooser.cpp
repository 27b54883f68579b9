#include "app/cli/accountchooser.h"

#include "app/cli/exitcodes.h"
#include "providers/productregistry.h"
#include "session/appcontext.h"

namespace bb {

AccountChooser::Choice AccountChooser::choose(const CliOptions &options, AppContext *app,
                                              const QString &product)
{
    Choice choice;
    const std::optional<Cloud> known = ProductRegistry::cloudOf(product);
    if (!known) {
        choice.exitCode = ExitCodes::Usage;
        choice.error = tr("unknown product '%1'").arg(product);
        return choice;
    }
    const Cloud cloud = *known;
    if (options.sandbox) {
        choice.account = app->sandboxAccount(cloud);
    } else if (!options.account.isEmpty()) {
        const std::optional<Account> saved = app->account(options.account);
        if (!saved) {
            choice.exitCode = ExitCodes::Credentials;
            choice.error = tr("no saved account named '%1'").arg(options.account);
            return choice;
        }
        if (saved->cloud != cloud) {
            choice.exitCode = ExitCodes::Usage;
            choice.error = tr("account '%1' is a %2 account; %3 needs a %4 one")
                               .arg(options.account, toString(saved->cloud), product, toString(cloud));
            return choice;
        }
        choice.account = *saved;
    } else {
        choice.account = app->environmentAccount(product);
    }
    if (!options.endpoint.isEmpty())
        choice.account.endpointOverride = options.endpoint;
    return choice;
}

} // namespace bb
