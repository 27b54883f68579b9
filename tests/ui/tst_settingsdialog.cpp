#include "session/settings.h"
#include "support/testmain.h"
#include "ui/healththresholdspage.h"
#include "ui/settingsdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void showsAndStoresTheSettings()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setParallelDownloads(5);
        settings.setDownloadConnections(6);
        settings.setLanguage(QStringLiteral("pt_BR"));
        SettingsDialog dialog(&settings);
        QCOMPARE(dialog.parallelSpin()->value(), 5);
        QCOMPARE(dialog.connectionsSpin()->value(), 6);
        QCOMPARE(dialog.connectionsSpin()->maximum(), 16);
        QCOMPARE(dialog.languageCombo()->currentData().toString(), QStringLiteral("pt_BR"));
        QCOMPARE(dialog.languageCombo()->count(), 5); // system + four languages

        dialog.themeCombo()->setCurrentIndex(
            dialog.themeCombo()->findData(static_cast<int>(Settings::Theme::Dark)));
        dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("zh_CN")));
        dialog.parallelSpin()->setValue(2);
        dialog.connectionsSpin()->setValue(1);
        dialog.bandwidthSpin()->setValue(2048);
        dialog.autoRefreshSpin()->setValue(15);
        dialog.folderEdit()->setText(dir.filePath(QStringLiteral("dl")));
        dialog.accept();

        QCOMPARE(static_cast<int>(settings.theme()), static_cast<int>(Settings::Theme::Dark));
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
        QCOMPARE(settings.parallelDownloads(), 2);
        QCOMPARE(settings.downloadConnections(), 1);
        QCOMPARE(settings.bandwidthLimitKiBps(), qint64(2048));
        QCOMPARE(settings.autoRefreshMinutes(), 15);
        QCOMPARE(settings.downloadFolder(), dir.filePath(QStringLiteral("dl")));
    }

    // The Fleet health page: the stored thresholds shown, the edited ones stored on OK.
    void fleetHealthPageStoresTheThresholds()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        HealthThresholds stored;
        stored.setForInstance(QStringLiteral("crs-1"), 12 * 3600);
        settings.setHealthThresholds(stored);
        SettingsDialog dialog(&settings);
        QVERIFY(dialog.tabs()->currentWidget() != dialog.healthPage());
        dialog.showHealthPage();
        QCOMPARE(dialog.tabs()->currentWidget(), dialog.healthPage());
        QCOMPARE(dialog.tabs()->tabText(dialog.tabs()->currentIndex()), QStringLiteral("Fleet health"));
        QVERIFY(dialog.healthPage()->thresholds() == stored);

        dialog.healthPage()->productSpin(QStringLiteral("alibaba-starrocks"))->setValue(72);
        dialog.accept();
        QCOMPARE(settings.healthThresholds().forProduct(QStringLiteral("alibaba-starrocks")), 72 * 3600);
        QCOMPARE(settings.healthThresholds().forInstance(QStringLiteral("crs-1")), 12 * 3600);
    }

    void cancelChangesNothing()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        const int before = settings.parallelDownloads();
        SettingsDialog dialog(&settings);
        dialog.parallelSpin()->setValue(before == 1 ? 2 : 1);
        dialog.healthPage()->globalSpin()->setValue(1);
        dialog.reject();
        QCOMPARE(settings.parallelDownloads(), before);
        QVERIFY(settings.healthThresholds().isEmpty());
    }
};

BB_TEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
