#include "sandbox/alibabardsemulator.h"

#include "sandbox/datagen.h"

#include <QJsonArray>
#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>

namespace bb::sandbox {

namespace {

constexpr qint64 MiB = 1024 * 1024;

// One row of the generated fleet. Sizes are per full backup; incrementals are a tenth of that.
struct InstanceSpec
{
    const char *region;
    const char *zone;
    const char *engine;
    const char *version;
    const char *status;
    const char *instanceClass;
    const char *idPrefix;
    int backupsPerDay;
    bool snapshotOnly; // cloud-disk instance: snapshot backups, which have no download file
    bool perDatabase; // SQL Server: per-database links on full backups
    qint64 minSize;
    qint64 maxSize;
};

const InstanceSpec fleet[] = {
    {"cn-hangzhou", "cn-hangzhou-h", "MySQL", "8.0", "Running", "rds.mysql.s2.large", "rm-", 4, false, false,
     40 * MiB, 2048 * MiB},
    {"cn-hangzhou", "cn-hangzhou-i", "SQLServer", "2019_std_ha", "Running", "mssql.x4.medium.s2", "rm-", 6,
     false, true, 20 * MiB, 900 * MiB},
    {"cn-hangzhou", "cn-hangzhou-j", "PostgreSQL", "14.0", "Running", "pg.n2.medium.2c", "pgm-", 2, true,
     false, 100 * MiB, 4096 * MiB},
    {"cn-hangzhou", "cn-hangzhou-h", "MySQL", "5.7", "Stopped", "rds.mysql.t1.small", "rm-", 1, false, false,
     5 * MiB, 50 * MiB},
    {"cn-shanghai", "cn-shanghai-b", "MySQL", "8.0", "Running", "mysql.n4.xlarge.2c", "rm-", 3, false, false,
     200 * MiB, 6144 * MiB},
    {"cn-shanghai", "cn-shanghai-e", "SQLServer", "2022_web", "Running", "mssql.x2.medium.w1", "rm-", 4,
     false, true, 10 * MiB, 300 * MiB},
    {"ap-southeast-1", "ap-southeast-1a", "PostgreSQL", "15.0", "Running", "pg.n4.large.2c", "pgm-", 2, false,
     false, 30 * MiB, 800 * MiB},
    {"ap-southeast-1", "ap-southeast-1b", "MySQL", "8.0", "Running", "mysql.n2.small.1", "rm-", 2, false,
     false, 64 * 1024, 900 * 1024},
    {"us-west-1", "us-west-1a", "MariaDB", "10.3", "Running", "mariadb.n2.small.2c", "rm-", 1, false, false,
     2 * MiB, 40 * MiB},
};

const QRegularExpression &windowFormat()
{
    // The documented yyyy-MM-ddTHH:mmZ, no seconds, UTC.
    static const QRegularExpression format(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$)"));
    return format;
}

std::optional<int> intParam(const AlibabaCall &call, const QString &name, int fallback, bool *malformed)
{
    const QString text = call.param(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok) {
        *malformed = true;
        return std::nullopt;
    }
    return value;
}

AlibabaReply instanceNotFound()
{
    return AlibabaReply::error(404, QStringLiteral("InvalidDBInstance.NotFound"),
                               QStringLiteral("The specified instance does not exist or is not supported."));
}

QString stamp(const QDateTime &utc)
{
    return utc.toString(QStringLiteral("yyyyMMddHHmmss"));
}

QString fileNameFor(const QString &engine, const QString &hostId, const QString &instanceId,
                    const QDateTime &start)
{
    if (engine == QLatin1String("SQLServer"))
        return instanceId + u'_' + stamp(start) + QStringLiteral(".zip");
    if (engine == QLatin1String("PostgreSQL"))
        return QStringLiteral("hins%1_data_%2.tar.gz").arg(hostId, stamp(start));
    return QStringLiteral("hins%1_data_%2_qp.xb").arg(hostId, stamp(start));
}

} // namespace

AlibabaRdsEmulator::AlibabaRdsEmulator(SandboxContext context)
    : AlibabaEmulator(std::move(context), "2014-08-15", QStringLiteral("Rds"),
                      QStringLiteral("rds.aliyuncs.com"))
{
    generate();
    // FACTS §3.5: 200 calls per second per region, API and account for DescribeBackups; the same
    // quota is assumed for the companions.
    addRpcAction(QStringLiteral("DescribeDBInstances"), 200, {QStringLiteral("RegionId")},
                 [this](const AlibabaCall &call) { return describeDBInstances(call); });
    addRpcAction(QStringLiteral("DescribeBackups"), 200, {QStringLiteral("DBInstanceId")},
                 [this](const AlibabaCall &call) { return describeBackups(call); });
    addRpcAction(QStringLiteral("CreateBackup"), 200, {QStringLiteral("DBInstanceId")},
                 [this](const AlibabaCall &call) { return createBackup(call); });
    addRpcAction(QStringLiteral("DescribeBackupTasks"), 200, {QStringLiteral("DBInstanceId")},
                 [this](const AlibabaCall &call) { return describeBackupTasks(call); });
    addRpcAction(QStringLiteral("DescribeBackupPolicy"), 200, {QStringLiteral("DBInstanceId")},
                 [this](const AlibabaCall &call) { return describeBackupPolicy(call); });
    // No published limit for DeleteBackup: the sandbox keeps it low, as writes are.
    addRpcAction(QStringLiteral("DeleteBackup"), 20,
                 {QStringLiteral("DBInstanceId"), QStringLiteral("BackupId")},
                 [this](const AlibabaCall &call) { return deleteBackup(call); });
}

AlibabaRdsEmulator::~AlibabaRdsEmulator() = default;

void AlibabaRdsEmulator::generate()
{
    DataGen gen(context().seed, "alibaba-rds");
    const QDateTime anchor
        = context().anchorUtc.isValid() ? context().anchorUtc : QDateTime::currentDateTimeUtc();
    const QDateTime today(anchor.date(), QTime(0, 0), Qt::UTC);
    m_nextBackupId = 321020562;

    for (const InstanceSpec &spec : fleet) {
        RdsInstance in;
        in.region = QLatin1String(spec.region);
        in.zone = QLatin1String(spec.zone);
        in.engine = QLatin1String(spec.engine);
        in.engineVersion = QLatin1String(spec.version);
        in.status = QLatin1String(spec.status);
        in.instanceClass = QLatin1String(spec.instanceClass);
        in.id = QLatin1String(spec.idPrefix) + gen.lowerAlnum(14);
        in.hostId = QString::number(gen.range(1000000, 9999999));
        in.description = gen.instanceName(in.engine.toLower());
        in.created = today.addDays(-gen.range(200, 900)).addSecs(gen.range(0, 86399));
        in.databases = gen.databaseNames(2, 4);

        // Each "day" is the 24 hours before a point `day` days back from the anchor (not a
        // calendar day), so the newest day's backups exist at whatever hour the sandbox starts.
        for (int day = historyDays; day >= 0; --day) {
            const QDateTime dayStart = anchor.addDays(-day - 1);
            QList<QDateTime> starts;
            for (int slot = 0; slot < spec.backupsPerDay; ++slot)
                starts.append(dayStart.addSecs(qint64(slot) * 86400 / spec.backupsPerDay + 2 * 3600
                                               + gen.range(0, 1800)));
            const bool manualToday = gen.chance(0.15);
            const QDateTime manualStart = dayStart.addSecs(gen.range(9 * 3600, 18 * 3600));
            if (manualToday)
                starts.append(manualStart);
            std::sort(starts.begin(), starts.end());
            for (const QDateTime &start : std::as_const(starts)) {
                if (start >= anchor)
                    continue;
                const bool manual = manualToday && start == manualStart;
                const bool first = start == starts.first();
                RdsBackup b;
                b.id = QString::number(m_nextBackupId++);
                b.instanceId = in.id;
                b.start = start;
                b.type
                    = (first || manual) ? QStringLiteral("FullBackup") : QStringLiteral("IncrementalBackup");
                b.mode = manual ? QStringLiteral("Manual") : QStringLiteral("Automated");
                b.method = spec.snapshotOnly ? QStringLiteral("Snapshot") : QStringLiteral("Physical");
                b.status = gen.chance(0.04) ? QStringLiteral("Failed") : QStringLiteral("Success");
                b.size = gen.range64(spec.minSize, spec.maxSize);
                if (b.type == QLatin1String("IncrementalBackup"))
                    b.size = std::max<qint64>(4096, b.size / 10);
                b.end = start.addSecs(60 + b.size / (40 * MiB));
                if (b.status == QLatin1String("Failed")) {
                    b.size = 0;
                } else if (!spec.snapshotOnly) {
                    const QString name = fileNameFor(in.engine, in.hostId, in.id, start);
                    b.file = {QStringLiteral("alibaba-rds/%1/%2").arg(in.id, name), name, b.size};
                    if (spec.perDatabase && b.type == QLatin1String("FullBackup")) {
                        for (const QString &db : std::as_const(in.databases)) {
                            const QString dbName = QStringLiteral("%1_%2.bak").arg(db, stamp(start));
                            b.dbFiles.append(
                                {db,
                                 {QStringLiteral("alibaba-rds/%1/%2/%3").arg(in.id, b.id, dbName), dbName,
                                  std::max<qint64>(1024, b.size / in.databases.size())}});
                        }
                    }
                }
                in.backups.prepend(b);
            }
        }
        m_instances.append(in);
    }

    // Numbered after the whole fleet so the other backups keep their ids.
    RdsInstance &first = m_instances.first();
    RdsBackup old;
    old.id = QString::number(m_nextBackupId++);
    old.instanceId = first.id;
    old.start = today.addDays(-oldBackupDays).addSecs(3 * 3600);
    old.type = QStringLiteral("FullBackup");
    old.mode = QStringLiteral("Manual");
    old.method = QStringLiteral("Physical");
    old.status = QStringLiteral("Success");
    old.storageClass = QStringLiteral("1");
    old.size = DataGen(context().seed, "alibaba-rds-old").range64(40 * MiB, 400 * MiB);
    old.end = old.start.addSecs(60 + old.size / (40 * MiB));
    const QString oldName = fileNameFor(first.engine, first.hostId, first.id, old.start);
    old.file = {QStringLiteral("alibaba-rds/%1/%2").arg(first.id, oldName), oldName, old.size};
    first.backups.append(old); // the oldest, last
}

AlibabaRdsEmulator::RdsInstance *AlibabaRdsEmulator::findInstance(const QString &id)
{
    for (RdsInstance &in : m_instances) {
        if (in.id == id)
            return &in;
    }
    return nullptr;
}

void AlibabaRdsEmulator::settleJobs(const QDateTime &now)
{
    const qint64 duration = std::max(1, context().createDurationMs);
    for (Job &job : m_jobs) {
        if (job.fails || job.materialised || job.created.msecsTo(now) < duration)
            continue;
        RdsInstance *in = findInstance(job.instanceId);
        if (!in)
            continue;
        DataGen gen(context().seed, QByteArray::number(job.id));
        RdsBackup b;
        b.id = QString::number(m_nextBackupId++);
        b.instanceId = in->id;
        b.start = job.created;
        b.end = job.created.addMSecs(duration);
        b.status = QStringLiteral("Success");
        b.type = QStringLiteral("FullBackup");
        b.mode = QStringLiteral("Manual");
        b.method = job.method;
        b.size = gen.range64(256 * 1024, 4 * MiB);
        if (b.method != QLatin1String("Snapshot")) {
            const QString name = fileNameFor(in->engine, in->hostId, in->id, b.start);
            b.file = {QStringLiteral("alibaba-rds/%1/%2/%3").arg(in->id, b.id, name), name, b.size};
            for (const QString &db : std::as_const(job.databases)) {
                const QString dbName = QStringLiteral("%1_%2.bak").arg(db, stamp(b.start));
                b.dbFiles.append({db,
                                  {QStringLiteral("alibaba-rds/%1/%2/db/%3").arg(in->id, b.id, dbName),
                                   dbName, std::max<qint64>(1024, b.size / job.databases.size())}});
            }
        }
        in->backups.prepend(b);
        job.materialised = true;
        job.backupId = b.id;
    }
}

QJsonObject AlibabaRdsEmulator::backupJson(const RdsBackup &b, const RdsInstance &in, bool tls)
{
    FileHost &files = *context().files;
    const bool failed = b.status == QLatin1String("Failed");
    QJsonObject o {
        {QStringLiteral("StorageClass"), b.storageClass},
        {QStringLiteral("Encryption"), QStringLiteral("{}")},
        {QStringLiteral("BackupStatus"), b.status},
        {QStringLiteral("StoreStatus"),
         b.mode == QLatin1String("Manual") ? QStringLiteral("Enabled") : QStringLiteral("Disabled")},
        {QStringLiteral("ConsistentTime"),
         in.engineVersion == QLatin1String("5.6") ? b.end.toSecsSinceEpoch() : 0},
        {QStringLiteral("BackupType"), b.type},
        {QStringLiteral("CopyOnlyBackup"), QStringLiteral("0")},
        {QStringLiteral("BackupEndTime"), DataGen::isoUtc(b.end)},
        {QStringLiteral("MetaStatus"), failed ? QStringLiteral("EMPTY") : QStringLiteral("OK")},
        {QStringLiteral("BackupInitiator"),
         b.mode == QLatin1String("Manual") ? QStringLiteral("User") : QStringLiteral("System")},
        {QStringLiteral("BackupMethod"), b.method},
        {QStringLiteral("BackupStartTime"), DataGen::isoUtc(b.start)},
        {QStringLiteral("IsAvail"), failed ? 0 : 1},
        {QStringLiteral("BackupId"), b.id},
        {QStringLiteral("HostInstanceID"), in.hostId},
        {QStringLiteral("BackupSize"), b.size},
        {QStringLiteral("BackupMode"), b.mode},
        {QStringLiteral("DBInstanceId"), in.id},
        {QStringLiteral("ResourceGroupId"), QStringLiteral("rg-acfmysandbox")},
        {QStringLiteral("Engine"), in.engine},
        {QStringLiteral("EngineVersion"), in.engineVersion},
    };
    if (!b.file.key.isEmpty()) {
        const QUrl external = files.signedUrl(b.file, false, urlValiditySeconds, FileHost::Cloud::Oss, tls);
        const QUrl internal = files.signedUrl(b.file, true, urlValiditySeconds, FileHost::Cloud::Oss, tls);
        o.insert(QStringLiteral("BackupDownloadURL"), external.toString(QUrl::FullyEncoded));
        o.insert(QStringLiteral("BackupIntranetDownloadURL"), internal.toString(QUrl::FullyEncoded));
        o.insert(QStringLiteral("Checksum"), files.crc64Decimal(b.file));
    } else {
        // No file (a failed or a snapshot backup): empty strings, the published example's type for
        // these fields (seed 004 types them string; the parser reads null as "none" too).
        o.insert(QStringLiteral("BackupDownloadURL"), QString());
        o.insert(QStringLiteral("BackupIntranetDownloadURL"), QString());
        o.insert(QStringLiteral("Checksum"), QString());
    }
    QJsonArray links;
    for (const DbFile &dbFile : b.dbFiles) {
        const QString dbList
            = QStringLiteral("&dbList=") + QString::fromLatin1(QUrl::toPercentEncoding(dbFile.database));
        links.append(QJsonObject {
            {QStringLiteral("DataBase"), dbFile.database},
            {QStringLiteral("DownloadLink"),
             files.signedUrl(dbFile.file, false, urlValiditySeconds, FileHost::Cloud::Oss, tls)
                     .toString(QUrl::FullyEncoded)
                 + dbList},
            {QStringLiteral("IntranetDownloadLink"),
             files.signedUrl(dbFile.file, true, urlValiditySeconds, FileHost::Cloud::Oss, tls)
                     .toString(QUrl::FullyEncoded)
                 + dbList},
        });
    }
    o.insert(QStringLiteral("BackupDownloadLinkByDB"),
             QJsonObject {{QStringLiteral("BackupDownloadLinkByDB"), links}});
    return o;
}

AlibabaReply AlibabaRdsEmulator::describeDBInstances(const AlibabaCall &call)
{
    QMutexLocker lock(&m_mutex);
    const bool tokenStyle = !call.param(QStringLiteral("MaxResults")).isEmpty()
        || !call.param(QStringLiteral("NextToken")).isEmpty();
    const bool pageStyle = !call.param(QStringLiteral("PageSize")).isEmpty()
        || !call.param(QStringLiteral("PageNumber")).isEmpty();
    if (tokenStyle && pageStyle)
        return AlibabaReply::error(
            400, QStringLiteral("InvalidParameter"),
            QStringLiteral("MaxResults/NextToken and PageSize/PageNumber cannot be used "
                           "together."));

    QList<const RdsInstance *> matches;
    for (const RdsInstance &in : std::as_const(m_instances)) {
        if (in.region != call.param(QStringLiteral("RegionId")))
            continue;
        const QString engine = call.param(QStringLiteral("Engine"));
        const QString status = call.param(QStringLiteral("DBInstanceStatus"));
        const QString id = call.param(QStringLiteral("DBInstanceId"));
        if ((!engine.isEmpty() && engine != in.engine) || (!status.isEmpty() && status != in.status)
            || (!id.isEmpty() && !id.split(u',').contains(in.id)))
            continue;
        matches.append(&in);
    }

    bool malformed = false;
    int offset = 0;
    int pageSize = 30;
    int pageNumber = 1;
    if (tokenStyle) {
        pageSize = intParam(call, QStringLiteral("MaxResults"), 30, &malformed).value_or(0);
        const QString token = call.param(QStringLiteral("NextToken"));
        if (!token.isEmpty()) {
            // The token is opaque to clients; here it is "o<offset>" so that a stale one is detectable.
            bool ok = false;
            offset = token.startsWith(u'o') ? token.mid(1).toInt(&ok) : 0;
            if (!ok || offset < 0 || offset > matches.size())
                return AlibabaReply::error(400, QStringLiteral("InvalidParameter"),
                                           QStringLiteral("The specified NextToken is invalid."));
        }
    } else {
        pageSize = intParam(call, QStringLiteral("PageSize"), 30, &malformed).value_or(0);
        pageNumber = intParam(call, QStringLiteral("PageNumber"), 1, &malformed).value_or(0);
        offset = (pageNumber - 1) * pageSize;
    }
    if (malformed || pageSize < 1 || pageSize > 100 || pageNumber < 1)
        return AlibabaReply::error(400, QStringLiteral("InvalidParameter"),
                                   QStringLiteral("The specified page size or page number is not valid."));

    QJsonArray items;
    for (qsizetype i = offset; i < matches.size() && i < offset + pageSize; ++i) {
        const RdsInstance &in = *matches.at(i);
        items.append(QJsonObject {
            {QStringLiteral("DBInstanceId"), in.id},
            {QStringLiteral("DBInstanceDescription"), in.description},
            {QStringLiteral("RegionId"), in.region},
            {QStringLiteral("ZoneId"), in.zone},
            {QStringLiteral("Engine"), in.engine},
            {QStringLiteral("EngineVersion"), in.engineVersion},
            {QStringLiteral("DBInstanceStatus"), in.status},
            {QStringLiteral("DBInstanceClass"), in.instanceClass},
            {QStringLiteral("DBInstanceType"), QStringLiteral("Primary")},
            {QStringLiteral("DBInstanceNetType"), QStringLiteral("Intranet")},
            {QStringLiteral("InstanceNetworkType"), QStringLiteral("VPC")},
            {QStringLiteral("PayType"), QStringLiteral("Postpaid")},
            {QStringLiteral("LockMode"), QStringLiteral("Unlock")},
            {QStringLiteral("CreateTime"), DataGen::isoUtc(in.created)},
            {QStringLiteral("ExpireTime"), QString()},
            {QStringLiteral("VpcId"), QStringLiteral("vpc-") + in.id.mid(in.id.indexOf(u'-') + 1)},
            {QStringLiteral("ResourceGroupId"), QStringLiteral("rg-acfmysandbox")},
        });
    }
    QJsonObject body {
        {QStringLiteral("Items"), QJsonObject {{QStringLiteral("DBInstance"), items}}},
        {QStringLiteral("TotalRecordCount"), int(matches.size())},
        {QStringLiteral("PageNumber"), tokenStyle ? offset / std::max(1, pageSize) + 1 : pageNumber},
        {QStringLiteral("PageRecordCount"), int(items.size())},
    };
    if (tokenStyle && offset + pageSize < matches.size())
        body.insert(QStringLiteral("NextToken"), QStringLiteral("o%1").arg(offset + pageSize));
    return AlibabaReply::ok(body);
}

AlibabaReply AlibabaRdsEmulator::describeBackups(const AlibabaCall &call)
{
    QMutexLocker lock(&m_mutex);
    settleJobs(QDateTime::currentDateTimeUtc());
    // An instance the sandbox's key may not read: DescribeBackups's documented 403 (seed 004).
    if (call.param(QStringLiteral("DBInstanceId")) == QLatin1String(forbiddenInstanceId))
        return AlibabaReply::error(403, QStringLiteral("InvalidUserOperatorPermission"),
                                   QStringLiteral("The user permission does not support this operation."));
    const RdsInstance *in = findInstance(call.param(QStringLiteral("DBInstanceId")));
    if (!in)
        return instanceNotFound();

    bool malformed = false;
    const int pageSize = intParam(call, QStringLiteral("PageSize"), 30, &malformed).value_or(0);
    if (pageSize != 30 && pageSize != 50 && pageSize != 100)
        return AlibabaReply::error(403, QStringLiteral("InvalidMaxRecordsPerPage.Malformed"),
                                   QStringLiteral("Specified record number is not valid."));
    const int pageNumber = intParam(call, QStringLiteral("PageNumber"), 1, &malformed).value_or(0);
    if (pageNumber < 1)
        return AlibabaReply::error(400, QStringLiteral("InvalidPageNumbers.Malformed"),
                                   QStringLiteral("Specified page number is not valid."));

    QDateTime since;
    QDateTime until;
    const QString startText = call.param(QStringLiteral("StartTime"));
    const QString endText = call.param(QStringLiteral("EndTime"));
    if (!startText.isEmpty()) {
        since = QDateTime::fromString(startText, Qt::ISODate);
        if (!windowFormat().match(startText).hasMatch() || !since.isValid())
            return AlibabaReply::error(400, QStringLiteral("InvalidStartTime.Format"),
                                       QStringLiteral("Specified start time is not valid."));
    }
    if (!endText.isEmpty()) {
        until = QDateTime::fromString(endText, Qt::ISODate);
        if (!windowFormat().match(endText).hasMatch() || !until.isValid())
            return AlibabaReply::error(400, QStringLiteral("InvalidEndTime.Format"),
                                       QStringLiteral("Specified end time is not valid."));
    }
    if (since.isValid() && until.isValid() && until <= since)
        return AlibabaReply::error(400, QStringLiteral("InvalidParameterCombination"),
                                   QStringLiteral("The end time must be greater than the start time"));

    const QString backupId = call.param(QStringLiteral("BackupId"));
    const QString status = call.param(QStringLiteral("BackupStatus"));
    const QString mode = call.param(QStringLiteral("BackupMode"));
    const QString type = call.param(QStringLiteral("BackupType"));
    QList<const RdsBackup *> matches;
    qint64 snapshotBytes = 0;
    for (const RdsBackup &b : in->backups) {
        if (b.method == QLatin1String("Snapshot"))
            snapshotBytes += b.size;
        if ((!backupId.isEmpty() && b.id != backupId) || (!status.isEmpty() && b.status != status)
            || (!mode.isEmpty() && b.mode != mode) || (!type.isEmpty() && b.type != type)
            || (since.isValid() && b.start < since) || (until.isValid() && b.start > until))
            continue;
        matches.append(&b);
    }

    QJsonArray items;
    const qsizetype first = qsizetype(pageNumber - 1) * pageSize;
    for (qsizetype i = first; i < matches.size() && i < first + pageSize; ++i)
        items.append(backupJson(*matches.at(i), *in, call.https()));
    // The seed's shape: the three counters are strings.
    return AlibabaReply::ok(QJsonObject {
        {QStringLiteral("TotalEcsSnapshotSize"), snapshotBytes},
        {QStringLiteral("PageRecordCount"), QString::number(items.size())},
        {QStringLiteral("TotalRecordCount"), QString::number(matches.size())},
        {QStringLiteral("PageNumber"), QString::number(pageNumber)},
        {QStringLiteral("Items"), QJsonObject {{QStringLiteral("Backup"), items}}},
    });
}

AlibabaReply AlibabaRdsEmulator::createBackup(const AlibabaCall &call)
{
    QMutexLocker lock(&m_mutex);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    settleJobs(now);
    const RdsInstance *in = findInstance(call.param(QStringLiteral("DBInstanceId")));
    if (!in)
        return instanceNotFound();
    if (in->status != QLatin1String("Running"))
        return AlibabaReply::error(
            403, QStringLiteral("IncorrectDBInstanceState"),
            QStringLiteral("Current DB instance state does not support this operation."));

    const QString method = call.param(QStringLiteral("BackupMethod")).isEmpty()
        ? QStringLiteral("Physical")
        : call.param(QStringLiteral("BackupMethod"));
    if (method != QLatin1String("Physical") && method != QLatin1String("Logical")
        && method != QLatin1String("Snapshot"))
        return AlibabaReply::error(400, QStringLiteral("InvalidBackupMethod.ValueNotSupport"),
                                   QStringLiteral("The specified parameter \"BackupMethod\" is not valid."));
    const QString type = call.param(QStringLiteral("BackupType"));
    if (!type.isEmpty()
        && ((type != QLatin1String("Auto") && type != QLatin1String("FullBackup"))
            || in->engine != QLatin1String("SQLServer")))
        return AlibabaReply::error(400, QStringLiteral("BackupType.NotSupport"),
                                   QStringLiteral("the specified backup type not support"));
    const QString strategy = call.param(QStringLiteral("BackupStrategy"));
    if (!strategy.isEmpty() && strategy != QLatin1String("db") && strategy != QLatin1String("instance"))
        return AlibabaReply::error(
            400, QStringLiteral("InvalidParameter"),
            QStringLiteral("The specified parameter \"BackupStrategy\" is not valid."));
    QStringList databases;
    for (const QString &name : call.param(QStringLiteral("DBName")).split(u',', Qt::SkipEmptyParts))
        databases.append(name.trimmed());
    if (strategy == QLatin1String("db") && databases.isEmpty())
        return AlibabaReply::error(
            400, QStringLiteral("MissingParameter"),
            QStringLiteral("The input parameter \"DBName\" that is mandatory for processing "
                           "this request is not supplied."));
    for (const QString &name : std::as_const(databases)) {
        if (!in->databases.contains(name))
            return AlibabaReply::error(
                404, QStringLiteral("InvalidDBName.NotFound"),
                QStringLiteral("Specified database name %1 does not exist.").arg(name));
    }

    // The docs state the two preconditions below but not their error codes; these are the sandbox's.
    const qint64 duration = std::max(1, context().createDurationMs);
    int createdToday = 0;
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.instanceId != in->id)
            continue;
        const qint64 busyFor = job.fails ? qint64(duration * failAtFraction) : duration;
        if (job.created.msecsTo(now) < busyFor)
            return AlibabaReply::error(
                403, QStringLiteral("BackupJobExists"),
                QStringLiteral("A backup task is already in progress on this instance; wait "
                               "for it to finish."));
        if (job.created.date() == now.date())
            ++createdToday;
    }
    for (const RdsBackup &b : in->backups) {
        if (b.mode == QLatin1String("Manual") && b.start.date() == now.date()
            && std::none_of(m_jobs.cbegin(), m_jobs.cend(),
                            [&b](const Job &job) { return job.backupId == b.id; }))
            ++createdToday;
    }
    if (createdToday >= maxCreatesPerDay)
        return AlibabaReply::error(
            403, QStringLiteral("QuotaExceeded.BackupTimes"),
            QStringLiteral("At most %1 backups can be created per instance per day; this "
                           "instance has reached the limit.")
                .arg(maxCreatesPerDay));

    Job job;
    job.id = m_nextJobId++;
    job.instanceId = in->id;
    job.created = now;
    job.method = method;
    job.databases = strategy == QLatin1String("db") || !databases.isEmpty() ? databases : QStringList();
    if (int &failing = m_failNext[in->id]; failing > 0) {
        job.fails = true;
        --failing;
    }
    m_jobs.append(job);
    return AlibabaReply::ok(QJsonObject {{QStringLiteral("BackupJobId"), QString::number(job.id)}});
}

void AlibabaRdsEmulator::failNextJobs(const QString &instanceId, int count)
{
    QMutexLocker lock(&m_mutex);
    m_failNext[instanceId] = std::max(0, count);
}

QJsonObject AlibabaRdsEmulator::jobJson(const Job &job, const QDateTime &now) const
{
    const double duration = std::max(1, context().createDurationMs);
    const double f = double(job.created.msecsTo(now)) / duration;
    QString status;
    int percent = 0;
    if (job.fails && f >= failAtFraction) {
        status = QStringLiteral("Failed");
        percent = std::min(99, 10 + int(89.0 * (failAtFraction - 0.25) / 0.75));
    } else if (job.materialised || f >= 1.0) {
        status = QStringLiteral("Finished");
        percent = 100;
    } else if (f < 0.1) {
        status = QStringLiteral("NoStart");
    } else if (f < 0.25) {
        status = QStringLiteral("Preparing");
        percent = 5;
    } else {
        status = QStringLiteral("Uploading");
        percent = std::min(99, 10 + int(89.0 * (f - 0.25) / 0.75));
    }
    return QJsonObject {
        {QStringLiteral("BackupJobId"), QString::number(job.id)},
        {QStringLiteral("BackupStatus"), status},
        {QStringLiteral("BackupProgressStatus"), status},
        {QStringLiteral("Process"), QString::number(percent)},
        {QStringLiteral("JobMode"), QStringLiteral("Manual")},
        {QStringLiteral("TaskAction"), QStringLiteral("TempBackupTask")},
        {QStringLiteral("BackupId"), job.backupId},
    };
}

AlibabaReply AlibabaRdsEmulator::describeBackupTasks(const AlibabaCall &call)
{
    QMutexLocker lock(&m_mutex);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    settleJobs(now);
    const RdsInstance *in = findInstance(call.param(QStringLiteral("DBInstanceId")));
    if (!in)
        return instanceNotFound();
    const QString jobText = call.param(QStringLiteral("BackupJobId"));
    bool ok = true;
    const qint64 jobId = jobText.isEmpty() ? 0 : jobText.toLongLong(&ok);
    if (!ok)
        return AlibabaReply::error(400, QStringLiteral("InvalidParameter"),
                                   QStringLiteral("The specified parameter \"BackupJobId\" is not valid."));
    const QString jobStatus = call.param(QStringLiteral("BackupJobStatus"));
    const QString mode = call.param(QStringLiteral("BackupMode"));

    QJsonArray items;
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.instanceId != in->id || (jobId && job.id != jobId))
            continue;
        if (!mode.isEmpty() && mode != QLatin1String("Manual"))
            continue;
        const QJsonObject o = jobJson(job, now);
        const QString status = o.value(QStringLiteral("BackupStatus")).toString();
        // Without a job id only the tasks still to do are listed (NoStart and Progressing); a job
        // asked for by id is answered in every state, with its BackupId once Finished.
        if (!jobId && (status == QLatin1String("Finished") || status == QLatin1String("Failed")))
            continue;
        if (jobStatus == QLatin1String("NoStart") && status != QLatin1String("NoStart"))
            continue;
        if (jobStatus == QLatin1String("Progressing")
            && (status == QLatin1String("NoStart") || status == QLatin1String("Finished")))
            continue;
        items.append(o);
    }
    return AlibabaReply::ok(
        QJsonObject {{QStringLiteral("Items"), QJsonObject {{QStringLiteral("BackupJob"), items}}}});
}

// DeleteBackup (RPC, SDK DeleteBackupWithOptions): DBInstanceId and BackupId (up to 100, comma
// separated) in the query; answers only {RequestId} (the API page's example). The preconditions are
// the page's: the instance Running, MySQL or PostgreSQL, and only sets whose StoreStatus is Enabled
// (here: manual ones). Codes the page lists are used where it has one; the rest are marked.
AlibabaReply AlibabaRdsEmulator::deleteBackup(const AlibabaCall &call)
{
    QMutexLocker lock(&m_mutex);
    RdsInstance *in = findInstance(call.param(QStringLiteral("DBInstanceId")));
    if (!in)
        return instanceNotFound();
    const QStringList ids = call.param(QStringLiteral("BackupId")).split(u',', Qt::SkipEmptyParts);
    if (ids.size() > 100)
        return AlibabaReply::error(400, QStringLiteral("DeleteBackupSetNumExceed"),
                                   QStringLiteral("Delete backup set number is more than 100."));
    if (in->status != QLatin1String("Running"))
        return AlibabaReply::error(
            403, QStringLiteral("IncorrectDBInstanceState"),
            QStringLiteral("Current DB instance state does not support this operation."));
    if (in->engine != QLatin1String("MySQL") && in->engine != QLatin1String("PostgreSQL"))
        return AlibabaReply::error(
            400, QStringLiteral("InvalidDBInstanceEngineType.Format"),
            QStringLiteral("the DB instance engine type does not support this operation."));
    for (const QString &id : ids) {
        const auto it = std::find_if(in->backups.cbegin(), in->backups.cend(),
                                     [&id](const RdsBackup &b) { return b.id == id.trimmed(); });
        // Sandbox codes (the page publishes none for these two cases).
        if (it == in->backups.cend())
            return AlibabaReply::error(404, QStringLiteral("InvalidBackupId.NotFound"),
                                       QStringLiteral("The specified backup set does not exist."));
        if (it->mode != QLatin1String("Manual"))
            return AlibabaReply::error(403, QStringLiteral("IncorrectBackupSetState"),
                                       QStringLiteral("The backup set cannot be deleted (StoreStatus is "
                                                      "Disabled)."));
    }
    in->backups.removeIf([&ids](const RdsBackup &b) { return ids.contains(b.id); });
    return AlibabaReply::ok({});
}

// DescribeBackupPolicy (RPC): every key of the API page's published example
// (tests/fixtures/alibaba-rds/describebackuppolicy.json), with the same JSON types. The generated
// histories back up every day, so the policy names all seven; the window is the hour the newest
// automated backup started in, and the next backup a day after it.
AlibabaReply AlibabaRdsEmulator::describeBackupPolicy(const AlibabaCall &call)
{
    QMutexLocker lock(&m_mutex);
    const RdsInstance *in = findInstance(call.param(QStringLiteral("DBInstanceId")));
    if (!in)
        return instanceNotFound();
    QDateTime newest;
    for (const RdsBackup &b : in->backups) {
        if (b.mode == QLatin1String("Automated") && (!newest.isValid() || b.start > newest))
            newest = b.start;
    }
    const int hour = newest.isValid() ? newest.time().hour() : 15;
    const QString window = QStringLiteral("%1:00Z-%2:00Z")
                               .arg(hour, 2, 10, QLatin1Char('0'))
                               .arg((hour + 1) % 24, 2, 10, QLatin1Char('0'));
    const QDateTime next = newest.isValid() ? newest.addDays(1) : QDateTime();
    const bool sqlServer = in->engine == QLatin1String("SQLServer");
    return AlibabaReply::ok(QJsonObject {
        {QStringLiteral("LogBackupRetentionPeriod"), 7},
        {QStringLiteral("ArchiveBackupKeepPolicy"), QStringLiteral("ByMonth")},
        {QStringLiteral("ArchiveBackupKeepCount"), 1},
        {QStringLiteral("LocalLogRetentionHours"), 0},
        {QStringLiteral("BackupRetentionPeriod"), 7},
        {QStringLiteral("PreferredBackupPeriod"),
         QStringLiteral("Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday")},
        {QStringLiteral("CompressType"), 1},
        {QStringLiteral("SupportReleasedKeep"), 0},
        {QStringLiteral("LocalLogRetentionSpace"), 30},
        {QStringLiteral("SupportVolumeShadowCopy"), sqlServer ? 1 : 0},
        {QStringLiteral("BackupMethod"), QStringLiteral("Physical")},
        {QStringLiteral("LogBackupFrequency"), sqlServer ? QStringLiteral("LogInterval") : QString()},
        {QStringLiteral("PreferredNextBackupTime"),
         next.isValid() ? next.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) + u'Z' : QString()},
        {QStringLiteral("HighSpaceUsageProtection"), QStringLiteral("Enable")},
        {QStringLiteral("ArchiveBackupRetentionPeriod"), 365},
        {QStringLiteral("BackupInterval"), 30},
        {QStringLiteral("ReleasedKeepPolicy"), QStringLiteral("None")},
        {QStringLiteral("PreferredBackupTime"), window},
        {QStringLiteral("LogBackupLocalRetentionNumber"), 60},
        {QStringLiteral("Category"), QStringLiteral("Standard")},
        {QStringLiteral("EnableBackupLog"), 1},
        {QStringLiteral("BackupLog"), QStringLiteral("Enable")},
        {QStringLiteral("EnableIncrementDataBackup"), false},
        {QStringLiteral("SupportModifyBackupPriority"), false},
        {QStringLiteral("BackupPriority"), 2},
        {QStringLiteral("EnablePitrProtection"), false},
        {QStringLiteral("PitrRetentionPeriod"), 7},
        {QStringLiteral("SupportsHighFrequencyBackup"), 0},
    });
}

} // namespace bb::sandbox
