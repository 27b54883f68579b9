#pragma once

#include "models/instancehealth.h"
#include "models/localcopystate.h"
#include "offsite/copycatalogue.h"
#include "offsite/offsiterule.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace bb {

// Which instances the offsite rules cover and, per rule and instance, the newest backup that has a
// verified local copy: what the fleet health judgement (HealthJudge's LocalCopyFacts) needs from
// the catalogues. A backup counts as verified when every one of its files has a copy that was read
// back and matched and none failed verification. load() reads the catalogues (SQLite: call it off
// the GUI thread); everything else is pure.
class LocalCopyIndex final
{
    Q_DECLARE_TR_FUNCTIONS(bb::LocalCopyIndex)

public:
    // Reads each destination's catalogue once. A destination without a catalogue has no copies
    // yet (nothing is created there); one that cannot be read adds a translated line to `errors`
    // and its rules still cover their instances (with no verified copy).
    static LocalCopyIndex load(const QList<OffsiteRule> &rules, QStringList *errors);

    // The rule and its copies (those recorded under the rule's name count).
    void add(const OffsiteRule &rule, const QList<CopyRecord> &copies);

    // `accountId`, `accountAlias`: the instance's account, which a rule names by either (both
    // empty: the CLI's credentials). A rule without an account covers instances of every account.
    LocalCopyFacts factsFor(const QString &accountId, const QString &accountAlias, const QString &product,
                            const QString &instanceId, const QString &instanceName) const;

    bool isEmpty() const { return m_rules.isEmpty(); }

    // Per backup (BackupTableModel::localCopyKey): Verified when some rule keeps it whole and
    // verified, else Failed when a copy failed verification; backups without either are absent.
    const QHash<QString, LocalCopyState> &backupStates() const { return m_backups; }

private:
    static QString key(const QString &rule, const QString &product, const QString &instanceId);

    QList<OffsiteRule> m_rules;
    QHash<QString, QDateTime> m_newestVerified; // key() to the newest verified backup's start
    QHash<QString, LocalCopyState> m_backups;
};

} // namespace bb
