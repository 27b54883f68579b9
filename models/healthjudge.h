#pragma once

#include "models/instancehealth.h"
#include "providers/core/backup.h"
#include "providers/core/instance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace bb {

// Judges one instance's backups against its expectation: OK, Warning or Critical with the reasons
// in words. Pure: the clock is given (never read from the wall here), the backups are whatever the
// caller listed (HealthJudge::historyDays back is enough for every rule), no I/O.
//
// The rules, each adding one reason:
// - no successful full backup at all: Critical; the newest older than the expected age: Warning,
//   older than twice that: Critical;
// - log backups expected (maxLogAgeSeconds > 0) but none, or the newest older than expected: Warning;
// - failed backups that started in the last 7 days: Warning;
// - a backup running more than 3 times its kind's median duration (and at least 30 min over it;
//   24 h without 3 finished ones to compare with): Warning;
// - the newest full backup smaller than half the median of the (up to 7) before it, at least 3
//   of them with a size: Warning (a sudden drop often means databases or tables went missing);
// - covered by an offsite rule but no verified local copy, or the newest verified copy's backup
//   started more than the expected full-backup age before the newest successful full backup
//   finished: Warning. The lag is measured against the cloud's newest backup, not the clock, so
//   an instance whose cloud backups are late is not blamed twice; one expected backup interval
//   of lag is what a daily sync after a daily backup normally shows.
class HealthJudge final
{
    Q_DECLARE_TR_FUNCTIONS(bb::HealthJudge)

public:
    static constexpr int historyDays = 30;
    static constexpr int failureWindowDays = 7;
    static constexpr int sizeSamples = 7;
    static constexpr int minSamples = 3;

    explicit HealthJudge(const QDateTime &nowUtc);

    InstanceHealth judge(const Instance &instance, const QList<Backup> &backups,
                         const HealthExpectation &expectation, const LocalCopyFacts &copies = {}) const;
    // An instance whose backups could not be listed: Critical, with the call's error in words.
    InstanceHealth unreachable(const Instance &instance, const QString &error,
                               const HealthExpectation &expectation) const;

    // A full backup for these rules: the whole instance at one point in time (products that do
    // not say which kind list whole-instance backups only).
    static bool isFull(const Backup &backup);

private:
    static InstanceHealth blank(const Instance &instance, const HealthExpectation &expectation);
    void judgeFull(const QList<Backup> &backups, InstanceHealth *health) const;
    void judgeLog(const QList<Backup> &backups, InstanceHealth *health) const;
    void judgeFailures(const QList<Backup> &backups, InstanceHealth *health) const;
    void judgeRunning(const QList<Backup> &backups, InstanceHealth *health) const;
    void judgeSize(const QList<Backup> &successfulFulls, InstanceHealth *health) const;
    void judgeLocalCopy(const LocalCopyFacts &copies, InstanceHealth *health) const;
    static void add(InstanceHealth *health, HealthState state, const QString &reason);

    QDateTime m_now;
};

} // namespace bb
