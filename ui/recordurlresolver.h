#pragma once

#include "providers/core/backup.h"
#include "transfers/urlresolver.h"

#include <QHash>

#include <functional>

namespace bb {

// The GUI's UrlResolver: hands the service the full listed record of the backup (SQL Server
// finds a backup again by its start time and kind, which a bare DownloadIdentity lacks), and
// falls back to the identity's bare record for downloads restored from an earlier session.
class RecordUrlResolver final : public UrlResolver
{
public:
    explicit RecordUrlResolver(ServiceUrlResolver::ServiceLookup serviceFor);

    // Remembers the record a download was started from.
    void remember(const Backup &backup);
    void resolve(const DownloadIdentity &identity, QObject *context, Callback done) override;

private:
    static QString keyOf(const QString &product, const QString &instanceId, const QString &backupId);

    ServiceUrlResolver::ServiceLookup m_serviceFor;
    ServiceUrlResolver m_fallback;
    QHash<QString, Backup> m_records;
};

} // namespace bb
