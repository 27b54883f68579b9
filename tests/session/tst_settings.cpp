#include "session/settings.h"
#include "support/testmain.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;

class tst_Settings : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(settings.theme() == Settings::Theme::System);
        QVERIFY(settings.language().isEmpty());
        QCOMPARE(settings.parallelDownloads(), 3);
        QCOMPARE(settings.downloadConnections(), 4);
        QCOMPARE(settings.bandwidthLimitKiBps(), 0);
        QVERIFY(!settings.downloadFolder().isEmpty());
        QCOMPARE(settings.autoRefreshMinutes(), 0);
        QVERIFY(settings.uiState(QStringLiteral("header")).isEmpty());
        QVERIFY(settings.healthThresholds().isEmpty());
    }

    void healthThresholdsRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config/settings.ini"));
        HealthThresholds thresholds;
        thresholds.setGlobalSeconds(2 * 86400);
        thresholds.setForProduct(QStringLiteral("tencent-redis"), 3 * 86400);
        thresholds.setForProduct(QStringLiteral("alibaba-rds"), 8 * 3600);
        thresholds.setForInstance(QStringLiteral("crs-1"), 12 * 3600);
        // Characters an INI file treats specially survive in an instance id.
        thresholds.setForInstance(QStringLiteral("odd/id,with=signs;and\\"), 3600);
        {
            Settings settings(path);
            QSignalSpy changed(&settings, &Settings::changed);
            QSignalSpy thresholdsChanged(&settings, &Settings::healthThresholdsChanged);
            settings.setHealthThresholds(thresholds);
            QVERIFY2(settings.ok(), qPrintable(settings.errorString()));
            QCOMPARE(changed.size(), 1); // three keys, one write
            QCOMPARE(thresholdsChanged.size(), 1);
            settings.setHealthThresholds(thresholds); // unchanged: no write, no signal
            QCOMPARE(thresholdsChanged.size(), 1);
            settings.setTheme(Settings::Theme::Light); // another setting: not the thresholds
            QCOMPARE(thresholdsChanged.size(), 1);
        }
        Settings reread(path);
        QVERIFY(reread.healthThresholds() == thresholds);
        QCOMPARE(reread.healthThresholds().forInstance(QStringLiteral("odd/id,with=signs;and\\")), 3600);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("config"))).entryList(QDir::Files),
                 QStringList {QStringLiteral("settings.ini")});
        QSignalSpy thresholdsChanged(&reread, &Settings::healthThresholdsChanged);
        reread.setHealthThresholds(thresholds); // the same as the file's: nothing written
        QCOMPARE(thresholdsChanged.size(), 0);

        // Cleared: the keys go, and the defaults come back.
        reread.setHealthThresholds(HealthThresholds());
        QCOMPARE(thresholdsChanged.size(), 1);
        QVERIFY(Settings(path).healthThresholds().isEmpty());
    }

    void hostileHealthThresholdsAreBounded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                "[health]\n"
                "maxFullAgeSeconds=5\n"
                "productMaxFullAge=tencent-redis=99999999999, =3600, alibaba-rds=soon, tencent-sqlserver=-4\n"
                "instanceMaxFullAge=crs-1=7200, no-equals\n");
        }
        const HealthThresholds read = Settings(path).healthThresholds();
        QCOMPARE(read.globalSeconds(), HealthThresholds::minSeconds);
        QCOMPARE(read.products().size(), 1);
        QCOMPARE(read.forProduct(QStringLiteral("tencent-redis")), HealthThresholds::maxSeconds);
        QCOMPARE(read.instances().size(), 1);
        QCOMPARE(read.forInstance(QStringLiteral("crs-1")), 7200);
    }

    void roundTripAndBounds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config/settings.ini"));
        {
            Settings settings(path);
            QSignalSpy changed(&settings, &Settings::changed);
            settings.setTheme(Settings::Theme::Dark);
            settings.setLanguage(QStringLiteral("zh_CN"));
            settings.setParallelDownloads(99); // clamped
            settings.setDownloadConnections(0); // clamped
            settings.setBandwidthLimitKiBps(-5); // clamped
            settings.setDownloadFolder(dir.filePath(QStringLiteral("dl")));
            settings.setAutoRefreshMinutes(5);
            settings.setUiState(QStringLiteral("mainWindow/header"), QByteArray("\x00\x01\xff", 3));
            QVERIFY2(settings.ok(), qPrintable(settings.errorString()));
            QCOMPARE(changed.size(), 8);
            settings.setTheme(Settings::Theme::Dark); // unchanged: no write, no signal
            QCOMPARE(changed.size(), 8);
        }
        Settings reread(path);
        QVERIFY(reread.theme() == Settings::Theme::Dark);
        QCOMPARE(reread.language(), QStringLiteral("zh_CN"));
        QCOMPARE(reread.parallelDownloads(), 16);
        QCOMPARE(reread.downloadConnections(), 1);
        QCOMPARE(reread.bandwidthLimitKiBps(), 0);
        QCOMPARE(reread.downloadFolder(), dir.filePath(QStringLiteral("dl")));
        QCOMPARE(reread.autoRefreshMinutes(), 5);
        QCOMPARE(reread.uiState(QStringLiteral("mainWindow/header")), QByteArray("\x00\x01\xff", 3));
        // Written at once and atomically: the file is there, no temporary left beside it.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("config"))).entryList(QDir::Files),
                 QStringList {QStringLiteral("settings.ini")});
    }

    void themeNames()
    {
        for (Settings::Theme theme : {Settings::Theme::System, Settings::Theme::Light, Settings::Theme::Dark})
            QVERIFY(Settings::themeFromString(Settings::toString(theme)) == theme);
        QVERIFY(Settings::themeFromString(QStringLiteral("nonsense")) == Settings::Theme::System);
    }

    void unwritableReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(QDir().mkpath(path)); // a folder where the file should be
        Settings settings(path);
        settings.setTheme(Settings::Theme::Light);
        QVERIFY(!settings.ok());
        QVERIFY(!settings.errorString().isEmpty());
    }
};

BB_TEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
