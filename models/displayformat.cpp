#include "models/displayformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

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

QString DisplayFormat::localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString DisplayFormat::isoUtc(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(Qt::ISODate);
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

} // namespace bb
