#pragma once

#include "models/instancehealth.h"
#include "providers/core/instance.h"

#include <QHash>
#include <QString>

namespace bb {

// The ages the user expects of an instance's newest full backup: one for every instance, one per
// product, one per instance. The CLI (--max-age) and the window (Settings, Fleet health page) each
// fill one, and InstanceHealthProbe reads it the same way for both. Precedence, most specific
// first: the instance's own threshold (it counts over the instance's published backup policy
// too), then the policy, then the product's threshold, then the global one, then the default
// (HealthExpectation's 26 h).
class HealthThresholds final
{
public:
    // Bounds for hostile or hand-edited settings: a year at most, a few minutes at least, and a
    // cap on how many instances carry their own threshold.
    static constexpr qint64 minSeconds = 60;
    static constexpr qint64 maxSeconds = 366LL * 24 * 3600;
    static constexpr int maxInstances = 10000;
    static constexpr int maxKeyLength = 256;

    // -1: not set (the default applies).
    qint64 globalSeconds() const { return m_global; }
    void setGlobalSeconds(qint64 seconds);
    // 0 or less removes the product's or instance's own threshold; out-of-bounds values are
    // clamped; an empty or over-long key, or an instance past maxInstances, is refused (false).
    bool setForProduct(const QString &product, qint64 seconds);
    bool setForInstance(const QString &instanceId, qint64 seconds);
    qint64 forProduct(const QString &product) const { return m_products.value(product, -1); }
    qint64 forInstance(const QString &instanceId) const { return m_instances.value(instanceId, -1); }
    const QHash<QString, qint64> &products() const { return m_products; }
    const QHash<QString, qint64> &instances() const { return m_instances; }

    // What the instance is held to when its product publishes no policy: its own threshold, else
    // its product's, else the global one (source User), else the default (source Default).
    HealthExpectation fallbackFor(const Instance &instance) const;
    // Whether the user gave this very instance a threshold: it then counts over its policy (the
    // policy is not asked for).
    bool overridesPolicy(const QString &instanceId) const { return m_instances.contains(instanceId); }

    bool isEmpty() const { return m_global < 0 && m_products.isEmpty() && m_instances.isEmpty(); }
    friend bool operator==(const HealthThresholds &a, const HealthThresholds &b)
    {
        return a.m_global == b.m_global && a.m_products == b.m_products && a.m_instances == b.m_instances;
    }
    friend bool operator!=(const HealthThresholds &a, const HealthThresholds &b) { return !(a == b); }

private:
    static qint64 bounded(qint64 seconds);
    static bool setIn(QHash<QString, qint64> &map, const QString &key, qint64 seconds, int cap);

    qint64 m_global = -1;
    QHash<QString, qint64> m_products;
    QHash<QString, qint64> m_instances;
};

} // namespace bb
