#include "models/instancehealthprobe.h"

#include "models/healthjudge.h"
#include "models/policyexpectation.h"
#include "providers/core/backupservice.h"
#include "providers/core/servicereply.h"

namespace bb {

InstanceHealthProbe::InstanceHealthProbe(std::shared_ptr<BackupService> service, Instance instance,
                                         QDateTime nowUtc, HealthExpectation fallback,
                                         bool fallbackOverPolicy, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_instance(std::move(instance))
    , m_now(std::move(nowUtc))
    , m_fallback(std::move(fallback))
    , m_fallbackOverPolicy(fallbackOverPolicy)
{ }

InstanceHealthProbe::InstanceHealthProbe(std::shared_ptr<BackupService> service, const Instance &instance,
                                         QDateTime nowUtc, const HealthThresholds &thresholds,
                                         QObject *parent)
    : InstanceHealthProbe(std::move(service), instance, std::move(nowUtc), thresholds.fallbackFor(instance),
                          thresholds.overridesPolicy(instance.id), parent)
{ }

InstanceHealthProbe::~InstanceHealthProbe()
{
    // The reply is ours: a probe dropped mid-call stops its HTTP calls too.
    if (m_reply) {
        m_reply->abort();
        delete m_reply;
    }
}

void InstanceHealthProbe::start()
{
    if (m_fallbackOverPolicy)
        return listBackups(m_fallback);
    m_reply = m_service->backupPolicy(m_instance.region, m_instance.id);
    ServiceReply *reply = m_reply;
    connect(reply, &ServiceReply::failed, this, [this, reply] { onPolicy(reply); });
    connect(reply, &ServiceReply::finished, this, [this, reply] { onPolicy(reply); });
}

void InstanceHealthProbe::abort()
{
    if (m_reply)
        m_reply->abort(); // fails the call: the probe judges the instance unreachable
}

void InstanceHealthProbe::onPolicy(ServiceReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->hasFailed() && reply->error().kind == ProviderError::Kind::Aborted)
        return finish(HealthJudge(m_now).unreachable(m_instance, reply->error().toString(), m_fallback));
    if (reply->hasFailed() && reply->error().kind != ProviderError::Kind::Unsupported)
        emit note(tr("%1: no backup policy, judged against the threshold: %2")
                      .arg(m_instance.id, reply->error().toString()));
    listBackups(reply->hasFailed() ? m_fallback : PolicyExpectation::from(reply->policy(), m_fallback));
}

void InstanceHealthProbe::listBackups(const HealthExpectation &expectation)
{
    BackupQuery query;
    query.since = m_now.addDays(-HealthJudge::historyDays);
    query.until = m_now;
    m_reply = m_service->listBackups(m_instance.region, m_instance.id, query);
    ServiceReply *reply = m_reply;
    // A listing may finish before its rows are complete (Tencent Redis sizes come as updates):
    // judge once, when it has settled.
    const auto done = [this, reply, expectation] {
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        reply->deleteLater();
        const HealthJudge judge(m_now);
        finish(reply->hasFailed() ? judge.unreachable(m_instance, reply->error().toString(), expectation)
                                  : judge.judge(m_instance, reply->backups(), expectation, m_copies));
    };
    connect(reply, &ServiceReply::failed, this, done);
    connect(reply, &ServiceReply::updatesSettled, this, done);
    connect(reply, &ServiceReply::finished, this, [reply, done] {
        if (reply->isSettled())
            done();
    });
}

void InstanceHealthProbe::finish(const InstanceHealth &health)
{
    if (m_done)
        return;
    m_done = true;
    emit judged(health);
}

} // namespace bb
