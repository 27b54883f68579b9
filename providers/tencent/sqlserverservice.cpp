#include "providers/tencent/sqlserverservice.h"

#include "providers/core/apiclient.h"
#include "providers/core/callbinding.h"
#include "providers/core/pagedlisting.h"
#include "providers/core/timewindows.h"
#include "providers/tencent/backoffpoller.h"
#include "providers/tencent/sqlserverparser.h"
#include "providers/tencent/tencenterrorhints.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QTimer>

#include <memory>

namespace bb {

namespace {

// Documented frequency limits (FACTS §2.1). DescribeDBInstances' is not published: 20/s is the
// limit of every other call here, a safe guess.
constexpr double describeDBInstancesRate = 20;
constexpr double describeRegionsRate = 20; // not published either
constexpr double describeBackupsRate = 60;
constexpr double describeBackupFilesRate = 20;
constexpr double createBackupRate = 20;
constexpr double describeBackupByFlowIdRate = 20;

// BackupQuery.statusRaw may hold the raw value ("1") or our name ("succeeded"): accept both,
// since DescribeBackups has no status filter of its own and we filter here.
bool matchesStatus(const Backup &backup, const QString &wanted)
{
    return wanted.isEmpty() || backup.statusRaw == wanted || toString(backup.status) == wanted;
}

// The GroupId of a "single" backup (its files are listed by it), from the record or its id.
QString groupOf(const Backup &backup)
{
    const QString fromId = SqlServerParser::groupIdOf(backup.id);
    if (!fromId.isEmpty())
        return fromId;
    return backup.extraValue(QStringLiteral("BackupFormat")) == QLatin1String("single")
        ? backup.extraValue(QStringLiteral("GroupId"))
        : QString();
}

// A DescribeBackupFiles row's own Id (kept among its extra fields).
QString fileId(const BackupFile &file)
{
    for (const Field &field : file.extra) {
        if (field.key == QLatin1String("Id"))
            return field.value;
    }
    return {};
}

} // namespace

TencentSqlServerService::TencentSqlServerService(const ServiceConfig &config, QObject *parent)
    : TencentService(config, QStringLiteral("sqlserver"), QStringLiteral("2018-03-28"),
                     QString::fromLatin1(productKey), parent)
{ }

TencentSqlServerService::~TencentSqlServerService() = default;

ProductDescription TencentSqlServerService::describe()
{
    ProductDescription product {
        QString::fromLatin1(productKey), Cloud::Tencent,
        QCoreApplication::translate("bb::ProductRegistry", "Tencent Cloud SQL Server"),
        createAndDownload(true)};
    Capabilities &caps = product.capabilities;
    caps.trackCreate = true; // DescribeBackupByFlowId follows the FlowId CreateBackup returned
    // CreateBackup: BackupName (held to 60 characters) and StorageStrategy (1: kept until the
    // instance is eliminated).
    caps.create.name = true;
    caps.create.nameLabel = QT_TRANSLATE_NOOP("CreateBackupOptions", "Backup name");
    caps.create.nameMaxLength = 60;
    caps.create.keepUntilRemoved = true;
    // ModifyBackupStrategy: data and log backups are kept 3-1830 days, periodic ("regular")
    // backups 90-3650 days; the longest of them bounds "any time".
    caps.historyDays = 3650;
    // DescribeBackups/DescribeBackupFiles list Size in whole KB (SqlServerParser multiplies).
    caps.sizeSlack = 1023;
    return product;
}

QStringList TencentSqlServerService::knownRegions() const
{
    // DescribeRegions has the account's own list; this is the documented one.
    return commonRegions();
}

ServiceReply *TencentSqlServerService::listRegions()
{
    auto *reply = newReply();
    // DescribeRegions is a global call, but X-TC-Region must still name a valid region.
    ApiCall *call = m_api.call(QStringLiteral("DescribeRegions"), QStringLiteral("ap-guangzhou"), {}, {},
                               describeRegionsRate);
    CallBinding::attach(
        reply, call,
        [this, reply](const QJsonObject &payload) {
            ProviderError error;
            const QStringList regions = SqlServerParser::parseRegions(payload, &error);
            if (error.isError()) {
                reply->fail(inContext(error, {}));
                return;
            }
            reply->setRegions(regions);
            reply->finish();
        },
        &TencentErrorHints::explain);
    return reply;
}

ServiceReply *TencentSqlServerService::listInstances(const QString &region)
{
    // Offset is a page number (the default PaginationType "pageNumber").
    return listInstancePages(region, QStringLiteral("DescribeDBInstances"), pageSize, false,
                             describeDBInstancesRate, &SqlServerParser::parseInstances);
}

ServiceReply *TencentSqlServerService::listBackups(const QString &region, const QString &instanceId,
                                                   const BackupQuery &query)
{
    auto *reply = newReply();
    auto *listing = new PagedListing(reply, pageSize, &TencentErrorHints::explain);
    // StartTime/EndTime are required: no window means the last 7 days, long ones are split.
    const QList<TimeWindows::Window> windows
        = TimeWindows::split(query.since, query.until, windowSeconds, m_api.client()->now());
    bool idOk = false;
    const qint64 backupId = query.backupId.toLongLong(&idOk);
    // Data (Type 1) and log (Type 2) backups are separate listings of the same call.
    const QList<QPair<int, BackupKind>> types = {{1, BackupKind::Full}, {2, BackupKind::Log}};
    for (const TimeWindows::Window &window : windows) {
        for (const auto &[type, kind] : types) {
            // BackupWay is left out: the CN page says that means "all ways", while the intl page
            // claims a default of 2 (archive only) — FACTS §5.3. Sending it once per way would
            // triple the calls for a documented conflict the sandbox and the CN doc agree on.
            QJsonObject params {{QStringLiteral("InstanceId"), instanceId},
                                {QStringLiteral("StartTime"), TencentJson::formatBeijing(window.begin)},
                                {QStringLiteral("EndTime"), TencentJson::formatBeijing(window.end)},
                                {QStringLiteral("Limit"), pageSize},
                                {QStringLiteral("Type"), type},
                                // One row per "single" backup (its files grouped under GroupId),
                                // as tccli's published example shows, not one row per file.
                                {QStringLiteral("Group"), 1}};
            if (idOk)
                params.insert(QStringLiteral("BackupId"), backupId);
            const SqlServerParser::Context context {instanceId, region, kind};
            const QString wanted = query.statusRaw;
            listing->addStream(
                [this, region, instanceId, params](int index) {
                    QJsonObject paged = params;
                    paged.insert(QStringLiteral("Offset"), index); // a page number, not a row offset
                    return m_api.call(QStringLiteral("DescribeBackups"), region, instanceId, paged,
                                      describeBackupsRate);
                },
                [this, reply, context, wanted](const QJsonObject &payload, ProviderError &error) -> qint64 {
                    TencentPage<Backup> page = SqlServerParser::parseBackups(payload, context);
                    if (!page.ok()) {
                        error = inContext(page.error, context.instanceId);
                        return -1;
                    }
                    if (!wanted.isEmpty())
                        page.items.removeIf([&wanted](const Backup &b) { return !matchesStatus(b, wanted); });
                    reply->addBackups(page.items);
                    return page.totalCount;
                });
        }
    }
    listing->start();
    return reply;
}

void TencentSqlServerService::fetchFiles(ServiceReply *reply, const Backup &backup, bool forDownload)
{
    const QString groupId = groupOf(backup);
    auto *listing = new PagedListing(reply, pageSize, &TencentErrorHints::explain);
    // Pages arrive in any order: keep them by index and join them in order at the end.
    auto pages = std::make_shared<QMap<int, QList<BackupFile>>>();
    listing->addStream(
        [this, backup, groupId](int index) {
            return m_api.call(QStringLiteral("DescribeBackupFiles"), backup.region, backup.instanceId,
                              {{QStringLiteral("InstanceId"), backup.instanceId},
                               {QStringLiteral("GroupId"), groupId},
                               {QStringLiteral("Limit"), pageSize},
                               {QStringLiteral("Offset"), index}},
                              describeBackupFilesRate);
        },
        [this, backup, pages, listing](const QJsonObject &payload, ProviderError &error) -> qint64 {
            const TencentPage<BackupFile> page
                = SqlServerParser::parseBackupFiles(payload, backup.instanceId);
            if (!page.ok()) {
                error = inContext(page.error, backup.instanceId);
                return -1;
            }
            pages->insert(listing->currentPage(), page.items);
            return page.totalCount;
        });
    listing->setOnComplete([reply, backup, pages, forDownload] {
        Backup updated = backup;
        updated.files.clear();
        qint64 total = 0;
        bool sizesKnown = true;
        for (const QList<BackupFile> &files : std::as_const(*pages)) {
            for (const BackupFile &file : files) {
                updated.files.append(file);
                if (file.sizeBytes < 0)
                    sizesKnown = false;
                else
                    total += file.sizeBytes;
            }
        }
        if (sizesKnown && !updated.files.isEmpty())
            updated.sizeBytes = total;
        reply->setBackup(updated);
        if (forDownload)
            reply->setFiles(updated.files);
    });
    listing->start();
}

ServiceReply *TencentSqlServerService::backupDetail(const Backup &backup)
{
    auto *reply = newReply();
    if (!groupOf(backup).isEmpty()) {
        fetchFiles(reply, backup, false);
        return reply;
    }
    // A "pkg" backup is one archive: the listing already said everything.
    QTimer::singleShot(0, reply, [reply, backup] {
        reply->setBackup(backup);
        reply->finish();
    });
    return reply;
}

QJsonObject TencentSqlServerService::lookupParams(const QString &instanceId, qint64 backupId, int type,
                                                  int group) const
{
    // StartTime/EndTime are required (the SDK's api.json) and no maximum span is documented: one
    // window from before the product's API 3.0 existed to now covers every backup still held.
    return {{QStringLiteral("InstanceId"), instanceId},
            {QStringLiteral("StartTime"), TencentJson::formatBeijing(lookupEarliest())},
            {QStringLiteral("EndTime"), TencentJson::formatBeijing(m_api.client()->now().addSecs(3600))},
            {QStringLiteral("BackupId"), backupId},
            {QStringLiteral("Type"), type},
            {QStringLiteral("Group"), group},
            {QStringLiteral("Limit"), pageSize},
            {QStringLiteral("Offset"), 0}};
}

QDateTime TencentSqlServerService::lookupEarliest()
{
    return QDateTime(QDate(2010, 1, 1), QTime(0, 0), Qt::UTC);
}

ServiceReply *TencentSqlServerService::findBackupById(const QString &region, const QString &instanceId,
                                                      const QString &backupId)
{
    const QString groupId = SqlServerParser::groupIdOf(backupId);
    bool idOk = false;
    const qint64 numericId = backupId.toLongLong(&idOk);
    if (groupId.isEmpty() && (!idOk || numericId <= 0)) {
        ProviderError error = refusal(QStringLiteral("DescribeBackups"), instanceId,
                                      tr("%1 is not a SQL Server backup id: they are numbers, or %2<GroupId> "
                                         "for a backup kept as one file per database.")
                                          .arg(backupId, QLatin1String(SqlServerParser::groupIdPrefix)));
        error.kind = ProviderError::Kind::Provider;
        error.code = QStringLiteral("BackupNotFound");
        return ServiceReply::failLater(error);
    }
    auto *reply = newReply();
    if (!groupId.isEmpty())
        findGroup(reply, region, instanceId, groupId);
    else
        findNumbered(reply, region, instanceId, numericId, 1);
    return reply;
}

void TencentSqlServerService::findNumbered(ServiceReply *reply, const QString &region,
                                           const QString &instanceId, qint64 backupId, int type)
{
    // DescribeBackups with the BackupId filter: one call for a data backup, a second for a log one.
    const BackupKind kind = type == 2 ? BackupKind::Log : BackupKind::Full;
    ApiCall *call = m_api.call(QStringLiteral("DescribeBackups"), region, instanceId,
                               lookupParams(instanceId, backupId, type, 1), describeBackupsRate);
    CallBinding::attach(
        reply, call,
        [this, reply, region, instanceId, backupId, type, kind](const QJsonObject &payload) {
            const SqlServerParser::Context context {instanceId, region, kind};
            const TencentPage<Backup> page = SqlServerParser::parseBackups(payload, context);
            if (!page.ok())
                return reply->fail(inContext(page.error, instanceId));
            for (const Backup &found : page.items) {
                if (found.id == QString::number(backupId)) {
                    reply->setBackup(found);
                    return reply->finish();
                }
            }
            if (type == 1)
                return findNumbered(reply, region, instanceId, backupId, 2);
            reply->fail(inContext(notFound(QStringLiteral("DescribeBackups"), instanceId,
                                           QString::number(backupId), page.requestId),
                                  instanceId));
        },
        &TencentErrorHints::explain);
}

void TencentSqlServerService::findGroup(ServiceReply *reply, const QString &region, const QString &instanceId,
                                        const QString &groupId)
{
    // The files first (DescribeBackupFiles by GroupId: they prove the backup exists and carry
    // its per-file Ids), then the row of its first file, ungrouped (Group 0), by that Id: the
    // only filter DescribeBackups has that reaches one group whatever its age.
    Backup skeleton;
    skeleton.id = SqlServerParser::groupBackupId(groupId);
    skeleton.product = product();
    skeleton.region = region;
    skeleton.instanceId = instanceId;
    skeleton.kind = BackupKind::Full;
    skeleton.status = BackupStatus::Succeeded; // it has files
    skeleton.name = skeleton.id;
    skeleton.extra
        = {{QStringLiteral("BackupFormat"), QStringLiteral("single")}, {QStringLiteral("GroupId"), groupId}};
    auto *files = newReply();
    files->setParent(reply);
    fetchFiles(files, skeleton, false);
    connect(files, &ServiceReply::failed, reply, [this, reply, instanceId](const ProviderError &error) {
        reply->fail(inContext(error, instanceId));
    });
    // Aborting the find aborts the file listing too (its calls are tracked by `files`).
    connect(reply, &ServiceReply::failed, files, [files] {
        if (!files->isFinished())
            files->abort();
    });
    connect(files, &ServiceReply::finished, reply, [this, reply, files, region, instanceId, groupId] {
        const Backup withFiles = files->backup();
        files->deleteLater();
        if (reply->isFinished())
            return;
        bool idOk = false;
        const qint64 firstFileId
            = withFiles.files.isEmpty() ? 0 : fileId(withFiles.files.first()).toLongLong(&idOk);
        if (!idOk || firstFileId <= 0) {
            reply->setBackup(withFiles);
            return reply->finish();
        }
        ApiCall *call = m_api.call(QStringLiteral("DescribeBackups"), region, instanceId,
                                   lookupParams(instanceId, firstFileId, 1, 0), describeBackupsRate);
        CallBinding::attach(
            reply, call,
            [this, reply, region, instanceId, groupId, withFiles](const QJsonObject &payload) {
                const SqlServerParser::Context context {instanceId, region, BackupKind::Full};
                const TencentPage<Backup> page = SqlServerParser::parseBackups(payload, context);
                if (!page.ok())
                    return reply->fail(inContext(page.error, instanceId));
                Backup found = withFiles;
                for (const Backup &row : page.items) {
                    if (row.extraValue(QStringLiteral("GroupId")) != groupId)
                        continue;
                    // The row of one file: the backup's name, times, status and way, not its
                    // file's name, size or addresses.
                    found = row;
                    found.id = withFiles.id;
                    found.files = withFiles.files;
                    found.sizeBytes = withFiles.sizeBytes;
                    found.databases.clear();
                    for (const BackupFile &file : withFiles.files)
                        found.databases.append(file.database);
                    found.internalUrl.clear();
                    found.externalUrl.clear();
                    found.extra.removeIf([](const Field &field) {
                        return field.key == QLatin1String("FileName")
                            || field.key == QLatin1String("FirstFileId");
                    });
                    break;
                }
                reply->setBackup(found);
                reply->finish();
            },
            &TencentErrorHints::explain);
    });
}

QStringList TencentSqlServerService::locatorFields() const
{
    // What resolveDownload() (and fetchFiles()) read of the record's extra fields; keep in step.
    return {QStringLiteral("BackupFormat"), QStringLiteral("GroupId")};
}

ServiceReply *TencentSqlServerService::resolveDownload(const Backup &backup)
{
    if (backup.status != BackupStatus::Succeeded && !backup.notDownloadableReason.isEmpty())
        return ServiceReply::failLater(
            refusal(QStringLiteral("DescribeBackups"), backup.instanceId, backup.notDownloadableReason));
    auto *reply = newReply();
    if (!groupOf(backup).isEmpty()) {
        fetchFiles(reply, backup, true);
        return reply;
    }
    // The archive's URLs expire after 300 s: ask DescribeBackups again for just this backup,
    // within the day it started (StartTime/EndTime filter on the start time).
    const QDateTime start = backup.start.isValid() ? backup.start : m_api.client()->now();
    QJsonObject params {{QStringLiteral("InstanceId"), backup.instanceId},
                        {QStringLiteral("StartTime"), TencentJson::formatBeijing(start.addSecs(-12 * 3600))},
                        {QStringLiteral("EndTime"), TencentJson::formatBeijing(start.addSecs(12 * 3600))},
                        {QStringLiteral("BackupId"), backup.id.toLongLong()},
                        {QStringLiteral("Type"), backup.kind == BackupKind::Log ? 2 : 1},
                        {QStringLiteral("Limit"), pageSize},
                        {QStringLiteral("Offset"), 0}};
    ApiCall *call = m_api.call(QStringLiteral("DescribeBackups"), backup.region, backup.instanceId, params,
                               describeBackupsRate);
    const SqlServerParser::Context context {backup.instanceId, backup.region, backup.kind};
    CallBinding::attach(
        reply, call,
        [this, reply, backup, context](const QJsonObject &payload) {
            const TencentPage<Backup> page = SqlServerParser::parseBackups(payload, context);
            if (!page.ok()) {
                reply->fail(inContext(page.error, backup.instanceId));
                return;
            }
            for (const Backup &fresh : page.items) {
                if (fresh.id != backup.id)
                    continue;
                if (!fresh.hasUrls()) {
                    ProviderError error = refusal(QStringLiteral("DescribeBackups"), backup.instanceId,
                                                  fresh.notDownloadableReason);
                    error.kind = ProviderError::Kind::Provider;
                    error.requestId = page.requestId;
                    if (error.message.isEmpty())
                        error.message
                            = tr("The listing gave no download address for backup %1.").arg(backup.id);
                    reply->fail(error);
                    return;
                }
                BackupFile file;
                file.name = fresh.extraValue(QStringLiteral("FileName"));
                if (file.name.isEmpty())
                    file.name = fresh.name;
                file.sizeBytes = fresh.sizeBytes;
                file.database = fresh.databases.join(QLatin1Char(','));
                file.internalUrl = fresh.internalUrl;
                file.externalUrl = fresh.externalUrl;
                reply->setBackup(fresh);
                reply->setFiles({file});
                reply->finish();
                return;
            }
            ProviderError error;
            error.kind = ProviderError::Kind::Provider;
            error.code = QStringLiteral("ResourceNotFound.BackupNotFound");
            error.message = tr("Backup %1 is no longer listed; it may have expired.").arg(backup.id);
            error.requestId = page.requestId;
            error.action = QStringLiteral("DescribeBackups");
            reply->fail(inContext(error, backup.instanceId));
        },
        &TencentErrorHints::explain);
    return reply;
}

ServiceReply *TencentSqlServerService::createBackup(const CreateBackupRequest &request)
{
    auto *reply = newReply();
    QJsonObject params {{QStringLiteral("InstanceId"), request.instanceId},
                        // 0 follows the instance's retention policy (the console's default);
                        // 1 keeps the backup until the instance is eliminated.
                        {QStringLiteral("StorageStrategy"), request.keepUntilInstanceRemoved ? 1 : 0}};
    if (request.databases.isEmpty()) {
        params.insert(QStringLiteral("Strategy"), 0); // the whole instance
    } else {
        params.insert(QStringLiteral("Strategy"), 1); // multi-database, named
        params.insert(QStringLiteral("DBNames"), QJsonArray::fromStringList(request.databases));
    }
    if (!request.name.isEmpty())
        params.insert(QStringLiteral("BackupName"), request.name);

    // Not idempotent: a retried CreateBackup could start a second backup.
    ApiCall *call = m_api.call(QStringLiteral("CreateBackup"), request.region, request.instanceId, params,
                               createBackupRate, false);
    reply->setProgress(-1, tr("Starting the backup"));
    auto *poller = new BackoffPoller(reply, m_pollFirstMs, m_pollMaxMs);
    CallBinding::attach(
        reply, call,
        [this, reply, poller, request](const QJsonObject &payload) {
            ProviderError error;
            const qint64 flowId = SqlServerParser::parseFlowId(payload, &error);
            if (error.isError()) {
                reply->fail(inContext(error, request.instanceId));
                return;
            }
            Backup pending = pendingBackup(request, QStringLiteral("FlowId"), flowId);
            pending.statusRaw = QStringLiteral("0");
            reply->setBackup(pending);
            reply->setProgress(-1, tr("Creating the backup"));
            auto state = std::make_shared<CreateState>(CreateState {request, flowId, {}});
            poller->scheduleNext([this, reply, poller, state] { pollFlow(reply, poller, state); });
        },
        &TencentErrorHints::explain);
    return reply;
}

ServiceReply *TencentSqlServerService::trackBackup(const QString &region, const QString &instanceId,
                                                   const QString &jobId)
{
    ServiceReply *refused = nullptr;
    const qint64 flowId = jobIdOf(jobId, QStringLiteral("FlowId"), QStringLiteral("DescribeBackupByFlowId"),
                                  instanceId, &refused);
    if (!flowId)
        return refused;
    const CreateBackupRequest request = jobRequest(region, instanceId);
    BackoffPoller *poller = nullptr;
    ServiceReply *reply = followingReply(pendingBackup(request, QStringLiteral("FlowId"), flowId), &poller);
    auto state = std::make_shared<CreateState>(CreateState {request, flowId, {}, false});
    pollFlow(reply, poller, state);
    return reply;
}

void TencentSqlServerService::pollFlow(ServiceReply *reply, BackoffPoller *poller,
                                       const std::shared_ptr<CreateState> &state)
{
    const CreateBackupRequest &request = state->request;
    // FlowId comes back from CreateBackup as an Integer but DescribeBackupByFlowId types it String.
    ApiCall *call = m_api.call(QStringLiteral("DescribeBackupByFlowId"), request.region, request.instanceId,
                               {{QStringLiteral("InstanceId"), request.instanceId},
                                {QStringLiteral("FlowId"), QString::number(state->flowId)}},
                               describeBackupByFlowIdRate);
    CallBinding::attach(
        reply, call,
        [this, reply, poller, state](const QJsonObject &payload) {
            ProviderError error;
            const SqlServerParser::Context context {state->request.instanceId, state->request.region,
                                                    BackupKind::Full};
            Backup backup = SqlServerParser::parseBackupByFlowId(payload, context, &error);
            if (error.isError()) {
                reply->fail(inContext(error, state->request.instanceId));
                return;
            }
            // We made it, so we know what the placeholders (while Status is 0) do not say.
            backup.trigger = BackupTrigger::Manual;
            if (backup.extraValue(QStringLiteral("BackupWay")).isEmpty())
                backup.extra.prepend({QStringLiteral("BackupWay"), QStringLiteral("manual")});
            if (state->startedHere && backup.extraValue(QStringLiteral("Strategy")).isEmpty())
                backup.extra.prepend({QStringLiteral("Strategy"),
                                      state->request.databases.isEmpty() ? QStringLiteral("instance")
                                                                         : QStringLiteral("multi-database")});
            backup.extra.append({QStringLiteral("FlowId"), QString::number(state->flowId)});
            const QString requestId
                = TencentJson::string(TencentJson::unwrap(payload).value(QLatin1String("RequestId")));
            const bool creating = backup.status == BackupStatus::Creating;
            if (!state->listedId.isEmpty() && creating) {
                backup.id = state->listedId;
                showFlowState(reply, poller, state, backup, requestId);
                return;
            }
            if (backup.name.isEmpty() || !backup.start.isValid()) {
                showFlowState(reply, poller, state, backup, requestId);
                return;
            }
            // The flow's Id is 0 while creating and, for per-database backups, the first file's id:
            // the listing's own record has the id, format and GroupId every other call uses.
            const QDateTime start = backup.start;
            ApiCall *lookup = m_api.call(
                QStringLiteral("DescribeBackups"), state->request.region, state->request.instanceId,
                {{QStringLiteral("InstanceId"), state->request.instanceId},
                 {QStringLiteral("StartTime"), TencentJson::formatBeijing(start.addSecs(-60))},
                 {QStringLiteral("EndTime"), TencentJson::formatBeijing(start.addSecs(60))},
                 {QStringLiteral("BackupName"), backup.name},
                 {QStringLiteral("Type"), 1},
                 {QStringLiteral("Limit"), pageSize},
                 {QStringLiteral("Offset"), 0}},
                describeBackupsRate);
            CallBinding::attach(
                reply, lookup,
                [this, reply, poller, state, backup, requestId, creating](const QJsonObject &listing) {
                    const SqlServerParser::Context listContext {state->request.instanceId,
                                                                state->request.region, BackupKind::Full};
                    const TencentPage<Backup> page = SqlServerParser::parseBackups(listing, listContext);
                    Backup shown = backup;
                    for (const Backup &listed : page.items) {
                        if (listed.name != backup.name || listed.start != backup.start)
                            continue;
                        state->listedId = listed.id;
                        if (creating) {
                            shown.id = listed.id;
                        } else {
                            shown = listed;
                            shown.trigger = BackupTrigger::Manual;
                            shown.extra.append({QStringLiteral("FlowId"), QString::number(state->flowId)});
                        }
                        break;
                    }
                    showFlowState(reply, poller, state, shown, requestId);
                },
                &TencentErrorHints::explain);
        },
        &TencentErrorHints::explain);
}

void TencentSqlServerService::showFlowState(ServiceReply *reply, BackoffPoller *poller,
                                            const std::shared_ptr<CreateState> &state, const Backup &backup,
                                            const QString &requestId)
{
    reply->setBackup(backup);
    switch (backup.status) {
    case BackupStatus::Succeeded:
        reply->setProgress(100, tr("Backup finished"));
        if (!groupOf(backup).isEmpty()) {
            // A multi-database ("single") backup's row need not carry its size (the SDK model:
            // not returned for single files): its files have them, and the record ends with both.
            fetchFiles(reply, backup, false);
            return;
        }
        reply->finish();
        return;
    case BackupStatus::Failed: {
        ProviderError failure;
        failure.kind = ProviderError::Kind::Provider;
        failure.action = QStringLiteral("DescribeBackupByFlowId");
        failure.message = tr("The backup (flow %1) failed on the server.").arg(state->flowId);
        failure.requestId = requestId;
        reply->fail(inContext(failure, state->request.instanceId));
        return;
    }
    default:
        poller->scheduleNext([this, reply, poller, state] { pollFlow(reply, poller, state); });
        return;
    }
}

} // namespace bb
