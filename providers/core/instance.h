#pragma once

#include "providers/core/backup.h"

namespace bb {

enum class InstanceStatus { Unknown, Running, Busy, Stopped, Creating, Deleting, Error };

// The provider-neutral database instance record (one row of the instance tree).
struct Instance
{
    QString id;
    QString name;
    QString product; // product key
    QString region;
    InstanceStatus status = InstanceStatus::Unknown;
    QString statusRaw;
    QString engine; // e.g. "SQL Server 2019 Enterprise", "Redis 6.2", "MySQL 8.0"
    FieldList extra;
    friend bool operator==(const Instance &, const Instance &) = default;
};

QString toString(InstanceStatus status);

} // namespace bb

Q_DECLARE_METATYPE(bb::Instance)
