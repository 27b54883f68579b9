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
        // Identities name files sanitised; older ones (and restored sidecars) by the raw name.
        if (file.database == identity.database
            && (file.name == identity.fileName
                || DownloadIdentity::fileNameFor(backup, &file) == identity.fileName)) {
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

QString ServiceUrlResolver::keyOf(const QString &product, const QString &instanceId, const QString &backupId)
{
    return product + u'/' + instanceId + u'/' + backupId;
}

void ServiceUrlResolver::remember(const Backup &backup)
{
    m_records.insert(keyOf(backup.product, backup.instanceId, backup.id), backup);
}

ProviderError ServiceUrlResolver::noService(const DownloadIdentity &identity)
{
    ProviderError error;
    error.kind = ProviderError::Kind::Unsupported;
    error.product = identity.product;
    error.instanceId = identity.instanceId;
    error.action = QStringLiteral("resolveDownload");
    error.message = QCoreApplication::translate("bb::UrlResolver", "No account can resolve %1 downloads")
                        .arg(identity.product);
    return error;
}

void ServiceUrlResolver::resolve(const DownloadIdentity &identity, QObject *context, Callback done)
{
    BackupService *service = m_serviceFor ? m_serviceFor(identity) : nullptr;
    if (!service && m_opener && m_serviceFor) {
        m_opener(identity, context, [this, identity, context, done](const ProviderError &error) {
            BackupService *opened = error.isError() ? nullptr : m_serviceFor(identity);
            if (opened)
                resolveWith(opened, identity, context, done);
            else
                done({}, error.isError() ? error : noService(identity));
        });
        return;
    }
    if (!service) {
        QTimer::singleShot(0, context, [done, error = noService(identity)] { done({}, error); });
        return;
    }
    resolveWith(service, identity, context, std::move(done));
}

void ServiceUrlResolver::resolveWith(BackupService *service, const DownloadIdentity &identity,
                                     QObject *context, Callback done)
{
    const auto remembered
        = m_records.constFind(keyOf(identity.product, identity.instanceId, identity.backupId));
    const Backup listed = remembered == m_records.constEnd() ? identity.toBackup() : *remembered;
    ServiceReply *reply = service->resolveDownload(listed);
    // The reply dies with the context too, so an abandoned download leaves no call running.
    reply->setParent(context);
    QObject::connect(reply, &ServiceReply::finished, context, [reply, identity, listed, done] {
        ProviderError error;
        // Some services answer with the files only; the listed record fills in the rest.
        const Backup &answered = reply->backup().id.isEmpty() ? listed : reply->backup();
        const ResolvedSource source = pick(identity, answered, reply->files(), &error);
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
