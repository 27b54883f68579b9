#include "providers/tencent/backoffpoller.h"

#include "providers/core/servicereply.h"

#include <QTimer>

#include <algorithm>

namespace bb {

BackoffPoller::BackoffPoller(ServiceReply *reply, int firstMs, int maxMs)
    : QObject(reply)
    , m_reply(reply)
    , m_delayMs(std::max(firstMs, 1))
    , m_maxMs(std::max(maxMs, std::max(firstMs, 1)))
{ }

void BackoffPoller::scheduleNext(std::function<void()> check)
{
    const int delay = m_delayMs;
    m_delayMs = std::min(m_delayMs * 2, m_maxMs);
    QTimer::singleShot(delay, this, [this, check = std::move(check)] {
        if (!m_reply->isFinished())
            check();
    });
}

} // namespace bb
