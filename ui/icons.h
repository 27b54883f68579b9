#pragma once

#include "providers/core/backup.h"
#include "providers/core/instance.h"

#include <QIcon>
#include <QString>

class QAbstractButton;
class QAction;
class QObject;

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
    // Sets named(name) on a button or an action and remembers the name, so that reload() can
    // draw it again for another palette.
    static void set(QAbstractButton *button, const QString &name);
    static void set(QAction *action, const QString &name);
    // Draws every icon set() on `root` and its children again for the application's palette
    // now (the line icons are lightened on a dark palette): called after a theme switch.
    static void reload(QObject *root);
    static QIcon forInstanceStatus(InstanceStatus status);
    static QIcon forBackupStatus(BackupStatus status);
    // "cloud-tencent", "cloud-alibaba" or "cloud-sandbox" by the product or cloud key.
    static QIcon forCloud(const QString &cloudOrProduct);
};

} // namespace bb
