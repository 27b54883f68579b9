#include "sandbox/tencentsqlserveremulator.h"

#include "sandbox/datagen.h"
#include "sandbox/filehost.h"

#include <QJsonArray>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace bb::sandbox {

namespace {

const QString sqlserverKeyPrefix = QStringLiteral("tencent-sqlserver/");

struct RegionSpec
{
    const char *region;
    const char *name;
    int id;
    int instances;
};

// Where the generated instances live: ~4 regions, the busiest first.
constexpr RegionSpec populatedRegions[] = {
    {"ap-guangzhou", "South China(Guangzhou)", 1, 3},
    {"ap-shanghai", "East China(Shanghai)", 4, 2},
    {"ap-beijing", "North China(Beijing)", 8, 2},
    {"ap-singapore", "Southeast Asia(Singapore)", 9, 1},
};

QJsonArray toJsonArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

QString compactTime(const QDateTime &utc, const QString &format)
{
    return utc.toTimeZone(QTimeZone(8 * 3600)).toString(format);
}

// Limit and Offset as the SQL Server API documents them: Limit 1..maxLimit, Offset a page number.
struct Page
{
    qint64 limit = 20;
    qint64 offset = 0;
    TencentReply error;
    bool ok() const { return !error.isError(); }
};

Page readPage(const QJsonObject &params, qint64 defaultLimit, qint64 maxLimit,
              std::optional<qint64> (*integer)(const QJsonObject &, const QString &, bool *))
{
    Page page;
    page.limit = defaultLimit;
    bool malformed = false;
    const auto limit = integer(params, QStringLiteral("Limit"), &malformed);
    const auto offset = integer(params, QStringLiteral("Offset"), &malformed);
    if (malformed) {
        page.error = TencentReply::error(QStringLiteral("InvalidParameter"),
                                         QStringLiteral("Limit and Offset must be integers."));
        return page;
    }
    if (limit && (*limit < 1 || *limit > maxLimit)) {
        page.error = TencentReply::error(QStringLiteral("InvalidParameterValue"),
                                         QStringLiteral("Limit must be between 1 and %1.").arg(maxLimit));
        return page;
    }
    if (offset && *offset < 0) {
        page.error = TencentReply::error(QStringLiteral("InvalidParameterValue"),
                                         QStringLiteral("Offset must not be negative."));
        return page;
    }
    page.limit = limit.value_or(defaultLimit);
    page.offset = offset.value_or(0);
    return page;
}

TencentReply instanceNotFound(const QString &id)
{
    return TencentReply::error(QStringLiteral("ResourceNotFound.InstanceNotFound"),
                               QStringLiteral("The instance %1 does not exist.").arg(id));
}

} // namespace

qint64 TencentSqlServerEmulator::BackupInfo::sizeBytes() const
{
    qint64 total = 0;
    for (const FileInfo &file : files)
        total += file.sizeBytes;
    return total;
}

TencentSqlServerEmulator::TencentSqlServerEmulator(SandboxContext context)
    : TencentEmulator(std::move(context), "sqlserver", "2018-03-28")
{
    setRegions(serviceRegions());
    addAction(QStringLiteral("DescribeRegions"), 20, {},
              [this](const TencentCall &c) { return describeRegions(c); });
    addAction(QStringLiteral("DescribeDBInstances"), 20, {},
              [this](const TencentCall &c) { return describeDBInstances(c); });
    addAction(QStringLiteral("DescribeBackups"), 60,
              {QStringLiteral("InstanceId"), QStringLiteral("StartTime"), QStringLiteral("EndTime")},
              [this](const TencentCall &c) { return describeBackups(c); });
    addAction(QStringLiteral("DescribeBackupFiles"), 20,
              {QStringLiteral("InstanceId"), QStringLiteral("GroupId")},
              [this](const TencentCall &c) { return describeBackupFiles(c); });
    addAction(QStringLiteral("CreateBackup"), 20, {QStringLiteral("InstanceId")},
              [this](const TencentCall &c) { return createBackup(c); });
    addAction(QStringLiteral("DescribeBackupByFlowId"), 20,
              {QStringLiteral("InstanceId"), QStringLiteral("FlowId")},
              [this](const TencentCall &c) { return describeBackupByFlowId(c); });
    generate();
}

TencentSqlServerEmulator::~TencentSqlServerEmulator() = default;

QStringList TencentSqlServerEmulator::serviceRegions()
{
    // The regions the seed pages list for every SQL Server action.
    return {
        QStringLiteral("ap-bangkok"),   QStringLiteral("ap-beijing"),       QStringLiteral("ap-chengdu"),
        QStringLiteral("ap-chongqing"), QStringLiteral("ap-guangzhou"),     QStringLiteral("ap-hongkong"),
        QStringLiteral("ap-jakarta"),   QStringLiteral("ap-nanjing"),       QStringLiteral("ap-seoul"),
        QStringLiteral("ap-shanghai"),  QStringLiteral("ap-shanghai-fsi"),  QStringLiteral("ap-shenzhen-fsi"),
        QStringLiteral("ap-singapore"), QStringLiteral("ap-tokyo"),         QStringLiteral("eu-frankfurt"),
        QStringLiteral("na-ashburn"),   QStringLiteral("na-siliconvalley"), QStringLiteral("sa-saopaulo")};
}

QString TencentSqlServerEmulator::fileKey(const BackupInfo &backup, const FileInfo &file)
{
    return sqlserverKeyPrefix + backup.instanceId + u'/' + QString::number(backup.id) + u'/' + file.fileName;
}

void TencentSqlServerEmulator::generate()
{
    const SandboxContext &ctx = context();
    DataGen gen(ctx.seed, "tencent-sqlserver");
    m_nextBackupId = 3000000 + gen.range(0, 99999);
    m_nextFlowId = 5000 + gen.range(0, 999);
    m_nextGroupId = 550000 + gen.range(0, 9999);
    static const QStringList versions
        = {QStringLiteral("2008R2"), QStringLiteral("2012SP3"), QStringLiteral("201602"),
           QStringLiteral("201702"), QStringLiteral("2019")};
    static const QStringList versionNames
        = {QStringLiteral("SQL Server 2008 R2 Enterprise"), QStringLiteral("SQL Server 2012 Enterprise"),
           QStringLiteral("SQL Server 2016 Enterprise"), QStringLiteral("SQL Server 2017 Enterprise"),
           QStringLiteral("SQL Server 2019 Enterprise")};
    // Align the history to whole hours so consecutive runs give the same schedule shape.
    QDateTime anchor = ctx.anchorUtc.isValid() ? ctx.anchorUtc : QDateTime::currentDateTimeUtc();
    anchor = QDateTime::fromSecsSinceEpoch(anchor.toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);

    int index = 0;
    for (const RegionSpec &spec : populatedRegions) {
        for (int n = 0; n < spec.instances; ++n, ++index) {
            DataGen ig(ctx.seed, QByteArray("tencent-sqlserver/instance/") + QByteArray::number(index));
            InstanceInfo instance;
            instance.id = QStringLiteral("mssql-") + ig.lowerAlnum(8);
            instance.name = ig.instanceName(QStringLiteral("mssql"));
            instance.region = QLatin1String(spec.region);
            instance.zone = instance.region + u'-' + QString::number(ig.range(1, 3));
            const int v = ig.range(0, static_cast<int>(versions.size()) - 1);
            instance.version = versions.at(v);
            instance.versionName = versionNames.at(v);
            instance.memoryGb = ig.pick(QList<int> {2, 4, 8, 16, 32});
            instance.storageGb = ig.pick(QList<int> {50, 100, 200, 500, 1000});
            instance.usedStorageGb = ig.range(1, instance.storageGb / 2);
            instance.vip = QStringLiteral("10.%1.%2.%3")
                               .arg(ig.range(0, 255))
                               .arg(ig.range(0, 255))
                               .arg(ig.range(2, 250));
            instance.created = anchor.addDays(-ig.range(60, 900));
            instance.type = index % 4 == 3 ? QStringLiteral("SI") : QStringLiteral("HA");
            instance.databases = ig.databaseNames(2, 5);
            // One isolated instance: CreateBackup on it answers InstanceStatusInvalid.
            instance.status = index == 5 ? 4 : 2;
            const bool prefersSingle = index % 3 == 1;

            auto addBackup = [&](BackupInfo b) {
                b.id = m_nextBackupId++;
                b.instanceId = instance.id;
                // A "single" backup has its GroupId even when it failed (its grouped row has Id 0).
                if (b.format == u"single")
                    b.groupId = QString::number(m_nextGroupId++);
                if (b.status == 2) {
                    b.files.clear();
                } else if (b.format == u"single") {
                    for (int i = 0; i < b.files.size(); ++i)
                        b.files[i].id = m_nextBackupId++;
                } else {
                    b.files.first().id = b.id;
                }
                instance.backups.append(b);
            };
            const QDateTime windowStart = anchor.addDays(-30);
            for (int day = 30; day >= 0; --day) {
                // The daily scheduled data backup opens each "day": the 24 hours before a point
                // `day` days back from the anchor (not a calendar day), so the newest day's
                // backups exist at whatever hour the sandbox starts.
                const QDateTime dayStart = anchor.addDays(-day - 1);
                QList<QDateTime> logTimes;
                for (int slot = 0; slot < 8; ++slot)
                    logTimes.append(dayStart.addSecs(slot * 3 * 3600 + ig.range(60, 900)));
                QList<std::pair<QDateTime, int>> starts; // (start, type)
                starts.append({dayStart.addSecs(ig.range(0, 1200)), 1});
                for (const QDateTime &t : logTimes)
                    starts.append({t, 2});
                if (ig.chance(0.18))
                    starts.append(
                        {dayStart.addSecs(ig.range(3 * 3600, 20 * 3600)), -1}); // manual data backup
                std::sort(starts.begin(), starts.end());
                for (const auto &[start, kind] : starts) {
                    if (start < windowStart || start > anchor.addSecs(-600))
                        continue;
                    BackupInfo b;
                    b.type = kind == 2 ? 2 : 1;
                    b.backupWay = kind == -1 ? 1 : 0;
                    b.start = start;
                    b.status = ig.chance(0.03) ? 2 : 1;
                    b.strategy = (kind == -1 && ig.chance(0.5)) ? 1 : 0;
                    b.dbs = b.strategy == 1
                        ? instance.databases.mid(0, std::max<qsizetype>(1, instance.databases.size() - 1))
                        : instance.databases;
                    b.format = (b.type == 1 && (prefersSingle || b.strategy == 1)) ? QStringLiteral("single")
                                                                                   : QStringLiteral("pkg");
                    b.backupName = instance.id + u'_' + compactTime(start, QStringLiteral("yyyyMMddHHmm"));
                    const QString stamp = compactTime(start, QStringLiteral("yyyyMMddHHmmss"));
                    const QString numeric = QString::number(ig.range(10000, 99999));
                    qint64 seconds = 0;
                    if (b.format == u"single") {
                        for (const QString &db : b.dbs) {
                            const qint64 kb = ig.range64(8 * 1024, 400 * 1024);
                            b.files.append(
                                FileInfo {0, db + u'_' + stamp + QStringLiteral(".bak"), kb * 1024, {db}});
                            seconds += kb / 4096 + 20;
                        }
                    } else {
                        const qint64 kb
                            = b.type == 2 ? ig.range64(256, 40 * 1024) : ig.range64(20 * 1024, 1500 * 1024);
                        const QString prefix = b.type == 2 ? QStringLiteral("autoed_log_")
                            : b.backupWay == 1             ? QStringLiteral("manual_instance_")
                                                           : QStringLiteral("autoed_instance_");
                        const QString suffix
                            = b.type == 2 ? QStringLiteral(".trn.tar") : QStringLiteral(".bak.tar");
                        b.files.append(
                            FileInfo {0, prefix + numeric + u'_' + stamp + suffix, kb * 1024, b.dbs});
                        seconds = kb / 4096 + 15;
                    }
                    b.end = start.addSecs(seconds + ig.range(5, 120));
                    addBackup(b);
                }
            }
            if (index == 0)
                addKeptBackups(instance, anchor, addBackup);
            m_instances.append(instance);
        }
    }
}

void TencentSqlServerEmulator::addKeptBackups(InstanceInfo &instance, const QDateTime &anchor,
                                              const std::function<void(BackupInfo)> &add)
{
    // Two manual backups kept "until the instance is eliminated" (StorageStrategy 1), two years
    // before the anchor: finding one by id must not depend on a window (docs/cli.md#finding-a-backup-by-id).
    // One is packaged, one "single" (a file per database, listed under its GroupId).
    instance.created = std::min(instance.created, anchor.addDays(-800));
    QList<BackupInfo> kept;
    for (const QString &format : {QStringLiteral("pkg"), QStringLiteral("single")}) {
        BackupInfo b;
        b.type = 1;
        b.backupWay = 1;
        b.storageStrategy = 1;
        b.start = anchor.addDays(format == u"pkg" ? -730 : -700).addSecs(-3 * 3600);
        b.status = 1;
        b.strategy = format == u"pkg" ? 0 : 1;
        b.dbs = instance.databases;
        b.format = format;
        b.backupName
            = QStringLiteral("kept-") + format + u'-' + compactTime(b.start, QStringLiteral("yyyyMMdd"));
        const QString stamp = compactTime(b.start, QStringLiteral("yyyyMMddHHmmss"));
        if (format == u"single") {
            qint64 kb = 6 * 1024;
            for (const QString &db : std::as_const(b.dbs))
                b.files.append(
                    FileInfo {0, db + u'_' + stamp + QStringLiteral(".bak"), (kb += 512) * 1024, {db}});
        } else {
            b.files.append(
                FileInfo {0, QStringLiteral("manual_instance_10001_") + stamp + QStringLiteral(".bak.tar"),
                          24 * 1024 * 1024, b.dbs});
        }
        b.end = b.start.addSecs(300);
        kept.append(b);
    }
    // Oldest first, like the rest of the history.
    const QList<BackupInfo> recent = instance.backups;
    instance.backups.clear();
    for (const BackupInfo &b : std::as_const(kept))
        add(b);
    instance.backups.append(recent);
}

QString TencentSqlServerEmulator::addBulkInstance(const QString &region, int count, int days)
{
    QMutexLocker lock(&m_mutex);
    const SandboxContext &ctx = context();
    const int index = static_cast<int>(m_instances.size());
    DataGen ig(ctx.seed, QByteArray("tencent-sqlserver/bulk/") + QByteArray::number(index));
    InstanceInfo instance;
    instance.id = QStringLiteral("mssql-") + ig.lowerAlnum(8);
    instance.name = ig.instanceName(QStringLiteral("mssql"));
    instance.region = region;
    instance.zone = region + QStringLiteral("-1");
    instance.version = QStringLiteral("2019");
    instance.versionName = QStringLiteral("SQL Server 2019 Enterprise");
    instance.vip = QStringLiteral("10.0.0.%1").arg(ig.range(2, 250));
    instance.type = QStringLiteral("HA");
    instance.databases = ig.databaseNames(2, 5);
    // Newer than every start, but not in the future (the client's default window ends "now").
    const QDateTime anchor
        = (ctx.anchorUtc.isValid() ? ctx.anchorUtc : QDateTime::currentDateTimeUtc()).addSecs(-600);
    instance.created = anchor.addDays(-days - 30);
    const qint64 span = qint64(days) * 86400;
    instance.backups.reserve(count);
    for (int i = 0; i < count; ++i) {
        BackupInfo b;
        b.id = m_nextBackupId++;
        b.instanceId = instance.id;
        b.type = i % 4 == 0 ? 1 : 2;
        b.start = anchor.addSecs(-span + span * i / std::max(1, count));
        b.status = ig.chance(0.03) ? 2 : 1;
        b.dbs = instance.databases;
        b.format = QStringLiteral("pkg");
        b.backupName = instance.id + u'_' + compactTime(b.start, QStringLiteral("yyyyMMddHHmmss"));
        const qint64 kb = b.type == 2 ? ig.range64(256, 40 * 1024) : ig.range64(20 * 1024, 1500 * 1024);
        if (b.status != 2) {
            const QString name
                = (b.type == 2 ? QStringLiteral("autoed_log_") : QStringLiteral("autoed_instance_"))
                + QString::number(b.id)
                + (b.type == 2 ? QStringLiteral(".trn.tar") : QStringLiteral(".bak.tar"));
            b.files.append(FileInfo {b.id, name, kb * 1024, b.dbs});
        }
        b.end = b.start.addSecs(kb / 4096 + 15);
        instance.backups.append(b);
    }
    m_instances.append(instance);
    return instance.id;
}

QList<TencentSqlServerEmulator::InstanceInfo> TencentSqlServerEmulator::instances() const
{
    QMutexLocker lock(&m_mutex);
    // Created backups finish lazily, when someone looks: a read may complete them.
    const_cast<TencentSqlServerEmulator *>(this)->advanceFlows();
    return m_instances;
}

std::optional<TencentSqlServerEmulator::InstanceInfo>
TencentSqlServerEmulator::instance(const QString &id) const
{
    const QList<InstanceInfo> all = instances();
    for (const InstanceInfo &i : all) {
        if (i.id == id)
            return i;
    }
    return std::nullopt;
}

void TencentSqlServerEmulator::advanceFlows()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Flow &flow : m_flows) {
        if (now < flow.finishAt)
            continue;
        InstanceInfo *inst = findInstance(flow.instanceId, {});
        if (!inst)
            continue;
        for (BackupInfo &b : inst->backups) {
            if (b.id == flow.backupId && b.status == 0) {
                b.status = 1;
                b.end = flow.finishAt;
            }
        }
    }
}

TencentSqlServerEmulator::InstanceInfo *TencentSqlServerEmulator::findInstance(const QString &id,
                                                                               const QString &region)
{
    for (InstanceInfo &instance : m_instances) {
        if (instance.id == id && (region.isEmpty() || instance.region == region))
            return &instance;
    }
    return nullptr;
}

QUrl TencentSqlServerEmulator::fileUrl(const BackupInfo &backup, const FileInfo &file, bool internal,
                                       bool tls)
{
    const FileHost::File hosted {fileKey(backup, file), file.fileName, file.sizeBytes};
    return context().files->signedUrl(hosted, internal, urlValiditySeconds, FileHost::Cloud::Cos, tls);
}

QJsonObject TencentSqlServerEmulator::backupJson(const BackupInfo &b, const InstanceInfo &instance, bool tls)
{
    if (b.format == u"single") {
        // Grouped, as tccli's DescribeBackups example (2022-07) prints a "single" backup: no Id,
        // no file name or addresses (DescribeBackupFiles has them per database), the GroupId as a
        // string, the size in KB, the cross-region arrays.
        return QJsonObject {
            {QStringLiteral("BackupFormat"), b.format},
            {QStringLiteral("BackupName"), b.backupName},
            {QStringLiteral("BackupWay"), b.backupWay},
            {QStringLiteral("DBs"), toJsonArray(b.dbs)},
            {QStringLiteral("CrossBackupAddr"), QJsonArray()},
            {QStringLiteral("CrossBackupStatus"), QJsonArray()},
            {QStringLiteral("EndTime"), DataGen::tencentTime(b.status == 0 ? QDateTime() : b.end)},
            {QStringLiteral("ExternalAddr"), QString()},
            {QStringLiteral("FileName"), QString()},
            {QStringLiteral("GroupId"), b.groupId},
            {QStringLiteral("Id"), 0},
            {QStringLiteral("InternalAddr"), QString()},
            {QStringLiteral("Size"), b.status == 1 ? b.sizeBytes() / 1024 : 0},
            {QStringLiteral("StartTime"), DataGen::tencentTime(b.start)},
            {QStringLiteral("Status"), b.status},
            {QStringLiteral("Strategy"), b.strategy},
            {QStringLiteral("Region"), instance.region},
        };
    }
    // A packaged backup as tccli's DescribeBackups example (2022-05) prints one: "GroupId": 0 as
    // a number, no Region and no cross-region arrays.
    const bool hasFile = b.status == 1 && !b.files.isEmpty();
    const FileInfo file = hasFile ? b.files.first() : FileInfo();
    return QJsonObject {
        {QStringLiteral("Id"), b.id},
        {QStringLiteral("BackupName"), b.backupName},
        {QStringLiteral("FileName"), file.fileName},
        {QStringLiteral("StartTime"), DataGen::tencentTime(b.start)},
        {QStringLiteral("EndTime"), DataGen::tencentTime(b.status == 0 ? QDateTime() : b.end)},
        {QStringLiteral("Size"), file.sizeBytes / 1024},
        {QStringLiteral("Strategy"), b.strategy},
        {QStringLiteral("GroupId"), 0},
        {QStringLiteral("Status"), b.status},
        {QStringLiteral("BackupWay"), b.backupWay},
        {QStringLiteral("BackupFormat"), b.format},
        {QStringLiteral("DBs"), toJsonArray(b.dbs)},
        {QStringLiteral("InternalAddr"), hasFile ? fileUrl(b, file, true, tls).toString() : QString()},
        {QStringLiteral("ExternalAddr"), hasFile ? fileUrl(b, file, false, tls).toString() : QString()},
    };
}

QJsonObject TencentSqlServerEmulator::fileRowJson(const BackupInfo &b, const FileInfo &file,
                                                  const InstanceInfo &instance, bool tls)
{
    // Ungrouped (Group 0, "the old way"): one row per file of a "single" backup, with the file's
    // Id, name, size and addresses. No published example shows one; it has the grouped row's keys.
    QJsonObject row = backupJson(b, instance, tls);
    row.insert(QStringLiteral("Id"), file.id);
    row.insert(QStringLiteral("FileName"), file.fileName);
    row.insert(QStringLiteral("Size"), file.sizeBytes / 1024);
    row.insert(QStringLiteral("DBs"), toJsonArray(file.dbs));
    row.insert(QStringLiteral("InternalAddr"), fileUrl(b, file, true, tls).toString());
    row.insert(QStringLiteral("ExternalAddr"), fileUrl(b, file, false, tls).toString());
    return row;
}

TencentReply TencentSqlServerEmulator::describeRegions(const TencentCall &)
{
    QJsonArray set;
    int id = 1;
    for (const QString &region : serviceRegions()) {
        QString name = region;
        int regionId = 100 + id++;
        for (const RegionSpec &spec : populatedRegions) {
            if (region == QLatin1String(spec.region)) {
                name = QLatin1String(spec.name);
                regionId = spec.id;
            }
        }
        set.append(QJsonObject {{QStringLiteral("Region"), region},
                                {QStringLiteral("RegionName"), name},
                                {QStringLiteral("RegionId"), regionId},
                                {QStringLiteral("RegionState"), QStringLiteral("AVAILABLE")}});
    }
    return TencentReply::ok({{QStringLiteral("TotalCount"), set.size()}, {QStringLiteral("RegionSet"), set}});
}

TencentReply TencentSqlServerEmulator::describeDBInstances(const TencentCall &call)
{
    const Page page = readPage(call.params, 100, 100, &TencentEmulator::integerParam);
    if (!page.ok())
        return page.error;
    bool malformed = false;
    const auto status = integerParam(call.params, QStringLiteral("Status"), &malformed);
    if (malformed)
        return invalidType(QStringLiteral("Status"), QStringLiteral("an integer"));
    const QString paginationType = stringParam(call.params, QStringLiteral("PaginationType"));
    if (!paginationType.isEmpty() && paginationType != u"pageNumber" && paginationType != u"offset")
        return TencentReply::error(QStringLiteral("InvalidParameterValue"),
                                   QStringLiteral("PaginationType must be pageNumber or offset."));
    const QStringList ids = stringListParam(call.params, QStringLiteral("InstanceIdSet"));
    const QStringList names = stringListParam(call.params, QStringLiteral("InstanceNameSet"));
    const QString searchKey = stringParam(call.params, QStringLiteral("SearchKey"));

    QMutexLocker lock(&m_mutex);
    QList<const InstanceInfo *> matches;
    for (const InstanceInfo &i : std::as_const(m_instances)) {
        if (i.region != call.region || (status && i.status != *status)
            || (!ids.isEmpty() && !ids.contains(i.id)))
            continue;
        if (!names.isEmpty() && std::none_of(names.cbegin(), names.cend(), [&](const QString &n) {
                return i.name.contains(n);
            }))
            continue;
        if (!searchKey.isEmpty() && !i.id.contains(searchKey) && !i.name.contains(searchKey)
            && !i.vip.contains(searchKey))
            continue;
        matches.append(&i);
    }
    const qint64 first = paginationType == u"offset" ? page.offset : page.offset * page.limit;
    QJsonArray out;
    for (qint64 n = first; n < matches.size() && n < first + page.limit; ++n) {
        const InstanceInfo &i = *matches.at(n);
        out.append(QJsonObject {
            {QStringLiteral("InstanceId"), i.id},
            {QStringLiteral("Name"), i.name},
            {QStringLiteral("ProjectId"), 0},
            {QStringLiteral("RegionId"), 1},
            {QStringLiteral("ZoneId"), 100001},
            {QStringLiteral("Status"), i.status},
            {QStringLiteral("Region"), i.region},
            {QStringLiteral("Zone"), i.zone},
            {QStringLiteral("Version"), i.version},
            {QStringLiteral("VersionName"), i.versionName},
            {QStringLiteral("Memory"), i.memoryGb},
            {QStringLiteral("Storage"), i.storageGb},
            {QStringLiteral("UsedStorage"), i.usedStorageGb},
            {QStringLiteral("Vip"), i.vip},
            {QStringLiteral("Vport"), 1433},
            {QStringLiteral("CreateTime"), DataGen::tencentTime(i.created)},
            {QStringLiteral("UniqVpcId"), QStringLiteral("vpc-") + i.id.mid(6)},
            {QStringLiteral("UniqSubnetId"), QStringLiteral("subnet-") + i.id.mid(6)},
            {QStringLiteral("InstanceType"), i.type},
            {QStringLiteral("PayMode"), 0},
            {QStringLiteral("BackupModel"), QStringLiteral("master_no_pkg")},
            {QStringLiteral("BackupSaveDays"), 30},
            {QStringLiteral("BackupCycleType"), QStringLiteral("daily")},
            {QStringLiteral("CrossBackupEnabled"), QStringLiteral("disable")},
            {QStringLiteral("CrossRegions"), QJsonArray()},
            {QStringLiteral("ResourceTags"), QJsonArray()},
            // The rest of the keys tccli's published DescribeDBInstances example carries, with its
            // types (the app reads none of them; they keep the answer's shape the real one).
            {QStringLiteral("Architecture"),
             i.type == u"SI" ? QStringLiteral("SINGLE") : QStringLiteral("DOUBLE")},
            {QStringLiteral("BackupCycle"), QJsonArray {1, 2, 3, 4, 5, 6, 7}},
            {QStringLiteral("BackupTime"), QStringLiteral("02:00:00")},
            {QStringLiteral("Collation"), QStringLiteral("Chinese_PRC_CI_AS")},
            {QStringLiteral("Cpu"), std::max(1, i.memoryGb / 4)},
            {QStringLiteral("CrossBackupSaveDays"), 0},
            {QStringLiteral("DnsPodDomain"), QString()},
            {QStringLiteral("EndTime"), QStringLiteral("0000-00-00 00:00:00")},
            {QStringLiteral("HAFlag"), i.type == u"SI" ? QString() : QStringLiteral("MIRROR")},
            {QStringLiteral("InstanceNote"), QString()},
            {QStringLiteral("IsDrZone"), false},
            {QStringLiteral("IsolateOperator"), QString()},
            {QStringLiteral("IsolateTime"), QStringLiteral("0000-00-00 00:00:00")},
            {QStringLiteral("Model"), 2},
            {QStringLiteral("MultiSlaveZones"), QJsonArray()},
            {QStringLiteral("Pid"), 1038028},
            {QStringLiteral("ROFlag"), QString()},
            {QStringLiteral("RenewFlag"), 0},
            {QStringLiteral("SlaveZones"),
             QJsonObject {{QStringLiteral("SlaveZone"), QString()},
                          {QStringLiteral("SlaveZoneName"), QString()}}},
            {QStringLiteral("StartTime"), DataGen::tencentTime(i.created)},
            {QStringLiteral("Style"), QStringLiteral("EXCLUSIVE")},
            {QStringLiteral("SubFlag"), QString()},
            {QStringLiteral("SubnetId"), 2920039},
            {QStringLiteral("TgwWanVPort"), 0},
            {QStringLiteral("TimeZone"), QStringLiteral("China Standard Time")},
            {QStringLiteral("Type"), QStringLiteral("CLOUD_BSSD")},
            {QStringLiteral("Uid"), i.id + QStringLiteral(".mssql.db")},
            {QStringLiteral("UpdateTime"), DataGen::tencentTime(i.created)},
            {QStringLiteral("VpcId"), 81006},
        });
    }
    return TencentReply::ok(
        {{QStringLiteral("TotalCount"), matches.size()}, {QStringLiteral("DBInstances"), out}});
}

TencentReply TencentSqlServerEmulator::describeBackups(const TencentCall &call)
{
    const QString instanceId = stringParam(call.params, QStringLiteral("InstanceId"));
    const QDateTime start = DataGen::parseTencentTime(stringParam(call.params, QStringLiteral("StartTime")));
    const QDateTime end = DataGen::parseTencentTime(stringParam(call.params, QStringLiteral("EndTime")));
    if (!start.isValid() || !end.isValid())
        return TencentReply::error(
            QStringLiteral("InvalidParameterValue"),
            QStringLiteral("StartTime and EndTime must be in the format yyyy-MM-dd HH:mm:ss."));
    if (end < start)
        return TencentReply::error(QStringLiteral("InvalidParameterValue"),
                                   QStringLiteral("EndTime must not be earlier than StartTime."));
    const Page page = readPage(call.params, 20, 100, &TencentEmulator::integerParam);
    if (!page.ok())
        return page.error;
    bool malformed = false;
    const auto backupId = integerParam(call.params, QStringLiteral("BackupId"), &malformed);
    const auto strategy = integerParam(call.params, QStringLiteral("Strategy"), &malformed);
    const auto backupWay = integerParam(call.params, QStringLiteral("BackupWay"), &malformed);
    const auto type = integerParam(call.params, QStringLiteral("Type"), &malformed);
    const auto storage = integerParam(call.params, QStringLiteral("StorageStrategy"), &malformed);
    if (malformed)
        return TencentReply::error(
            QStringLiteral("InvalidParameter"),
            QStringLiteral("BackupId, Strategy, BackupWay, Type and StorageStrategy must be "
                           "integers."));
    if (type && *type != 1 && *type != 2)
        return TencentReply::error(QStringLiteral("InvalidParameterValue"),
                                   QStringLiteral("Type must be 1 or 2."));
    const QString format = stringParam(call.params, QStringLiteral("BackupFormat"));
    if (!format.isEmpty() && format != u"pkg" && format != u"single")
        return TencentReply::error(QStringLiteral("InvalidParameterValue"),
                                   QStringLiteral("BackupFormat must be pkg or single."));
    const QString name = stringParam(call.params, QStringLiteral("BackupName"));
    const QString database = stringParam(call.params, QStringLiteral("DatabaseName"));
    const auto group = integerParam(call.params, QStringLiteral("Group"), &malformed);
    if (malformed || (group && *group != 0 && *group != 1))
        return TencentReply::error(QStringLiteral("InvalidParameterValue"),
                                   QStringLiteral("Group must be 0 or 1."));
    // Group 1 shows a "single" backup as one row; 0 ("the old way", the SDK's stated default) as
    // one row per file. Without Group, tccli's published example shows grouped rows: so does this.
    const bool grouped = group.value_or(1) == 1;

    QMutexLocker lock(&m_mutex);
    advanceFlows();
    InstanceInfo *instance = findInstance(instanceId, call.region);
    if (!instance)
        return instanceNotFound(instanceId);
    // (backup, file index): a whole backup (-1), or one file of an ungrouped "single" backup.
    QList<std::pair<const BackupInfo *, qsizetype>> matches;
    // Newest first, as the console lists them.
    for (auto it = instance->backups.crbegin(); it != instance->backups.crend(); ++it) {
        const BackupInfo &b = *it;
        if (b.start < start || b.start > end || b.type != type.value_or(1))
            continue;
        if ((strategy && b.strategy != *strategy) || (backupWay && b.backupWay != *backupWay)
            || (storage && b.storageStrategy != *storage))
            continue;
        if ((!format.isEmpty() && b.format != format) || (!name.isEmpty() && !b.backupName.contains(name))
            || (!database.isEmpty() && !b.dbs.contains(database)))
            continue;
        const bool perFile = !grouped && b.format == u"single" && b.status == 1;
        if (!perFile) {
            // A grouped "single" row has Id 0: no BackupId reaches it.
            if (!backupId || (b.format != u"single" && b.id == *backupId))
                matches.append({&b, -1});
            continue;
        }
        for (qsizetype f = 0; f < b.files.size(); ++f) {
            if (!backupId || b.files.at(f).id == *backupId)
                matches.append({&b, f});
        }
    }
    QJsonArray out;
    const qint64 first = page.offset * page.limit; // Offset is a page number
    for (qint64 n = first; n < matches.size() && n < first + page.limit; ++n) {
        const auto &[b, f] = matches.at(n);
        out.append(f < 0 ? backupJson(*b, *instance, call.https())
                         : fileRowJson(*b, b->files.at(f), *instance, call.https()));
    }
    return TencentReply::ok(
        {{QStringLiteral("TotalCount"), matches.size()}, {QStringLiteral("Backups"), out}});
}

TencentReply TencentSqlServerEmulator::describeBackupFiles(const TencentCall &call)
{
    const QString instanceId = stringParam(call.params, QStringLiteral("InstanceId"));
    const QString groupId = stringParam(call.params, QStringLiteral("GroupId"));
    const Page page = readPage(call.params, 20, 100, &TencentEmulator::integerParam);
    if (!page.ok())
        return page.error;
    const QString database = stringParam(call.params, QStringLiteral("DatabaseName"));
    const QString orderBy = stringParam(call.params, QStringLiteral("OrderBy"));
    const QString orderByType = stringParam(call.params, QStringLiteral("OrderByType"));
    if ((!orderBy.isEmpty() && orderBy != u"desc" && orderBy != u"asc")
        || (!orderByType.isEmpty() && orderByType != u"Size" && orderByType != u"DBs"))
        return TencentReply::error(QStringLiteral("InvalidParameterValue"),
                                   QStringLiteral("OrderBy must be desc or asc, OrderByType Size or DBs."));

    QMutexLocker lock(&m_mutex);
    advanceFlows();
    InstanceInfo *instance = findInstance(instanceId, call.region);
    if (!instance)
        return instanceNotFound(instanceId);
    const auto backup
        = std::find_if(instance->backups.cbegin(), instance->backups.cend(),
                       [&](const BackupInfo &b) { return !b.groupId.isEmpty() && b.groupId == groupId; });
    if (backup == instance->backups.cend())
        return TencentReply::error(QStringLiteral("ResourceNotFound.BackupNotFound"),
                                   QStringLiteral("The backup group %1 does not exist.").arg(groupId));
    QList<FileInfo> files;
    if (backup->status == 1) {
        for (const FileInfo &f : backup->files) {
            if (database.isEmpty() || f.dbs.contains(database))
                files.append(f);
        }
    }
    const bool ascending = orderBy == u"asc";
    const bool byName = orderByType == u"DBs";
    std::stable_sort(files.begin(), files.end(), [&](const FileInfo &a, const FileInfo &b) {
        const bool less = byName ? a.dbs.value(0) < b.dbs.value(0) : a.sizeBytes < b.sizeBytes;
        const bool greater = byName ? b.dbs.value(0) < a.dbs.value(0) : b.sizeBytes < a.sizeBytes;
        return ascending ? less : greater;
    });
    QJsonArray out;
    const qint64 first = page.offset * page.limit;
    for (qint64 n = first; n < files.size() && n < first + page.limit; ++n) {
        const FileInfo &f = files.at(n);
        out.append(QJsonObject {
            {QStringLiteral("Id"), f.id},
            {QStringLiteral("FileName"), f.fileName},
            {QStringLiteral("Size"), f.sizeBytes / 1024},
            {QStringLiteral("DBs"), toJsonArray(f.dbs)},
            {QStringLiteral("DownloadLink"), fileUrl(*backup, f, false, call.https()).toString()},
            {QStringLiteral("Region"), instance->region},
            {QStringLiteral("CrossBackupAddr"), QJsonArray()},
        });
    }
    return TencentReply::ok(
        {{QStringLiteral("TotalCount"), files.size()}, {QStringLiteral("BackupFiles"), out}});
}

TencentReply TencentSqlServerEmulator::createBackup(const TencentCall &call)
{
    const QString instanceId = stringParam(call.params, QStringLiteral("InstanceId"));
    bool malformed = false;
    const auto strategy = integerParam(call.params, QStringLiteral("Strategy"), &malformed);
    const auto storage = integerParam(call.params, QStringLiteral("StorageStrategy"), &malformed);
    if (malformed)
        return TencentReply::error(QStringLiteral("InvalidParameter"),
                                   QStringLiteral("Strategy and StorageStrategy must be integers."));
    if ((strategy && *strategy != 0 && *strategy != 1) || (storage && *storage != 0 && *storage != 1))
        return TencentReply::error(QStringLiteral("InvalidParameterValue"),
                                   QStringLiteral("Strategy and StorageStrategy must be 0 or 1."));
    const QStringList dbNames = stringListParam(call.params, QStringLiteral("DBNames"));
    const QString backupName = stringParam(call.params, QStringLiteral("BackupName"));
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_.\\-]{1,60}$"));
    if (!backupName.isEmpty() && !validName.match(backupName).hasMatch())
        return TencentReply::error(QStringLiteral("InvalidParameterValue.BackupNameIsIllegal"),
                                   QStringLiteral("The backup name contains invalid characters."));
    if (strategy.value_or(0) == 1 && dbNames.isEmpty())
        return TencentReply::error(
            QStringLiteral("InvalidParameter.InputIllegal"),
            QStringLiteral("DBNames is required for a multi-database backup (Strategy 1)."));

    QMutexLocker lock(&m_mutex);
    InstanceInfo *instance = findInstance(instanceId, call.region);
    if (!instance)
        return instanceNotFound(instanceId);
    if (instance->status != 2)
        return TencentReply::error(QStringLiteral("ResourceUnavailable.InstanceStatusInvalid"),
                                   QStringLiteral("The instance %1 is not running (status %2).")
                                       .arg(instance->id)
                                       .arg(instance->status));
    for (const QString &db : dbNames) {
        if (!instance->databases.contains(db))
            return TencentReply::error(QStringLiteral("ResourceNotFound.DBNotFound"),
                                       QStringLiteral("The database %1 does not exist.").arg(db));
    }
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    BackupInfo b;
    b.id = m_nextBackupId++;
    b.instanceId = instance->id;
    b.start = now;
    b.status = 0;
    b.type = 1;
    b.strategy = strategy.value_or(0);
    b.backupWay = 1;
    b.storageStrategy = storage.value_or(0);
    b.dbs = b.strategy == 1 ? dbNames : instance->databases;
    b.format = b.strategy == 1 ? QStringLiteral("single") : QStringLiteral("pkg");
    b.groupId = QString::number(m_nextGroupId++);
    b.backupName
        = backupName.isEmpty() ? instance->id + u'_' + QString::number(now.toSecsSinceEpoch()) : backupName;
    DataGen gen(context().seed, QByteArray::number(b.id));
    const QString stamp = compactTime(now, QStringLiteral("yyyyMMddHHmmss"));
    if (b.format == u"single") {
        for (const QString &db : b.dbs)
            b.files.append(FileInfo {m_nextBackupId++,
                                     db + u'_' + stamp + QStringLiteral(".bak"),
                                     gen.range64(4 * 1024, 64 * 1024) * 1024,
                                     {db}});
    } else {
        b.files.append(FileInfo {
            b.id, QStringLiteral("manual_instance_%1_%2.bak.tar").arg(gen.range(10000, 99999)).arg(stamp),
            gen.range64(16 * 1024, 256 * 1024) * 1024, b.dbs});
    }
    instance->backups.append(b);
    const qint64 flowId = m_nextFlowId++;
    // From the precise time: `now` is truncated to whole seconds for the API's time strings.
    const QDateTime finishAt = QDateTime::currentDateTimeUtc().addMSecs(context().createDurationMs);
    m_flows.insert(flowId, Flow {flowId, instance->id, b.id, finishAt});
    return TencentReply::ok({{QStringLiteral("FlowId"), flowId}});
}

TencentReply TencentSqlServerEmulator::describeBackupByFlowId(const TencentCall &call)
{
    const QString instanceId = stringParam(call.params, QStringLiteral("InstanceId"));
    const QJsonValue flowValue = call.params.value(QStringLiteral("FlowId"));
    if (!flowValue.isString())
        return invalidType(QStringLiteral("FlowId"), QStringLiteral("a string"));
    bool ok = false;
    const qint64 flowId = flowValue.toString().toLongLong(&ok);

    QMutexLocker lock(&m_mutex);
    advanceFlows();
    InstanceInfo *instance = findInstance(instanceId, call.region);
    if (!instance)
        return instanceNotFound(instanceId);
    const auto flow = m_flows.constFind(flowId);
    if (!ok || flow == m_flows.cend() || flow->instanceId != instance->id)
        return TencentReply::error(
            QStringLiteral("ResourceNotFound.BackupNotFound"),
            QStringLiteral("No backup was created by flow %1.").arg(flowValue.toString()));
    const auto b = std::find_if(instance->backups.cbegin(), instance->backups.cend(),
                                [&](const BackupInfo &x) { return x.id == flow->backupId; });
    if (b == instance->backups.cend())
        return TencentReply::error(QStringLiteral("InternalError.DBError"),
                                   QStringLiteral("Database error."));
    if (b->status == 0) {
        // While creating, Strategy and BackupWay are placeholders (0), as the seed shows.
        return TencentReply::ok({
            {QStringLiteral("BackupName"), b->backupName},
            {QStringLiteral("BackupWay"), 0},
            {QStringLiteral("DBs"), toJsonArray(b->dbs)},
            {QStringLiteral("EndTime"), DataGen::tencentTime(QDateTime())},
            {QStringLiteral("ExternalAddr"), QString()},
            {QStringLiteral("FileName"), QString()},
            {QStringLiteral("Id"), 0},
            {QStringLiteral("InternalAddr"), QString()},
            {QStringLiteral("Size"), 0},
            {QStringLiteral("StartTime"), DataGen::tencentTime(b->start)},
            {QStringLiteral("Status"), 0},
            {QStringLiteral("Strategy"), 0},
            {QStringLiteral("GroupId"), b->groupId},
        });
    }
    // Single-database backups report their first file only (DescribeBackupFiles has them all).
    const FileInfo file = b->files.value(0);
    const bool hasFile = b->status == 1 && !b->files.isEmpty();
    return TencentReply::ok({
        {QStringLiteral("BackupName"), b->backupName},
        {QStringLiteral("BackupWay"), b->backupWay},
        {QStringLiteral("DBs"), toJsonArray(b->dbs)},
        {QStringLiteral("EndTime"), DataGen::tencentTime(b->end)},
        {QStringLiteral("ExternalAddr"),
         hasFile ? fileUrl(*b, file, false, call.https()).toString() : QString()},
        {QStringLiteral("FileName"), file.fileName},
        {QStringLiteral("Id"), hasFile ? file.id : b->id},
        {QStringLiteral("InternalAddr"),
         hasFile ? fileUrl(*b, file, true, call.https()).toString() : QString()},
        {QStringLiteral("Size"), file.sizeBytes / 1024},
        {QStringLiteral("StartTime"), DataGen::tencentTime(b->start)},
        {QStringLiteral("Status"), b->status},
        {QStringLiteral("Strategy"), b->strategy},
        {QStringLiteral("GroupId"), b->groupId},
    });
}

} // namespace bb::sandbox
