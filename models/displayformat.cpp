#include "models/displayformat.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdlib>

namespace bb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::DisplayFormat", text);
}

} // namespace

QString DisplayFormat::size(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("—");
    // IEC units, as the clouds' consoles show backup sizes.
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString DisplayFormat::exactBytes(qint64 bytes)
{
    if (bytes < 0)
        return tr("Size unknown");
    return tr("%1 bytes").arg(QLocale().toString(bytes));
}

namespace {

// "yyyy-MM-dd HH:mm:ss" (separator ' ') or "yyyy-MM-ddTHH:mm:ssZ" (separator 'T'), written by
// hand: QDateTime::toString() and toLocalTime() cost microseconds each, and a 100,000-row
// table or CSV export formats three times per row.
QString formatFields(qint64 secs, char16_t separator, bool zulu)
{
    const QDateTime fields = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    const QDate date = fields.date();
    const QTime time = fields.time();
    if (date.year() < 1000 || date.year() > 9999)
        return fields.toString(zulu ? QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")
                                    : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    char16_t out[20];
    auto put = [&out](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, date.year(), 4);
    out[4] = u'-';
    put(5, date.month(), 2);
    out[7] = u'-';
    put(8, date.day(), 2);
    out[10] = separator;
    put(11, time.hour(), 2);
    out[13] = u':';
    put(14, time.minute(), 2);
    out[16] = u':';
    put(17, time.second(), 2);
    out[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(out), zulu ? 20 : 19);
}

// The local UTC offset, looked up once per 15-minute slot: time-zone transitions fall on
// quarter hours of UTC in every zone, so one lookup holds for the whole slot.
QAtomicInt zoneGeneration;

int localOffset(qint64 utcSecs)
{
    constexpr qint64 slot = 15 * 60;
    thread_local QHash<qint64, int> cache;
    thread_local int generation = -1;
    if (generation != zoneGeneration.loadRelaxed()) {
        cache.clear();
        generation = zoneGeneration.loadRelaxed();
    }
    const qint64 key = utcSecs >= 0 ? utcSecs / slot : (utcSecs - slot + 1) / slot;
    const auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return found.value();
    if (cache.size() > 500000)
        cache.clear();
    const int offset = QDateTime::fromSecsSinceEpoch(key * slot, Qt::UTC).toLocalTime().offsetFromUtc();
    cache.insert(key, offset);
    return offset;
}

} // namespace

void DisplayFormat::timeZoneChanged()
{
    zoneGeneration.fetchAndAddRelaxed(1);
}

QString DisplayFormat::localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const qint64 secs = utc.toSecsSinceEpoch();
    return formatFields(secs + localOffset(secs), u' ', false);
}

QString DisplayFormat::zone(const QDateTime &at)
{
    const int offset = localOffset(at.isValid() ? at.toSecsSinceEpoch() : 0);
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString DisplayFormat::isoUtc(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return formatFields(utc.toSecsSinceEpoch(), u'T', true);
}

QString DisplayFormat::utcTooltip(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return tr("UTC %1").arg(utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString DisplayFormat::duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QString DisplayFormat::failureReason(const Backup &backup)
{
    static const QRegularExpression failureKey(QStringLiteral("reason|error|fail|message|errmsg"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList parts;
    for (const Field &field : backup.extra) {
        if (!field.value.isEmpty() && failureKey.match(field.key).hasMatch())
            parts.append(field.key + QStringLiteral(": ") + field.value);
    }
    if (!parts.isEmpty())
        return parts.join(u'\n');
    return backup.statusRaw.isEmpty()
        ? tr("The provider gives no reason.")
        : tr("The provider gives no reason beyond its status \"%1\".").arg(backup.statusRaw);
}

QString DisplayFormat::status(BackupStatus status)
{
    switch (status) {
    case BackupStatus::Creating:
        return tr("Creating");
    case BackupStatus::Running:
        return tr("Running");
    case BackupStatus::Succeeded:
        return tr("Succeeded");
    case BackupStatus::Failed:
        return tr("Failed");
    case BackupStatus::Expired:
        return tr("Expired");
    case BackupStatus::Locked:
        return tr("Locked");
    case BackupStatus::Exporting:
        return tr("Exporting");
    case BackupStatus::Exported:
        return tr("Exported");
    case BackupStatus::Deleted:
        return tr("Deleted");
    case BackupStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString DisplayFormat::kind(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Full:
        return tr("Full");
    case BackupKind::Incremental:
        return tr("Incremental");
    case BackupKind::Log:
        return tr("Log");
    case BackupKind::Snapshot:
        return tr("Snapshot");
    case BackupKind::Unknown:
        break;
    }
    return {};
}

QString DisplayFormat::trigger(BackupTrigger trigger)
{
    switch (trigger) {
    case BackupTrigger::Automatic:
        return tr("Automatic");
    case BackupTrigger::Manual:
        return tr("Manual");
    case BackupTrigger::Unknown:
        break;
    }
    return {};
}

QString DisplayFormat::method(BackupMethod method)
{
    switch (method) {
    case BackupMethod::Physical:
        return tr("Physical");
    case BackupMethod::Logical:
        return tr("Logical");
    case BackupMethod::Snapshot:
        return tr("Snapshot");
    case BackupMethod::Unknown:
        break;
    }
    return {};
}

QString DisplayFormat::instanceStatus(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Running:
        return tr("Running");
    case InstanceStatus::Busy:
        return tr("Busy");
    case InstanceStatus::Stopped:
        return tr("Stopped");
    case InstanceStatus::Creating:
        return tr("Creating");
    case InstanceStatus::Deleting:
        return tr("Deleting");
    case InstanceStatus::Error:
        return tr("Error");
    case InstanceStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QColor DisplayFormat::statusColor(BackupStatus status)
{
    // Mid-saturation colours that keep white text readable and show on dark backgrounds.
    switch (status) {
    case BackupStatus::Succeeded:
    case BackupStatus::Exported:
        return QColor(0x2e, 0x7d, 0x32);
    case BackupStatus::Creating:
    case BackupStatus::Running:
    case BackupStatus::Exporting:
        return QColor(0x15, 0x65, 0xc0);
    case BackupStatus::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case BackupStatus::Locked:
        return QColor(0xef, 0x6c, 0x00);
    case BackupStatus::Expired:
    case BackupStatus::Deleted:
    case BackupStatus::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor DisplayFormat::instanceStatusColor(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Running:
        return QColor(0x2e, 0x7d, 0x32);
    case InstanceStatus::Busy:
    case InstanceStatus::Creating:
        return QColor(0x15, 0x65, 0xc0);
    case InstanceStatus::Error:
        return QColor(0xc6, 0x28, 0x28);
    case InstanceStatus::Deleting:
        return QColor(0xef, 0x6c, 0x00);
    case InstanceStatus::Stopped:
    case InstanceStatus::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor DisplayFormat::healthColor(HealthState state)
{
    switch (state) {
    case HealthState::Ok:
        return statusColor(BackupStatus::Succeeded);
    case HealthState::Warning:
        return statusColor(BackupStatus::Locked);
    case HealthState::Critical:
        break;
    }
    return statusColor(BackupStatus::Failed);
}

} // namespace bb
