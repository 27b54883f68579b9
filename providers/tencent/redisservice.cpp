#include "providers/tencent/redisservice.h"

#include "providers/core/apiclient.h"
#include "providers/core/callbinding.h"
#include "providers/core/pagedlisting.h"
#include "providers/core/timewindows.h"
#include "providers/tencent/backoffpoller.h"
#include "providers/tencent/redisdetailqueue.h"
#include "providers/tencent/redisparser.h"
#include "providers/tencent/tencenterrorhints.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace bb {

namespace {

// Documented frequency limits (FACTS §2.2; DescribeTaskInfo's own page says 20/s).
constexpr double describeInstancesRate = 35;
constexpr double describeInstanceBackupsRate = 50;
constexpr double describeBackupDetailRate = 20;
constexpr double describeBackupUrlRate = 20;
constexpr double manualBackupInstanceRate = 20;
// No published limit seen for DescribeAutoBackupConfig: the lowest of the product's read calls.
constexpr double describeAutoBackupConfigRate = 20;
constexpr double describeTaskInfoRate = 20;

// How far before the task's start a created backup may say it started (server clocks differ by
// seconds), and how often to look for it in the listing after the task succeeded.
constexpr int startToleranceSeconds = 60;
constexpr int findAttempts = 4;

// DescribeBackupDetail calls in flight per listing: enough to use the 20/s at ~200 ms an answer,
// few enough that a detail the user opens meanwhile is not queued behind a whole listing.
constexpr int detailConcurrency = 4;

} // namespace

TencentRedisService::TencentRedisService(const ServiceConfig &config, QObject *parent)
    : TencentService(config, QStringLiteral("redis"), QStringLiteral("2018-04-12"),
                     QString::fromLatin1(productKey), parent)
{ }

TencentRedisService::~TencentRedisService()
{
    // A listing that has finished may still be asking for sizes with this service's client: stop
    // it too (the base class stops only what has not finished).
    const QList<QPointer<ServiceReply>> replies = m_replies;
    for (const QPointer<ServiceReply> &reply : replies) {
        if (reply && !reply->isSettled())
            reply->abort();
    }
}

ProductDescription TencentRedisService::describe()
{
    ProductDescription product {QString::fromLatin1(productKey), Cloud::Tencent,
                                QCoreApplication::translate("bb::ProductRegistry", "Tencent Cloud Redis"),
                                createAndDownload(false)};
    Capabilities &caps = product.capabilities;
    // ManualBackupInstance: Remark (200 characters at most) and StorageDays 0-1825, where 0 is the
    // instance's retention (7 days by default).
    caps.create.name = true;
    caps.create.nameLabel = QT_TRANSLATE_NOOP("CreateBackupOptions", "Remark");
    caps.create.nameMaxLength = 200;
    caps.create.storageDays = true;
    caps.create.storageDaysMin = 0;
    caps.create.storageDaysMax = 1825;
    // Automatic backups follow the shorter auto-backup retention: manual ones bound "any time".
    caps.historyDays = 1825;
    return product;
}

QStringList TencentRedisService::knownRegions() const
{
    QStringList regions = commonRegions();
    regions << QStringLiteral("ap-mumbai") << QStringLiteral("na-toronto");
    regions.sort();
    return regions;
}

QList<int> TencentRedisService::statusFilter(const QString &statusRaw)
{
    QList<int> statuses;
    const QStringList parts = statusRaw.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString text = part.trimmed();
        bool ok = false;
        const int number = text.toInt(&ok);
        if (ok) {
            statuses.append(number);
            continue;
        }
        for (int raw : {1, 2, -1, 3, 4, -2}) {
            if (toString(RedisParser::backupStatus(raw)) == text)
                statuses.append(raw);
        }
    }
    return statuses;
}

ServiceReply *TencentRedisService::listInstances(const QString &region)
{
    // Offset is a row offset: Limit*(page-1).
    return listInstancePages(region, QStringLiteral("DescribeInstances"), instancePageSize, true,
                             describeInstancesRate, &RedisParser::parseInstances);
}

ServiceReply *TencentRedisService::listBackups(const QString &region, const QString &instanceId,
                                               const BackupQuery &query)
{
    auto *reply = newReply();
    // The listing has no sizes (its BackupSize is an internal field): rows go out as the pages
    // bring them and each live one is updated when its DescribeBackupDetail is in
    // (RedisDetailQueue). The pages go to an inner reply; when it ends, the listing finishes and
    // the sizes keep coming until the reply settles. A failure or abort of either ends both.
    auto *pages = new ServiceReply(reply);
    auto *details = new RedisDetailQueue(reply, detailConcurrency,
                                         [this](const Backup &backup) { return describeDetail(backup); });
    connect(pages, &ServiceReply::finished, details, &RedisDetailQueue::close);
    connect(pages, &ServiceReply::failed, reply, [reply](const ProviderError &error) { reply->fail(error); });
    connect(reply, &ServiceReply::failed, pages, [pages] { pages->abort(); });
    auto *listing = new PagedListing(pages, backupPageSize, &TencentErrorHints::explain);
    const QList<TimeWindows::Window> windows
        = TimeWindows::split(query.since, query.until, windowSeconds, m_api.client()->now());
    QJsonArray statuses;
    for (int status : statusFilter(query.statusRaw))
        statuses.append(status);
    for (const TimeWindows::Window &window : windows) {
        QJsonObject params {{QStringLiteral("InstanceId"), instanceId},
                            {QStringLiteral("BeginTime"), TencentJson::formatBeijing(window.begin)},
                            {QStringLiteral("EndTime"), TencentJson::formatBeijing(window.end)},
                            {QStringLiteral("Limit"), backupPageSize}};
        if (!statuses.isEmpty())
            params.insert(QStringLiteral("Status"), statuses);
        const QString wantedId = query.backupId;
        listing->addStream(
            [this, region, instanceId, params](int index) {
                QJsonObject paged = params;
                // A row offset that must be a multiple of Limit.
                paged.insert(QStringLiteral("Offset"), qint64(index) * backupPageSize);
                return m_api.call(QStringLiteral("DescribeInstanceBackups"), region, instanceId, paged,
                                  describeInstanceBackupsRate);
            },
            [this, details, instanceId, region, wantedId](const QJsonObject &payload,
                                                          ProviderError &error) -> qint64 {
                TencentPage<Backup> page = RedisParser::parseBackups(payload, instanceId, region);
                if (!page.ok()) {
                    error = inContext(page.error, instanceId);
                    return -1;
                }
                if (!wantedId.isEmpty())
                    page.items.removeIf([&wantedId](const Backup &backup) { return backup.id != wantedId; });
                details->add(page.items);
                return page.totalCount;
            });
    }
    listing->start();
    return reply;
}

ApiCall *TencentRedisService::describeDetail(const Backup &backup) const
{
    return m_api.call(
        QStringLiteral("DescribeBackupDetail"), backup.region, backup.instanceId,
        {{QStringLiteral("InstanceId"), backup.instanceId}, {QStringLiteral("BackupId"), backup.id}},
        describeBackupDetailRate);
}

ServiceReply *TencentRedisService::backupDetail(const Backup &backup)
{
    auto *reply = newReply();
    ApiCall *call = describeDetail(backup);
    CallBinding::attach(
        reply, call,
        [this, reply, backup](const QJsonObject &payload) {
            ProviderError error;
            const Backup detailed = RedisParser::parseBackupDetail(payload, backup, &error);
            if (error.isError()) {
                reply->fail(inContext(error, backup.instanceId));
                return;
            }
            reply->setBackup(detailed);
            addShardFiles(reply, detailed);
        },
        &TencentErrorHints::explain);
    return reply;
}

ServiceReply *TencentRedisService::findBackupById(const QString &region, const QString &instanceId,
                                                  const QString &backupId)
{
    // DescribeBackupDetail takes InstanceId and BackupId and no window (seed 002): the backup
    // whatever its age, then its shard files (DescribeBackupUrl), two calls in all. An id the
    // instance does not have answers InvalidParameterValue.BackupNotExists.
    Backup known;
    known.id = backupId;
    known.product = product();
    known.region = region;
    known.instanceId = instanceId;
    known.kind = BackupKind::Full;
    known.method = BackupMethod::Snapshot;
    return backupDetail(known);
}

void TencentRedisService::addShardFiles(ServiceReply *reply, const Backup &detailed)
{
    // The shard files (names, sizes) exist only in DescribeBackupUrl; a cluster's detail lists
    // them so that each can be shown and downloaded on its own. One file is the backup itself
    // (docs/cli.md#json-records: "files" is empty then). An expired backup has none, and a refused
    // URL call (e.g. a download restriction) must not hide the detail that did arrive.
    if (detailed.status == BackupStatus::Expired || detailed.status == BackupStatus::Deleted) {
        reply->finish();
        return;
    }
    ApiCall *call = m_api.call(
        QStringLiteral("DescribeBackupUrl"), detailed.region, detailed.instanceId,
        {{QStringLiteral("InstanceId"), detailed.instanceId}, {QStringLiteral("BackupId"), detailed.id}},
        describeBackupUrlRate);
    call->setParent(reply);
    reply->track(call);
    connect(call, &ApiCall::finished, reply, [reply, call, detailed](const QJsonObject &payload) {
        call->deleteLater();
        ProviderError error;
        const QList<BackupFile> files = RedisParser::parseBackupUrls(payload, &error);
        if (!error.isError() && files.size() > 1) {
            Backup withFiles = detailed;
            withFiles.files = files;
            reply->setBackup(withFiles);
        }
        reply->finish();
    });
    connect(call, &ApiCall::failed, reply, [reply, call] {
        call->deleteLater();
        reply->finish();
    });
}

ServiceReply *TencentRedisService::backupPolicy(const QString &region, const QString &instanceId)
{
    auto *reply = newReply();
    ApiCall *call = m_api.call(QStringLiteral("DescribeAutoBackupConfig"), region, instanceId,
                               {{QStringLiteral("InstanceId"), instanceId}}, describeAutoBackupConfigRate);
    CallBinding::attach(
        reply, call,
        [this, reply, instanceId](const QJsonObject &payload) {
            ProviderError error;
            const BackupPolicy policy = RedisParser::parseAutoBackupConfig(payload, &error);
            if (error.isError())
                return reply->fail(inContext(error, instanceId));
            reply->setPolicy(policy);
            reply->finish();
        },
        &TencentErrorHints::explain);
    return reply;
}

ServiceReply *TencentRedisService::resolveDownload(const Backup &backup)
{
    if ((backup.status == BackupStatus::Expired || backup.status == BackupStatus::Deleted)
        && !backup.notDownloadableReason.isEmpty())
        return ServiceReply::failLater(
            refusal(QStringLiteral("DescribeBackupUrl"), backup.instanceId, backup.notDownloadableReason));
    auto *reply = newReply();
    // Asked right before each download: the URLs are valid for 6 hours from now.
    ApiCall *call = m_api.call(
        QStringLiteral("DescribeBackupUrl"), backup.region, backup.instanceId,
        {{QStringLiteral("InstanceId"), backup.instanceId}, {QStringLiteral("BackupId"), backup.id}},
        describeBackupUrlRate);
    CallBinding::attach(
        reply, call,
        [this, reply, backup](const QJsonObject &payload) {
            ProviderError error;
            const QList<BackupFile> files = RedisParser::parseBackupUrls(payload, &error);
            if (error.isError()) {
                reply->fail(inContext(error, backup.instanceId));
                return;
            }
            Backup updated = backup;
            updated.files = files;
            reply->setBackup(updated);
            reply->setFiles(files);
            reply->finish();
        },
        &TencentErrorHints::explain);
    return reply;
}

ServiceReply *TencentRedisService::createBackup(const CreateBackupRequest &request)
{
    auto *reply = newReply();
    QJsonObject params {{QStringLiteral("InstanceId"), request.instanceId}};
    if (!request.name.isEmpty())
        params.insert(QStringLiteral("Remark"), request.name);
    if (request.storageDays > 0)
        params.insert(QStringLiteral("StorageDays"), request.storageDays);
    const QDateTime sentAt = m_api.client()->now();
    // Not idempotent: a retried ManualBackupInstance could start a second backup.
    ApiCall *call = m_api.call(QStringLiteral("ManualBackupInstance"), request.region, request.instanceId,
                               params, manualBackupInstanceRate, false);
    reply->setProgress(-1, tr("Starting the backup"));
    auto *poller = new BackoffPoller(reply, m_pollFirstMs, m_pollMaxMs);
    CallBinding::attach(
        reply, call,
        [this, reply, poller, request, sentAt](const QJsonObject &payload) {
            ProviderError error;
            const qint64 taskId = RedisParser::parseTaskId(payload, &error);
            if (error.isError()) {
                reply->fail(inContext(error, request.instanceId));
                return;
            }
            reply->setBackup(pendingTask(request, taskId));
            poller->scheduleNext([this, reply, poller, request, taskId, sentAt] {
                pollTask(reply, poller, request, taskId, sentAt);
            });
        },
        &TencentErrorHints::explain);
    return reply;
}

Backup TencentRedisService::pendingTask(const CreateBackupRequest &request, qint64 taskId) const
{
    Backup pending = pendingBackup(request, QStringLiteral("TaskId"), taskId);
    // Redis names the backup only once the task is done. Until then the record is keyed by
    // the task, so a table shows the row at once; BackupCreationTracker swaps it in place
    // for the listed backup when the id changes.
    pending.id = QStringLiteral("task-") + QString::number(taskId);
    pending.kind = BackupKind::Full;
    return pending;
}

ServiceReply *TencentRedisService::trackBackup(const QString &region, const QString &instanceId,
                                               const QString &jobId)
{
    ServiceReply *refused = nullptr;
    const qint64 taskId
        = jobIdOf(jobId, QStringLiteral("TaskId"), QStringLiteral("DescribeTaskInfo"), instanceId, &refused);
    if (!taskId)
        return refused;
    const CreateBackupRequest request = jobRequest(region, instanceId);
    BackoffPoller *poller = nullptr;
    ServiceReply *reply = followingReply(pendingTask(request, taskId), &poller);
    // The task's own StartTime bounds the search for its backup; a task that has none is looked
    // for among the backups of the last day (a task older than that has long finished).
    pollTask(reply, poller, request, taskId, m_api.client()->now().addDays(-1));
    return reply;
}

void TencentRedisService::pollTask(ServiceReply *reply, BackoffPoller *poller,
                                   const CreateBackupRequest &request, qint64 taskId, const QDateTime &sentAt)
{
    ApiCall *call = m_api.call(QStringLiteral("DescribeTaskInfo"), request.region, request.instanceId,
                               {{QStringLiteral("TaskId"), taskId}}, describeTaskInfoRate);
    CallBinding::attach(
        reply, call,
        [this, reply, poller, request, taskId, sentAt](const QJsonObject &payload) {
            ProviderError error;
            const RedisParser::TaskInfo task = RedisParser::parseTaskInfo(payload, &error);
            if (error.isError()) {
                reply->fail(inContext(error, request.instanceId));
                return;
            }
            if (!task.instanceId.isEmpty() && task.instanceId != request.instanceId) {
                // TaskId is account-wide: following another instance's task would report its
                // backup as this instance's.
                ProviderError failure;
                failure.kind = ProviderError::Kind::Provider;
                failure.action = QStringLiteral("DescribeTaskInfo");
                failure.message = tr("Task %1 belongs to instance %2, not to this one.")
                                      .arg(QString::number(taskId), task.instanceId);
                failure.requestId
                    = TencentJson::string(TencentJson::unwrap(payload).value(QLatin1String("RequestId")));
                reply->fail(inContext(failure, request.instanceId));
                return;
            }
            Backup state = reply->backup();
            switch (task.state) {
            case RedisParser::TaskState::Succeeded:
                reply->setProgress(90, tr("Looking up the new backup"));
                // The task does not name the backup: find it in the listing, started after the task.
                findCreated(reply, poller, request, task.start.isValid() ? task.start : sentAt, findAttempts);
                return;
            case RedisParser::TaskState::Failed: {
                ProviderError failure;
                failure.kind = ProviderError::Kind::Provider;
                failure.action = QStringLiteral("DescribeTaskInfo");
                failure.code = task.statusRaw;
                failure.message = task.message.isEmpty()
                    ? tr("The backup task %1 failed on the server.").arg(taskId)
                    : task.message;
                failure.requestId
                    = TencentJson::string(TencentJson::unwrap(payload).value(QLatin1String("RequestId")));
                reply->fail(inContext(failure, request.instanceId));
                return;
            }
            case RedisParser::TaskState::Preparing:
                reply->setProgress(-1, tr("Waiting for the backup to start"));
                break;
            case RedisParser::TaskState::Running:
                if (state.status != BackupStatus::Running) {
                    state.status = BackupStatus::Running;
                    state.statusRaw = task.statusRaw;
                    state.start = task.start;
                    reply->setBackup(state);
                }
                reply->setProgress(-1, tr("Backing up"));
                break;
            case RedisParser::TaskState::Unknown:
                break;
            }
            poller->scheduleNext([this, reply, poller, request, taskId, sentAt] {
                pollTask(reply, poller, request, taskId, sentAt);
            });
        },
        &TencentErrorHints::explain);
}

void TencentRedisService::finishWithDetail(ServiceReply *reply, const Backup &created)
{
    // The listing has no size: one DescribeBackupDetail adds it (and shards, replicas, memory).
    // The backup exists whatever this call says, so a failure here still finishes the create.
    ApiCall *call = describeDetail(created);
    call->setParent(reply);
    reply->track(call);
    const auto done = [reply, call](const Backup &backup) {
        call->deleteLater();
        reply->setBackup(backup);
        reply->setProgress(100, tr("Backup finished"));
        reply->finish();
    };
    connect(call, &ApiCall::finished, reply, [created, done](const QJsonObject &payload) {
        ProviderError error;
        const Backup detailed = RedisParser::parseBackupDetail(payload, created, &error);
        done(error.isError() ? created : detailed);
    });
    connect(call, &ApiCall::failed, reply, [created, done] { done(created); });
}

void TencentRedisService::findCreated(ServiceReply *reply, BackoffPoller *poller,
                                      const CreateBackupRequest &request, const QDateTime &startedAfter,
                                      int attemptsLeft)
{
    const QDateTime now = m_api.client()->now();
    const QDateTime from = startedAfter.addSecs(-startToleranceSeconds);
    ApiCall *call = m_api.call(QStringLiteral("DescribeInstanceBackups"), request.region, request.instanceId,
                               {{QStringLiteral("InstanceId"), request.instanceId},
                                {QStringLiteral("BeginTime"), TencentJson::formatBeijing(from)},
                                {QStringLiteral("EndTime"), TencentJson::formatBeijing(now.addSecs(3600))},
                                {QStringLiteral("Limit"), backupPageSize},
                                {QStringLiteral("Offset"), 0}},
                               describeInstanceBackupsRate);
    CallBinding::attach(
        reply, call,
        [this, reply, poller, request, startedAfter, attemptsLeft, from](const QJsonObject &payload) {
            const TencentPage<Backup> page
                = RedisParser::parseBackups(payload, request.instanceId, request.region);
            if (!page.ok()) {
                reply->fail(inContext(page.error, request.instanceId));
                return;
            }
            const Backup *best = nullptr;
            for (const Backup &candidate : page.items) {
                if (candidate.start.isValid() && candidate.start < from)
                    continue;
                if (!request.name.isEmpty() && candidate.name != request.name)
                    continue;
                if (!best || candidate.start > best->start)
                    best = &candidate;
            }
            if (best) {
                Backup created = *best;
                // We made this one with ManualBackupInstance: the record settles the trigger.
                RedisParser::markCreatedManually(created);
                created.extra.append(
                    {QStringLiteral("TaskId"), reply->backup().extraValue(QStringLiteral("TaskId"))});
                reply->setBackup(created);
                finishWithDetail(reply, created);
                return;
            }
            if (attemptsLeft > 1) {
                poller->scheduleNext([this, reply, poller, request, startedAfter, attemptsLeft] {
                    findCreated(reply, poller, request, startedAfter, attemptsLeft - 1);
                });
                return;
            }
            ProviderError error;
            error.kind = ProviderError::Kind::Provider;
            error.action = QStringLiteral("DescribeInstanceBackups");
            error.requestId = page.requestId;
            error.message = tr("The backup task succeeded, but the new backup does not appear in the list.");
            reply->fail(inContext(error, request.instanceId));
        },
        &TencentErrorHints::explain);
}

} // namespace bb
