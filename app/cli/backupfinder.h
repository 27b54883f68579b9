#pragma once

#include "providers/core/backupservice.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>

namespace bb {

class ApiClient;

// Finds one backup by id for show and download: without a window through the product's own
// BackupService::findBackupById() (a few calls whatever the backup's age), within a given window
// by listing it (BackupService::findInWindow()); the detail call's additions included either way.
// An id that is not there fails as a provider error carrying the RequestId of the last call, so
// a user can show the provider that it answered "no such backup".
class BackupFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupFinder)

public:
    using Callback = std::function<void(const Backup &backup, const ProviderError &error)>;

    BackupFinder(BackupService *service, ApiClient *client, QObject *parent = nullptr);
    ~BackupFinder() override;

    // Calls done exactly once, later (never from inside find()).
    void find(const QString &region, const QString &instanceId, const QString &backupId,
              const QDateTime &since, const QDateTime &until, Callback done);
    void abort();

private:
    void complete(const Backup &backup, const ProviderError &error);

    BackupService *m_service;
    ApiClient *m_client;
    QString m_region;
    QString m_instanceId;
    QString m_backupId;
    QString m_lastRequestId;
    Callback m_done;
    QPointer<ServiceReply> m_reply;
};

} // namespace bb
