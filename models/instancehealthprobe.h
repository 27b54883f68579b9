#pragma once

#include "models/healththresholds.h"
#include "models/instancehealth.h"
#include "providers/core/instance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

#include <memory>

namespace bb {

class BackupService;
class ServiceReply;

// Judges one instance, the same way for `check` and the window's overview: the instance's own
// backup policy where its product publishes one (else `fallback`, the user's threshold or the
// default), then its last HealthJudge::historyDays of backups, then HealthJudge. Emits judged()
// exactly once; an instance whose backups cannot be listed is judged Critical with the call's
// error. Deletes nothing: the owner deletes the probe (deleteLater() from judged() is fine).
class InstanceHealthProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceHealthProbe)

public:
    // `nowUtc` is the moment everything is judged at (one clock reading per check).
    // `fallbackOverPolicy`: the fallback is the user's word for this very instance and counts
    // over its published policy (the policy is not asked for).
    InstanceHealthProbe(std::shared_ptr<BackupService> service, Instance instance, QDateTime nowUtc,
                        HealthExpectation fallback, bool fallbackOverPolicy, QObject *parent = nullptr);
    // The user's thresholds pick the fallback and whether it counts over the policy, the same way
    // for `check` and the window (HealthThresholds).
    InstanceHealthProbe(std::shared_ptr<BackupService> service, const Instance &instance, QDateTime nowUtc,
                        const HealthThresholds &thresholds, QObject *parent = nullptr);
    ~InstanceHealthProbe() override;

    // What the offsite-copies catalogues say about the instance (judged too; default: no rule).
    void setLocalCopies(const LocalCopyFacts &copies) { m_copies = copies; }

    void start();
    void abort();

    const Instance &instance() const { return m_instance; }

signals:
    void judged(const bb::InstanceHealth &health);
    // A policy call failed for another reason than "this product has none": the instance is
    // judged against the fallback, and this says so (translated).
    void note(const QString &message);

private:
    void onPolicy(ServiceReply *reply);
    void listBackups(const HealthExpectation &expectation);
    void finish(const InstanceHealth &health);

    std::shared_ptr<BackupService> m_service;
    Instance m_instance;
    QDateTime m_now;
    HealthExpectation m_fallback;
    bool m_fallbackOverPolicy;
    LocalCopyFacts m_copies;
    ServiceReply *m_reply = nullptr; // the call in flight
    bool m_done = false;
};

} // namespace bb
