#include "models/healthjudge.h"

#include "models/displayformat.h"

#include <algorithm>

namespace bb {

namespace {

// When a backup's data was taken: its end where known, else its start.
QDateTime finishedAt(const Backup &backup)
{
    return backup.end.isValid() ? backup.end : backup.start;
}

bool newerFirst(const Backup &a, const Backup &b)
{
    return finishedAt(a) > finishedAt(b);
}

template<typename T> T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

constexpr qint64 kRunningSlackSeconds = 30 * 60;
constexpr qint64 kRunningWithoutHistorySeconds = 24 * 3600;
constexpr int kRunningFactor = 3;

} // namespace

QString toString(HealthState state)
{
    switch (state) {
    case HealthState::Ok:
        return QStringLiteral("ok");
    case HealthState::Warning:
        return QStringLiteral("warning");
    case HealthState::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("critical");
}

QString toString(HealthExpectation::Source source)
{
    switch (source) {
    case HealthExpectation::Source::Default:
        return QStringLiteral("default");
    case HealthExpectation::Source::User:
        return QStringLiteral("user");
    case HealthExpectation::Source::Policy:
        return QStringLiteral("policy");
    }
    return QStringLiteral("default");
}

HealthJudge::HealthJudge(const QDateTime &nowUtc)
    : m_now(nowUtc.toUTC())
{ }

InstanceHealth HealthJudge::blank(const Instance &instance, const HealthExpectation &expectation)
{
    InstanceHealth health;
    health.product = instance.product;
    health.region = instance.region;
    health.instanceId = instance.id;
    health.instanceName = instance.name;
    health.expectation = expectation;
    return health;
}

bool HealthJudge::isFull(const Backup &backup)
{
    return backup.kind == BackupKind::Full || backup.kind == BackupKind::Snapshot
        || backup.kind == BackupKind::Unknown;
}

InstanceHealth HealthJudge::judge(const Instance &instance, const QList<Backup> &backups,
                                  const HealthExpectation &expectation, const LocalCopyFacts &copies) const
{
    InstanceHealth health = blank(instance, expectation);

    // Newest first. Backups from the future (a skewed provider clock) count as just finished, not as
    // negative ages (the std::max(0, ...) below).
    QList<Backup> sorted = backups;
    std::stable_sort(sorted.begin(), sorted.end(), newerFirst);
    judgeFull(sorted, &health);
    judgeLog(sorted, &health);
    judgeFailures(sorted, &health);
    judgeRunning(sorted, &health);
    judgeLocalCopy(copies, &health);
    return health;
}

InstanceHealth HealthJudge::unreachable(const Instance &instance, const QString &error,
                                        const HealthExpectation &expectation) const
{
    InstanceHealth health = blank(instance, expectation);
    health.error = error;
    add(&health, HealthState::Critical, tr("Its backups could not be listed: %1").arg(error));
    return health;
}

void HealthJudge::add(InstanceHealth *health, HealthState state, const QString &reason)
{
    // Only the full-backup rule (judged first) gives Critical, so appending keeps the worst first.
    health->reasons.append(reason);
    health->state = std::max(health->state, state);
}

void HealthJudge::judgeFull(const QList<Backup> &backups, InstanceHealth *health) const
{
    QList<Backup> fulls;
    for (const Backup &backup : backups) {
        if (isFull(backup) && backup.status == BackupStatus::Succeeded && finishedAt(backup).isValid())
            fulls << backup;
    }
    const qint64 expected = health->expectation.maxFullAgeSeconds;
    if (fulls.isEmpty()) {
        add(health, HealthState::Critical,
            tr("No successful full backup in the last %1 days.").arg(historyDays));
        return;
    }
    const Backup &newest = fulls.constFirst();
    health->newestFull = finishedAt(newest);
    health->newestFullAgeSeconds = std::max<qint64>(0, health->newestFull.secsTo(m_now));
    health->newestFullSizeBytes = newest.sizeBytes;
    if (expected > 0 && health->newestFullAgeSeconds > expected) {
        const HealthState state
            = health->newestFullAgeSeconds > 2 * expected ? HealthState::Critical : HealthState::Warning;
        add(health, state,
            tr("The newest successful full backup is %1 old; one was expected every %2.")
                .arg(DisplayFormat::duration(health->newestFullAgeSeconds),
                     DisplayFormat::duration(expected)));
    }
    judgeSize(fulls, health);
}

void HealthJudge::judgeSize(const QList<Backup> &successfulFulls, InstanceHealth *health) const
{
    QList<qint64> sizes;
    for (qsizetype i = 1; i < successfulFulls.size() && sizes.size() < sizeSamples; ++i) {
        if (successfulFulls.at(i).sizeBytes >= 0)
            sizes << successfulFulls.at(i).sizeBytes;
    }
    if (sizes.size() < minSamples)
        return;
    health->medianFullSizeBytes = median(sizes);
    const qint64 newest = health->newestFullSizeBytes;
    if (newest >= 0 && health->medianFullSizeBytes > 0 && newest * 2 < health->medianFullSizeBytes) {
        add(health, HealthState::Warning,
            tr("The newest full backup is %1, less than half the median %2 of the %n before it.", nullptr,
               int(sizes.size()))
                .arg(DisplayFormat::size(newest), DisplayFormat::size(health->medianFullSizeBytes)));
    }
}

void HealthJudge::judgeLog(const QList<Backup> &backups, InstanceHealth *health) const
{
    for (const Backup &backup : backups) {
        if (backup.kind == BackupKind::Log && backup.status == BackupStatus::Succeeded
            && finishedAt(backup).isValid()) {
            health->newestLog = finishedAt(backup);
            health->newestLogAgeSeconds = std::max<qint64>(0, health->newestLog.secsTo(m_now));
            break;
        }
    }
    const qint64 expected = health->expectation.maxLogAgeSeconds;
    if (expected <= 0)
        return;
    if (health->newestLogAgeSeconds < 0) {
        add(health, HealthState::Warning,
            tr("No successful log backup in the last %1 days; one was expected every %2.")
                .arg(historyDays)
                .arg(DisplayFormat::duration(expected)));
    } else if (health->newestLogAgeSeconds > expected) {
        add(health, HealthState::Warning,
            tr("The newest log backup is %1 old; one was expected every %2.")
                .arg(DisplayFormat::duration(health->newestLogAgeSeconds),
                     DisplayFormat::duration(expected)));
    }
}

void HealthJudge::judgeFailures(const QList<Backup> &backups, InstanceHealth *health) const
{
    const QDateTime since = m_now.addDays(-failureWindowDays);
    for (const Backup &backup : backups) {
        if (backup.status == BackupStatus::Failed && backup.start.isValid() && backup.start >= since
            && backup.start <= m_now)
            ++health->failuresLast7Days;
    }
    if (health->failuresLast7Days > 0) {
        add(health, HealthState::Warning,
            tr("%n backup(s) failed in the last %1 days.", nullptr, health->failuresLast7Days)
                .arg(failureWindowDays));
    }
}

void HealthJudge::judgeRunning(const QList<Backup> &backups, InstanceHealth *health) const
{
    // One reason per instance: the running backup furthest over its limit.
    QString reason;
    qint64 worstOver = -1;
    for (const Backup &backup : backups) {
        const bool running
            = backup.status == BackupStatus::Running || backup.status == BackupStatus::Creating;
        if (!running || !backup.start.isValid())
            continue;
        const qint64 elapsed = std::max<qint64>(0, backup.start.secsTo(m_now));
        health->longestRunningSeconds = std::max(health->longestRunningSeconds, elapsed);

        QList<qint64> durations;
        for (const Backup &done : backups) {
            if (done.kind == backup.kind && done.status == BackupStatus::Succeeded && done.start.isValid()
                && done.end.isValid() && done.end >= done.start)
                durations << done.start.secsTo(done.end);
        }
        const bool known = durations.size() >= minSamples;
        const qint64 usual = known ? median(durations) : -1;
        const qint64 limit = known ? std::max(usual * kRunningFactor, usual + kRunningSlackSeconds)
                                   : kRunningWithoutHistorySeconds;
        if (elapsed <= limit || elapsed - limit <= worstOver)
            continue;
        worstOver = elapsed - limit;
        reason = known
            ? tr("Backup %1 has been running for %2; this instance's backups usually take %3.")
                  .arg(backup.id, DisplayFormat::duration(elapsed), DisplayFormat::duration(usual))
            : tr("Backup %1 has been running for %2.").arg(backup.id, DisplayFormat::duration(elapsed));
    }
    if (!reason.isEmpty())
        add(health, HealthState::Warning, reason);
}

void HealthJudge::judgeLocalCopy(const LocalCopyFacts &copies, InstanceHealth *health) const
{
    if (!copies.covered())
        return;
    health->localCopyRule = copies.rule;
    if (copies.newestVerified.isValid()) {
        health->newestLocalCopy = copies.newestVerified.toUTC();
        health->newestLocalCopyAgeSeconds = std::max<qint64>(0, health->newestLocalCopy.secsTo(m_now));
    }
    if (!health->newestLocalCopy.isValid()) {
        add(health, HealthState::Warning,
            tr("Offsite rule %1 covers this instance, but no backup has a verified local copy.")
                .arg(copies.rule));
        return;
    }
    // Nothing in the cloud to compare with: the full-backup rule has said so already.
    const qint64 expected = health->expectation.maxFullAgeSeconds;
    if (!health->newestFull.isValid() || expected <= 0)
        return;
    const qint64 lag = health->newestLocalCopy.secsTo(health->newestFull);
    if (lag > expected) {
        add(health, HealthState::Warning,
            tr("The newest verified local copy (rule %1) is of a backup %2 old, %3 older than the newest "
               "backup in the cloud; copies were expected within %4.")
                .arg(copies.rule, DisplayFormat::duration(health->newestLocalCopyAgeSeconds),
                     DisplayFormat::duration(lag), DisplayFormat::duration(expected)));
    }
}

} // namespace bb
