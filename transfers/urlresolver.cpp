#include "transfers/urlresolver.h"

#include "providers/core/backupservice.h"

#include <QCoreApplication>
#include <QTimer>

namespace bb {

ResolvedSource ServiceUrlResolver::pick(const DownloadIdentity &identity, const Backup &backup,
                                        const QList<BackupFile> &files, ProviderError *error)
{
    const BackupFile *match = nullptr;
    for (const BackupFile &file : files) {
        if (file.name == identity.fileName && file.database == identity.database) {
            match = &file;
            break;
        }
    }
    if (!match && files.size() == 1)
        match = &files.first();
    ResolvedSource source;
    if (match) {
        source = {match->internalUrl, match->externalUrl, match->sizeBytes, match->checksum};
    } else if (files.isEmpty() && backup.hasUrls()) {
        source = {backup.internalUrl, backup.externalUrl, backup.sizeBytes, backup.checksum};
    }
    if (source.internalUrl.isEmpty() && source.externalUrl.isEmpty() && error) {
        *error = ProviderError::malformed(
            QCoreApplication::translate("bb::UrlResolver", "The provider returned no download URL for %1")
                .arg(identity.fileName));
        error->product = identity.product;
        error->instanceId = identity.instanceId;
        error->action = QStringLiteral("resolveDownload");
        error->retryable = false;
    }
    return source;
}

void ServiceUrlResolver::resolve(const DownloadIdentity &identity, QObject *context, Callback done)
{
    BackupService *service = m_serviceFor ? m_serviceFor(identity) : nullptr;
    if (!service) {
        ProviderError error;
        error.kind = ProviderError::Kind::Unsupported;
        error.product = identity.product;
        error.instanceId = identity.instanceId;
        error.action = QStringLiteral("resolveDownload");
        error.message = QCoreApplication::translate("bb::UrlResolver", "No account can resolve %1 downloads")
                            .arg(identity.product);
        QTimer::singleShot(0, context, [done, error] { done({}, error); });
        return;
    }
    ServiceReply *reply = service->resolveDownload(identity.toBackup());
    // The reply dies with the context too, so an abandoned download leaves no call running.
    reply->setParent(context);
    QObject::connect(reply, &ServiceReply::finished, context, [reply, identity, done] {
        ProviderError error;
        const ResolvedSource source = pick(identity, reply->backup(), reply->files(), &error);
        reply->deleteLater();
        done(source, error);
    });
    QObject::connect(reply, &ServiceReply::failed, context, [reply, done](const ProviderError &error) {
        reply->deleteLater();
        done({}, error);
    });
}

void FunctionUrlResolver::resolve(const DownloadIdentity &identity, QObject *context, Callback done)
{
    ++m_calls;
    QTimer::singleShot(0, context, [this, identity, done] {
        ProviderError error;
        const ResolvedSource source = m_function(identity, &error);
        done(source, error);
    });
}

} // namespace bb
