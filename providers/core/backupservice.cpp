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
        const auto found = std::find_if(backups.begin(), backups.end(),
                                        [&backupId](const Backup &backup) { return backup.id == backupId; });
        if (found == backups.end()) {
            ProviderError error;
            error.kind = ProviderError::Kind::Provider;
            error.code = QStringLiteral("BackupNotFound");
            error.message
                = tr("instance %1 has no backup %2 in the window searched").arg(instanceId, backupId);
            error.product = product();
            error.action = QStringLiteral("DescribeBackups");
            error.instanceId = instanceId;
            reply->fail(error);
            return;
        }
        // The detail call adds what only it returns (files, shards); products without one answer
        // Unsupported, and the listing's record is all there is.
        const Backup listed = *found;
        ServiceReply *detail = backupDetail(listed);
        detail->setParent(reply);
        connect(detail, &ServiceReply::failed, reply, [reply, listed](const ProviderError &error) {
            if (error.kind != ProviderError::Kind::Unsupported)
                return reply->fail(error);
            reply->setBackup(listed);
            reply->finish();
        });
        connect(detail, &ServiceReply::finished, reply, [reply, detail, listed] {
            reply->setBackup(detail->backup().id.isEmpty() ? listed : detail->backup());
            reply->finish();
        });
    });
    return reply;
}

ServiceReply *BackupService::createBackup(const CreateBackupRequest &)
{
    return unsupported(QStringLiteral("createBackup"));
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
