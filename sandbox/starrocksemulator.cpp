#include "sandbox/starrocksemulator.h"

#include "sandbox/datagen.h"

#include <QJsonArray>
#include <QMutexLocker>

#include <algorithm>

namespace bb::sandbox {

namespace {

struct InstanceSpec
{
    const char *region;
    const char *status;
    const char *runMode;
    const char *version;
    const char *minorVersion;
};

const InstanceSpec fleet[] = {
    {"cn-hangzhou", "running", "shared_data", "3.3", "3.3.13-1.0-1.7.2"},
    {"cn-hangzhou", "running", "shared_nothing", "3.2", "3.2.11-1.89-1.6.4"},
    {"cn-beijing", "running", "shared_data", "3.3", "3.3.8-1.0-1.7.0"},
    {"ap-southeast-1", "restarting", "shared_nothing", "3.1", "3.1.14-1.62-1.5.3"},
};

const char *const tables[] = {"orders",
                              "order_items",
                              "events",
                              "sessions",
                              "dim_customer",
                              "fact_sales",
                              "cdc_ods_t2030_lcpf_api_topic_msg"};

// Integers in the query (ROA APIs put them there as text); nullopt when present but not a number.
std::optional<qint64> integer(const QString &text, qint64 fallback)
{
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

// PageNumber (default 1) and PageSize (default 10, at most maxPageSize) of a list call.
struct Page
{
    qint64 number = 1;
    qint64 size = 10;
    static std::optional<Page> read(const QString &numberText, const QString &sizeText)
    {
        const std::optional<qint64> number = integer(numberText, 1);
        const std::optional<qint64> size = integer(sizeText, 10);
        if (!number || *number < 1 || !size || *size < 1 || *size > StarRocksEmulator::maxPageSize)
            return std::nullopt;
        return Page {*number, *size};
    }
    // Whether the row at 0-based `index` of the whole result is on this page.
    bool holds(qint64 index) const { return index >= (number - 1) * size && index < number * size; }
};

} // namespace

int StarRocksEmulator::SrBackup::sizeGiB() const
{
    int total = 0;
    for (const SubTask &s : subTasks)
        total += s.sizeGiB;
    return total;
}

StarRocksEmulator::StarRocksEmulator(SandboxContext context)
    : AlibabaEmulator(std::move(context), "2022-10-19", QStringLiteral("starrocks"),
                      QStringLiteral("starrocks.aliyuncs.com"))
{
    generate();
    // StarRocks publishes no per-API limits (FACTS §5.5); 20/s keeps the sandbox honest about bursts.
    addRoaAction("POST", QStringLiteral("/webapi/starrocks/describeInstances"),
                 QStringLiteral("DescribeInstances"), 20, {},
                 [this](const AlibabaCall &call) { return describeInstances(call); });
    addRoaAction("POST", QStringLiteral("/webapi/backup/manage/describe"), QStringLiteral("DescribeBackups"),
                 20, {}, [this](const AlibabaCall &call) { return describeBackups(call); });
    addRoaAction("POST", QStringLiteral("/webapi/backup/manage/update"), QStringLiteral("UpdateBackup"), 20,
                 {}, [this](const AlibabaCall &call) { return updateBackup(call); });
    addRoaAction("POST", QStringLiteral("/webapi/backup/manage/delete"), QStringLiteral("DeleteBackup"), 20,
                 {}, [this](const AlibabaCall &call) { return deleteBackup(call); });
}

StarRocksEmulator::~StarRocksEmulator() = default;

void StarRocksEmulator::generate()
{
    DataGen gen(context().seed, "alibaba-starrocks");
    const QDateTime anchor
        = context().anchorUtc.isValid() ? context().anchorUtc : QDateTime::currentDateTimeUtc();
    const QDateTime today(anchor.date(), QTime(0, 0), Qt::UTC);

    for (const InstanceSpec &spec : fleet) {
        SrInstance in;
        in.id = QStringLiteral("c-") + gen.hex(16);
        in.name = gen.instanceName(QStringLiteral("sr"));
        in.region = QLatin1String(spec.region);
        in.status = QLatin1String(spec.status);
        in.runMode = QLatin1String(spec.runMode);
        in.version = QLatin1String(spec.version);
        in.minorVersion = QLatin1String(spec.minorVersion);
        in.vpcId = QStringLiteral("vpc-") + gen.lowerAlnum(21);
        in.beginMs = today.addDays(-gen.range(60, 400)).toMSecsSinceEpoch();
        in.feCu = gen.pick(QList<int> {4, 8, 16});
        in.beCu = gen.pick(QList<int> {8, 16, 32, 64});
        in.storageGiB = gen.pick(QList<int> {100, 200, 500, 1000});
        const QStringList databases = gen.databaseNames(1, 3);
        const int hour = gen.range(0, 5);

        // A daily policy, placed back from the anchor (not at a clock hour of its day) so the
        // newest backup exists at any hour the sandbox starts.
        for (int day = historyDays; day >= 0; --day) {
            const QDateTime start = anchor.addDays(-day).addSecs(-(hour * 3600 + gen.range(60, 660)));
            SrBackup b;
            b.id = QStringLiteral("bt-") + gen.lowerAlnum(12);
            b.instanceId = in.id;
            b.region = in.region;
            b.description = QStringLiteral("Daily backup policy");
            qint64 cursor = start.toSecsSinceEpoch();
            for (const QString &db : databases) {
                const int tableCount = gen.range(1, 4);
                for (int t = 0; t < tableCount; ++t) {
                    SubTask s;
                    s.database = db;
                    s.table = QLatin1String(tables[gen.range(0, int(std::size(tables)) - 1)]);
                    s.sizeGiB = gen.range(0, 40);
                    s.startSeconds = cursor;
                    cursor += 20 + s.sizeGiB * 15;
                    s.finishedSeconds = cursor;
                    s.status = QStringLiteral("success");
                    b.subTasks.append(s);
                }
            }
            b.startMs = start.toMSecsSinceEpoch();
            b.finishedMs = cursor * 1000;
            b.expireMs = b.startMs + qint64(7) * 86400 * 1000;
            b.status = QStringLiteral("COMPLETED");
            if (gen.chance(0.05)) {
                b.status = QStringLiteral("FAILED");
                b.subTasks.last().status = QStringLiteral("failed");
            }
            // The newest backup of the first instance is still running: no finish time yet. Its
            // running subtask began shortly before the anchor (the whole task moves back to fit).
            if (day == 0 && &spec == &fleet[0]) {
                const qint64 shift
                    = std::min<qint64>(0, anchor.toSecsSinceEpoch() - 300 - b.subTasks.last().startSeconds);
                for (SubTask &s : b.subTasks) {
                    s.startSeconds += shift;
                    s.finishedSeconds += shift;
                }
                b.startMs += shift * 1000;
                b.expireMs += shift * 1000;
                b.status = QStringLiteral("RUNNING");
                b.finishedMs = 0;
                b.subTasks.last().status = QStringLiteral("running");
                b.subTasks.last().finishedSeconds = 0;
            }
            m_backups.prepend(b);
        }
        if (&spec == &fleet[0]) {
            // One backup kept two years (finding a backup by id whatever its age), placed from the
            // anchor like the rest; its own generator leaves the other rows as they were.
            DataGen oldGen(context().seed, "alibaba-starrocks-old");
            SrBackup old;
            old.id = QStringLiteral("bt-") + oldGen.lowerAlnum(12);
            old.instanceId = in.id;
            old.region = in.region;
            old.description = QStringLiteral("Kept before the 3.3 upgrade");
            const QDateTime start = today.addDays(-oldBackupDays).addSecs(hour * 3600);
            SubTask s;
            s.database = databases.first();
            s.table = QLatin1String(tables[0]);
            s.sizeGiB = oldGen.range(1, 40);
            s.startSeconds = start.toSecsSinceEpoch();
            s.finishedSeconds = s.startSeconds + 20 + s.sizeGiB * 15;
            s.status = QStringLiteral("success");
            old.subTasks.append(s);
            old.startMs = start.toMSecsSinceEpoch();
            old.finishedMs = s.finishedSeconds * 1000;
            old.expireMs = today.addDays(365).toMSecsSinceEpoch();
            old.status = QStringLiteral("COMPLETED");
            m_backups.append(old);
        }
        m_instances.append(in);
    }
    std::stable_sort(m_backups.begin(), m_backups.end(),
                     [](const SrBackup &a, const SrBackup &b) { return a.startMs > b.startMs; });
}

const StarRocksEmulator::SrInstance *StarRocksEmulator::findInstance(const QString &id) const
{
    for (const SrInstance &in : m_instances) {
        if (in.id == id)
            return &in;
    }
    return nullptr;
}

QString StarRocksEmulator::value(const AlibabaCall &call, const QString &name)
{
    // Parameters come in the query (as the SDK sends them); a JSON body is accepted too.
    if (call.params.contains(name))
        return call.param(name);
    const QJsonValue v = call.body.value(name);
    return v.isDouble() ? QString::number(v.toDouble(), 'f', 0) : v.toString();
}

AlibabaReply StarRocksEmulator::success(const QJsonValue &data, int total)
{
    QJsonObject body {
        {QStringLiteral("HttpStatusCode"), 200},
        {QStringLiteral("Success"), true},
        {QStringLiteral("ErrCode"), QStringLiteral("Success")},
        {QStringLiteral("ErrMessage"), QString()},
        {QStringLiteral("Data"), data},
    };
    if (total >= 0)
        body.insert(QStringLiteral("Total"), total);
    return AlibabaReply::raw(200, body);
}

AlibabaReply StarRocksEmulator::invalid(const QString &what)
{
    // The product's own error wrapper, as in the seed's ErrMessage.
    return AlibabaReply::raw(
        400,
        QJsonObject {
            {QStringLiteral("HttpStatusCode"), 400},
            {QStringLiteral("Success"), false},
            {QStringLiteral("ErrCode"), QStringLiteral("InvalidParams")},
            {QStringLiteral("ErrMessage"), QStringLiteral("Invalid params: [%1].").arg(what)},
            {QStringLiteral("Data"), QJsonValue::Null},
        });
}

QJsonObject StarRocksEmulator::instanceJson(const SrInstance &in) const
{
    return QJsonObject {
        {QStringLiteral("InstanceId"), in.id},
        {QStringLiteral("InstanceName"), in.name},
        {QStringLiteral("InstanceStatus"), in.status},
        {QStringLiteral("RegionId"), in.region},
        {QStringLiteral("ZoneId"), in.region + QStringLiteral("-i")},
        {QStringLiteral("RunMode"), in.runMode},
        {QStringLiteral("Version"), in.version},
        {QStringLiteral("MinorVersion"), in.minorVersion},
        {QStringLiteral("PayType"), QStringLiteral("postPaid")},
        {QStringLiteral("PackageType"), QStringLiteral("official")},
        {QStringLiteral("BeginTime"), in.beginMs},
        {QStringLiteral("ExpireTime"), qint64(4102415999000)},
        {QStringLiteral("VpcId"), in.vpcId},
        {QStringLiteral("ResourceGroupId"), QStringLiteral("rg-sandbox")},
    };
}

QJsonObject StarRocksEmulator::backupJson(const SrBackup &b) const
{
    const SrInstance *in = findInstance(b.instanceId);
    QJsonArray subs;
    for (const SubTask &s : b.subTasks) {
        subs.append(QJsonObject {
            {QStringLiteral("StartTime"), s.startSeconds},
            {QStringLiteral("FinishedTime"), s.finishedSeconds},
            {QStringLiteral("SnapshotName"),
             QDateTime::fromMSecsSinceEpoch(b.startMs, Qt::UTC)
                 .toString(QStringLiteral("yyyy-MM-dd'_backup'"))},
            {QStringLiteral("DataBase"), s.database},
            {QStringLiteral("Table"), s.table},
            {QStringLiteral("Size"), s.sizeGiB},
            {QStringLiteral("Status"), s.status},
            {QStringLiteral("Detail"), QStringLiteral("[]")},
        });
    }
    QJsonObject snapshot;
    if (in) {
        snapshot = QJsonObject {
            {QStringLiteral("InstanceName"), in->name},
            {QStringLiteral("VpcId"), in->vpcId},
            {QStringLiteral("RunMode"), in->runMode},
            {QStringLiteral("SpecType"), QStringLiteral("standard")},
            {QStringLiteral("ResourceGroupId"), QStringLiteral("rg-sandbox")},
            {QStringLiteral("Version"), in->version},
            {QStringLiteral("MinorVersion"), in->minorVersion},
            {QStringLiteral("NodeGroups"),
             QJsonArray {
                 QJsonObject {{QStringLiteral("ComponentType"), QStringLiteral("FE")},
                              {QStringLiteral("Cu"), in->feCu},
                              {QStringLiteral("StorageSize"), 100},
                              {QStringLiteral("StoragePerformanceLevel"), QStringLiteral("pl1")},
                              {QStringLiteral("DiskNumber"), QStringLiteral("1")},
                              {QStringLiteral("ResidentNodeNumber"), QStringLiteral("3")},
                              {QStringLiteral("SpecType"), QStringLiteral("standard")},
                              {QStringLiteral("LocalStorageInstanceType"), QStringLiteral("null")}},
                 QJsonObject {{QStringLiteral("ComponentType"), QStringLiteral("BE")},
                              {QStringLiteral("Cu"), in->beCu},
                              {QStringLiteral("StorageSize"), in->storageGiB},
                              {QStringLiteral("StoragePerformanceLevel"), QStringLiteral("pl1")},
                              {QStringLiteral("DiskNumber"), QStringLiteral("2")},
                              {QStringLiteral("ResidentNodeNumber"), QStringLiteral("3")},
                              {QStringLiteral("SpecType"), QStringLiteral("standard")},
                              {QStringLiteral("LocalStorageInstanceType"), QStringLiteral("null")}},
             }},
            {QStringLiteral("RegionId"), in->region},
            {QStringLiteral("Tags"),
             QJsonArray {QJsonObject {{QStringLiteral("Key"), QStringLiteral("bk-time")},
                                      {QStringLiteral("Value"), QString::number(b.startMs / 1000)}}}},
        };
    }
    return QJsonObject {
        {QStringLiteral("RegionId"), b.region},
        {QStringLiteral("InstanceId"), b.instanceId},
        // The page's "cloud disk size in GiB" (the BE storage), not the data: the subtasks carry that.
        {QStringLiteral("Size"), in ? in->storageGiB : b.sizeGiB()},
        {QStringLiteral("Status"), b.status},
        {QStringLiteral("Description"), b.description},
        {QStringLiteral("SubTasks"), subs},
        {QStringLiteral("BackupStartTime"), b.startMs},
        {QStringLiteral("BackupFinishedTime"), b.finishedMs},
        {QStringLiteral("ExpireTime"), b.expireMs},
        {QStringLiteral("BackupTaskId"), b.id},
        {QStringLiteral("BackupType"), QStringLiteral("FullBackup")},
        {QStringLiteral("InstanceSnapshot"), snapshot},
    };
}

AlibabaReply StarRocksEmulator::describeInstances(const AlibabaCall &call)
{
    QMutexLocker lock(&m_mutex);
    const std::optional<Page> page
        = Page::read(value(call, QStringLiteral("PageNumber")), value(call, QStringLiteral("PageSize")));
    if (!page)
        return invalid(
            QStringLiteral("pageNumber must be >= 1 and pageSize between 1 and %1").arg(maxPageSize));
    const QString region = value(call, QStringLiteral("RegionId"));
    const QString id = value(call, QStringLiteral("InstanceId"));
    const QString name = value(call, QStringLiteral("InstanceName"));
    const QStringList statuses
        = value(call, QStringLiteral("InstanceStatus")).split(u',', Qt::SkipEmptyParts);
    QJsonArray data;
    int total = 0;
    for (const SrInstance &in : std::as_const(m_instances)) {
        if ((!region.isEmpty() && in.region != region) || (!id.isEmpty() && in.id != id)
            || (!name.isEmpty() && !in.name.contains(name))
            || (!statuses.isEmpty() && !statuses.contains(in.status)))
            continue;
        if (page->holds(total))
            data.append(instanceJson(in));
        ++total;
    }
    return success(data, total);
}

AlibabaReply StarRocksEmulator::describeBackups(const AlibabaCall &call)
{
    QMutexLocker lock(&m_mutex);
    const std::optional<Page> page
        = Page::read(value(call, QStringLiteral("PageNumber")), value(call, QStringLiteral("PageSize")));
    if (!page)
        return invalid(
            QStringLiteral("pageNumber must be >= 1 and pageSize between 1 and %1").arg(maxPageSize));
    const std::optional<qint64> from = integer(value(call, QStringLiteral("TimePeriodStartTime")), 0);
    const std::optional<qint64> to = integer(value(call, QStringLiteral("TimePeriodEndTime")), 0);
    // The window is in Unix seconds; a millisecond value is a client bug worth naming.
    if (!from || !to || *from > 99'999'999'999LL || *to > 99'999'999'999LL)
        return invalid(QStringLiteral("timePeriodStartTime and timePeriodEndTime must be Unix seconds"));
    const QString instanceId = value(call, QStringLiteral("InstanceId"));
    if (!instanceId.isEmpty() && !findInstance(instanceId))
        return invalid(QStringLiteral("instance not exists"));
    const QString region = value(call, QStringLiteral("RegionId"));
    const QString taskId = value(call, QStringLiteral("BackupTaskId"));
    const QStringList statuses
        = value(call, QStringLiteral("Statuses")).toUpper().split(u',', Qt::SkipEmptyParts);

    QJsonArray data;
    int total = 0;
    for (const SrBackup &b : std::as_const(m_backups)) {
        if ((!instanceId.isEmpty() && b.instanceId != instanceId) || (!region.isEmpty() && b.region != region)
            || (!taskId.isEmpty() && b.id != taskId) || (!statuses.isEmpty() && !statuses.contains(b.status))
            || (*from && b.startMs < *from * 1000) || (*to && b.startMs > *to * 1000))
            continue;
        if (page->holds(total))
            data.append(backupJson(b));
        ++total;
    }
    return success(data, total);
}

AlibabaReply StarRocksEmulator::updateBackup(const AlibabaCall &call)
{
    QMutexLocker lock(&m_mutex);
    // UpdateBackup takes backupTaskId and description (lower case) in its JSON body, RegionId in
    // the query (SDK UpdateBackupWithOptions). Like the real server, the query is not read for
    // them: a client that puts them there updates nothing and hears so.
    const QJsonValue taskValue = call.body.value(QStringLiteral("backupTaskId"));
    const QString taskId
        = taskValue.isDouble() ? QString::number(taskValue.toDouble(), 'f', 0) : taskValue.toString();
    if (taskId.isEmpty())
        return invalid(QStringLiteral("backupTaskId is required"));
    const QString description = call.body.value(QStringLiteral("description")).toString();
    if (description.size() > 256)
        return invalid(QStringLiteral("description is longer than 256 characters"));
    for (SrBackup &b : m_backups) {
        if (b.id == taskId) {
            b.description = description;
            return success(true);
        }
    }
    return invalid(QStringLiteral("backup task not exists"));
}

AlibabaReply StarRocksEmulator::deleteBackup(const AlibabaCall &call)
{
    QMutexLocker lock(&m_mutex);
    const QString taskId = value(call, QStringLiteral("BackupTaskId"));
    if (taskId.isEmpty())
        return invalid(QStringLiteral("BackupTaskId is required"));
    for (qsizetype i = 0; i < m_backups.size(); ++i) {
        if (m_backups.at(i).id != taskId)
            continue;
        if (m_backups.at(i).status == QLatin1String("RUNNING"))
            return invalid(QStringLiteral("backup task is running and cannot be deleted"));
        m_backups.removeAt(i);
        return success(true);
    }
    return invalid(QStringLiteral("backup task not exists"));
}

} // namespace bb::sandbox
