#include "transfers/filenamesanitizer.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bb {

namespace {

bool isForbiddenChar(char32_t c)
{
    // Separators of every platform, the characters Windows refuses, and control characters
    // (C0, DEL and C1) which terminals and file managers render badly or not at all.
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
        return true;
    switch (c) {
    case U'/':
    case U'\\':
    case U':':
    case U'*':
    case U'?':
    case U'"':
    case U'<':
    case U'>':
    case U'|':
        return true;
    default:
        return false;
    }
}

QString stripTrailingDotsAndSpaces(QString name)
{
    while (!name.isEmpty() && (name.endsWith(u'.') || name.endsWith(u' ')))
        name.chop(1);
    return name;
}

// The extension kept when a name is shortened or numbered: the run of short trailing parts
// that contain a letter (".bak", ".tar.gz", ".bak.tar", at most three), so "db.bak.tar" keeps
// ".bak.tar" and "db_2026.12.07.bak" keeps ".bak" (digits-only parts are part of the stem).
qsizetype extensionStart(const QString &name)
{
    qsizetype start = -1;
    qsizetype end = name.size();
    for (int parts = 0; parts < 3; ++parts) {
        const qsizetype dot = name.lastIndexOf(u'.', end - 1);
        if (dot <= 0 || end - dot > 16 || end - dot < 2)
            break;
        const QStringView part = QStringView(name).mid(dot + 1, end - dot - 1);
        if (!std::any_of(part.begin(), part.end(), [](QChar c) { return c.isLetter(); })
            || !std::all_of(part.begin(), part.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            break;
        start = dot;
        end = dot;
    }
    return start;
}

} // namespace

bool FileNameSanitizer::isDeviceName(const QString &name)
{
    // Windows treats "CON", "con.txt" and "Com1 .bak" alike: the part before the first dot,
    // trailing spaces ignored.
    QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList fixed = {u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s, u"CONIN$"_s, u"CONOUT$"_s};
    if (fixed.contains(stem))
        return true;
    // COM1-9 and LPT1-9; Windows counts the Latin-1 superscripts ¹ ² ³ as digits there too.
    if (stem.size() == 4 && (stem.startsWith(u"COM"_s) || stem.startsWith(u"LPT"_s))) {
        const char16_t last = stem.at(3).unicode();
        return (last >= u'1' && last <= u'9') || last == u'\u00b9' || last == u'\u00b2' || last == u'\u00b3';
    }
    return false;
}

QString FileNameSanitizer::truncateUtf8(const QString &name, int maxBytes)
{
    if (name.toUtf8().size() <= maxBytes)
        return name;
    const qsizetype extAt = extensionStart(name);
    const QString ext = extAt >= 0 ? name.mid(extAt) : QString();
    const QString stem = extAt >= 0 ? name.left(extAt) : name;
    const int budget = maxBytes - int(ext.toUtf8().size());
    QString kept;
    int used = 0;
    for (qsizetype i = 0; i < stem.size();) {
        // Walk code points, never splitting a surrogate pair.
        const qsizetype len = (stem.at(i).isHighSurrogate() && i + 1 < stem.size()) ? 2 : 1;
        const QString cp = stem.mid(i, len);
        const int bytes = int(cp.toUtf8().size());
        if (used + bytes > budget)
            break;
        kept += cp;
        used += bytes;
        i += len;
    }
    return stripTrailingDotsAndSpaces(kept) + ext;
}

QString FileNameSanitizer::sanitize(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar ch = name.at(i);
        if (ch.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            // Format characters beyond the BMP too (U+E0001 LANGUAGE TAG and the tag block).
            if (QChar::category(QChar::surrogateToUcs4(ch, name.at(i + 1))) != QChar::Other_Format) {
                out += ch;
                out += name.at(i + 1);
            }
            ++i;
            continue;
        }
        if (ch.isSurrogate()) { // unpaired: not representable in UTF-8
            out += u'_';
            continue;
        }
        if (ch.category() == QChar::Other_Format)
            continue; // invisible: dropped, not shown as "_"
        out += isForbiddenChar(ch.unicode()) ? QChar(u'_') : ch;
    }
    while (out.startsWith(u' ') || out.startsWith(u'.'))
        out.remove(0, 1);
    out = stripTrailingDotsAndSpaces(out);
    if (out.isEmpty() || out == u"."_s || out == u".."_s)
        return u"download"_s;
    if (isDeviceName(out))
        out.prepend(u'_');
    out = truncateUtf8(out, maxNameBytes);
    return out.isEmpty() ? u"download"_s : out;
}

QString FileNameSanitizer::numbered(const QString &name, int n)
{
    if (n <= 0)
        return name;
    const qsizetype extAt = extensionStart(name);
    const QString stem = extAt >= 0 ? name.left(extAt) : name;
    const QString ext = extAt >= 0 ? name.mid(extAt) : QString();
    const QString suffix = QStringLiteral("-%1").arg(n) + ext;
    // Shorten the stem, not the number, when the name is already at the limit.
    const QString shortStem = truncateUtf8(stem, maxNameBytes - int(suffix.toUtf8().size()));
    return shortStem + suffix;
}

QString FileNameSanitizer::fitPathLength(const QString &folder, const QString &name, int reserve, int maxPath)
{
    // folder + separator + name + reserve + NUL, in UTF-16 units as Windows counts them.
    const qsizetype budget = maxPath - 1 - reserve - QDir::toNativeSeparators(folder).size() - 1;
    if (name.size() <= budget)
        return name;
    const qsizetype extAt = extensionStart(name);
    const QString ext = extAt >= 0 ? name.mid(extAt) : QString();
    QString stem = (extAt >= 0 ? name.left(extAt) : name).left(std::max<qsizetype>(budget - ext.size(), 0));
    if (!stem.isEmpty() && stem.back().isHighSurrogate())
        stem.chop(1);
    stem = stripTrailingDotsAndSpaces(stem);
    return stem.isEmpty() ? QString() : stem + ext;
}

QString FileNameSanitizer::caseTwin(const QString &folder, const QString &name)
{
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString entry = it.nextFileInfo().fileName();
        if (entry != name && entry.compare(name, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return {};
}

QString FileNameSanitizer::joinUnder(const QString &folder, const QString &name)
{
    const QString base = QFileInfo(folder).canonicalFilePath();
    if (base.isEmpty() || !QFileInfo(base).isDir())
        return {};
#ifdef Q_OS_WIN
    const QString safe = fitPathLength(base, sanitize(name));
    if (safe.isEmpty())
        return {};
#else
    const QString safe = sanitize(name);
#endif
    const QString joined = QDir(base).filePath(safe);
    // Belt and braces: after sanitising nothing can climb out, but verify the canonical parent
    // and refuse an existing entry that resolves elsewhere (a planted symlink).
    const QFileInfo info(joined);
    if (QFileInfo(info.absolutePath()).canonicalFilePath() != base)
        return {};
    if (info.exists() && QFileInfo(info.canonicalFilePath()).absolutePath() != base)
        return {};
    return joined;
}

} // namespace bb
