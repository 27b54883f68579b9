#pragma once

#include <QCoreApplication>
#include <QString>

namespace bb {

// Opens the folder of a file with the file selected where the platform can (Windows Explorer,
// macOS Finder, freedesktop file managers over D-Bus), else just opens the folder.
class FileRevealer final
{
    Q_DECLARE_TR_FUNCTIONS(FileRevealer)

public:
    // False with a translated *why when nothing could be opened (the folder is gone, no file
    // manager answers).
    static bool reveal(const QString &path, QString *why = nullptr);
};

} // namespace bb
