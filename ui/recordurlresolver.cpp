#include "ui/recordurlresolver.h"

#include "providers/core/backupservice.h"
#include "transfers/downloadidentity.h"

namespace bb {

RecordUrlResolver::RecordUrlResolver(ServiceUrlResolver::ServiceLookup serviceFor)
    : m_serviceFor(serviceFor)
    , m_fallback(std::move(serviceFor))
{ }

QString RecordUrlResolver::keyOf(const QString &product, const QString &instanceId, const QString &backupId)
{
    return product + QLatin1Char('/') + instanceId + QLatin1Char('/') + backupId;
}

void RecordUrlResolver::remember(const Backup &backup)
{
    m_records.insert(keyOf(backup.product, backup.instanceId, backup.id), backup);
}

void RecordUrlResolver::resolve(const DownloadIdentity &identity, QObject *context, Callback done)
{
    const auto record = m_records.constFind(keyOf(identity.product, identity.instanceId, identity.backupId));
    BackupService *service = m_serviceFor ? m_serviceFor(identity) : nullptr;
    if (record == m_records.constEnd() || !service) {
        m_fallback.resolve(identity, context, std::move(done));
        return;
    }
    ServiceReply *reply = service->resolveDownload(*record);
    reply->setParent(context); // an abandoned download leaves no call running
    const Backup listed = *record;
    QObject::connect(reply, &ServiceReply::finished, context, [reply, identity, listed, done] {
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
