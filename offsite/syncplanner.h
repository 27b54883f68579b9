#pragma once

#include "offsite/copycatalogue.h"
#include "offsite/offsiterule.h"
#include "providers/core/backup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace bb {

// What a sync knows before it acts: the rule, the cloud's listing of the rule's instances, the
// catalogue's copies for the rule, and what is on disk.
struct SyncInput
{
    OffsiteRule rule;
    QList<Backup> listed; // the listing of the instances the rule selects (any status and kind)
    QList<CopyRecord> copies; // the catalogue's copies made under this rule
    QHash<QString, qint64> diskSizes; // a copy's relative path → its size on disk; absent: no file
    QDateTime nowUtc;
};

// One decision about one backup, with the reason a person reads.
struct SyncItem
{
    enum class Action { Fetch, Keep, Prune };

    Action action = Action::Keep;
    QString instanceId;
    QString backupId;
    QDateTime start;
    Backup backup; // the listed record (Fetch, and Keep/Prune when it is still listed)
    QString folder; // Fetch: where its files go, relative to the destination
    QList<CopyRecord> copies; // Keep/Prune: the local files
    QString reason; // translated

    static QString actionName(Action action); // "fetch", "keep", "prune": stable, for JSON
};

struct SyncPlan
{
    QList<SyncItem> items; // per instance (by id), fetches newest first, then keeps and prunes
    int count(SyncItem::Action action) const;
};

// Pure: listing + catalogue + disk → what to fetch, keep and prune, and why. A backup is fetched
// when the rule selects it (succeeded, of the rule's kind, downloadable, among the newest N
// and/or within D days) and its local copy is missing, incomplete, of another size, or failed
// verification. A local copy is pruned when the retention (the rule's `keep`, else its newest/
// days) no longer keeps it and the rule prunes; the retention's minimum always stays, and
// nothing in the cloud is ever touched.
class SyncPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(SyncPlanner)

public:
    static SyncPlan plan(const SyncInput &input);
    // Whether the listed backup is one the rule may copy at all (before newest/days).
    static bool eligible(const OffsiteRule &rule, const Backup &backup);
};

} // namespace bb
