#include "providers/alibaba/rdsservice.h"

#include "providers/alibaba/rdsparser.h"
#include "providers/alibaba/servicesupport.h"
#include "providers/core/apiclient.h"
#include "providers/core/callbinding.h"
#include "providers/core/pagedlisting.h"
#include "providers/core/servicereply.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace bb {

namespace {

constexpr int maxFindAttempts = 10; // polls for a finished job's backup to be listed
constexpr int maxMissingPolls = 3; // polls before a job that is not listed counts as done

// The placeholder's extra field that carries the job's percentage, so a row shows it while tracking.
const QString progressKey = QStringLiteral("Progress");

void setField(FieldList &fields, const QString &key, const QString &value)
{
    for (Field &field : fields) {
        if (field.key == key) {
            field.value = value;
            return;
        }
    }
    fields.append({key, value});
}

ProviderError malformed(const QString &action, const QString &instanceId, const QString &message)
{
    return alibabaservice::error(AlibabaRdsService::productKey, action, instanceId, message,
                                 ProviderError::Kind::Malformed);
}

ProviderError failure(const QString &action, const QString &instanceId, const QString &message,
                      ProviderError::Kind kind = ProviderError::Kind::Provider)
{
    return alibabaservice::error(AlibabaRdsService::productKey, action, instanceId, message, kind);
}

} // namespace

// Everything one CreateBackup flow remembers between polls.
struct AlibabaRdsService::CreateState
{
    CreateBackupRequest request;
    QString jobId;
    QString backupId;
    QDateTime started;
    Backup placeholder;
    int delayMs = 0;
    int missing = 0;
    int finds = 0;
    bool seen = false;
    bool tracking = false; // trackBackup: a job started earlier, maybe long done
};

AlibabaRdsService::AlibabaRdsService(const ServiceConfig &config, QObject *parent)
    : BackupService(parent)
    , m_api(config, AlibabaApi::Product::Rds, QLatin1String(productKey))
{ }

AlibabaRdsService::~AlibabaRdsService() = default;

QString AlibabaRdsService::product() const
{
    return QLatin1String(productKey);
}

ProductDescription AlibabaRdsService::describe()
{
    ProductDescription product {
        QString::fromLatin1(productKey),
        Cloud::Alibaba,
        QCoreApplication::translate("bb::ProductRegistry", "Alibaba Cloud ApsaraDB RDS"),
        {}};
    Capabilities &caps = product.capabilities;
    caps.createBackup = true;
    // CreateBackup's BackupMethod (Physical by default); no name.
    caps.create.methods = {QStringLiteral("Physical"), QStringLiteral("Logical"), QStringLiteral("Snapshot")};
    // DescribeBackups filters on the server (listBackups() maps the neutral filters to them).
    caps.serverFilters
        = {QStringLiteral("BackupStatus"), QStringLiteral("BackupType"), QStringLiteral("BackupMode")};
    caps.download = true;
    caps.perDatabaseCreate = true;
    // DeleteBackup; each record says when RDS will refuse it (Backup::notDeletableReason).
    caps.deleteBackup = true;
    // ModifyBackupPolicy: data backups are kept 7-730 days (BackupRetentionPeriod).
    caps.historyDays = 730;
    return product;
}

QStringList AlibabaRdsService::knownRegions() const
{
    // SDK map's central regions, then regional ones (docs/providers.md#apsaradb-rds-rpc-version-2014-08-15).
    return {
        QStringLiteral("cn-hangzhou"),    QStringLiteral("cn-shanghai"),    QStringLiteral("cn-beijing"),
        QStringLiteral("cn-shenzhen"),    QStringLiteral("cn-qingdao"),     QStringLiteral("cn-heyuan"),
        QStringLiteral("cn-hongkong"),    QStringLiteral("cn-zhangjiakou"), QStringLiteral("cn-huhehaote"),
        QStringLiteral("cn-wulanchabu"),  QStringLiteral("cn-chengdu"),     QStringLiteral("cn-guangzhou"),
        QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-3"), QStringLiteral("ap-southeast-5"),
        QStringLiteral("ap-northeast-1"), QStringLiteral("ap-northeast-2"), QStringLiteral("eu-central-1"),
        QStringLiteral("eu-west-1"),      QStringLiteral("us-west-1"),      QStringLiteral("us-east-1"),
        QStringLiteral("me-east-1"),
    };
}

void AlibabaRdsService::setPageSize(int size)
{
    if (size == 30 || size == 50 || size == 100)
        m_pageSize = size;
}

void AlibabaRdsService::setInstancePageSize(int maxResults)
{
    m_instancePageSize = qBound(1, maxResults, 100);
}

void AlibabaRdsService::setPollInterval(int firstMs, int maxMs)
{
    m_pollFirstMs = std::max(1, firstMs);
    m_pollMaxMs = std::max(m_pollFirstMs, maxMs);
}

QString AlibabaRdsService::placeholderId(const QString &jobId)
{
    return QStringLiteral("job-") + jobId;
}

QString AlibabaRdsService::windowStart(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm'Z'"));
}

QString AlibabaRdsService::windowEnd(const QDateTime &time)
{
    QDateTime t = time.toUTC();
    if (t.time().second() != 0 || t.time().msec() != 0)
        t = t.addSecs(60);
    return windowStart(t);
}

QueryParams AlibabaRdsService::backupParams(const QString &instanceId, const BackupQuery &query, int pageSize,
                                            int pageNumber, const QDateTime &nowUtc)
{
    QueryParams params {{QStringLiteral("DBInstanceId"), instanceId}};
    const bool byId = !query.backupId.isEmpty();
    const auto [since, until] = alibabaservice::window(query, nowUtc);
    if (since.isValid())
        params.append({QStringLiteral("StartTime"), windowStart(since)});
    if (until.isValid())
        params.append({QStringLiteral("EndTime"), windowEnd(until)});
    // The neutral filters become the API's own where it has the value (seed 004); others stay
    // with the caller's own filtering.
    QString status = query.statusRaw;
    if (status.isEmpty() && query.status == BackupStatus::Succeeded)
        status = QStringLiteral("Success");
    else if (status.isEmpty() && query.status == BackupStatus::Failed)
        status = QStringLiteral("Failed");
    QString mode = query.modeRaw;
    if (mode.isEmpty() && query.trigger == BackupTrigger::Automatic)
        mode = QStringLiteral("Automated");
    else if (mode.isEmpty() && query.trigger == BackupTrigger::Manual)
        mode = QStringLiteral("Manual");
    QString type = query.typeRaw;
    if (type.isEmpty() && query.kind == BackupKind::Full)
        type = QStringLiteral("FullBackup");
    else if (type.isEmpty() && query.kind == BackupKind::Incremental)
        type = QStringLiteral("IncrementalBackup");
    if (!status.isEmpty())
        params.append({QStringLiteral("BackupStatus"), status});
    if (!mode.isEmpty())
        params.append({QStringLiteral("BackupMode"), mode});
    if (!type.isEmpty())
        params.append({QStringLiteral("BackupType"), type});
    if (!query.resourceGroupId.isEmpty())
        params.append({QStringLiteral("ResourceGroupId"), query.resourceGroupId});
    if (byId)
        params.append({QStringLiteral("BackupId"), query.backupId});
    params.append({QStringLiteral("PageSize"), QString::number(pageSize)});
    params.append({QStringLiteral("PageNumber"), QString::number(pageNumber)});
    return params;
}

void AlibabaRdsService::explain(ProviderError &error)
{
    QString hint;
    const QString &code = error.code;
    if (code == QLatin1String("IncorrectDBInstanceState"))
        hint = tr("RDS creates backups only while the instance is Running.");
    else if (code == QLatin1String("BackupJobExists"))
        hint = tr("Another backup of this instance is still in progress; wait for it to finish.");
    else if (code == QLatin1String("QuotaExceeded.BackupTimes"))
        hint = tr("RDS allows at most 20 backups per instance per day.");
    // Exactly the codes that mean "no such instance" (DescribeBackups page: 400
    // InvalidDBInstanceId.NotFound, 404 InvalidDBInstance.NotFound and InvalidDBInstanceName.NotFound);
    // InvalidDBInstanceEngineType.Format and the like are about something else.
    else if (code == QLatin1String("InvalidDBInstanceId.NotFound")
             || code == QLatin1String("InvalidDBInstance.NotFound")
             || code == QLatin1String("InvalidDBInstanceName.NotFound"))
        hint = tr("The instance does not exist in this region, or it was released.");
    else if (code == QLatin1String("InvalidDBInstanceEngineType.Format"))
        hint = tr("RDS does not offer this operation for the instance's database engine.");
    else if (code == QLatin1String("InvalidParameterCombination"))
        hint = tr("RDS wants the end of the time window later than its start.");
    else if (code == QLatin1String("InvalidPageNumbers.Malformed"))
        hint = tr("RDS wants a page number of 1 or more.");
    else if (code == QLatin1String("InvalidStartTime.Format")
             || code == QLatin1String("InvalidEndTime.Format"))
        hint = tr("RDS wants UTC times written as yyyy-MM-ddTHH:mmZ.");
    else if (code == QLatin1String("InvalidMaxRecordsPerPage.Malformed"))
        hint = tr("RDS accepts page sizes of 30, 50 and 100 only.");
    if (!hint.isEmpty())
        error.hint = error.hint.isEmpty() ? hint : hint + u' ' + error.hint;
}

ServiceReply *AlibabaRdsService::listInstances(const QString &region)
{
    if (region.isEmpty())
        return ServiceReply::failLater(failure(QStringLiteral("DescribeDBInstances"), {},
                                               tr("RDS lists instances per region; choose a region.")));
    auto *reply = new ServiceReply;
    // NextToken paging is sequential by nature: each page names the next. The function holds itself
    // only through the call in flight (weakly otherwise), so nothing outlives the listing.
    auto sendPage = std::make_shared<std::function<void(const QString &)>>();
    QPointer<AlibabaRdsService> self(this);
    *sendPage = [self, reply, region, weak = std::weak_ptr(sendPage)](const QString &token) {
        const auto strong = weak.lock();
        if (!self || !strong) {
            reply->fail(failure(QStringLiteral("DescribeDBInstances"), {}, tr("The listing was cancelled."),
                                ProviderError::Kind::Aborted));
            return;
        }
        QueryParams params {{QStringLiteral("RegionId"), region},
                            {QStringLiteral("MaxResults"), QString::number(self->m_instancePageSize)}};
        if (!token.isEmpty())
            params.append({QStringLiteral("NextToken"), token});
        ApiCall *call
            = self->m_api.rpc(QStringLiteral("DescribeDBInstances"), region, {}, params, readRatePerSecond);
        CallBinding::attach(
            reply, call,
            [reply, region, token, strong](const QJsonObject &payload) {
                const RdsInstancePage page = RdsParser::parseInstances(payload, region);
                if (!page.error.isEmpty()) {
                    reply->fail(malformed(QStringLiteral("DescribeDBInstances"), {}, page.error));
                    return;
                }
                reply->addInstances(page.instances);
                if (page.nextToken.isEmpty() || page.nextToken == token) {
                    reply->finish();
                    return;
                }
                (*strong)(page.nextToken);
            },
            &AlibabaRdsService::explain);
    };
    (*sendPage)(QString());
    return reply;
}

BackupQuery AlibabaRdsService::serverFilters(const BackupQuery &query) const
{
    // What backupParams() turns into BackupStatus, BackupType and BackupMode (seed 004; the SDK's
    // DescribeBackupsRequest lists Success/Failed, FullBackup/IncrementalBackup, Automated/Manual).
    BackupQuery kept = BackupService::serverFilters(query);
    if (query.status == BackupStatus::Succeeded || query.status == BackupStatus::Failed)
        kept.status = query.status;
    if (query.kind == BackupKind::Full || query.kind == BackupKind::Incremental)
        kept.kind = query.kind;
    kept.trigger = query.trigger;
    return kept;
}

ServiceReply *AlibabaRdsService::listBackups(const QString &region, const QString &instanceId,
                                             const BackupQuery &query)
{
    auto *reply = new ServiceReply;
    const QDateTime now = m_api.client() ? m_api.client()->now() : QDateTime::currentDateTimeUtc();
    const int pageSize = m_pageSize;
    auto *listing = new PagedListing(reply, pageSize, &AlibabaRdsService::explain);
    listing->addStream(
        [this, region, instanceId, query, pageSize, now](int index) {
            // PageNumber is 1-based.
            return m_api.rpc(QStringLiteral("DescribeBackups"), region, instanceId,
                             backupParams(instanceId, query, pageSize, index + 1, now), ratePerSecond);
        },
        [reply, region, instanceId](const QJsonObject &payload, ProviderError &error) -> qint64 {
            const RdsBackupPage page = RdsParser::parseBackups(payload, region);
            if (!page.error.isEmpty()) {
                error = malformed(QStringLiteral("DescribeBackups"), instanceId, page.error);
                return -1;
            }
            reply->addBackups(page.backups);
            return page.totalRecordCount;
        });
    listing->start();
    return reply;
}

ServiceReply *AlibabaRdsService::backupPolicy(const QString &region, const QString &instanceId)
{
    auto *reply = new ServiceReply;
    QueryParams params;
    params.append({QStringLiteral("DBInstanceId"), instanceId});
    ApiCall *call
        = m_api.rpc(QStringLiteral("DescribeBackupPolicy"), region, instanceId, params, readRatePerSecond);
    CallBinding::attach(reply, call, [reply, instanceId](const QJsonObject &payload) {
        QString error;
        const BackupPolicy policy = RdsParser::parseBackupPolicy(payload, &error);
        if (!error.isEmpty())
            return reply->fail(malformed(QStringLiteral("DescribeBackupPolicy"), instanceId, error));
        reply->setPolicy(policy);
        reply->finish();
    });
    return reply;
}

void AlibabaRdsService::fetchOne(ServiceReply *reply, const Backup &backup, bool forDownload)
{
    BackupQuery query;
    query.backupId = backup.id;
    const QueryParams params = backupParams(backup.instanceId, query, 30, 1, QDateTime());
    ApiCall *call = m_api.rpc(QStringLiteral("DescribeBackups"), backup.region, backup.instanceId, params,
                              ratePerSecond);
    CallBinding::attach(
        reply, call,
        [this, reply, backup, forDownload](const QJsonObject &payload) {
            const RdsBackupPage page = RdsParser::parseBackups(payload, backup.region);
            if (!page.error.isEmpty()) {
                reply->fail(malformed(QStringLiteral("DescribeBackups"), backup.instanceId, page.error));
                return;
            }
            const auto it = std::find_if(page.backups.cbegin(), page.backups.cend(),
                                         [&backup](const Backup &b) { return b.id == backup.id; });
            if (it == page.backups.cend()) {
                ProviderError error
                    = notFound(QStringLiteral("DescribeBackups"), backup.instanceId, backup.id,
                               payload.value(QLatin1String("RequestId")).toString());
                error.hint = tr("RDS no longer lists it: it may have expired or been deleted.");
                reply->fail(error);
                return;
            }
            reply->setBackup(*it);
            if (forDownload && !it->notDownloadableReason.isEmpty()) {
                // Unavailable (IsAvail 0), a snapshot, a failed set: nothing to fetch, said why.
                reply->fail(failure(QStringLiteral("DescribeBackups"), backup.instanceId,
                                    it->notDownloadableReason, ProviderError::Kind::Unsupported));
                return;
            }
            if (forDownload) {
                QList<BackupFile> files;
                if (it->hasUrls()) {
                    BackupFile whole;
                    whole.name = it->name;
                    whole.sizeBytes = it->sizeBytes;
                    whole.internalUrl = it->internalUrl;
                    whole.externalUrl = it->externalUrl;
                    whole.checksum = it->checksum;
                    files.append(whole);
                } else {
                    for (const BackupFile &file : it->files) {
                        if (!file.externalUrl.isEmpty() || !file.internalUrl.isEmpty())
                            files.append(file);
                    }
                }
                if (files.isEmpty()) {
                    reply->fail(failure(QStringLiteral("DescribeBackups"), backup.instanceId,
                                        tr("RDS returned no download URL for this backup."),
                                        ProviderError::Kind::Unsupported));
                    return;
                }
                reply->setFiles(files);
            }
            reply->finish();
        },
        &AlibabaRdsService::explain);
}

ServiceReply *AlibabaRdsService::backupDetail(const Backup &backup)
{
    auto *reply = new ServiceReply;
    fetchOne(reply, backup, false);
    return reply;
}

ServiceReply *AlibabaRdsService::findBackupById(const QString &region, const QString &instanceId,
                                                const QString &backupId)
{
    // DescribeBackups takes BackupId with StartTime/EndTime optional (seed 004): one call finds
    // a backup of any age, and its row already carries everything (no separate detail call).
    auto *reply = new ServiceReply;
    fetchOne(reply, alibabaservice::idOnly(productKey, region, instanceId, backupId), false);
    return reply;
}

ServiceReply *AlibabaRdsService::deleteBackup(const Backup &backup)
{
    const QString action = QStringLiteral("DeleteBackup");
    // The record already shows the refusal (StoreStatus Disabled, an engine DeleteBackup does not
    // serve): say so in plain words instead of sending a call that is bound to fail.
    if (!backup.notDeletableReason.isEmpty())
        return ServiceReply::failLater(
            failure(action, backup.instanceId, backup.notDeletableReason, ProviderError::Kind::Unsupported));
    if (backup.instanceId.isEmpty() || backup.id.isEmpty())
        return ServiceReply::failLater(
            failure(action, backup.instanceId, tr("Choose the backup to delete.")));
    auto *reply = new ServiceReply;
    const QueryParams params {{QStringLiteral("DBInstanceId"), backup.instanceId},
                              {QStringLiteral("BackupId"), backup.id}};
    // Not idempotent for the retry logic: a retried delete of a deleted set reads as a failure.
    ApiCall *call = m_api.rpc(action, backup.region, backup.instanceId, params, writeRatePerSecond,
                              /*idempotent=*/false);
    CallBinding::attach(
        reply, call,
        [reply, backup](const QJsonObject &) {
            Backup deleted = backup;
            deleted.status = BackupStatus::Deleted;
            reply->setBackup(deleted);
            reply->finish();
        },
        &AlibabaRdsService::explain);
    return reply;
}

ServiceReply *AlibabaRdsService::resolveDownload(const Backup &backup)
{
    auto *reply = new ServiceReply;
    fetchOne(reply, backup, true);
    return reply;
}

ServiceReply *AlibabaRdsService::createBackup(const CreateBackupRequest &request)
{
    if (request.instanceId.isEmpty())
        return ServiceReply::failLater(
            failure(QStringLiteral("CreateBackup"), {}, tr("Choose the instance to back up.")));
    auto *reply = new ServiceReply;
    auto state = std::make_shared<CreateState>();
    state->request = request;
    state->delayMs = m_pollFirstMs;

    QueryParams params {{QStringLiteral("DBInstanceId"), request.instanceId}};
    if (!request.databases.isEmpty()) {
        params.append({QStringLiteral("BackupStrategy"), QStringLiteral("db")});
        params.append({QStringLiteral("DBName"), request.databases.join(u',')});
    }
    if (!request.method.isEmpty())
        params.append({QStringLiteral("BackupMethod"), request.method});
    if (!request.type.isEmpty())
        params.append({QStringLiteral("BackupType"), request.type});
    ApiCall *call = m_api.rpc(QStringLiteral("CreateBackup"), request.region, request.instanceId, params,
                              writeRatePerSecond, /*idempotent=*/false);
    CallBinding::attach(
        reply, call,
        [this, reply, state](const QJsonObject &payload) {
            state->jobId = RdsParser::parseBackupJobId(payload);
            if (state->jobId.isEmpty()) {
                reply->fail(malformed(QStringLiteral("CreateBackup"), state->request.instanceId,
                                      tr("CreateBackup answered without a BackupJobId.")));
                return;
            }
            state->started = m_api.client() ? m_api.client()->now() : QDateTime::currentDateTimeUtc();
            follow(reply, state);
        },
        &AlibabaRdsService::explain);
    return reply;
}

ServiceReply *AlibabaRdsService::trackBackup(const QString &region, const QString &instanceId,
                                             const QString &jobId)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    if (instanceId.isEmpty() || !digits.match(jobId.trimmed()).hasMatch())
        return ServiceReply::failLater(
            malformed(QStringLiteral("DescribeBackupTasks"), instanceId,
                      tr("'%1' is not a BackupJobId (the digits CreateBackup returned).").arg(jobId)));
    auto *reply = new ServiceReply;
    auto state = std::make_shared<CreateState>();
    state->request.region = region;
    state->request.instanceId = instanceId;
    state->jobId = jobId.trimmed();
    state->tracking = true;
    // When the job started is not known: a finished job without a BackupId is matched to the
    // newest manual backup of the last day.
    state->started = (m_api.client() ? m_api.client()->now() : QDateTime::currentDateTimeUtc()).addDays(-1);
    state->delayMs = m_pollFirstMs;
    follow(reply, state);
    return reply;
}

void AlibabaRdsService::follow(ServiceReply *reply, const std::shared_ptr<CreateState> &state)
{
    Backup &b = state->placeholder;
    b.product = QLatin1String(productKey);
    b.instanceId = state->request.instanceId;
    b.region = state->request.region;
    b.name = state->request.name;
    b.status = BackupStatus::Creating;
    b.statusRaw = QStringLiteral("NoStart");
    b.trigger = BackupTrigger::Manual;
    b.kind = BackupKind::Full;
    b.start = state->tracking ? QDateTime() : state->started; // unknown for a job started earlier
    b.databases = state->request.databases;
    // RDS names the backup only when the job is done. Until then the row is keyed by the
    // job, so it appears at once and updates in place; BackupCreationTracker swaps it for
    // the listed backup at the end.
    b.id = placeholderId(state->jobId);
    b.extra = {{QStringLiteral("BackupJobId"), state->jobId}, {progressKey, QStringLiteral("0")}};
    reply->setBackup(b);
    reply->setProgress(0, state->tracking ? tr("Following the backup") : tr("Waiting to start"));
    if (state->tracking)
        pollJob(reply, state);
    else
        scheduleCreatePoll(reply, state, &AlibabaRdsService::pollJob);
}

void AlibabaRdsService::scheduleCreatePoll(
    ServiceReply *reply, const std::shared_ptr<CreateState> &state,
    void (AlibabaRdsService::*step)(ServiceReply *, const std::shared_ptr<CreateState> &))
{
    const int delay = state->delayMs;
    state->delayMs = std::min(m_pollMaxMs, delay + delay / 2);
    QPointer<AlibabaRdsService> self(this);
    QTimer::singleShot(delay, reply, [self, reply, state, step] {
        if (reply->isFinished())
            return;
        if (!self) {
            reply->fail(failure(QStringLiteral("DescribeBackupTasks"), state->request.instanceId,
                                tr("The account was closed while the backup was being tracked."),
                                ProviderError::Kind::Aborted));
            return;
        }
        ((*self).*step)(reply, state);
    });
}

void AlibabaRdsService::pollJob(ServiceReply *reply, const std::shared_ptr<CreateState> &state)
{
    const QueryParams params {{QStringLiteral("DBInstanceId"), state->request.instanceId},
                              {QStringLiteral("BackupJobId"), state->jobId}};
    ApiCall *call = m_api.rpc(QStringLiteral("DescribeBackupTasks"), state->request.region,
                              state->request.instanceId, params, readRatePerSecond);
    CallBinding::attach(
        reply, call,
        [this, reply, state](const QJsonObject &payload) {
            const RdsBackupJobList list = RdsParser::parseBackupTasks(payload);
            if (!list.error.isEmpty()) {
                reply->fail(
                    malformed(QStringLiteral("DescribeBackupTasks"), state->request.instanceId, list.error));
                return;
            }
            const auto it
                = std::find_if(list.jobs.cbegin(), list.jobs.cend(),
                               [&state](const RdsBackupJob &job) { return job.jobId == state->jobId; });
            if (it == list.jobs.cend()) {
                if (state->tracking && !state->seen) {
                    // Asked for by its id and not listed: nothing says it was ever this
                    // instance's job, so no backup can be named as its result.
                    ProviderError error = failure(
                        QStringLiteral("DescribeBackupTasks"), state->request.instanceId,
                        tr("RDS lists no backup job %1 for this instance: the id is wrong, or the job "
                           "ended so long ago that RDS no longer reports it.")
                            .arg(state->jobId));
                    error.code = QStringLiteral("BackupJobNotFound");
                    error.requestId = payload.value(QLatin1String("RequestId")).toString();
                    reply->fail(error);
                    return;
                }
                // A job that has left the list has ended; look for its backup instead.
                if (state->seen || ++state->missing >= maxMissingPolls)
                    findCreated(reply, state);
                else
                    scheduleCreatePoll(reply, state, &AlibabaRdsService::pollJob);
                return;
            }
            state->seen = true;
            const RdsBackupJob &job = *it;
            Backup &b = state->placeholder;
            const Backup before = b;
            if (b.statusRaw != job.statusRaw && !job.statusRaw.isEmpty()) {
                b.statusRaw = job.statusRaw;
                b.status = job.state == RdsBackupJob::State::Running ? BackupStatus::Running
                                                                     : BackupStatus::Creating;
            }
            if (job.percent >= 0)
                setField(b.extra, progressKey, QString::number(job.percent));
            if (b != before && job.state != RdsBackupJob::State::Failed)
                reply->setBackup(b);
            switch (job.state) {
            case RdsBackupJob::State::Finished:
                state->backupId = job.backupId;
                reply->setProgress(job.percent >= 0 ? job.percent : 100, tr("Finishing"));
                findCreated(reply, state);
                return;
            case RdsBackupJob::State::Failed: {
                b.status = BackupStatus::Failed;
                reply->setBackup(b);
                ProviderError error
                    = failure(QStringLiteral("DescribeBackupTasks"), state->request.instanceId,
                              tr("Backup job %1 failed (%2).").arg(state->jobId, job.statusRaw));
                // The answer that reported the failure is the one support will ask about.
                error.requestId = payload.value(QLatin1String("RequestId")).toString();
                reply->fail(error);
                return;
            }
            case RdsBackupJob::State::Running:
                reply->setProgress(std::max(0, job.percent), tr("Backing up"));
                break;
            case RdsBackupJob::State::Waiting:
            case RdsBackupJob::State::Unknown:
                reply->setProgress(std::max(0, job.percent), tr("Preparing"));
                break;
            }
            scheduleCreatePoll(reply, state, &AlibabaRdsService::pollJob);
        },
        &AlibabaRdsService::explain);
}

void AlibabaRdsService::findCreated(ServiceReply *reply, const std::shared_ptr<CreateState> &state)
{
    BackupQuery query;
    if (!state->backupId.isEmpty()) {
        query.backupId = state->backupId;
    } else {
        // No BackupId from the job: the newest manual backup since the job started is the one.
        query.modeRaw = QStringLiteral("Manual");
        query.since = state->started.addSecs(-120);
    }
    const QDateTime now = m_api.client() ? m_api.client()->now() : QDateTime::currentDateTimeUtc();
    ApiCall *call
        = m_api.rpc(QStringLiteral("DescribeBackups"), state->request.region, state->request.instanceId,
                    backupParams(state->request.instanceId, query, 30, 1, now), ratePerSecond);
    CallBinding::attach(
        reply, call,
        [this, reply, state](const QJsonObject &payload) {
            const RdsBackupPage page = RdsParser::parseBackups(payload, state->request.region);
            const Backup *found = nullptr;
            for (const Backup &b : page.backups) {
                if (state->backupId.isEmpty() ? (!found || b.start > found->start) : b.id == state->backupId)
                    found = &b;
            }
            if (found) {
                Backup created = *found;
                // Which job made it: ties the listed backup to the placeholder it replaces.
                if (created.extraValue(QStringLiteral("BackupJobId")).isEmpty())
                    created.extra.append({QStringLiteral("BackupJobId"), state->jobId});
                reply->setBackup(created);
                reply->setProgress(100, tr("Finished"));
                reply->finish();
                return;
            }
            if (++state->finds >= maxFindAttempts) {
                reply->fail(failure(
                    QStringLiteral("DescribeBackups"), state->request.instanceId,
                    tr("Backup job %1 finished, but its backup is not listed yet.").arg(state->jobId)));
                return;
            }
            scheduleCreatePoll(reply, state, &AlibabaRdsService::findCreated);
        },
        &AlibabaRdsService::explain);
}

} // namespace bb
