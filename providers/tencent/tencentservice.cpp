#include "providers/tencent/tencentservice.h"

#include "providers/core/pagedlisting.h"
#include "providers/tencent/backoffpoller.h"
#include "providers/tencent/tencenterrorhints.h"

namespace bb {

TencentService::TencentService(const ServiceConfig &config, const QString &service, const QString &version,
                               const QString &product, QObject *parent)
    : BackupService(parent)
    , m_api(config, service, version, product)
{ }

TencentService::~TencentService()
{
    const QList<QPointer<ServiceReply>> replies = m_replies;
    for (const QPointer<ServiceReply> &reply : replies) {
        if (reply && !reply->isFinished())
            reply->abort();
    }
}

ServiceReply *TencentService::newReply()
{
    m_replies.removeAll(QPointer<ServiceReply>());
    auto *reply = new ServiceReply;
    m_replies.append(reply);
    return reply;
}

QString TencentService::product() const
{
    return m_api.product();
}

void TencentService::setPollIntervals(int firstMs, int maxMs)
{
    m_pollFirstMs = firstMs;
    m_pollMaxMs = maxMs;
}

Capabilities TencentService::createAndDownload(bool perDatabaseCreate)
{
    Capabilities caps;
    caps.createBackup = true;
    caps.download = true;
    caps.perDatabaseCreate = perDatabaseCreate;
    return caps;
}

QStringList TencentService::commonRegions()
{
    return {
        QStringLiteral("ap-bangkok"),   QStringLiteral("ap-beijing"),       QStringLiteral("ap-chengdu"),
        QStringLiteral("ap-chongqing"), QStringLiteral("ap-guangzhou"),     QStringLiteral("ap-hongkong"),
        QStringLiteral("ap-jakarta"),   QStringLiteral("ap-nanjing"),       QStringLiteral("ap-seoul"),
        QStringLiteral("ap-shanghai"),  QStringLiteral("ap-shanghai-fsi"),  QStringLiteral("ap-shenzhen-fsi"),
        QStringLiteral("ap-singapore"), QStringLiteral("ap-tokyo"),         QStringLiteral("eu-frankfurt"),
        QStringLiteral("na-ashburn"),   QStringLiteral("na-siliconvalley"), QStringLiteral("sa-saopaulo")};
}

ServiceReply *TencentService::listInstancePages(const QString &region, const QString &action, int pageSize,
                                                bool rowOffset, double ratePerSecond, InstanceParser parse)
{
    auto *reply = newReply();
    auto *listing = new PagedListing(reply, pageSize, &TencentErrorHints::explain);
    listing->addStream(
        [this, region, action, pageSize, rowOffset, ratePerSecond](int index) {
            const qint64 offset = rowOffset ? qint64(index) * pageSize : index;
            return m_api.call(action, region, {},
                              {{QStringLiteral("Limit"), pageSize}, {QStringLiteral("Offset"), offset}},
                              ratePerSecond);
        },
        [reply, region, parse](const QJsonObject &payload, ProviderError &error) -> qint64 {
            const TencentPage<Instance> page = parse(payload, region);
            if (!page.ok()) {
                error = page.error;
                return -1;
            }
            reply->addInstances(page.items);
            return page.totalCount;
        });
    listing->start();
    return reply;
}

Backup TencentService::pendingBackup(const CreateBackupRequest &request, const QString &idKey,
                                     qint64 id) const
{
    Backup pending;
    pending.product = product();
    pending.instanceId = request.instanceId;
    pending.region = request.region;
    pending.name = request.name;
    pending.status = BackupStatus::Creating;
    pending.trigger = BackupTrigger::Manual;
    pending.databases = request.databases;
    pending.extra.append({idKey, QString::number(id)});
    return pending;
}

qint64 TencentService::jobIdOf(const QString &jobId, const QString &what, const QString &action,
                               const QString &instanceId, ServiceReply **refused) const
{
    bool ok = false;
    const qint64 id = jobId.trimmed().toLongLong(&ok);
    if (ok && id > 0)
        return id;
    ProviderError error;
    error.kind = ProviderError::Kind::Malformed;
    error.product = product();
    error.action = action;
    error.instanceId = instanceId;
    error.retryable = false;
    error.message = tr("'%1' is not a %2 (a positive integer the create call returned).").arg(jobId, what);
    *refused = ServiceReply::failLater(error);
    return 0;
}

CreateBackupRequest TencentService::jobRequest(const QString &region, const QString &instanceId)
{
    CreateBackupRequest request;
    request.region = region;
    request.instanceId = instanceId;
    return request;
}

ServiceReply *TencentService::followingReply(const Backup &pending, BackoffPoller **poller)
{
    auto *reply = newReply();
    reply->setBackup(pending);
    reply->setProgress(-1, tr("Following the backup"));
    *poller = new BackoffPoller(reply, m_pollFirstMs, m_pollMaxMs);
    return reply;
}

ProviderError TencentService::inContext(ProviderError error, const QString &instanceId) const
{
    if (error.instanceId.isEmpty())
        error.instanceId = instanceId;
    if (error.product.isEmpty())
        error.product = product();
    return error;
}

ProviderError TencentService::refusal(const QString &action, const QString &instanceId,
                                      const QString &message) const
{
    ProviderError error;
    error.kind = ProviderError::Kind::Unsupported;
    error.action = action;
    error.message = message;
    return inContext(error, instanceId);
}

} // namespace bb
