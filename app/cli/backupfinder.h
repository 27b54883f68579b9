#pragma once

#include "providers/core/backupservice.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>

namespace bb {

class ApiClient;

// Finds one backup by id (there is no "get backup" call in the APIs). Without a window it asks the
// product's findBackupById() (any age, a handful of calls); with --since/--until it lists the
// instance's backups in that window, filtered by id where the API can, then fills what the detail
// call adds.
// An id that is not there fails as a provider error carrying the RequestId of the listing
// call, so a user can show the provider that it answered "no such backup".
class BackupFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupFinder)

public:
    using Callback = std::function<void(const Backup &backup, const ProviderError &error)>;

    // How far back from --until to look when only --until is given.
    static constexpr int defaultLookbackDays = BackupService::findLookbackDays;

    BackupFinder(BackupService *service, ApiClient *client, QObject *parent = nullptr);
    ~BackupFinder() override;

    // Calls done exactly once, later (never from inside find()).
    void find(const QString &region, const QString &instanceId, const QString &backupId,
              const QDateTime &since, const QDateTime &until, Callback done);
    void abort();

private:
    void onListed();
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
