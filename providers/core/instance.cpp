#include "providers/core/instance.h"

namespace bb {

QString toString(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Running:
        return QStringLiteral("running");
    case InstanceStatus::Busy:
        return QStringLiteral("busy");
    case InstanceStatus::Stopped:
        return QStringLiteral("stopped");
    case InstanceStatus::Creating:
        return QStringLiteral("creating");
    case InstanceStatus::Deleting:
        return QStringLiteral("deleting");
    case InstanceStatus::Error:
        return QStringLiteral("error");
    case InstanceStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace bb
