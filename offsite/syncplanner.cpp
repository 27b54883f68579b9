#include "offsite/syncplanner.h"

#include "offsite/retentionpolicy.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace bb {

QString SyncItem::actionName(Action action)
{
    switch (action) {
    case Action::Fetch:
        return QStringLiteral("fetch");
    case Action::Prune:
        return QStringLiteral("prune");
    case Action::Keep:
        break;
    }
    return QStringLiteral("keep");
}

int SyncPlan::count(SyncItem::Action action) const
{
    return int(std::count_if(items.begin(), items.end(),
                             [action](const SyncItem &i) { return i.action == action; }));
}

bool SyncPlanner::eligible(const OffsiteRule &rule, const Backup &backup)
{
    return backup.status == BackupStatus::Succeeded && rule.selectsKind(backup.kind)
        && backup.notDownloadableReason.isEmpty() && backup.start.isValid();
}

namespace {

struct Local
{
    QList<CopyRecord> files;
    QDateTime start;
};

// Why the local copy of a selected backup is not good enough; empty when it is.
QString whyRefetch(const Local *local, const QHash<QString, qint64> &disk)
{
    if (!local || local->files.isEmpty())
        return SyncPlanner::tr("no local copy");
    const int expected = local->files.constFirst().backupFiles;
    if (local->files.size() < expected)
        return SyncPlanner::tr("local copy incomplete: %1 of %2 files")
            .arg(local->files.size())
            .arg(expected);
    for (const CopyRecord &copy : local->files) {
        if (copy.corrupt)
            return SyncPlanner::tr("%1 failed verification").arg(copy.path);
        const auto it = disk.constFind(copy.path);
        if (it == disk.constEnd())
            return SyncPlanner::tr("%1 is missing").arg(copy.path);
        if (*it != copy.size)
            return SyncPlanner::tr("%1 has %2 bytes, the catalogue says %3")
                .arg(copy.path)
                .arg(*it)
                .arg(copy.size);
    }
    return {};
}

} // namespace

SyncPlan SyncPlanner::plan(const SyncInput &input)
{
    const OffsiteRule &rule = input.rule;
    const QDateTime since = input.nowUtc.toUTC().addDays(-qint64(rule.days));

    // Per instance: the eligible listed backups (newest first) and the local copies by backup.
    QMap<QString, QList<Backup>> listed;
    for (const Backup &b : input.listed) {
        if (eligible(rule, b))
            listed[b.instanceId].append(b);
    }
    QMap<QString, QMap<QString, Local>> local; // instance → backup id → files
    for (const CopyRecord &c : input.copies) {
        Local &l = local[c.instanceId][c.backupId];
        l.files.append(c);
        l.start = c.backupStart;
    }
    QSet<QString> instances;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it)
        instances.insert(it.key());
    for (auto it = local.cbegin(); it != local.cend(); ++it)
        instances.insert(it.key());
    QStringList ordered(instances.begin(), instances.end());
    std::sort(ordered.begin(), ordered.end());

    SyncPlan plan;
    for (const QString &instance : std::as_const(ordered)) {
        QList<Backup> candidates = listed.value(instance);
        std::sort(candidates.begin(), candidates.end(), [](const Backup &a, const Backup &b) {
            return a.start != b.start ? a.start > b.start : a.id < b.id;
        });
        QMap<QString, Local> copies = local.value(instance);

        // Selection: newest N and/or within D days of what the cloud lists.
        QHash<QString, QString> selected; // backup id → why
        QHash<QString, Backup> listedById;
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const Backup &b = candidates.at(i);
            listedById.insert(b.id, b);
            if (rule.newest > 0 && i >= rule.newest)
                continue;
            if (rule.days > 0 && b.start < since)
                continue;
            QStringList why;
            if (rule.newest > 0)
                why << tr("among the newest %n", nullptr, rule.newest);
            if (rule.days > 0)
                why << tr("started within %n day(s)", nullptr, rule.days);
            if (why.isEmpty())
                why << tr("listed in the last %n day(s)", nullptr, rule.listDays());
            selected.insert(b.id, why.join(QStringLiteral(", ")));
        }

        QList<SyncItem> fetches;
        QList<SyncItem> others;
        for (const Backup &b : std::as_const(candidates)) {
            if (!selected.contains(b.id))
                continue;
            const auto it = copies.constFind(b.id);
            const QString refetch = whyRefetch(it == copies.constEnd() ? nullptr : &*it, input.diskSizes);
            if (refetch.isEmpty())
                continue; // kept below, with the copies
            SyncItem item;
            item.action = SyncItem::Action::Fetch;
            item.instanceId = instance;
            item.backupId = b.id;
            item.start = b.start;
            item.backup = b;
            item.folder = rule.folderFor(b);
            if (it != copies.constEnd())
                item.copies = it->files;
            item.reason = selected.value(b.id) + QStringLiteral("; ") + refetch;
            fetches.append(item);
        }

        // Retention over every backup that has (or is about to have) a local copy.
        QList<RetentionItem> items;
        QSet<QString> seen;
        for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
            items.append({it.key(), it->start});
            seen.insert(it.key());
        }
        for (const SyncItem &f : std::as_const(fetches)) {
            if (!seen.contains(f.backupId))
                items.append({f.backupId, f.start});
        }
        const QList<RetentionDecision> decisions
            = RetentionPolicy(rule.effectiveRetention()).apply(items, input.nowUtc);
        for (const RetentionDecision &d : decisions) {
            const auto it = copies.constFind(d.key);
            if (it == copies.constEnd())
                continue; // a fetch: selected, so it stays whatever the retention says
            const bool fetching = std::any_of(fetches.cbegin(), fetches.cend(),
                                              [&](const SyncItem &f) { return f.backupId == d.key; });
            if (fetching)
                continue;
            SyncItem item;
            item.instanceId = instance;
            item.backupId = d.key;
            item.start = d.start;
            item.backup = listedById.value(d.key);
            item.copies = it->files;
            if (selected.contains(d.key)) {
                item.action = SyncItem::Action::Keep;
                item.reason = selected.value(d.key) + QStringLiteral("; ") + tr("local copy complete");
            } else if (d.keep) {
                item.action = SyncItem::Action::Keep;
                item.reason = d.reasons.join(QStringLiteral(", "));
            } else if (!rule.prune) {
                item.action = SyncItem::Action::Keep;
                item.reason
                    = d.reasons.join(QStringLiteral(", ")) + QStringLiteral("; ") + tr("pruning is off");
            } else {
                item.action = SyncItem::Action::Prune;
                item.reason = d.reasons.join(QStringLiteral(", "));
            }
            others.append(item);
        }
        plan.items += fetches;
        plan.items += others;
    }
    return plan;
}

} // namespace bb
