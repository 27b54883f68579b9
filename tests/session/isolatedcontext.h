#pragma once

#include "providers/accounts/memorycredentialstore.h"
#include "session/appcontext.h"

#include <QString>

#include <memory>

namespace bb::test {

// An isolated context on `dir` with secrets in memory and the sandbox running, as main() starts
// one with --sandbox; null, with a warning saying why, when the sandbox cannot start.
inline std::unique_ptr<AppContext> sandboxContext(const QString &dir)
{
    auto context
        = std::make_unique<AppContext>(AppContext::Options::isolatedIn(dir, new MemoryCredentialStore));
    QString error;
    if (!context->startSandbox(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return context;
}

} // namespace bb::test
