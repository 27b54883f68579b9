#include "offsite/localcopyindex.h"

#include "models/backuptablemodel.h"

#include <QFileInfo>
#include <QMap>

namespace bb {

namespace {

struct BackupCopies
{
    QString product;
    QString instanceId;
    QString backupId;
    QDateTime start;
    QDateTime oldestVerification;
    int files = 1; // how many files the backup has
    int verified = 0; // copies read back and matched
    bool corrupt = false;
};

} // namespace

QString LocalCopyIndex::key(const QString &rule, const QString &product, const QString &instanceId)
{
    return rule + u'\x1f' + product + u'\x1f' + instanceId;
}

LocalCopyIndex LocalCopyIndex::load(const QList<OffsiteRule> &rules, QStringList *errors)
{
    LocalCopyIndex index;
    QMap<QString, QList<CopyRecord>> byDestination; // each catalogue read once
    for (const OffsiteRule &rule : rules) {
        if (!byDestination.contains(rule.destination)) {
            QList<CopyRecord> copies;
            if (QFileInfo::exists(CopyCatalogue::databasePath(rule.destination))) {
                CopyCatalogue catalogue(rule.destination);
                QString error;
                if (catalogue.open(&error))
                    copies = catalogue.copies();
                else if (errors)
                    *errors << tr("rule %1: %2").arg(rule.name, error);
            }
            byDestination.insert(rule.destination, copies);
        }
        index.add(rule, byDestination.value(rule.destination));
    }
    return index;
}

void LocalCopyIndex::add(const OffsiteRule &rule, const QList<CopyRecord> &copies)
{
    m_rules << rule;
    QHash<QString, BackupCopies> backups;
    for (const CopyRecord &copy : copies) {
        if (copy.rule != rule.name)
            continue;
        BackupCopies &b = backups[copy.backupKey()];
        b.product = copy.product;
        b.instanceId = copy.instanceId;
        b.backupId = copy.backupId;
        b.start = copy.backupStart;
        b.files = std::max(b.files, copy.backupFiles);
        b.corrupt = b.corrupt || copy.corrupt;
        if (copy.verifiedAt.isValid() && !copy.corrupt) {
            ++b.verified;
            if (!b.oldestVerification.isValid() || copy.verifiedAt < b.oldestVerification)
                b.oldestVerification = copy.verifiedAt;
        }
    }
    for (const BackupCopies &b : std::as_const(backups)) {
        const bool whole = !b.corrupt && b.verified >= b.files;
        if (whole || b.corrupt) {
            // Another rule's copy of the same backup may be there too: a verified one wins.
            const QString backupKey = BackupTableModel::localCopyKey(b.product, b.instanceId, b.backupId);
            const LocalCopyState before = m_backups.value(backupKey);
            if (whole
                && (before.kind != LocalCopyState::Kind::Verified
                    || b.oldestVerification > before.verifiedAt))
                m_backups.insert(backupKey, {LocalCopyState::Kind::Verified, b.oldestVerification});
            else if (b.corrupt && before.kind == LocalCopyState::Kind::None)
                m_backups.insert(backupKey, {LocalCopyState::Kind::Failed, {}});
        }
        if (!whole || !b.start.isValid())
            continue;
        QDateTime &newest = m_newestVerified[key(rule.name, b.product, b.instanceId)];
        if (!newest.isValid() || b.start > newest)
            newest = b.start;
    }
}

LocalCopyFacts LocalCopyIndex::factsFor(const QString &accountId, const QString &accountAlias,
                                        const QString &product, const QString &instanceId,
                                        const QString &instanceName) const
{
    // Of several rules covering the instance, the one with the freshest verified copy speaks.
    LocalCopyFacts facts;
    for (const OffsiteRule &rule : m_rules) {
        const bool accountMatches
            = rule.account.isEmpty() || rule.account == accountId || rule.account == accountAlias;
        if (rule.product != product || !accountMatches || !rule.selectsInstance(instanceId, instanceName))
            continue;
        const QDateTime newest = m_newestVerified.value(key(rule.name, product, instanceId));
        if (facts.rule.isEmpty()
            || (newest.isValid() && (!facts.newestVerified.isValid() || newest > facts.newestVerified))) {
            facts.rule = rule.name;
            facts.newestVerified = newest;
        }
    }
    return facts;
}

} // namespace bb
