#include "support/testmain.h"
#include "translations/languagemanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace bb;

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    static QString tx(const char *context, const char *text)
    {
        return QCoreApplication::translate(context, text);
    }

private slots:
    void everyLanguageIsEmbedded()
    {
        for (const LanguageManager::Language &lang : LanguageManager::available()) {
            if (lang.code == QLatin1String("en"))
                continue;
            QVERIFY2(QFile::exists(LanguageManager::qmPath(lang.code)), qPrintable(lang.code));
        }
    }

    void resolvesLanguages()
    {
        QCOMPARE(LanguageManager::resolve(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(LanguageManager::resolve(QStringLiteral("zh-Hans-CN")), QStringLiteral("zh_CN"));
        QCOMPARE(LanguageManager::resolve(QStringLiteral("pt_BR")), QStringLiteral("pt_BR"));
        QCOMPARE(LanguageManager::resolve(QStringLiteral("id_ID")), QStringLiteral("id"));
        QCOMPARE(LanguageManager::resolve(QStringLiteral("de_DE")), QStringLiteral("en"));
        QCOMPARE(LanguageManager::resolve(QStringLiteral("zh_TW")), QStringLiteral("en"));
    }

    void translatesKnownStrings_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("refresh");
        QTest::addColumn<QString>("download");
        QTest::addColumn<bool>("qtTranslated"); // Qt ships no qtbase_id.qm
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("刷新") << QStringLiteral("下载")
                               << true;
        QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("Segarkan") << QStringLiteral("Unduh")
                            << false;
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("Atualizar")
                               << QStringLiteral("Baixar") << true;
    }

    void translatesKnownStrings()
    {
        QFETCH(QString, code);
        QFETCH(QString, refresh);
        QFETCH(QString, download);
        QFETCH(bool, qtTranslated);
        QCOMPARE(LanguageManager::install(*QCoreApplication::instance(), code), code);
        QVERIFY(tx("bb::MainWindow", "&Refresh").remove(QLatin1Char('&')).startsWith(refresh));
        QVERIFY(tx("bb::MainWindow", "&Download").remove(QLatin1Char('&')).startsWith(download));
        QVERIFY(tx("bb::BackupTablePane", "Last 7 days") != QLatin1String("Last 7 days"));
        // Qt's own translations come along (standard dialog buttons).
        if (qtTranslated)
            QVERIFY(tx("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
        // Plurals: %n is filled in every language.
        QVERIFY(QCoreApplication::translate("bb::BrowserController", "%n backup(s) loaded", nullptr, 3)
                    .contains(QLatin1Char('3')));
    }

    void englishRemovesTranslators()
    {
        LanguageManager::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        QCOMPARE(LanguageManager::install(*QCoreApplication::instance(), QStringLiteral("en")),
                 QStringLiteral("en"));
        QCOMPARE(tx("bb::MainWindow", "&Refresh"), QStringLiteral("&Refresh"));
    }
};

BB_TEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
