#include "offsite/retentionpolicy.h"

#include <algorithm>

namespace bb {

namespace {

// One grandfather-father-son rule: keeps the newest item of each new bucket until `left` runs out.
struct BucketRule
{
    int left = 0;
    QString last;
    QString (*bucket)(const QDate &) = nullptr;
    QString label;
};

QString dayOf(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString weekOf(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString monthOf(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

QString yearOf(const QDate &date)
{
    return QString::number(date.year());
}

} // namespace

RetentionPolicy::RetentionPolicy(const RetentionSpec &spec)
    : m_spec(spec)
{ }

QList<RetentionDecision> RetentionPolicy::apply(QList<RetentionItem> items, const QDateTime &nowUtc) const
{
    std::sort(items.begin(), items.end(), [](const RetentionItem &a, const RetentionItem &b) {
        return a.start != b.start ? a.start > b.start : a.key < b.key;
    });

    BucketRule rules[] = {
        {m_spec.daily, {}, &dayOf, tr("daily")},
        {m_spec.weekly, {}, &weekOf, tr("weekly")},
        {m_spec.monthly, {}, &monthOf, tr("monthly")},
        {m_spec.yearly, {}, &yearOf, tr("yearly")},
    };
    const QDateTime since = nowUtc.toUTC().addDays(-qint64(m_spec.withinDays));

    QList<RetentionDecision> decisions;
    decisions.reserve(items.size());
    int kept = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const RetentionItem &item = items.at(i);
        RetentionDecision decision {item.key, item.start, false, {}};
        if (m_spec.keepsEverything()) {
            decision.keep = true;
            decision.reasons << tr("no retention rule: everything is kept");
        }
        if (m_spec.last > 0 && i < m_spec.last)
            decision.reasons << tr("among the newest %n", nullptr, m_spec.last);
        if (m_spec.withinDays > 0 && item.start >= since)
            decision.reasons << tr("started within %n day(s)", nullptr, m_spec.withinDays);
        const QDate date = item.start.toUTC().date();
        for (BucketRule &rule : rules) {
            if (rule.left <= 0)
                continue;
            const QString bucket = rule.bucket(date);
            if (bucket == rule.last)
                continue;
            rule.last = bucket;
            --rule.left;
            decision.reasons << tr("%1 %2").arg(rule.label, bucket);
        }
        decision.keep = !decision.reasons.isEmpty();
        if (decision.keep)
            ++kept;
        decisions.append(decision);
    }

    // The minimum: the newest copies the rules let go are kept until there are that many.
    for (RetentionDecision &decision : decisions) {
        if (kept >= m_spec.minimum)
            break;
        if (decision.keep)
            continue;
        decision.keep = true;
        decision.reasons << tr("the minimum of %n kept", nullptr, m_spec.minimum);
        ++kept;
    }
    for (RetentionDecision &decision : decisions) {
        if (!decision.keep)
            decision.reasons << tr("no retention rule keeps it");
    }
    return decisions;
}

} // namespace bb
