#pragma once

#include "session/settings.h"

#include <QPalette>
#include <QString>
#include <QStringList>

class QApplication;

namespace bb {

// The application's look: the Fusion style with a light, dark or platform ("system") palette.
// Qt 6.4 cannot read the platform's colour scheme, so "system" keeps the palette the platform
// gave the application at start-up.
class Theme final
{
public:
    using Mode = Settings::Theme;

    static QPalette lightPalette();
    static QPalette darkPalette();
    // The palette for `mode`; `platform` is what the platform offered (used for System).
    static QPalette palette(Mode mode, const QPalette &platform);
    // Whether a palette is dark (its window colour is darker than its text).
    static bool isDark(const QPalette &palette);

    // Sets the Fusion style once and the palette for `mode`. The first call remembers the
    // platform palette so that switching back to System restores it.
    static void apply(QApplication &app, Mode mode);
};

} // namespace bb
