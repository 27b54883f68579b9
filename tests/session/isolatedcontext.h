#pragma once

#include "session/appcontext.h"

#include <QProcessEnvironment>
#include <QString>

namespace bb::test {

// AppContext options for a UI test: accounts, settings, download queue and home inside `dir`, no credentials
// from the machine's environment, secrets in `store` (the context owns it).
inline AppContext::Options isolatedOptions(const QString &dir, CredentialStore *store)
{
    AppContext::Options options;
    options.accountsFile = dir + QStringLiteral("/accounts.ini");
    options.settingsFile = dir + QStringLiteral("/settings.ini");
    options.downloadsFile = dir + QStringLiteral("/downloads.json");
    options.credentialStore = store;
    options.environment = QProcessEnvironment();
    options.homeDir = dir;
    return options;
}

} // namespace bb::test
