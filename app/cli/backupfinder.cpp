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
        // No window given: the product finds the id whatever its age (RDS and StarRocks filter by
        // id without a window; the default looks back BackupService::findLookbackDays).
        m_reply = m_service->findBackupById(region, instanceId, backupId);
        m_reply->setParent(this);
        connect(m_reply, &ServiceReply::failed, this, [this](const ProviderError &error) {
            ProviderError named = error;
            if (named.requestId.isEmpty() && named.code == QLatin1String("BackupNotFound"))
                named.requestId = m_lastRequestId;
            complete({}, named);
        });
        connect(m_reply, &ServiceReply::finished, this, [this] { complete(m_reply->backup(), {}); });
        return;
    }

    BackupQuery query;
    query.until = until.isValid() ? until : m_client ? m_client->now() : QDateTime::currentDateTimeUtc();
    query.since = since.isValid() ? since : query.until.addDays(-defaultLookbackDays);
    query.backupId = backupId;
    m_reply = m_service->listBackups(region, instanceId, query);
    m_reply->setParent(this);
    connect(m_reply, &ServiceReply::failed, this,
            [this](const ProviderError &error) { complete({}, error); });
    connect(m_reply, &ServiceReply::finished, this, &BackupFinder::onListed);
}

void BackupFinder::onListed()
{
    const QList<Backup> backups = m_reply->backups();
    m_reply->deleteLater();
    const auto found = std::find_if(backups.begin(), backups.end(),
                                    [this](const Backup &backup) { return backup.id == m_backupId; });
    if (found == backups.end()) {
        ProviderError error;
        error.kind = ProviderError::Kind::Provider;
        error.code = QStringLiteral("BackupNotFound");
        error.message
            = tr("instance %1 has no backup %2 in the window searched").arg(m_instanceId, m_backupId);
        error.product = m_service->product();
        error.action = QStringLiteral("DescribeBackups");
        error.instanceId = m_instanceId;
        error.requestId = m_lastRequestId;
        return complete({}, error);
    }

    // The detail call adds what only it returns (files, shards); products without one answer
    // Unsupported, and the listing's record is all there is.
    const Backup listed = *found;
    m_reply = m_service->backupDetail(listed);
    m_reply->setParent(this);
    connect(m_reply, &ServiceReply::failed, this, [this, listed](const ProviderError &error) {
        if (error.kind == ProviderError::Kind::Unsupported)
            complete(listed, {});
        else
            complete({}, error);
    });
    connect(m_reply, &ServiceReply::finished, this, [this, listed] {
        const Backup &detail = m_reply->backup();
        complete(detail.id.isEmpty() ? listed : detail, {});
    });
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
