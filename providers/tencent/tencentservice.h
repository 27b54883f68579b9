#pragma once

#include "providers/core/backupservice.h"
#include "providers/core/serviceconfig.h"
#include "providers/tencent/tencentapi.h"
#include "providers/tencent/tencentjson.h"

#include <QList>
#include <QPointer>

namespace bb {

class BackoffPoller;

// What the Tencent product services share: the TencentApi for their service and version, the
// product key, the create-and-track poll intervals, and errors that name the instance.
class TencentService : public BackupService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TencentService)

public:
    // Aborts the replies still open: their calls and timers would otherwise reach a service
    // that no longer exists.
    ~TencentService() override;

    QString product() const override;
    // Pauses between the status polls of a create: first, doubling up to max (tests shorten them).
    void setPollIntervals(int firstMs, int maxMs);

protected:
    TencentService(const ServiceConfig &config, const QString &service, const QString &version,
                   const QString &product, QObject *parent);

    // A reply the service keeps track of until it ends (see the destructor).
    ServiceReply *newReply();

    // Both products create on demand and download; they differ only in naming databases.
    static Capabilities createAndDownload(bool perDatabaseCreate);
    // The regions the SQL Server pages list (FACTS §1.1); Redis is offered in these too.
    static QStringList commonRegions();

    // Every page of an instance listing. `rowOffset`: Offset counts rows (Redis) rather than
    // pages (SQL Server's default "pageNumber" paging).
    using InstanceParser = TencentPage<Instance> (*)(const QJsonObject &payload, const QString &region);
    ServiceReply *listInstancePages(const QString &region, const QString &action, int pageSize,
                                    bool rowOffset, double ratePerSecond, InstanceParser parse);

    // The record a create shows before the server names the backup: creating, manual, and the
    // flow/task id under `idKey` so views can match later states to it.
    Backup pendingBackup(const CreateBackupRequest &request, const QString &idKey, qint64 id) const;
    // The positive integer a trackBackup() caller passed as the job's id (`what`: "FlowId",
    // "TaskId"), or 0 with *refused set to a reply that fails naming `action` and what it expected.
    qint64 jobIdOf(const QString &jobId, const QString &what, const QString &action,
                   const QString &instanceId, ServiceReply **refused) const;
    // What trackBackup() knows of the create it follows: the instance.
    static CreateBackupRequest jobRequest(const QString &region, const QString &instanceId);
    // The reply trackBackup() returns: `pending` shown until the job answers, polled by *poller.
    ServiceReply *followingReply(const Backup &pending, BackoffPoller **poller);

    // `error` with the instance and product filled in where the producer left them out.
    ProviderError inContext(ProviderError error, const QString &instanceId) const;
    // A create-or-download refusal that never reached the API (failed backup, nothing to fetch).
    ProviderError refusal(const QString &action, const QString &instanceId, const QString &message) const;

    TencentApi m_api;
    QList<QPointer<ServiceReply>> m_replies;
    int m_pollFirstMs = 1000;
    int m_pollMaxMs = 5000;
};

} // namespace bb
