#include "sandbox/ratelimit.h"

#include <QMutexLocker>

#include <algorithm>

namespace bb::sandbox {

RateLimit::RateLimit()
{
    m_clock.start();
}

bool RateLimit::tryTake(const QString &key, double ratePerSecond, int *count)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.elapsed();
    Bucket &bucket = m_buckets[key];
    if (bucket.tokens < 0) {
        bucket.tokens = ratePerSecond;
        bucket.updatedMs = now;
        bucket.secondStartMs = now;
    }
    bucket.tokens
        = std::min(ratePerSecond, bucket.tokens + (now - bucket.updatedMs) * ratePerSecond / 1000.0);
    bucket.updatedMs = now;
    if (now - bucket.secondStartMs >= 1000) {
        bucket.secondStartMs = now;
        bucket.inSecond = 0;
    }
    ++bucket.inSecond;
    if (count)
        *count = bucket.inSecond;
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

} // namespace bb::sandbox
