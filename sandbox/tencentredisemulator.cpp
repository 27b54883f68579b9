#include "sandbox/tencentredisemulator.h"

#include "sandbox/datagen.h"
#include "sandbox/filehost.h"

#include <QJsonArray>
#include <QMutexLocker>

#include <algorithm>

namespace bb::sandbox {

namespace {

const QString instanceNotFound = QStringLiteral("ResourceNotFound.InstanceNotExists");
const QString backupNotFound = QStringLiteral("InvalidParameterValue.BackupNotExists");
const QString invalidValue = QStringLiteral("InvalidParameterValue");
const QString systemError = QStringLiteral("FailedOperation.SystemError");

// Numeric region ids as DescribeInstances reports them next to the readable name.
int regionNumber(const QString &region)
{
    static const QStringList order
        = {QStringLiteral("ap-guangzhou"), QStringLiteral("ap-shanghai"), QStringLiteral("ap-hongkong"),
           QStringLiteral("na-toronto"),   QStringLiteral("ap-beijing"),  QStringLiteral("ap-singapore")};
    const qsizetype index = order.indexOf(region);
    return index < 0 ? 99 : static_cast<int>(index) + 1;
}

} // namespace

FileHost::File TencentRedisEmulator::shardFile(const QString &instanceId, const QString &backupId, int shard,
                                               qint64 size)
{
    FileHost::File file;
    file.key = QStringLiteral("tencent-redis/%1/%2/%3.rdb").arg(instanceId, backupId).arg(shard);
    file.fileName
        = QStringLiteral("%1-%2-redis-server-5.0.5-%3-ignore.rdb").arg(instanceId, backupId).arg(shard);
    file.size = size;
    return file;
}

namespace {

TencentReply notFound()
{
    return TencentReply::error(instanceNotFound,
                               QStringLiteral("No Redis instance is found by the serialId."));
}

} // namespace

qint64 TencentRedisEmulator::RedisBackup::totalSize() const
{
    qint64 total = 0;
    for (qint64 size : shardSizes)
        total += size;
    return total;
}

QStringList TencentRedisEmulator::serviceRegions()
{
    return {
        QStringLiteral("ap-bangkok"),      QStringLiteral("ap-beijing"),   QStringLiteral("ap-chengdu"),
        QStringLiteral("ap-chongqing"),    QStringLiteral("ap-guangzhou"), QStringLiteral("ap-hongkong"),
        QStringLiteral("ap-jakarta"),      QStringLiteral("ap-mumbai"),    QStringLiteral("ap-nanjing"),
        QStringLiteral("ap-seoul"),        QStringLiteral("ap-shanghai"),  QStringLiteral("ap-shanghai-fsi"),
        QStringLiteral("ap-shenzhen-fsi"), QStringLiteral("ap-singapore"), QStringLiteral("ap-tokyo"),
        QStringLiteral("eu-frankfurt"),    QStringLiteral("na-ashburn"),   QStringLiteral("na-siliconvalley"),
        QStringLiteral("na-toronto"),      QStringLiteral("sa-saopaulo")};
}

TencentRedisEmulator::TencentRedisEmulator(SandboxContext context)
    : TencentEmulator(std::move(context), "redis", "2018-04-12")
{
    setRegions(serviceRegions());
    generate();
    // Documented frequency limits (FACTS §2.2); DescribeTaskInfo's page says 20/s.
    addAction(QStringLiteral("DescribeInstances"), 35, {},
              [this](const TencentCall &call) { return describeInstances(call); });
    addAction(QStringLiteral("DescribeInstanceBackups"), 50, {},
              [this](const TencentCall &call) { return describeInstanceBackups(call); });
    addAction(QStringLiteral("DescribeBackupDetail"), 20,
              {QStringLiteral("InstanceId"), QStringLiteral("BackupId")},
              [this](const TencentCall &call) { return describeBackupDetail(call); });
    addAction(QStringLiteral("DescribeBackupUrl"), 20,
              {QStringLiteral("InstanceId"), QStringLiteral("BackupId")},
              [this](const TencentCall &call) { return describeBackupUrl(call); });
    addAction(QStringLiteral("ManualBackupInstance"), 20, {QStringLiteral("InstanceId")},
              [this](const TencentCall &call) { return manualBackupInstance(call); });
    addAction(QStringLiteral("DescribeAutoBackupConfig"), 20, {QStringLiteral("InstanceId")},
              [this](const TencentCall &call) { return describeAutoBackupConfig(call); });
    addAction(QStringLiteral("DescribeTaskInfo"), 20, {QStringLiteral("TaskId")},
              [this](const TencentCall &call) { return describeTaskInfo(call); });
}

TencentRedisEmulator::~TencentRedisEmulator() = default;

QList<TencentRedisEmulator::RedisInstance> TencentRedisEmulator::instances() const
{
    QMutexLocker lock(&m_mutex);
    return m_instances;
}

QList<TencentRedisEmulator::RedisBackup> TencentRedisEmulator::backups(const QString &instanceId)
{
    QMutexLocker lock(&m_mutex);
    for (Task &task : m_tasks)
        taskStatus(task);
    QList<RedisBackup> out;
    for (const RedisBackup &backup : std::as_const(m_backups)) {
        if (backup.instanceId == instanceId)
            out.append(backup);
    }
    return out;
}

void TencentRedisEmulator::setFailingDetails(const QStringList &backupIds)
{
    QMutexLocker lock(&m_mutex);
    m_failingDetails = backupIds;
}

void TencentRedisEmulator::generate()
{
    DataGen gen(context().seed, "tencent-redis");
    struct Shape
    {
        const char *region;
        int type;
        int shards;
        int memMb;
        int everyHours;
        const char *name;
    };
    // The first instance is the "busy" one: backed up every 4 hours, so 45 days hold 270 backups.
    static const Shape shapes[] = {
        {"ap-guangzhou", 8, 1, 4096, 4, "sandbox-redis-busy"},
        {"ap-guangzhou", 9, 3, 2048, 24, nullptr},
        {"ap-shanghai", 8, 1, 1024, 24, nullptr},
        {"ap-beijing", 16, 2, 8192, 24, nullptr},
        {"ap-singapore", 15, 1, 2048, 24, nullptr},
    };
    const QDateTime anchor
        = context().anchorUtc.isValid() ? context().anchorUtc : QDateTime::currentDateTimeUtc();
    const QDateTime historyStart = anchor.addDays(-45);
    for (const Shape &shape : shapes) {
        RedisInstance instance;
        instance.id = QStringLiteral("crs-") + gen.lowerAlnum(8);
        instance.name
            = shape.name ? QString::fromLatin1(shape.name) : gen.instanceName(QStringLiteral("redis"));
        instance.region = QString::fromLatin1(shape.region);
        instance.type = shape.type;
        instance.shardNum = shape.shards;
        instance.replicasNum = gen.range(1, 2);
        instance.memSizeMb = shape.memMb;
        instance.created = historyStart.addDays(-gen.range(30, 400));
        m_instances.append(instance);

        // Automatic backups every few hours, the newest a little before the anchor (placed back
        // from it, not at a clock hour, so it exists at whatever hour the sandbox starts).
        QDateTime slot = historyStart.addSecs(-60 * gen.range(10, 60));
        QList<RedisBackup> history;
        for (; slot < anchor; slot = slot.addSecs(3600LL * shape.everyHours)) {
            RedisBackup backup;
            backup.id = QStringLiteral("%1-%2-%3")
                            .arg(gen.range64(150000000, 159999999))
                            .arg(gen.range64(1100000000, 1199999999))
                            .arg(++m_backupSerial + 400000000);
            backup.instanceId = instance.id;
            backup.start = slot.addSecs(gen.range(0, 40));
            backup.end = backup.start.addSecs(gen.range(20, 300));
            backup.expire = backup.start.addDays(30);
            backup.status = backup.expire < anchor ? -1 : (gen.chance(0.03) ? 1 : 2);
            for (int shard = 0; shard < instance.shardNum; ++shard)
                backup.shardSizes.append(gen.range64(48 * 1024, 640 * 1024));
            history.prepend(backup);
        }
        if (shape.shards > 1 && shape.type == 9) {
            // A manual backup kept 1825 days (ManualBackupInstance's StorageDays maximum), two years
            // before the anchor: finding it by id must not depend on a window.
            RedisBackup kept;
            kept.id = QStringLiteral("150000001-1100000001-%1").arg(++m_backupSerial + 400000000);
            kept.instanceId = instance.id;
            // Whole seconds, as the API's time strings carry them.
            kept.start = QDateTime::fromSecsSinceEpoch(anchor.addDays(-730).toSecsSinceEpoch(), Qt::UTC);
            kept.end = kept.start.addSecs(95);
            kept.expire = kept.start.addDays(1825);
            kept.manual = true;
            kept.remark = QStringLiteral("kept-two-years");
            kept.status = 2;
            for (int shard = 0; shard < instance.shardNum; ++shard)
                kept.shardSizes.append(256 * 1024 + shard * 4096);
            history.append(kept);
            m_instances.last().created = anchor.addDays(-800);
        }
        m_backups.append(history);
    }
}

const TencentRedisEmulator::RedisInstance *TencentRedisEmulator::findInstance(const QString &id,
                                                                              const QString &region) const
{
    for (const RedisInstance &instance : m_instances) {
        if (instance.id == id && (region.isEmpty() || instance.region == region))
            return &instance;
    }
    return nullptr;
}

TencentRedisEmulator::RedisBackup *TencentRedisEmulator::findBackup(const QString &instanceId,
                                                                    const QString &backupId)
{
    for (RedisBackup &backup : m_backups) {
        if (backup.instanceId == instanceId && backup.id == backupId)
            return &backup;
    }
    return nullptr;
}

QString TencentRedisEmulator::taskStatus(Task &task)
{
    const qint64 elapsedMs = task.started.msecsTo(QDateTime::currentDateTimeUtc());
    const int duration = std::max(context().createDurationMs, 1);
    if (!task.done && elapsedMs < duration / 6)
        return QStringLiteral("preparing");
    if (!task.done && elapsedMs < duration)
        return QStringLiteral("running");
    if (!task.done) {
        task.done = true;
        const RedisInstance *instance = findInstance(task.instanceId, {});
        RedisBackup backup;
        backup.id = QStringLiteral("%1-%2-%3")
                        .arg(160000000 + task.id)
                        .arg(1200000000 + task.id)
                        .arg(++m_backupSerial + 400000000);
        backup.instanceId = task.instanceId;
        // Whole seconds, as the API's times are ("yyyy-MM-dd HH:mm:ss"): with milliseconds, a
        // backup listed within the second it started lay past the listing's EndTime (whole
        // seconds too) and was left out; a CI run of tst_synccommand met that.
        const auto wholeSecond = [](const QDateTime &t) {
            return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
        };
        backup.start = wholeSecond(task.started.addMSecs(duration / 6));
        backup.end = wholeSecond(task.started.addMSecs(duration));
        backup.expire = backup.start.addDays(task.storageDays);
        backup.status = 2;
        backup.manual = true;
        backup.remark = task.remark;
        DataGen gen(context().seed, backup.id.toLatin1());
        for (int shard = 0; shard < (instance ? instance->shardNum : 1); ++shard)
            backup.shardSizes.append(gen.range64(48 * 1024, 640 * 1024));
        // Keep each instance's backups newest first.
        qsizetype at = 0;
        while (
            at < m_backups.size()
            && !(m_backups.at(at).instanceId == backup.instanceId && m_backups.at(at).start < backup.start))
            ++at;
        m_backups.insert(at, backup);
    }
    return QStringLiteral("succeed");
}

QJsonObject TencentRedisEmulator::backupJson(const RedisBackup &backup, const RedisInstance &instance) const
{
    // BackupType: the emulator follows the RedisBackupSet page (0 manual, 1 automatic), which is
    // also what the published examples with a user remark show. The app does not interpret it
    // (DescribeBackupDetail's page, seed 002, encodes the same field the other way round).
    return QJsonObject {
        {QStringLiteral("BackupId"), backup.id},
        {QStringLiteral("StartTime"), DataGen::tencentTime(backup.start)},
        {QStringLiteral("EndTime"), DataGen::tencentTime(backup.end)},
        {QStringLiteral("ExpireTime"), DataGen::tencentTime(backup.expire)},
        {QStringLiteral("BackupType"), backup.manual ? QStringLiteral("0") : QStringLiteral("1")},
        {QStringLiteral("Status"), backup.status},
        {QStringLiteral("Remark"), backup.remark},
        {QStringLiteral("Locked"), backup.status == 1 ? 1 : 0},
        {QStringLiteral("BackupSize"), 0},
        {QStringLiteral("FullBackup"), 0},
        {QStringLiteral("InstanceType"), instance.type},
        {QStringLiteral("InstanceId"), instance.id},
        {QStringLiteral("InstanceName"), instance.name},
        {QStringLiteral("Region"), instance.region},
        {QStringLiteral("FileType"), QStringLiteral("RDB-Redis 5.0")},
        {QStringLiteral("Encrypted"), false},
    };
}

TencentReply TencentRedisEmulator::describeInstances(const TencentCall &call)
{
    QMutexLocker lock(&m_mutex);
    bool malformed = false;
    const qint64 limit = integerParam(call.params, QStringLiteral("Limit"), &malformed).value_or(20);
    const qint64 offset = integerParam(call.params, QStringLiteral("Offset"), &malformed).value_or(0);
    if (malformed)
        return invalidType(QStringLiteral("Limit/Offset"), QStringLiteral("an Integer"));
    if (limit < 1 || limit > maxInstanceLimit || offset < 0)
        return TencentReply::error(
            invalidValue,
            QStringLiteral("Limit must be between 1 and %1 and Offset must not be negative.")
                .arg(maxInstanceLimit));
    const QString wantedId = stringParam(call.params, QStringLiteral("InstanceId"));
    const QString searchKey = stringParam(call.params, QStringLiteral("SearchKey"));
    QList<const RedisInstance *> matching;
    for (const RedisInstance &instance : m_instances) {
        if (!call.region.isEmpty() && instance.region != call.region)
            continue;
        if (!wantedId.isEmpty() && instance.id != wantedId)
            continue;
        if (!searchKey.isEmpty() && !instance.id.contains(searchKey) && !instance.name.contains(searchKey))
            continue;
        matching.append(&instance);
    }
    QJsonArray set;
    for (qsizetype i = offset; i < matching.size() && i < offset + limit; ++i) {
        const RedisInstance &instance = *matching.at(i);
        const bool cluster = instance.shardNum > 1 || instance.type == 9 || instance.type == 16;
        set.append(QJsonObject {
            {QStringLiteral("InstanceId"), instance.id},
            {QStringLiteral("InstanceName"), instance.name},
            {QStringLiteral("Appid"), 1251006373},
            {QStringLiteral("ProjectId"), 0},
            {QStringLiteral("RegionId"), regionNumber(instance.region)},
            {QStringLiteral("Region"), instance.region},
            {QStringLiteral("ZoneId"), 100000 + regionNumber(instance.region) * 1000 + 2},
            {QStringLiteral("Status"), instance.status},
            {QStringLiteral("InstanceTitle"), QStringLiteral("Running")},
            {QStringLiteral("WanIp"),
             QStringLiteral("10.0.%1.%2").arg(regionNumber(instance.region)).arg(i + 10)},
            {QStringLiteral("Port"), 6379},
            {QStringLiteral("Createtime"), DataGen::tencentTime(instance.created)},
            {QStringLiteral("Size"), double(instance.memSizeMb) * instance.shardNum},
            {QStringLiteral("Type"), instance.type},
            {QStringLiteral("Engine"), QStringLiteral("Redis")},
            {QStringLiteral("ProductType"),
             cluster ? QStringLiteral("cluster") : QStringLiteral("standalone")},
            {QStringLiteral("BillingMode"), 0},
            {QStringLiteral("DeadlineTime"), QStringLiteral("0000-00-00 00:00:00")},
            {QStringLiteral("RedisShardSize"), instance.memSizeMb},
            {QStringLiteral("RedisShardNum"), instance.shardNum},
            {QStringLiteral("RedisReplicasNum"), instance.replicasNum},
            {QStringLiteral("UniqVpcId"), QStringLiteral("vpc-sandbox1")},
            {QStringLiteral("UniqSubnetId"), QStringLiteral("subnet-sandbox1")},
            {QStringLiteral("CurrentRedisVersion"), QStringLiteral("5.0.5")},
            // The rest of the keys tccli's published DescribeInstances example carries, with its
            // types (the app reads none of them; they keep the answer's shape the real one).
            {QStringLiteral("AutoRenewFlag"), 0},
            {QStringLiteral("ClientLimit"), 10000},
            {QStringLiteral("ClientLimitMax"), 40000},
            {QStringLiteral("ClientLimitMin"), 10000},
            {QStringLiteral("CloseTime"), QStringLiteral("0000-00-00 00:00:00")},
            {QStringLiteral("CurrentProxyVersion"), QStringLiteral("5.8.0")},
            {QStringLiteral("DedicatedClusterId"), QString()},
            {QStringLiteral("DiskSize"), 0},
            {QStringLiteral("DtsStatus"), 0},
            {QStringLiteral("InstanceNode"), QJsonArray()},
            {QStringLiteral("InstanceTags"), QJsonArray()},
            {QStringLiteral("MonitorVersion"), QStringLiteral("5s")},
            {QStringLiteral("NetLimit"), 24},
            {QStringLiteral("NoAuth"), false},
            {QStringLiteral("NodeSet"), QJsonArray()},
            {QStringLiteral("OfflineTime"), QString()},
            {QStringLiteral("PasswordFree"), 0},
            {QStringLiteral("PolarisServer"), QString()},
            {QStringLiteral("PriceId"), 1000848},
            {QStringLiteral("ProductVersion"), QStringLiteral("local")},
            {QStringLiteral("ProjectName"), QStringLiteral("Default Project")},
            {QStringLiteral("ReadOnly"), 0},
            {QStringLiteral("RedisClusterId"), QString()},
            {QStringLiteral("RemainBandwidthDuration"), QString()},
            {QStringLiteral("SlaveReadWeight"), 0},
            {QStringLiteral("SubStatus"), 0},
            {QStringLiteral("SubnetId"), 2282634},
            {QStringLiteral("Tags"), QJsonArray()},
            {QStringLiteral("UpgradeProxyVersion"), QString()},
            {QStringLiteral("UpgradeRedisVersion"), QString()},
            {QStringLiteral("Vip6"), QString()},
            {QStringLiteral("VpcId"), 11133673},
            {QStringLiteral("WanAddress"), QString()},
        });
    }
    return TencentReply::ok(
        {{QStringLiteral("TotalCount"), matching.size()}, {QStringLiteral("InstanceSet"), set}});
}

TencentReply TencentRedisEmulator::describeInstanceBackups(const TencentCall &call)
{
    QMutexLocker lock(&m_mutex);
    for (Task &task : m_tasks)
        taskStatus(task); // a finished task's backup shows up even if nobody polled it

    bool malformed = false;
    const qint64 limit = integerParam(call.params, QStringLiteral("Limit"), &malformed).value_or(20);
    const qint64 offset = integerParam(call.params, QStringLiteral("Offset"), &malformed).value_or(0);
    if (malformed)
        return invalidType(QStringLiteral("Limit/Offset"), QStringLiteral("an Integer"));
    if (limit < 1 || limit > maxBackupLimit)
        return TencentReply::error(invalidValue,
                                   QStringLiteral("Limit must be between 1 and %1.").arg(maxBackupLimit));
    if (offset < 0 || offset % limit != 0)
        return TencentReply::error(invalidValue,
                                   QStringLiteral("Offset must be a multiple of Limit (Limit*(page-1))."));

    const QString instanceId = stringParam(call.params, QStringLiteral("InstanceId"));
    if (!instanceId.isEmpty() && !findInstance(instanceId, call.region))
        return notFound();

    const QString beginText = stringParam(call.params, QStringLiteral("BeginTime"));
    const QString endText = stringParam(call.params, QStringLiteral("EndTime"));
    const QDateTime begin = beginText.isEmpty() ? QDateTime() : DataGen::parseTencentTime(beginText);
    const QDateTime end = endText.isEmpty() ? QDateTime() : DataGen::parseTencentTime(endText);
    if ((!beginText.isEmpty() && !begin.isValid()) || (!endText.isEmpty() && !end.isValid()))
        return TencentReply::error(invalidValue,
                                   QStringLiteral("BeginTime/EndTime must be yyyy-MM-dd HH:mm:ss."));
    if (begin.isValid() && end.isValid()) {
        if (end < begin)
            return TencentReply::error(invalidValue, QStringLiteral("EndTime must not be before BeginTime."));
        if (begin.secsTo(end) > qint64(maxWindowDays) * 86400)
            return TencentReply::error(
                invalidValue, QStringLiteral("The time range cannot exceed %1 days.").arg(maxWindowDays));
    }

    QList<int> statuses;
    const QJsonValue statusValue = call.params.value(QStringLiteral("Status"));
    const QJsonArray statusArray = statusValue.isArray() ? statusValue.toArray() : QJsonArray {statusValue};
    for (const QJsonValue &value : statusArray) {
        if (value.isUndefined() || value.isNull())
            continue;
        bool ok = value.isDouble();
        int status = value.toInt();
        if (value.isString())
            status = value.toString().toInt(&ok);
        if (!ok)
            return invalidType(QStringLiteral("Status"), QStringLiteral("an array of Integer"));
        statuses.append(status);
    }

    QJsonArray set;
    qint64 total = 0;
    for (const RedisBackup &backup : std::as_const(m_backups)) {
        const RedisInstance *instance = findInstance(backup.instanceId, call.region);
        if (!instance || (!instanceId.isEmpty() && backup.instanceId != instanceId))
            continue;
        if ((begin.isValid() && backup.start < begin) || (end.isValid() && backup.start > end))
            continue;
        if (!statuses.isEmpty() && !statuses.contains(backup.status))
            continue;
        if (total >= offset && total < offset + limit)
            set.append(backupJson(backup, *instance));
        ++total;
    }
    return TencentReply::ok({{QStringLiteral("TotalCount"), total}, {QStringLiteral("BackupSet"), set}});
}

TencentReply TencentRedisEmulator::describeBackupDetail(const TencentCall &call)
{
    QMutexLocker lock(&m_mutex);
    const QString instanceId = stringParam(call.params, QStringLiteral("InstanceId"));
    const RedisInstance *instance = findInstance(instanceId, call.region);
    if (!instance)
        return notFound();
    const RedisBackup *backup = findBackup(instanceId, stringParam(call.params, QStringLiteral("BackupId")));
    if (!backup)
        return TencentReply::error(backupNotFound, QStringLiteral("The backup does not exist."));
    if (m_failingDetails.contains(backup->id))
        return TencentReply::error(systemError, QStringLiteral("System error, please try again later."));
    // BackupSize is the sum of the shard files DescribeBackupUrl serves (their FileSize).
    // BackupType as this call's page (seed 002) defines it: "1" manual, "0" automatic, the
    // opposite of the RedisBackupSet page's encoding the listing follows (docs/providers.md).
    return TencentReply::ok({
        {QStringLiteral("BackupId"), backup->id},
        {QStringLiteral("StartTime"), DataGen::tencentTime(backup->start)},
        {QStringLiteral("EndTime"), DataGen::tencentTime(backup->end)},
        {QStringLiteral("BackupType"), backup->manual ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("Status"), backup->status},
        {QStringLiteral("Remark"), backup->remark},
        {QStringLiteral("Locked"), backup->status == 1 ? 1 : 0},
        {QStringLiteral("BackupSize"), backup->totalSize()},
        {QStringLiteral("InstanceType"), instance->type},
        {QStringLiteral("MemSize"), instance->memSizeMb},
        {QStringLiteral("ShardNum"), instance->shardNum},
        {QStringLiteral("ReplicasNum"), instance->replicasNum},
    });
}

TencentReply TencentRedisEmulator::describeBackupUrl(const TencentCall &call)
{
    QMutexLocker lock(&m_mutex);
    const QString instanceId = stringParam(call.params, QStringLiteral("InstanceId"));
    if (!findInstance(instanceId, call.region))
        return notFound();
    const RedisBackup *backup = findBackup(instanceId, stringParam(call.params, QStringLiteral("BackupId")));
    if (!backup || backup->status == -1 || backup->status == -2)
        return TencentReply::error(backupNotFound, QStringLiteral("The backup does not exist."));
    QJsonArray infos;
    for (int shard = 0; shard < backup->shardSizes.size(); ++shard) {
        const FileHost::File file
            = shardFile(instanceId, backup->id, shard + 1, backup->shardSizes.at(shard));
        const QString publicUrl = QString::fromUtf8(
            context()
                .files->signedUrl(file, false, urlValiditySeconds, FileHost::Cloud::Cos, call.https())
                .toEncoded());
        const QString privateUrl = QString::fromUtf8(
            context()
                .files->signedUrl(file, true, urlValiditySeconds, FileHost::Cloud::Cos, call.https())
                .toEncoded());
        infos.append(QJsonObject {{QStringLiteral("FileName"), file.fileName},
                                  {QStringLiteral("FileSize"), file.size},
                                  {QStringLiteral("DownloadUrl"), publicUrl},
                                  {QStringLiteral("InnerDownloadUrl"), privateUrl}});
    }
    // Only BackupInfos, as tccli's published example: the deprecated parallel arrays
    // (Filenames, DownloadUrl, InnerDownloadUrl) are gone from it (the parser still reads them).
    return TencentReply::ok({{QStringLiteral("BackupInfos"), infos}});
}

// DescribeAutoBackupConfig: the keys and types of tccli's example
// (tests/fixtures/tencent-redis/tccli-describeautobackupconfig-1.json). The generated histories
// back up automatically every day, so every weekday; the period is fixed (Beijing time, as the
// console shows it).
TencentReply TencentRedisEmulator::describeAutoBackupConfig(const TencentCall &call)
{
    QMutexLocker lock(&m_mutex);
    if (!findInstance(stringParam(call.params, QStringLiteral("InstanceId")), call.region))
        return notFound();
    QJsonArray days;
    for (const char *day : {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
        days.append(QString::fromLatin1(day));
    return TencentReply::ok({{QStringLiteral("BackupStorageDays"), 7},
                             {QStringLiteral("BinlogStorageDays"), 7},
                             {QStringLiteral("AutoBackupType"), 1},
                             {QStringLiteral("WeekDays"), days},
                             {QStringLiteral("TimePeriod"), QStringLiteral("01:00-02:00")}});
}

TencentReply TencentRedisEmulator::manualBackupInstance(const TencentCall &call)
{
    QMutexLocker lock(&m_mutex);
    const QString instanceId = stringParam(call.params, QStringLiteral("InstanceId"));
    if (!findInstance(instanceId, call.region))
        return notFound();
    bool malformed = false;
    const qint64 days = integerParam(call.params, QStringLiteral("StorageDays"), &malformed).value_or(0);
    if (malformed)
        return invalidType(QStringLiteral("StorageDays"), QStringLiteral("an Integer"));
    if (days < 0 || days > 1825)
        return TencentReply::error(invalidValue, QStringLiteral("StorageDays must be between 0 and 1825."));
    Task task;
    task.id = ++m_nextTaskId;
    task.instanceId = instanceId;
    task.remark = stringParam(call.params, QStringLiteral("Remark"));
    task.storageDays = days == 0 ? 7 : static_cast<int>(days);
    task.started = QDateTime::currentDateTimeUtc();
    m_tasks.append(task);
    return TencentReply::ok({{QStringLiteral("TaskId"), task.id}});
}

TencentReply TencentRedisEmulator::describeTaskInfo(const TencentCall &call)
{
    QMutexLocker lock(&m_mutex);
    bool malformed = false;
    const qint64 taskId = integerParam(call.params, QStringLiteral("TaskId"), &malformed).value_or(0);
    if (malformed)
        return invalidType(QStringLiteral("TaskId"), QStringLiteral("an Integer"));
    for (Task &task : m_tasks) {
        if (task.id != taskId)
            continue;
        const QString status = taskStatus(task);
        return TencentReply::ok({{QStringLiteral("Status"), status},
                                 {QStringLiteral("StartTime"), DataGen::tencentTime(task.started)},
                                 {QStringLiteral("TaskType"), QStringLiteral("012")}, // FLOW_BACKUPINSTANCE
                                 {QStringLiteral("InstanceId"), task.instanceId},
                                 {QStringLiteral("TaskMessage"), QString()}});
    }
    return TencentReply::error(invalidValue, QStringLiteral("The task %1 does not exist.").arg(taskId));
}

} // namespace bb::sandbox
