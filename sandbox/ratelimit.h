#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QString>

namespace bb::sandbox {

// The clouds' per-API frequency limits as the server sees them: a token bucket per key that holds
// one second's worth of requests and refills at the documented rate. Thread-safe.
class RateLimit final
{
public:
    RateLimit();
    // Takes a token for `key`; false means "throttled". `count` gets the requests seen in the
    // current second (for the providers' messages, which quote it).
    bool tryTake(const QString &key, double ratePerSecond, int *count = nullptr);

private:
    struct Bucket
    {
        double tokens = -1;
        qint64 updatedMs = 0;
        qint64 secondStartMs = 0;
        int inSecond = 0;
    };
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
};

} // namespace bb::sandbox
