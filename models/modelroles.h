#pragma once

#include <Qt>

namespace bb {

// Item data roles shared by the models, their views, the filter proxy and the CSV writer.
namespace ModelRoles {
enum Role {
    // The raw value behind the display text: qint64 bytes, QDateTime (UTC), enums as int,
    // QStringList for lists. Sorting, filtering and CSV use it.
    RawRole = Qt::UserRole + 1,
    // headerData(): a translated header for a companion CSV column holding the raw value
    // ("Size (bytes)", "Start (UTC)"); null when the column has none.
    RawHeaderRole,
    // The badge colour (QColor) of a status cell.
    StatusColorRole,
    // bb::BackupStatus as int, on every column of a backup row.
    StatusRole,
    // The whole record as QVariant (bb::Backup, bb::Instance), on every column of a row.
    RecordRole,
};
} // namespace ModelRoles

} // namespace bb
