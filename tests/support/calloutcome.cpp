#include "calloutcome.h"

#include <QTest>

namespace bb::test {

CallOutcome waitForCall(ApiCall *call, int timeoutMs, int settleMs)
{
    CallOutcome outcome;
    const QMetaObject::Connection finished = QObject::connect(
        call, &ApiCall::finished, call, [&outcome](const QJsonObject &payload, const QString &requestId) {
            ++outcome.finished;
            outcome.payload = payload;
            outcome.requestId = requestId;
        });
    const QMetaObject::Connection failed
        = QObject::connect(call, &ApiCall::failed, call, [&outcome](const ProviderError &error) {
              ++outcome.failed;
              outcome.error = error;
          });
    if (!QTest::qWaitFor([&outcome] { return outcome.finished + outcome.failed > 0; }, timeoutMs))
        outcome.error.message = QStringLiteral("no outcome within %1 ms").arg(timeoutMs);
    QTest::qWait(settleMs);
    QObject::disconnect(finished);
    QObject::disconnect(failed);
    outcome.attempts = call->attempts();
    return outcome;
}

} // namespace bb::test
