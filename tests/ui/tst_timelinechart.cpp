#include "ui/timelinechart.h"

#include <QChart>
#include <QTest>
#include <QTimeZone>

using namespace bb;

class TestTimelineChart final : public QObject
{
    Q_OBJECT

private slots:
    void plotsSizesDurationsAndFailures()
    {
        QList<Backup> backups;
        const QDateTime t0(QDate(2026, 11, 1), QTime(2, 0), QTimeZone::utc());
        for (int i = 0; i < 5; ++i) {
            Backup b;
            b.id = QString::number(i);
            b.instanceId = QStringLiteral("i1");
            b.start = t0.addDays(i);
            b.end = b.start.addSecs(300);
            b.sizeBytes = (i + 1) * 1024LL * 1024 * 1024;
            b.status = i == 3 ? BackupStatus::Failed : BackupStatus::Succeeded;
            backups.append(b);
        }
        Backup other = backups.first();
        other.instanceId = QStringLiteral("i2");
        backups.append(other);

        TimelineChart chart;
        chart.setBackups(backups, QStringLiteral("i1"), QStringLiteral("orders"));
        QCOMPARE(chart.sizePointCount(), 4);
        QCOMPARE(chart.durationPointCount(), 4);
        QCOMPARE(chart.failureCount(), 1);
        QCOMPARE(chart.chart()->title(), QStringLiteral("orders"));

        chart.clear();
        QCOMPARE(chart.sizePointCount(), 0);
        QCOMPARE(chart.failureCount(), 0);
    }
};

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
