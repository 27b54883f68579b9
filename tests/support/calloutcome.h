#pragma once

#include "providers/core/apiclient.h"

#include <QJsonObject>
#include <QString>

namespace bb::test {

// What one ApiCall came to, collected by waiting for it in a test: how many times each outcome
// signal fired (exactly one of them should have), the payload or error, and the attempts made.
struct CallOutcome
{
    int finished = 0;
    int failed = 0;
    QJsonObject payload;
    QString requestId;
    ProviderError error;
    int attempts = 0;
    bool ok() const { return finished == 1 && failed == 0; }
    bool exactlyOne() const { return finished + failed == 1; }
};

// Waits (event loop running) until `call` finishes or fails, then `settleMs` longer so that a
// second, buggy outcome would be counted too.
CallOutcome waitForCall(ApiCall *call, int timeoutMs = 15000, int settleMs = 30);

} // namespace bb::test
