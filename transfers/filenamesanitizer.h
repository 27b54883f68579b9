#pragma once

#include <QString>

namespace bb {

// Turns a server-provided file name into one that is safe on every desktop file system, and
// joins it with the folder the user chose so that the result can never land outside it.
class FileNameSanitizer final
{
public:
    // Longest name in UTF-8 bytes (ext4, APFS and NTFS all stop at 255 units).
    static constexpr int fileSystemNameBytes = 255;
    // What a download appends to the final name while it runs: "<name>.part", its sidecar
    // "<name>.part.json", and QSaveFile's temporary "<name>.part.json.XXXXXX" (17 bytes). Names
    // cut to 255 bytes failed with "File name too long" or silently lost their sidecar.
    static constexpr int longestWorkingSuffixBytes = 17;
    // Longest final name in UTF-8 bytes: the working files beside it must fit too.
    static constexpr int maxNameBytes = fileSystemNameBytes - longestWorkingSuffixBytes;

    // No separators, no "." or "..", no control or format characters (Unicode Cf: bidi overrides
    // such as U+202E that make "exe.bak" look like "kab.exe", zero-width spaces), no leading dot
    // (never a hidden file such as ".bashrc"), no Windows device names (with or without an
    // extension), no trailing dot or space, at most maxNameBytes UTF-8 bytes cut on a code point
    // boundary keeping the extension; an empty result becomes "download".
    static QString sanitize(const QString &name);

    // The sanitised `name` inside `folder`; empty when the result would not be a direct child
    // of the folder after canonicalisation (a symlink trick, an unusable folder).
    static QString joinUnder(const QString &folder, const QString &name);

    // "x.bak" → "x-n.bak" (n ≥ 1), "x.bak.tar" → "x-n.bak.tar" (the whole extension stays, so
    // the copy opens with the same tools); n = 0 returns the name itself.
    static QString numbered(const QString &name, int n);

    // Windows' MAX_PATH: 260 UTF-16 units for a whole path, its terminating NUL included. Qt
    // itself goes past it (\\?\ paths), but Explorer, the shell's "open" and many programs that
    // a user opens a backup with still stop there.
    static constexpr int windowsMaxPath = 260;
    // Room kept for what the download engine adds to a name: " (999)" before its extension, and
    // QSaveFile's temporary ".part.json.XXXXXX" after it.
    static constexpr int windowsPathReserve = 23;

    // `name` shortened (extension kept, never half a surrogate pair, no trailing dot or space) so
    // that folder, separator, name, `reserve` more units and the NUL fit in `maxPath` UTF-16
    // units; empty when not even one character of the stem fits. Used on Windows only
    // (joinUnder); a pure function so that every OS tests it.
    static QString fitPathLength(const QString &folder, const QString &name, int reserve = windowsPathReserve,
                                 int maxPath = windowsMaxPath);

    // An entry of `folder` whose name equals `name` but for letter case ("Data.bak" for
    // "data.bak"), else empty. Windows and macOS file systems ignore case, so such a name is the
    // same file there; the download engine treats it as taken on every OS.
    static QString caseTwin(const QString &folder, const QString &name);

private:
    static QString truncateUtf8(const QString &name, int maxBytes);
    static bool isDeviceName(const QString &name);
};

} // namespace bb
