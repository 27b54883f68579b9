#include "models/displayformat.h"
#include "support/testmain.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace bb;

class tst_DisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void failureReasonFromTheProvidersFields()
    {
        Backup failed;
        failed.status = BackupStatus::Failed;
        failed.statusRaw = QStringLiteral("Failed");
        failed.extra.append({QStringLiteral("BackupSize"), QStringLiteral("0")});
        failed.extra.append({QStringLiteral("ErrorMessage"), QStringLiteral("disk full")});
        failed.extra.append({QStringLiteral("FailReason"), QStringLiteral("")}); // empty: left out
        failed.extra.append({QStringLiteral("ErrorCode"), QStringLiteral("InternalError")});
        QCOMPARE(DisplayFormat::failureReason(failed),
                 QStringLiteral("ErrorMessage: disk full\nErrorCode: InternalError"));
        failed.extra.clear();
        QCOMPARE(DisplayFormat::failureReason(failed),
                 QStringLiteral("The provider gives no reason beyond its status \"Failed\"."));
        failed.statusRaw.clear();
        QCOMPARE(DisplayFormat::failureReason(failed), QStringLiteral("The provider gives no reason."));
    }

    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void sizes()
    {
        QCOMPARE(DisplayFormat::size(-1), QStringLiteral("—"));
        QCOMPARE(DisplayFormat::size(0), QStringLiteral("0 bytes"));
        QCOMPARE(DisplayFormat::size(1536), QStringLiteral("1.5 KiB"));
        QCOMPARE(DisplayFormat::size(qint64(3) << 30), QStringLiteral("3.0 GiB"));
        QCOMPARE(DisplayFormat::exactBytes(1610612736), QStringLiteral("1610612736 bytes"));
        QVERIFY(!DisplayFormat::exactBytes(-1).isEmpty());
    }

    void times()
    {
        const QDateTime utc(QDate(2020, 7, 31), QTime(6, 28, 51), Qt::UTC);
        QCOMPARE(DisplayFormat::isoUtc(utc), QStringLiteral("2020-07-31T06:28:51Z"));
        // Same instant given in UTC+8 still prints in UTC.
        QCOMPARE(DisplayFormat::isoUtc(utc.toOffsetFromUtc(8 * 3600)),
                 QStringLiteral("2020-07-31T06:28:51Z"));
        QCOMPARE(DisplayFormat::utcTooltip(utc), QStringLiteral("UTC 2020-07-31 06:28:51"));
        QCOMPARE(DisplayFormat::localTime(utc),
                 utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QVERIFY(DisplayFormat::localTime({}).isEmpty());
        QVERIFY(DisplayFormat::isoUtc({}).isEmpty());
    }

    // The hand-written formatting and the cached offsets agree with Qt's own conversion, across
    // DST transitions and in half-hour and quarter-hour zones.
    void zoneNamesTheLocalOffset()
    {
        // Whatever the machine's zone (the suite runs under several TZ), the label is its offset.
        for (const QDateTime &at : {QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC),
                                    QDateTime(QDate(2026, 7, 15), QTime(12, 0), Qt::UTC)}) {
            const int offset = at.toLocalTime().offsetFromUtc();
            const QString expected = QStringLiteral("UTC%1%2:%3")
                                         .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                         .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                         .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
            QCOMPARE(DisplayFormat::zone(at), expected);
            QVERIFY2(QRegularExpression(QStringLiteral("^UTC[+-]\\d\\d:\\d\\d$")).match(expected).hasMatch(),
                     qPrintable(expected));
        }
    }

    void localTimeMatchesQt_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("New York (DST)") << QByteArray("America/New_York");
        QTest::newRow("Shanghai") << QByteArray("Asia/Shanghai");
        QTest::newRow("Kolkata +5:30") << QByteArray("Asia/Kolkata");
        QTest::newRow("Kathmandu +5:45") << QByteArray("Asia/Kathmandu");
        QTest::newRow("Lord Howe (30 min DST)") << QByteArray("Australia/Lord_Howe");
    }

    void localTimeMatchesQt()
    {
        QFETCH(QByteArray, zone);
        const QByteArray saved = qgetenv("TZ");
        qputenv("TZ", zone);
        tzset();
        DisplayFormat::timeZoneChanged();
        // Every 7 minutes through 2024 (both DST transitions of each zone).
        const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        for (qint64 step = 0; step < 366LL * 24 * 60; step += 7) {
            const QDateTime utc = start.addSecs(step * 60 + 13);
            const QString expected = utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (DisplayFormat::localTime(utc) != expected) {
                qputenv("TZ", saved);
                tzset();
                QFAIL(
                    qPrintable(QStringLiteral("%1: %2 != %3")
                                   .arg(utc.toString(Qt::ISODate), DisplayFormat::localTime(utc), expected)));
            }
        }
        if (saved.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", saved);
        tzset();
        DisplayFormat::timeZoneChanged();
    }

    void durations()
    {
        QVERIFY(DisplayFormat::duration(-1).isEmpty());
        QCOMPARE(DisplayFormat::duration(45), QStringLiteral("45 s"));
        QCOMPARE(DisplayFormat::duration(125), QStringLiteral("2 min 05 s"));
        QCOMPARE(DisplayFormat::duration(3720), QStringLiteral("1 h 02 min"));
        QCOMPARE(DisplayFormat::duration(90000), QStringLiteral("1 d 1 h"));
    }

    void enumsAndColours()
    {
        QCOMPARE(DisplayFormat::status(BackupStatus::Failed), QStringLiteral("Failed"));
        QCOMPARE(DisplayFormat::kind(BackupKind::Log), QStringLiteral("Log"));
        QVERIFY(DisplayFormat::kind(BackupKind::Unknown).isEmpty());
        QCOMPARE(DisplayFormat::instanceStatus(InstanceStatus::Running), QStringLiteral("Running"));
        QVERIFY(DisplayFormat::statusColor(BackupStatus::Failed)
                != DisplayFormat::statusColor(BackupStatus::Succeeded));
        QVERIFY(DisplayFormat::statusColor(BackupStatus::Unknown).isValid());
    }

    // Health reads in the backup badges' colours, three distinct ones: the overview's badges and
    // the tree's names both take them from here.
    void healthColours()
    {
        QCOMPARE(DisplayFormat::healthColor(HealthState::Ok),
                 DisplayFormat::statusColor(BackupStatus::Succeeded));
        QCOMPARE(DisplayFormat::healthColor(HealthState::Warning),
                 DisplayFormat::statusColor(BackupStatus::Locked));
        QCOMPARE(DisplayFormat::healthColor(HealthState::Critical),
                 DisplayFormat::statusColor(BackupStatus::Failed));
        const QSet<QRgb> distinct {DisplayFormat::healthColor(HealthState::Ok).rgb(),
                                   DisplayFormat::healthColor(HealthState::Warning).rgb(),
                                   DisplayFormat::healthColor(HealthState::Critical).rgb()};
        QCOMPARE(distinct.size(), 3);
    }
};

BB_TEST_GUILESS_MAIN(tst_DisplayFormat)
#include "tst_displayformat.moc"
