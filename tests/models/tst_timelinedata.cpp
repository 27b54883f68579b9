#include "models/timelinedata.h"

#include <QTest>
#include <QTimeZone>

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
};

QTEST_GUILESS_MAIN(TestTimelineData)
#include "tst_timelinedata.moc"
