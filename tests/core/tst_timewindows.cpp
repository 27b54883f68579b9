// TimeWindows: long listing windows split into API-sized, non-overlapping pieces.
#include "providers/core/timewindows.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;

class TestTimeWindows : public QObject
{
    Q_OBJECT

private slots:
    void defaultWindowIsSevenDays();
    void splitsWithoutGapsOrOverlap();
    void exactSpanIsOneWindow();
    void reversedIsEmpty();
};

namespace {
const QDateTime now(QDate(2026, 11, 23), QTime(12, 0, 0, 500), Qt::UTC);
constexpr qint64 day = 86400;
} // namespace

void TestTimeWindows::defaultWindowIsSevenDays()
{
    const QList<TimeWindows::Window> windows = TimeWindows::split({}, {}, 30 * day, now);
    QCOMPARE(windows.size(), 1);
    QCOMPARE(windows.first().end, QDateTime(QDate(2026, 11, 23), QTime(12, 0, 0), Qt::UTC));
    QCOMPARE(windows.first().begin, QDateTime(QDate(2026, 11, 16), QTime(12, 0, 0), Qt::UTC));
}

void TestTimeWindows::splitsWithoutGapsOrOverlap()
{
    const QDateTime since = now.addDays(-75);
    const QList<TimeWindows::Window> windows = TimeWindows::split(since, now, 30 * day, now);
    QCOMPARE(windows.size(), 3);
    // Newest first, each at most 30 days, next one ends one second before the previous begins.
    QCOMPARE(windows.first().end.toSecsSinceEpoch(), now.toSecsSinceEpoch());
    QCOMPARE(windows.last().begin.toSecsSinceEpoch(), since.toSecsSinceEpoch());
    for (qsizetype i = 0; i < windows.size(); ++i) {
        QVERIFY(windows.at(i).begin.secsTo(windows.at(i).end) <= 30 * day);
        QVERIFY(windows.at(i).begin <= windows.at(i).end);
        if (i > 0)
            QCOMPARE(windows.at(i).end.addSecs(1), windows.at(i - 1).begin);
    }
}

void TestTimeWindows::exactSpanIsOneWindow()
{
    QCOMPARE(TimeWindows::split(now.addDays(-30), now, 30 * day, now).size(), 1);
    QCOMPARE(TimeWindows::split(now.addDays(-30).addSecs(-1), now, 30 * day, now).size(), 2);
}

void TestTimeWindows::reversedIsEmpty()
{
    QVERIFY(TimeWindows::split(now, now.addDays(-1), 30 * day, now).isEmpty());
    QCOMPARE(TimeWindows::split(now, now, 30 * day, now).size(), 1);
}

BB_TEST_GUILESS_MAIN(TestTimeWindows)
#include "tst_timewindows.moc"
