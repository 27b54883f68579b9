#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace bb {

// One optional bandwidth limit shared by every download (a token bucket), changeable while
// downloads run. Tasks take tokens before reading from their reply; when none are left they
// stop reading, the reply's bounded read buffer fills and TCP flow control slows the sender,
// so nothing piles up in memory.
class BandwidthLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BandwidthLimiter)

public:
    // The read buffer of an unthrottled reply: bounds memory whatever the disk does. Measured on
    // a 1 GiB HTTPS download: 1 MiB used the least CPU (0.5 MiB was slower, 4 MiB and unbounded
    // cost ~15% more CPU and more memory).
    static constexpr qint64 unlimitedReadBuffer = 1024 * 1024;

    explicit BandwidthLimiter(QObject *parent = nullptr);

    // Bytes per second for all downloads together; 0 or less: unlimited.
    void setLimit(qint64 bytesPerSecond);
    qint64 limit() const { return m_rate; }
    bool isLimited() const { return m_rate > 0; }

    // Takes up to `wanted` bytes of allowance now and returns how many were granted (all of them
    // when unlimited; 0 when the bucket is empty).
    qint64 acquire(qint64 wanted);
    // Milliseconds until at least `wanted` bytes (capped at one burst) can be granted.
    int msUntilAvailable(qint64 wanted) const;
    // The read buffer a reply should have under the current limit: small enough that a paused
    // reader holds little, large enough for the network to run at the allowed rate.
    qint64 suggestedReadBuffer() const;
    // The monotonic milliseconds the bucket refills by (default: a QElapsedTimer started with the
    // limiter). Tests step a clock of their own, so the rates they check do not depend on the load.
    void setClock(std::function<qint64()> msNow);

signals:
    void limitChanged(qint64 bytesPerSecond);

private:
    void refill();
    qint64 burst() const;
    qint64 nowMs() const { return m_now ? m_now() : m_clock.elapsed(); }

    qint64 m_rate = 0;
    double m_tokens = 0;
    qint64 m_lastMs = 0;
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
};

} // namespace bb
