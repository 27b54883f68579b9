#include "session/fleethealthcontroller.h"

#include "models/instancehealthprobe.h"
#include "providers/core/backupservice.h"
#include "providers/productregistry.h"
#include "session/appcontext.h"
#include "session/instanceenumerator.h"
#include "session/localcopyloader.h"
#include "session/settings.h"
#include "session/syncrun.h"

#include <utility>

namespace bb {

FleetHealthController::FleetHealthController(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_model(new HealthTableModel(this))
    , m_enumerator(new InstanceEnumerator(context, this))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_rulesFile(SyncRun::defaultRulesFile())
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FleetHealthController::refresh);
    connect(m_context->settings(), &Settings::healthThresholdsChanged, this,
            &FleetHealthController::thresholdsChanged);
    connect(m_enumerator, &InstanceEnumerator::instancesListed, this, &FleetHealthController::onListed);
    connect(
        m_enumerator, &InstanceEnumerator::serviceFailed, this,
        [this](const Account &account, const QString &product, const ProviderError &error) {
            emit errorOccurred(
                tr("%1, %2: %3").arg(account.alias, ProductRegistry::displayName(product), error.toString()));
        });
    connect(m_enumerator, &InstanceEnumerator::listingFailed, this,
            [this](const Account &account, const QString &, const QString &, const ProviderError &error) {
                emit errorOccurred(tr("%1: %2").arg(account.alias, error.toString()));
            });
    connect(m_enumerator, &InstanceEnumerator::finished, this, &FleetHealthController::finishWhenDone);
}

FleetHealthController::~FleetHealthController()
{
    LocalCopyLoader::waitForAll(this);
}

void FleetHealthController::loadLocalCopies(std::function<void()> then)
{
    LocalCopyLoader::load(
        this, m_rulesFile,
        [this, then = std::move(then)](const LocalCopyIndex &index, const QStringList &errors) {
            m_copies = index;
            for (const QString &error : errors)
                emit errorOccurred(tr("Local copies: %1").arg(error));
            then();
        });
}

void FleetHealthController::setRefreshMinutes(int minutes)
{
    if (minutes <= 0)
        return m_timer.stop();
    m_timer.start(minutes * 60 * 1000);
}

int FleetHealthController::refreshMinutes() const
{
    return m_timer.isActive() ? m_timer.interval() / 60000 : 0;
}

HealthThresholds FleetHealthController::thresholds() const
{
    return m_context->settings()->healthThresholds();
}

void FleetHealthController::setInstanceMaxAge(const QString &instanceId, qint64 seconds)
{
    HealthThresholds thresholds = m_context->settings()->healthThresholds();
    if (!thresholds.setForInstance(instanceId, seconds)) {
        emit errorOccurred(tr("%1: cannot keep an expected backup age for it (too long an id, or %2 "
                              "instances have one already).")
                               .arg(instanceId)
                               .arg(HealthThresholds::maxInstances));
        return;
    }
    m_context->settings()->setHealthThresholds(thresholds); // judged again through thresholdsChanged
}

void FleetHealthController::thresholdsChanged()
{
    // An overview never opened has nothing to judge again.
    if (m_running)
        m_again = true;
    else if (m_firstDone)
        startRefresh(true);
}

void FleetHealthController::refresh()
{
    startRefresh(false);
}

void FleetHealthController::startRefresh(bool quiet)
{
    if (m_running)
        return;
    m_running = true;
    m_quiet = quiet;
    ++m_generation;
    m_thresholds = m_context->settings()->healthThresholds();
    // One clock reading per refresh: every instance is judged at the same moment.
    m_checkedAt = m_now();
    m_total = m_judged = m_inFlight = 0;
    m_queue.clear();
    m_seen.clear();
    QList<InstanceEnumerator::Source> sources;
    for (const Account &account : m_context->accounts()) {
        for (const QString &product : account.products)
            sources.append({account, product});
    }
    emit progressChanged(0, 0);
    loadLocalCopies([this, sources] {
        m_enumerator->start(sources); // without accounts, finished at once
    });
}

void FleetHealthController::onListed(const Account &account, const std::shared_ptr<BackupService> &service,
                                     const QList<Instance> &instances)
{
    for (const Instance &instance : instances) {
        m_queue.enqueue({account, service, instance});
        ++m_total;
    }
    emit progressChanged(m_judged, m_total);
    startNext();
}

void FleetHealthController::finishWhenDone()
{
    if (!m_running || m_enumerator->isRunning() || m_inFlight > 0 || !m_queue.isEmpty())
        return;
    // Everything listed and judged.
    m_model->retain(m_seen);
    m_previous.clear();
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const HealthTableModel::Row &row = m_model->row(i);
        m_previous.insert(HealthTableModel::key(row.accountId, row.health.product, row.health.instanceId),
                          row.health.state);
    }
    m_firstDone = true;
    m_running = false;
    emit finished();
    if (std::exchange(m_again, false))
        startRefresh(true);
}

void FleetHealthController::startNext()
{
    while (m_inFlight < parallelProbes && !m_queue.isEmpty()) {
        const Target target = m_queue.dequeue();
        ++m_inFlight;
        auto *probe
            = new InstanceHealthProbe(target.service, target.instance, m_checkedAt, m_thresholds, this);
        probe->setLocalCopies(m_copies.factsFor(target.account.id, target.account.alias,
                                                target.instance.product, target.instance.id,
                                                target.instance.name));
        const quint64 generation = m_generation;
        connect(probe, &InstanceHealthProbe::judged, this,
                [this, probe, target, generation](const InstanceHealth &health) {
                    probe->deleteLater();
                    if (generation == m_generation)
                        onJudged(target, health);
                });
        probe->start();
    }
}

void FleetHealthController::onJudged(const Target &target, const InstanceHealth &health)
{
    --m_inFlight;
    ++m_judged;
    const QString key = HealthTableModel::key(target.account.id, health.product, health.instanceId);
    m_seen.insert(key);
    if (m_firstDone && !m_quiet && health.state == HealthState::Critical
        && m_previous.value(key, HealthState::Ok) != HealthState::Critical)
        emit turnedCritical(health.instanceName.isEmpty() ? health.instanceId : health.instanceName,
                            health.reasons.value(0));
    m_model->setHealth(
        {target.account.id, target.account.alias, ProductRegistry::displayName(health.product), health});
    emit instanceJudged(target.account.id, health);
    emit progressChanged(m_judged, m_total);
    startNext();
    finishWhenDone(); // the last judgement may be what the refresh waited for
}

} // namespace bb
