#include "app/cli/timeparser.h"
#include "support/testmain.h"

#include <QTest>

using bb::TimeParser;

class TestTimeParser : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2025, 2, 10), QTime(12, 0), Qt::UTC);

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("date") << "2025-01-31" << utc(2025, 1, 31);
        QTest::newRow("date-time Z") << "2025-01-31T08:00:00Z" << utc(2025, 1, 31, 8);
        QTest::newRow("no offset is UTC") << "2025-01-31T08:00:00" << utc(2025, 1, 31, 8);
        QTest::newRow("minutes only") << "2025-01-31T08:30" << utc(2025, 1, 31, 8, 30);
        QTest::newRow("milliseconds") << "2025-01-31T08:00:00.250Z" << utc(2025, 1, 31, 8, 0, 0, 250);
        QTest::newRow("Tencent's +08:00") << "2020-07-28T01:15:45+08:00" << utc(2020, 7, 27, 17, 15, 45);
        QTest::newRow("+0800") << "2020-07-28T01:15:45+0800" << utc(2020, 7, 27, 17, 15, 45);
        QTest::newRow("negative offset") << "2025-01-31T20:00:00-05:00" << utc(2025, 2, 1, 1);
        QTest::newRow("7d") << "7d" << utc(2025, 2, 3, 12);
        QTest::newRow("24h") << "24h" << utc(2025, 2, 9, 12);
        QTest::newRow("30m") << "30m" << utc(2025, 2, 10, 11, 30);
        QTest::newRow("2w") << "2w" << utc(2025, 1, 27, 12);
        QTest::newRow("0d is now") << "0d" << m_now;
        QTest::newRow("spaces trimmed") << " 7d " << utc(2025, 2, 3, 12);
    }
    void accepts()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = TimeParser::parse(text, m_now);
        QVERIFY2(parsed.isValid(), qPrintable(text));
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }

    void durations()
    {
        QCOMPARE(TimeParser::durationSeconds(QStringLiteral("26h")), 26 * 3600);
        QCOMPARE(TimeParser::durationSeconds(QStringLiteral("2d")), 2 * 86400);
        QCOMPARE(TimeParser::durationSeconds(QStringLiteral("90m")), 90 * 60);
        QCOMPARE(TimeParser::durationSeconds(QStringLiteral("1w")), 7 * 86400);
        QCOMPARE(TimeParser::durationSeconds(QStringLiteral("999999w")), qint64(999999) * 7 * 86400);
        for (const char *bad : {"", "2025-01-31", "1234567d", "-1d", "1.5h", "h", "1 h"})
            QCOMPARE(TimeParser::durationSeconds(QString::fromLatin1(bad)), -1);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "yesterday", "7", "d", "7x", "-7d", "7 d", "2025-13-01", "2025-02-30",
                                "2025-1-31", "31.01.2025", "2025-01-31T25:00:00Z", "2025-01-31T08:00:00+8",
                                "2025-01-31 08:00:00", "1234567d"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!TimeParser::parse(text, m_now).isValid());
    }
};

BB_TEST_GUILESS_MAIN(TestTimeParser)
#include "tst_timeparser.moc"
