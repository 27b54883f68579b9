#include "models/timelinedata.h"
#include "support/testmain.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace bb;

class TestTimelineData final : public QObject
{
    Q_OBJECT

private slots:
    void buildsSortedPointsOfOneInstance()
    {
        const QDateTime t0(QDate(2026, 1, 2), QTime(3, 0), QTimeZone::utc());
        Backup late;
        late.id = QStringLiteral("b2");
        late.instanceId = QStringLiteral("i1");
        late.start = t0.addDays(1);
        late.end = late.start.addSecs(600);
        late.sizeBytes = 3 * 1024 * 1024;
        late.status = BackupStatus::Succeeded;
        Backup early = late;
        early.id = QStringLiteral("b1");
        early.start = t0;
        early.end = QDateTime();
        early.sizeBytes = -1;
        early.status = BackupStatus::Failed;
        Backup other = late;
        other.instanceId = QStringLiteral("i2");
        Backup noStart = late;
        noStart.start = QDateTime();

        const auto points = TimelineData::build({late, early, other, noStart}, QStringLiteral("i1"));
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0).backupId, QStringLiteral("b1"));
        QVERIFY(points.at(0).failed);
        QCOMPARE(points.at(0).sizeMiB, -1.0);
        QCOMPARE(points.at(0).durationMin, -1.0);
        QCOMPARE(points.at(1).sizeMiB, 3.0);
        QCOMPARE(points.at(1).durationMin, 10.0);
        QCOMPARE(TimelineData::maxSize(points), 3.0);
        QCOMPARE(TimelineData::maxDuration(points), 10.0);
        QCOMPARE(TimelineData::build({late, other}, QString()).size(), 2);
        QCOMPARE(TimelineData::maxSize({}), 0.0);
    }

    void bucketsLargeHistoriesKeepingPeaksAndFailures()
    {
        // 100,000 points froze the GUI thread for over a second in QtCharts: above maxPoints
        // backups, one point per time bucket, with the bucket's peaks.
        const QDateTime t0(QDate(2026, 1, 2), QTime(3, 0), QTimeZone::utc());
        const int count = TimelineData::maxPoints * 5;
        QList<Backup> backups;
        for (int i = 0; i < count; ++i) {
            Backup b;
            b.id = QString::number(i);
            b.instanceId = QStringLiteral("i1");
            b.start = t0.addSecs(qint64(count - i) * 60); // newest first, as the APIs list them
            b.end = b.start.addSecs(60);
            b.sizeBytes = 1024 * 1024;
            b.status = BackupStatus::Succeeded;
            backups.append(b);
        }
        backups[1234].sizeBytes = 900 * 1024 * 1024;
        backups[2345].end = backups[2345].start.addSecs(7200);
        backups[3456].status = BackupStatus::Failed;

        const auto points = TimelineData::build(backups, QStringLiteral("i1"));
        QVERIFY(points.size() >= TimelineData::maxPoints / 2);
        QVERIFY(points.size() <= 2 * TimelineData::maxPoints);
        for (int i = 1; i < points.size(); ++i)
            QVERIFY(points.at(i - 1).start <= points.at(i).start);
        QCOMPARE(TimelineData::maxSize(points), 900.0);
        QCOMPARE(TimelineData::maxDuration(points), 120.0);
        const auto peak = std::find_if(points.cbegin(), points.cend(),
                                       [](const TimelineData::Point &p) { return p.sizeMiB == 900.0; });
        QCOMPARE(peak->backupId, QStringLiteral("1234"));
        QCOMPARE(peak->start, backups.at(1234).start);
        QCOMPARE(std::count_if(points.cbegin(), points.cend(),
                               [](const TimelineData::Point &p) { return p.failed; }),
                 1);
        QCOMPARE(points.first().start, t0.addSecs(60));
    }

    void sizeAxisPicksAUnitPerRange()
    {
        // Redis backups of a few MiB: one decimal, so five ticks over 0..4.4 MiB are distinct.
        const TimelineData::Scale small = TimelineData::sizeScale(4);
        QCOMPARE(small.unit, QStringLiteral("MiB"));
        QCOMPARE(small.factor, 1.0);
        QCOMPARE(small.decimals, 1);
        const TimelineData::Scale tiny = TimelineData::sizeScale(0.25);
        QCOMPARE(tiny.unit, QStringLiteral("KiB"));
        QCOMPARE(tiny.factor * 0.25, 256.0);
        QCOMPARE(tiny.decimals, 0);
        const TimelineData::Scale large = TimelineData::sizeScale(3 * 1024);
        QCOMPARE(large.unit, QStringLiteral("GiB"));
        QCOMPARE(large.factor * 3 * 1024, 3.0);
        QCOMPARE(large.decimals, 1);
        QCOMPARE(TimelineData::sizeScale(500).decimals, 0);
        QCOMPARE(TimelineData::durationScale(1).unit, QStringLiteral("s"));
        QCOMPARE(TimelineData::durationScale(45).unit, QStringLiteral("min"));
        QCOMPARE(TimelineData::durationScale(600).unit, QStringLiteral("h"));
    }
};

BB_TEST_GUILESS_MAIN(TestTimelineData)
#include "tst_timelinedata.moc"
