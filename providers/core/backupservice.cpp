#include "providers/core/backupservice.h"

#include <QTimer>

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

ServiceReply *BackupService::createBackup(const CreateBackupRequest &)
{
    return unsupported(QStringLiteral("createBackup"));
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
