#include "transfers/bandwidthlimiter.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace bb {

namespace {
constexpr qint64 minReadBuffer = 16 * 1024;
} // namespace

BandwidthLimiter::BandwidthLimiter(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

void BandwidthLimiter::setLimit(qint64 bytesPerSecond)
{
    const qint64 rate = std::max<qint64>(0, bytesPerSecond);
    if (rate == m_rate)
        return;
    refill();
    m_rate = rate;
    m_tokens = std::min<double>(m_tokens, double(burst()));
    emit limitChanged(m_rate);
}

void BandwidthLimiter::setClock(std::function<qint64()> msNow)
{
    m_now = std::move(msNow);
    m_lastMs = nowMs();
}

qint64 BandwidthLimiter::burst() const
{
    // A quarter of a second's worth: smooth enough for progress, coarse enough for few wake-ups.
    return std::max<qint64>(minReadBuffer, m_rate / 4);
}

void BandwidthLimiter::refill()
{
    const qint64 now = nowMs();
    if (m_rate > 0)
        m_tokens
            = std::min<double>(double(burst()), m_tokens + double(now - m_lastMs) * double(m_rate) / 1000.0);
    m_lastMs = now;
}

qint64 BandwidthLimiter::acquire(qint64 wanted)
{
    if (m_rate <= 0)
        return wanted;
    refill();
    const qint64 granted = std::min<qint64>(wanted, qint64(m_tokens));
    m_tokens -= double(granted);
    return granted;
}

int BandwidthLimiter::msUntilAvailable(qint64 wanted) const
{
    if (m_rate <= 0)
        return 0;
    const double tokens
        = std::min<double>(double(burst()), m_tokens + double(nowMs() - m_lastMs) * double(m_rate) / 1000.0);
    const double need = double(std::min(wanted, burst())) - tokens;
    if (need <= 0)
        return 0;
    return std::max(1, int(std::ceil(need * 1000.0 / double(m_rate))));
}

qint64 BandwidthLimiter::suggestedReadBuffer() const
{
    if (m_rate <= 0)
        return unlimitedReadBuffer;
    return std::clamp<qint64>(m_rate / 4, minReadBuffer, unlimitedReadBuffer);
}

} // namespace bb
