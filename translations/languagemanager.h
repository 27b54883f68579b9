#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace bb {

// Picks and installs the user-interface language: our own translations (embedded under
// :/i18n/) plus Qt's own (qtbase_*.qm from QLibraryInfo::TranslationsPath) for the standard
// dialogs. English is the source language and needs no file. install() may be called again at
// run time: it swaps the translators, and Qt then sends QEvent::LanguageChange to every window,
// whose widgets retranslate themselves in changeEvent().
class LanguageManager final
{
public:
    struct Language
    {
        QString code; // "en", "zh_CN", "id", "pt_BR"
        QString nativeName; // e.g. "简体中文", in its own language
    };

    // The languages shipped in the binary, English first.
    static QList<Language> available();
    // The shipped language closest to `requested` ("" or "system": the system locale's UI
    // languages), falling back to English.
    static QString resolve(const QString &requested);
    // Installs the translators for `requested` on `app`, replacing the ones installed by an
    // earlier call. Returns the language code actually used.
    static QString install(QCoreApplication &app, const QString &requested);
    // The resource path of our .qm file for a language code (empty for English).
    static QString qmPath(const QString &code);
};

} // namespace bb
