#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace bb {

// How many local copies to keep, as restic's `forget` counts them: the newest N, those started
// within D days, and grandfather-father-son buckets (the newest copy of each of the last `daily`
// days that have one, of the last `weekly` ISO weeks, `monthly` months, `yearly` years). A copy
// is kept when any rule keeps it; `minimum` newest copies are kept whatever the rules say.
// Buckets are UTC days, so the answer never depends on the machine's time zone.
struct RetentionSpec
{
    int last = 0;
    int withinDays = 0;
    int daily = 0;
    int weekly = 0;
    int monthly = 0;
    int yearly = 0;
    int minimum = 1;

    // No rule at all (the minimum alone is not a rule): everything is kept.
    bool keepsEverything() const
    {
        return last <= 0 && withinDays <= 0 && daily <= 0 && weekly <= 0 && monthly <= 0 && yearly <= 0;
    }
    friend bool operator==(const RetentionSpec &, const RetentionSpec &) = default;
};

// One thing the policy judges (a backup's local copy): a key the caller knows it by and the
// time the backup started.
struct RetentionItem
{
    QString key;
    QDateTime start; // UTC
};

struct RetentionDecision
{
    QString key;
    QDateTime start;
    bool keep = false;
    QStringList reasons; // translated; why it is kept, or why it goes (one line)
};

// Pure: the same items, spec and time give the same answer.
class RetentionPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionPolicy)

public:
    explicit RetentionPolicy(const RetentionSpec &spec);

    // Decisions newest first (ties by key, so equal times are ordered too). `nowUtc` anchors
    // withinDays.
    QList<RetentionDecision> apply(QList<RetentionItem> items, const QDateTime &nowUtc) const;

private:
    RetentionSpec m_spec;
};

} // namespace bb
