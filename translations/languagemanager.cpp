#include "translations/languagemanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bb {

namespace {
// Marks the translators this class installed so a later call can remove exactly those.
constexpr const char *ownedProperty = "bb.languageManager";
} // namespace

QList<LanguageManager::Language> LanguageManager::available()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
    };
}

QString LanguageManager::qmPath(const QString &code)
{
    if (code == QLatin1String("en"))
        return {};
    return QStringLiteral(":/i18n/backup-browser_%1.qm").arg(code);
}

QString LanguageManager::resolve(const QString &requested)
{
    QStringList wanted;
    if (requested.isEmpty() || requested == QLatin1String("system"))
        wanted = QLocale::system().uiLanguages();
    else
        wanted = {requested};
    for (QString name : std::as_const(wanted)) {
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QLocale locale(name);
        for (const Language &lang : available()) {
            const QLocale candidate(lang.code);
            if (candidate.language() != locale.language())
                continue;
            // Chinese: only Simplified is shipped; don't show it to Traditional readers.
            if (locale.language() == QLocale::Chinese && locale.script() == QLocale::TraditionalChineseScript)
                continue;
            return lang.code;
        }
    }
    return QStringLiteral("en");
}

QString LanguageManager::install(QCoreApplication &app, const QString &requested)
{
    const QString code = resolve(requested);
    const QLocale locale(code);

    // Load first, swap after, so the old language stays whole while files are read. Qt's
    // (standard dialogs) goes in before ours, so ours is searched first. English needs neither.
    QList<QTranslator *> fresh;
    if (code != QLatin1String("en")) {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            fresh.append(qt);
        else
            delete qt;
        auto *ours = new QTranslator(&app);
        if (ours->load(qmPath(code)))
            fresh.append(ours);
        else
            delete ours;
    }

    const auto owned = app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *old : owned) {
        if (old->property(ownedProperty).toBool()) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    QLocale::setDefault(locale);
    for (QTranslator *translator : std::as_const(fresh)) {
        translator->setProperty(ownedProperty, true);
        QCoreApplication::installTranslator(translator);
    }
    return code;
}

} // namespace bb
