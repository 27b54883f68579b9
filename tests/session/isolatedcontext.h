#pragma once

#include "providers/accounts/memorycredentialstore.h"
#include "session/appcontext.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>

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

// An isolated context on `dir` with secrets in memory and the sandbox running, as main() starts
// one with --sandbox; null, with a warning saying why, when the sandbox cannot start.
inline std::unique_ptr<AppContext> sandboxContext(const QString &dir)
{
    auto context = std::make_unique<AppContext>(isolatedOptions(dir, new MemoryCredentialStore));
    QString error;
    if (!context->startSandbox(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return context;
}

} // namespace bb::test
