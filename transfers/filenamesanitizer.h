#pragma once

#include <QString>

namespace bb {

// Turns a server-provided file name into one that is safe on every desktop file system, and
// joins it with the folder the user chose so that the result can never land outside it.
class FileNameSanitizer final
{
public:
    // Longest name in UTF-8 bytes (ext4, APFS and NTFS all stop at 255 units).
    static constexpr int maxNameBytes = 255;

    // No separators, no "." or "..", no control characters, no Windows device names (with or
    // without an extension), no trailing dot or space, at most 255 UTF-8 bytes cut on a code
    // point boundary keeping the extension; an empty result becomes "download".
    static QString sanitize(const QString &name);

    // The sanitised `name` inside `folder`; empty when the result would not be a direct child
    // of the folder after canonicalisation (a symlink trick, an unusable folder).
    static QString joinUnder(const QString &folder, const QString &name);

    // "x.bak" → "x-n.bak" (n ≥ 1), "x.bak.tar" → "x-n.bak.tar" (the whole extension stays, so
    // the copy opens with the same tools); n = 0 returns the name itself.
    static QString numbered(const QString &name, int n);

private:
    static QString truncateUtf8(const QString &name, int maxBytes);
    static bool isDeviceName(const QString &name);
};

} // namespace bb
