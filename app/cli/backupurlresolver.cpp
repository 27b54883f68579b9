#include "app/cli/backupurlresolver.h"

#include "providers/core/backupservice.h"

namespace bb {

BackupUrlResolver::BackupUrlResolver(BackupService *service, Backup backup)
    : m_service(service)
    , m_backup(std::move(backup))
{ }

void BackupUrlResolver::resolve(const DownloadIdentity &identity, QObject *context, Callback done)
{
    ServiceReply *reply = m_service->resolveDownload(m_backup);
    reply->setParent(context); // an abandoned download leaves no call running
    QObject::connect(reply, &ServiceReply::finished, context, [reply, identity, listed = m_backup, done] {
        ProviderError error;
        // Some services answer with the files only; the listed record fills in the rest.
        const Backup &answered = reply->backup().id.isEmpty() ? listed : reply->backup();
        const ResolvedSource source = ServiceUrlResolver::pick(identity, answered, reply->files(), &error);
        reply->deleteLater();
        done(source, error);
    });
    QObject::connect(reply, &ServiceReply::failed, context, [reply, done](const ProviderError &error) {
        reply->deleteLater();
        done({}, error);
    });
}

} // namespace bb
