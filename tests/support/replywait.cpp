#include "replywait.h"

#include "providers/core/servicereply.h"

#include <QElapsedTimer>
#include <QTest>

namespace bb::test {

bool waitForReply(ServiceReply *reply, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!reply->isFinished() && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return reply->isFinished();
}

} // namespace bb::test
