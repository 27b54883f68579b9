#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace bb {

// How one instance's backups look: worse states sort higher, so the worst of several is max().
enum class HealthState { Ok = 0, Warning = 1, Critical = 2 };

// Stable lower-case names for JSON, CSV and the Prometheus labels; never translated.
QString toString(HealthState state);

// What an instance is expected to do, and where that expectation came from: the instance's own
// backup policy where the product publishes one, else the user's threshold, else our default.
struct HealthExpectation
{
    enum class Source { Default, User, Policy };

    qint64 maxFullAgeSeconds = 26 * 3600; // a daily backup plus two hours of slack
    qint64 maxLogAgeSeconds = 0; // 0: log backups are not judged (none expected)
    Source source = Source::Default;
    QString policy; // translated summary of the policy (empty unless source is Policy)
};

QString toString(HealthExpectation::Source source); // "default", "user", "policy"

// What the offsite-copies catalogues say about one instance (issue 16's local copies), gathered
// by the caller (offsite/LocalCopyIndex): the judge itself reads no catalogue.
struct LocalCopyFacts
{
    QString rule; // the first offsite rule that covers the instance; empty: none does
    // The start of the newest backup whose every file has a local copy that was verified (read
    // back and matched) and is not corrupt; invalid when there is none.
    QDateTime newestVerified;

    bool covered() const { return !rule.isEmpty(); }
};

// The judgement of one instance at one moment (HealthJudge::judge). Ages are seconds before the
// judge's clock; -1 where there is nothing to measure.
struct InstanceHealth
{
    QString product;
    QString region;
    QString instanceId;
    QString instanceName;

    HealthState state = HealthState::Ok;
    QStringList reasons; // translated sentences, worst first; empty when OK

    QDateTime newestFull; // when the newest successful full backup finished (UTC)
    qint64 newestFullAgeSeconds = -1;
    qint64 newestFullSizeBytes = -1;
    qint64 medianFullSizeBytes = -1; // of the successful full backups before the newest
    QDateTime newestLog; // newest successful log backup (products with log backups)
    qint64 newestLogAgeSeconds = -1;
    int failuresLast7Days = 0;
    qint64 longestRunningSeconds = -1; // the backup running now that started first
    QString localCopyRule; // the offsite rule covering the instance; empty: none (or no rules known)
    QDateTime newestLocalCopy; // start of the newest backup with a verified local copy (UTC)
    qint64 newestLocalCopyAgeSeconds = -1;
    HealthExpectation expectation;
    QString error; // why the instance could not be judged (a failed call); state is Critical
};

} // namespace bb

Q_DECLARE_METATYPE(bb::InstanceHealth)
