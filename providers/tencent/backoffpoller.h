#pragma once

#include <QObject>

#include <functional>

namespace bb {

class ServiceReply;

// Runs a status check again and again with growing pauses (first, twice that, ... up to max) for
// create-and-track flows. A child of the reply: it stops when the reply finishes, fails, is
// aborted or is deleted.
class BackoffPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackoffPoller)

public:
    BackoffPoller(ServiceReply *reply, int firstMs, int maxMs);

    // Runs `check` after the next pause (unless the reply is done by then).
    void scheduleNext(std::function<void()> check);
    int nextDelayMs() const { return m_delayMs; }

private:
    ServiceReply *m_reply;
    int m_delayMs;
    int m_maxMs;
};

} // namespace bb
