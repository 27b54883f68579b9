#pragma once

#include "providers/core/providererror.h"
#include "transfers/downloadidentity.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace bb {

class BackupService;

// Fresh download sources for one backup file, as the provider returned them moments ago.
struct ResolvedSource
{
    QUrl internalUrl;
    QUrl externalUrl;
    qint64 size = -1; // -1 when the provider does not say
    Checksum checksum; // empty when the provider does not say
};

// Where a download gets fresh URLs: before the first byte and whenever a signed URL expired.
// Implementations call `done` exactly once (never synchronously), and not at all once `context`
// is destroyed.
class UrlResolver
{
public:
    using Callback = std::function<void(const ResolvedSource &source, const ProviderError &error)>;
    virtual ~UrlResolver() = default;
    virtual void resolve(const DownloadIdentity &identity, QObject *context, Callback done) = 0;
};

// Resolves through the product's BackupService::resolveDownload() (the real thing: the GUI and
// the CLI). `serviceFor` picks the service of the identity's account and product.
// It hands the service the full listed record of the backup when one was remember()ed in this
// process, else the identity's own record (DownloadIdentity::toBackup()): downloads restored from
// an earlier session (the manager's queue, a re-run CLI) carry the start time, kind and locator
// fields SQL Server finds a backup again by, so they resolve without the listing.
class ServiceUrlResolver final : public UrlResolver
{
public:
    using ServiceLookup = std::function<BackupService *(const DownloadIdentity &identity)>;
    // Opens the service of an identity's account and product, then calls `opened` once (with an
    // error when it cannot), never after this resolver is destroyed.
    using ServiceOpener = std::function<void(const DownloadIdentity &identity, QObject *context,
                                             std::function<void(const ProviderError &error)> opened)>;
    explicit ServiceUrlResolver(ServiceLookup serviceFor)
        : m_serviceFor(std::move(serviceFor))
    { }
    // Used when `serviceFor` has no service yet: a download restored from the saved queue resolves
    // before the user selected anything of its account. Without one, that download fails.
    void setOpener(ServiceOpener opener) { m_opener = std::move(opener); }
    // Remembers the listed record a download was started from.
    void remember(const Backup &backup);
    void resolve(const DownloadIdentity &identity, QObject *context, Callback done) override;

    // The file of a resolveDownload() answer that `identity` names (by name and database; the
    // only file when there is one; the backup's own URLs when it lists no files).
    static ResolvedSource pick(const DownloadIdentity &identity, const Backup &backup,
                               const QList<BackupFile> &files, ProviderError *error);

private:
    static QString keyOf(const QString &product, const QString &instanceId, const QString &backupId);
    static ProviderError noService(const DownloadIdentity &identity);
    void resolveWith(BackupService *service, const DownloadIdentity &identity, QObject *context,
                     Callback done);

    ServiceLookup m_serviceFor;
    ServiceOpener m_opener;
    QHash<QString, Backup> m_records;
};

// Resolves with a function (benches, tests and the sandbox's file host, which mints URLs itself).
class FunctionUrlResolver final : public UrlResolver
{
public:
    using Function = std::function<ResolvedSource(const DownloadIdentity &identity, ProviderError *error)>;
    explicit FunctionUrlResolver(Function function)
        : m_function(std::move(function))
    { }
    void resolve(const DownloadIdentity &identity, QObject *context, Callback done) override;
    int calls() const { return m_calls; }

private:
    Function m_function;
    int m_calls = 0;
};

} // namespace bb
