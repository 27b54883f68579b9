#include "models/healththresholds.h"

namespace bb {

qint64 HealthThresholds::bounded(qint64 seconds)
{
    return qBound(minSeconds, seconds, maxSeconds);
}

void HealthThresholds::setGlobalSeconds(qint64 seconds)
{
    m_global = seconds > 0 ? bounded(seconds) : -1;
}

bool HealthThresholds::setIn(QHash<QString, qint64> &map, const QString &key, qint64 seconds, int cap)
{
    if (key.isEmpty() || key.size() > maxKeyLength)
        return false;
    if (seconds <= 0) {
        map.remove(key);
        return true;
    }
    if (!map.contains(key) && map.size() >= cap)
        return false;
    map.insert(key, bounded(seconds));
    return true;
}

bool HealthThresholds::setForProduct(const QString &product, qint64 seconds)
{
    // Products are few (the registry's); the instance cap bounds this map too.
    return setIn(m_products, product, seconds, maxInstances);
}

bool HealthThresholds::setForInstance(const QString &instanceId, qint64 seconds)
{
    return setIn(m_instances, instanceId, seconds, maxInstances);
}

HealthExpectation HealthThresholds::fallbackFor(const Instance &instance) const
{
    HealthExpectation expectation;
    const qint64 seconds = m_instances.value(instance.id, m_products.value(instance.product, m_global));
    if (seconds > 0) {
        expectation.maxFullAgeSeconds = seconds;
        expectation.source = HealthExpectation::Source::User;
    }
    return expectation;
}

} // namespace bb
