#include "providers/core/backupservice.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace bb {

ServiceReply *BackupService::listRegions()
{
    auto *reply = new ServiceReply;
    const QStringList regions = knownRegions();
    // Finish on the next turn so the caller can connect first, like every other reply.
    QTimer::singleShot(0, reply, [reply, regions] {
        reply->setRegions(regions);
        reply->finish();
    });
    return reply;
}

ServiceReply *BackupService::backupDetail(const Backup &)
{
    return unsupported(QStringLiteral("backupDetail"));
}

ServiceReply *BackupService::findBackupById(const QString &region, const QString &instanceId,
                                            const QString &backupId)
{
    // The wall clock is right here: the window is the user's "now", and no product that runs in
    // the sandbox's tests relies on this default (each overrides it).
    const QDateTime until = QDateTime::currentDateTimeUtc();
    return findInWindow(region, instanceId, backupId, until.addDays(-defaultLookbackDays), until);
}

ServiceReply *BackupService::findInWindow(const QString &region, const QString &instanceId,
                                          const QString &backupId, const QDateTime &since,
                                          const QDateTime &until)
{
    auto *reply = new ServiceReply;
    BackupQuery query;
    query.since = since;
    query.until = until;
    query.backupId = backupId;
    QPointer<ServiceReply> listing = listBackups(region, instanceId, query);
    listing->setParent(reply);
    connect(reply, &ServiceReply::failed, listing, [listing] {
        if (listing && !listing->isFinished())
            listing->abort();
    });
    connect(listing, &ServiceReply::failed, reply,
            [reply](const ProviderError &error) { reply->fail(error); });
    connect(listing, &ServiceReply::finished, reply, [this, reply, listing, instanceId, backupId] {
        const QList<Backup> backups = listing->backups();
        listing->deleteLater();
        completeFind(reply, backups, instanceId, backupId);
    });
    return reply;
}

ProviderError BackupService::notFound(const QString &action, const QString &instanceId,
                                      const QString &backupId, const QString &requestId) const
{
    ProviderError error;
    error.kind = ProviderError::Kind::Provider;
    error.code = QStringLiteral("BackupNotFound");
    error.message = tr("instance %1 has no backup %2").arg(instanceId, backupId);
    error.product = product();
    error.action = action;
    error.instanceId = instanceId;
    error.requestId = requestId;
    return error;
}

void BackupService::completeFind(ServiceReply *reply, const QList<Backup> &listed, const QString &instanceId,
                                 const QString &backupId, const QString &requestId)
{
    const auto found = std::find_if(listed.cbegin(), listed.cend(),
                                    [&backupId](const Backup &backup) { return backup.id == backupId; });
    if (found == listed.cend()) {
        reply->fail(notFound(QStringLiteral("DescribeBackups"), instanceId, backupId, requestId));
        return;
    }
    // The detail call adds what only it returns (files, shards); products without one answer
    // Unsupported, and the listing's record is all there is.
    const Backup record = *found;
    ServiceReply *detail = backupDetail(record);
    detail->setParent(reply);
    connect(detail, &ServiceReply::failed, reply, [reply, record](const ProviderError &error) {
        if (error.kind != ProviderError::Kind::Unsupported)
            return reply->fail(error);
        reply->setBackup(record);
        reply->finish();
    });
    connect(detail, &ServiceReply::finished, reply, [reply, detail, record] {
        const Backup &filled = detail->backup();
        reply->setBackup(filled.id.isEmpty() ? record : filled);
        reply->finish();
        detail->deleteLater();
    });
}

ServiceReply *BackupService::createBackup(const CreateBackupRequest &)
{
    return unsupported(QStringLiteral("createBackup"));
}

ServiceReply *BackupService::backupPolicy(const QString &, const QString &)
{
    return unsupported(QStringLiteral("backupPolicy"));
}

BackupQuery BackupService::serverFilters(const BackupQuery &query) const
{
    BackupQuery kept = query;
    kept.status.reset();
    kept.kind.reset();
    kept.trigger.reset();
    return kept;
}

ServiceReply *BackupService::trackBackup(const QString &, const QString &, const QString &)
{
    return unsupported(QStringLiteral("trackBackup"));
}

ServiceReply *BackupService::resolveDownload(const Backup &)
{
    return unsupported(QStringLiteral("resolveDownload"));
}

QStringList BackupService::locatorFields() const
{
    return {};
}

ServiceReply *BackupService::updateDescription(const Backup &, const QString &)
{
    return unsupported(QStringLiteral("updateDescription"));
}

ServiceReply *BackupService::deleteBackup(const Backup &)
{
    return unsupported(QStringLiteral("deleteBackup"));
}

ServiceReply *BackupService::unsupported(const QString &action) const
{
    ProviderError error;
    error.kind = ProviderError::Kind::Unsupported;
    error.product = product();
    error.action = action;
    error.message = tr("The product %1 does not offer this operation.").arg(product());
    return ServiceReply::failLater(error);
}

} // namespace bb
