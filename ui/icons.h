#pragma once

#include "providers/core/backup.h"
#include "providers/core/instance.h"

#include <QIcon>
#include <QString>

namespace bb {

// The application's SVG icons (resources/icons/, embedded under :/icons/), so they stay sharp
// at any device pixel ratio.
class Icons final
{
public:
    // Registers the embedded resources; bb_resources is a static library, so its initialiser
    // must be referenced once. Safe to call more than once.
    static void init();

    // e.g. named("download") → :/icons/download.svg
    static QIcon named(const QString &name);
    static QIcon forInstanceStatus(InstanceStatus status);
    static QIcon forBackupStatus(BackupStatus status);
    // "cloud-tencent", "cloud-alibaba" or "cloud-sandbox" by the product or cloud key.
    static QIcon forCloud(const QString &cloudOrProduct);
};

} // namespace bb
