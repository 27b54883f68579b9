#pragma once

#include "providers/accounts/memorycredentialstore.h"
#include "session/appcontext.h"

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

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

// sandboxContext() for a whole test class, in its own temporary folder: start() in
// initTestCase, stop() in cleanupTestCase.
class SandboxSession final
{
public:
    bool start()
    {
        m_context = m_dir.isValid() ? sandboxContext(m_dir.path()) : nullptr;
        return m_context != nullptr;
    }
    void stop() { m_context.reset(); }
    AppContext *get() const { return m_context.get(); }
    AppContext *operator->() const { return m_context.get(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
};

} // namespace bb::test
