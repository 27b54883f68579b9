#include "providers/alibaba/servicesupport.h"

namespace bb::alibabaservice {

ProviderError error(const char *product, const QString &action, const QString &instanceId,
                    const QString &message, ProviderError::Kind kind)
{
    ProviderError e;
    e.kind = kind;
    e.product = QLatin1String(product);
    e.action = action;
    e.instanceId = instanceId;
    e.message = message;
    return e;
}

Window window(const BackupQuery &query, const QDateTime &nowUtc)
{
    const bool byId = !query.backupId.isEmpty();
    Window w;
    w.until = query.until.isValid() ? query.until : (byId ? QDateTime() : nowUtc);
    if (query.since.isValid())
        w.since = query.since;
    else if (!byId && w.until.isValid())
        w.since = w.until.addDays(-defaultWindowDays);
    return w;
}

Backup idOnly(const char *product, const QString &region, const QString &instanceId, const QString &id)
{
    Backup b;
    b.product = QLatin1String(product);
    b.region = region;
    b.instanceId = instanceId;
    b.id = id;
    return b;
}

} // namespace bb::alibabaservice
