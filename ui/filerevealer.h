#pragma once

#include <QString>

namespace bb {

// Opens the folder of a file with the file selected where the platform can (Windows Explorer,
// macOS Finder, freedesktop file managers over D-Bus), else just opens the folder.
class FileRevealer final
{
public:
    static void reveal(const QString &path);
};

} // namespace bb
