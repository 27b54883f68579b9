#include "sandbox/faultstate.h"

#include <QMutexLocker>

namespace bb::sandbox {

void FaultState::set(const FaultPlan &plan)
{
    QMutexLocker lock(&m_mutex);
    m_plan = plan;
}

FaultPlan FaultState::plan() const
{
    QMutexLocker lock(&m_mutex);
    return m_plan;
}

FaultState::Decision FaultState::next()
{
    QMutexLocker lock(&m_mutex);
    Decision decision;
    decision.latencyMs = m_plan.latencyMs;
    const auto take = [&](int &counter, Injection injection) {
        if (decision.injection != Injection::None || counter <= 0)
            return;
        --counter;
        decision.injection = injection;
    };
    take(m_plan.dropNext, Injection::Drop);
    take(m_plan.serverErrorNext, Injection::ServerError);
    take(m_plan.throttleNext, Injection::Throttle);
    take(m_plan.malformedNext, Injection::Malformed);
    return decision;
}

} // namespace bb::sandbox
