#include "app/cli/backupfinder.h"

#include "providers/core/apiclient.h"

namespace bb {

BackupFinder::BackupFinder(BackupService *service, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_client(client)
{
    if (m_client) {
        connect(m_client, &ApiClient::requestLogged, this, [this](const ApiLogEntry &entry) {
            if (!entry.requestId.isEmpty())
                m_lastRequestId = entry.requestId;
        });
    }
}

BackupFinder::~BackupFinder()
{
    if (m_reply)
        m_reply->deleteLater();
}

void BackupFinder::find(const QString &region, const QString &instanceId, const QString &backupId,
                        const QDateTime &since, const QDateTime &until, Callback done)
{
    m_region = region;
    m_instanceId = instanceId;
    m_backupId = backupId;
    m_done = std::move(done);

    if (!since.isValid() && !until.isValid()) {
        // No window: the product finds the backup whatever its age (docs/cli.md#finding-a-backup-by-id).
        m_reply = m_service->findBackupById(region, instanceId, backupId);
    } else {
        const QDateTime end = until.isValid() ? until
            : m_client                        ? m_client->now()
                                              : QDateTime::currentDateTimeUtc();
        const QDateTime begin = since.isValid() ? since : end.addDays(-BackupService::defaultLookbackDays);
        m_reply = m_service->findInWindow(region, instanceId, backupId, begin, end);
    }
    m_reply->setParent(this);
    connect(m_reply, &ServiceReply::failed, this, [this](ProviderError error) {
        // "Not there" is answered by the listing call: its RequestId is the proof to show.
        if (error.requestId.isEmpty())
            error.requestId = m_lastRequestId;
        complete({}, error);
    });
    connect(m_reply, &ServiceReply::finished, this, [this] { complete(m_reply->backup(), {}); });
}

void BackupFinder::abort()
{
    if (m_reply)
        m_reply->abort();
}

void BackupFinder::complete(const Backup &backup, const ProviderError &error)
{
    if (!m_done)
        return;
    Callback done = std::move(m_done);
    m_done = nullptr;
    done(backup, error);
}

} // namespace bb
