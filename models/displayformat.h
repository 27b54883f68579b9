#pragma once

#include "models/instancehealth.h"
#include "providers/core/backup.h"
#include "providers/core/instance.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace bb {

// How records read for people: human-readable sizes, local times, translated enum names and
// status colours. One place, so the table, the detail pane and the CLI's table agree.
class DisplayFormat final
{
public:
    // "1.5 GiB"; "—" for negative (unknown) sizes.
    static QString size(qint64 bytes);
    // "1,610,612,736 bytes" (for tooltips).
    static QString exactBytes(qint64 bytes);
    // Local time "yyyy-MM-dd HH:mm:ss"; empty for an invalid time.
    static QString localTime(const QDateTime &utc);
    // Local offsets are cached per quarter hour; call this when the system time zone changes
    // (QEvent::TimezoneChange) so that local times follow it.
    static void timeZoneChanged();
    // The local zone's offset at a moment, "UTC+08:00" (the table's time headers name it).
    static QString zone(const QDateTime &at);
    // ISO-8601 UTC with Z, e.g. "2020-07-31T06:28:51Z"; empty for an invalid time.
    static QString isoUtc(const QDateTime &utc);
    // "UTC 2020-07-31 06:28:51" (for tooltips).
    static QString utcTooltip(const QDateTime &utc);
    // "1 h 02 min", "45 s"; empty when negative (unknown).
    static QString duration(qint64 seconds);

    static QString status(BackupStatus status);
    static QString kind(BackupKind kind);
    static QString trigger(BackupTrigger trigger);
    static QString method(BackupMethod method);
    static QString instanceStatus(InstanceStatus status);
    // Why a backup failed, in the provider's own failure fields (error codes, messages, reasons:
    // "ErrorMessage: disk full"), one a line; where it gives none, a sentence saying so.
    static QString failureReason(const Backup &backup);

    // Badge colours chosen to read on light and dark palettes.
    static QColor statusColor(BackupStatus status);
    static QColor instanceStatusColor(InstanceStatus status);
    // A health state in the backup badges' colours: OK as a success (green), Warning as a lock
    // (amber), Critical as a failure (red). The overview's badges and the tree's names use it.
    static QColor healthColor(HealthState state);
};

} // namespace bb
