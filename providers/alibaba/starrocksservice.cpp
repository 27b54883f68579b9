#include "providers/alibaba/starrocksservice.h"

#include "providers/alibaba/servicesupport.h"
#include "providers/alibaba/starrocksparser.h"
#include "providers/core/apiclient.h"
#include "providers/core/callbinding.h"
#include "providers/core/pagedlisting.h"
#include "providers/core/servicereply.h"

#include <QCoreApplication>

namespace bb {

namespace {

const QString instancesPath = QStringLiteral("/webapi/starrocks/describeInstances");
const QString describePath = QStringLiteral("/webapi/backup/manage/describe");
const QString updatePath = QStringLiteral("/webapi/backup/manage/update");
const QString deletePath = QStringLiteral("/webapi/backup/manage/delete");

ProviderError failure(const QString &action, const QString &instanceId, const QString &message,
                      ProviderError::Kind kind = ProviderError::Kind::Malformed)
{
    return alibabaservice::error(StarRocksService::productKey, action, instanceId, message, kind);
}

} // namespace

StarRocksService::StarRocksService(const ServiceConfig &config, QObject *parent)
    : BackupService(parent)
    , m_api(config, AlibabaApi::Product::StarRocks, QLatin1String(productKey))
{ }

StarRocksService::~StarRocksService() = default;

QString StarRocksService::product() const
{
    return QLatin1String(productKey);
}

ProductDescription StarRocksService::describe()
{
    ProductDescription product {
        QString::fromLatin1(productKey),
        Cloud::Alibaba,
        QCoreApplication::translate("bb::ProductRegistry", "Alibaba Cloud EMR Serverless StarRocks"),
        {}};
    Capabilities &caps = product.capabilities;
    caps.editDescription = true;
    caps.deleteBackup = true;
    caps.noCreateReason = tr("EMR Serverless StarRocks creates backups only from backup policies; it has no "
                             "on-demand backup API.");
    caps.noDownloadReason = tr("StarRocks backups have no download URL.");
    // AddBackupPolicy's ExpireDays has no documented range (its example is 7): assume no more
    // than RDS's 730 days.
    caps.historyDays = 730;
    // DescribeBackups' Statuses filter (the only one it has).
    caps.serverFilters.status = QStringLiteral("Statuses");
    return product;
}

QStringList StarRocksService::knownRegions() const
{
    // The SDK's endpoint map (docs/providers.md#emr-serverless-starrocks-roa-version-2022-10-19, Hosts).
    return {
        QStringLiteral("cn-hangzhou"),    QStringLiteral("cn-shanghai"),  QStringLiteral("cn-beijing"),
        QStringLiteral("cn-shenzhen"),    QStringLiteral("cn-qingdao"),   QStringLiteral("cn-zhangjiakou"),
        QStringLiteral("cn-wulanchabu"),  QStringLiteral("cn-hongkong"),  QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-5"), QStringLiteral("eu-central-1"), QStringLiteral("us-west-1"),
        QStringLiteral("us-east-1"),
    };
}

QueryParams StarRocksService::backupParams(const QString &region, const QString &instanceId,
                                           const BackupQuery &query, int pageNumber, int pageSize,
                                           const QDateTime &nowUtc)
{
    QueryParams params;
    if (!region.isEmpty())
        params.append({QStringLiteral("RegionId"), region});
    if (!instanceId.isEmpty())
        params.append({QStringLiteral("InstanceId"), instanceId});
    if (!query.backupId.isEmpty()) {
        params.append({QStringLiteral("BackupTaskId"), query.backupId});
    }
    // The window is in Unix seconds (the answer's times are in milliseconds: the units differ).
    const auto [since, until] = alibabaservice::window(query, nowUtc);
    if (since.isValid())
        params.append({QStringLiteral("TimePeriodStartTime"), QString::number(since.toSecsSinceEpoch())});
    if (until.isValid())
        params.append({QStringLiteral("TimePeriodEndTime"), QString::number(until.toSecsSinceEpoch())});
    // Statuses takes the backup's own values. Only the two seed 003 shows are sent for a neutral
    // status (COMPLETED as the filter's example, RUNNING in the answer); the rest of the enum is not
    // published, and a guessed value could hide rows, so those stay with the caller's filtering.
    QString statuses = query.statusRaw;
    if (statuses.isEmpty() && query.status == BackupStatus::Succeeded)
        statuses = QStringLiteral("COMPLETED");
    else if (statuses.isEmpty() && query.status == BackupStatus::Running)
        statuses = QStringLiteral("RUNNING");
    if (!statuses.isEmpty())
        params.append({QStringLiteral("Statuses"), statuses});
    params.append({QStringLiteral("PageNumber"), QString::number(pageNumber)});
    params.append({QStringLiteral("PageSize"), QString::number(pageSize)});
    return params;
}

ServiceReply *StarRocksService::listInstances(const QString &region)
{
    auto *reply = new ServiceReply;
    const int pageSize = m_pageSize;
    auto *listing = new PagedListing(reply, pageSize);
    listing->addStream(
        [this, region, pageSize](int index) {
            QueryParams params;
            if (!region.isEmpty())
                params.append({QStringLiteral("RegionId"), region});
            params.append({QStringLiteral("PageNumber"), QString::number(index + 1)}); // 1-based
            params.append({QStringLiteral("PageSize"), QString::number(pageSize)});
            return m_api.roa("POST", instancesPath, QStringLiteral("DescribeInstances"), region, {}, params,
                             std::nullopt, ratePerSecond);
        },
        [reply, region](const QJsonObject &payload, ProviderError &error) -> qint64 {
            const StarRocksInstancePage page = StarRocksParser::parseInstances(payload, region);
            if (!page.error.isEmpty()) {
                error = failure(QStringLiteral("DescribeInstances"), {}, page.error);
                return -1;
            }
            reply->addInstances(page.instances);
            return page.total;
        });
    listing->start();
    return reply;
}

BackupQuery StarRocksService::serverFilters(const BackupQuery &query) const
{
    // What backupParams() turns into Statuses: the two values seed 003 shows.
    BackupQuery kept = BackupService::serverFilters(query);
    if (query.status == BackupStatus::Succeeded || query.status == BackupStatus::Running)
        kept.status = query.status;
    return kept;
}

ServiceReply *StarRocksService::listBackups(const QString &region, const QString &instanceId,
                                            const BackupQuery &query)
{
    auto *reply = new ServiceReply;
    const QDateTime now = m_api.client() ? m_api.client()->now() : QDateTime::currentDateTimeUtc();
    const int pageSize = m_pageSize;
    auto *listing = new PagedListing(reply, pageSize);
    listing->addStream(
        [this, region, instanceId, query, now, pageSize](int index) {
            // PageNumber is 1-based.
            return m_api.roa("POST", describePath, QStringLiteral("DescribeBackups"), region, instanceId,
                             backupParams(region, instanceId, query, index + 1, pageSize, now), std::nullopt,
                             ratePerSecond);
        },
        [reply, region, instanceId](const QJsonObject &payload, ProviderError &error) -> qint64 {
            const StarRocksBackupPage page = StarRocksParser::parseBackups(payload, region);
            if (!page.error.isEmpty()) {
                error = failure(QStringLiteral("DescribeBackups"), instanceId, page.error);
                return -1;
            }
            reply->addBackups(page.backups);
            return page.total;
        });
    listing->start();
    return reply;
}

void StarRocksService::refresh(ServiceReply *reply, const Backup &backup, const QString &action)
{
    BackupQuery query;
    query.backupId = backup.id;
    ApiCall *call
        = m_api.roa("POST", describePath, QStringLiteral("DescribeBackups"), backup.region, backup.instanceId,
                    backupParams(backup.region, backup.instanceId, query, 1, m_pageSize, {}), std::nullopt,
                    ratePerSecond);
    CallBinding::attach(reply, call, [this, reply, backup, action](const QJsonObject &payload) {
        const StarRocksBackupPage page = StarRocksParser::parseBackups(payload, backup.region);
        for (const Backup &b : page.backups) {
            if (b.id == backup.id) {
                reply->setBackup(b);
                reply->finish();
                return;
            }
        }
        ProviderError error = notFound(action, backup.instanceId, backup.id,
                                       payload.value(QLatin1String("RequestId")).toString());
        error.hint = tr("StarRocks no longer lists it: it may have expired or been deleted.");
        reply->fail(error);
    });
}

ServiceReply *StarRocksService::findBackupById(const QString &region, const QString &instanceId,
                                               const QString &backupId)
{
    // DescribeBackups filters by BackupTaskId with its time window optional (seed 003, SDK
    // DescribeBackupsRequest): one call whatever the backup's age; the row is the whole record.
    auto *reply = new ServiceReply;
    refresh(reply, alibabaservice::idOnly(productKey, region, instanceId, backupId),
            QStringLiteral("DescribeBackups"));
    return reply;
}

ServiceReply *StarRocksService::backupDetail(const Backup &backup)
{
    auto *reply = new ServiceReply;
    refresh(reply, backup, QStringLiteral("DescribeBackups"));
    return reply;
}

ServiceReply *StarRocksService::updateDescription(const Backup &backup, const QString &description)
{
    auto *reply = new ServiceReply;
    // As the SDK's UpdateBackupWithOptions sends it: RegionId in the query, backupTaskId and
    // description (lower case, unlike every other StarRocks parameter) in a JSON body. The server
    // reads neither from the query.
    QueryParams params;
    if (!backup.region.isEmpty())
        params.append({QStringLiteral("RegionId"), backup.region});
    const QJsonObject body {{QStringLiteral("backupTaskId"), backup.id},
                            {QStringLiteral("description"), description}};
    ApiCall *call = m_api.roa("POST", updatePath, QStringLiteral("UpdateBackup"), backup.region,
                              backup.instanceId, params, body, ratePerSecond, /*idempotent=*/true);
    CallBinding::attach(reply, call, [this, reply, backup](const QJsonObject &) {
        refresh(reply, backup, QStringLiteral("UpdateBackup"));
    });
    return reply;
}

ServiceReply *StarRocksService::deleteBackup(const Backup &backup)
{
    auto *reply = new ServiceReply;
    QueryParams params;
    if (!backup.region.isEmpty())
        params.append({QStringLiteral("RegionId"), backup.region});
    if (!backup.instanceId.isEmpty())
        params.append({QStringLiteral("InstanceId"), backup.instanceId});
    params.append({QStringLiteral("BackupTaskId"), backup.id});
    // Not idempotent for the retry logic: a retried delete of a deleted backup reads as a failure.
    ApiCall *call = m_api.roa("POST", deletePath, QStringLiteral("DeleteBackup"), backup.region,
                              backup.instanceId, params, std::nullopt, ratePerSecond, /*idempotent=*/false);
    CallBinding::attach(reply, call, [reply, backup](const QJsonObject &) {
        Backup deleted = backup;
        deleted.status = BackupStatus::Deleted;
        reply->setBackup(deleted);
        reply->finish();
    });
    return reply;
}

} // namespace bb
