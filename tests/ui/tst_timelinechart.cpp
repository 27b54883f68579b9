#include "support/testmain.h"
#include "ui/timelinechart.h"

#include <QChart>
#include <QScatterSeries>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QValueAxis>

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

    // Redis-sized backups (a few MiB): the size ticks read distinct values with their unit
    // ("0, 1, 1, 1" before), no rotated axis title (elided to "⋮" in Chinese), and a failed
    // backup's marker sits above the time axis, not half behind it.
    void smallSizesReadWellAndFailuresShow()
    {
        QList<Backup> backups;
        const QDateTime t0(QDate(2026, 11, 1), QTime(2, 0), QTimeZone::utc());
        for (int i = 0; i < 6; ++i) {
            Backup b;
            b.id = QString::number(i);
            b.instanceId = QStringLiteral("crs-1");
            b.start = t0.addDays(i);
            b.end = b.start.addSecs(20);
            b.sizeBytes = (1024 + 600 * i) * 1024LL; // 1.0 to 3.9 MiB
            b.status = i == 2 ? BackupStatus::Failed : BackupStatus::Succeeded;
            backups.append(b);
        }
        TimelineChart chart;
        chart.setBackups(backups, QStringLiteral("crs-1"), QStringLiteral("crs-1"));
        QCOMPARE(chart.failureCount(), 1);

        const QList<QAbstractAxis *> vertical = chart.chart()->axes(Qt::Vertical);
        QCOMPARE(vertical.size(), 2);
        for (QAbstractAxis *abstract : vertical) {
            auto *axis = qobject_cast<QValueAxis *>(abstract);
            QVERIFY(axis);
            QVERIFY2(axis->titleText().isEmpty(), qPrintable(axis->titleText()));
            QStringList ticks;
            for (int i = 0; i < axis->tickCount(); ++i) {
                const double value = axis->min() + i * (axis->max() - axis->min()) / (axis->tickCount() - 1);
                ticks.append(QString::asprintf(axis->labelFormat().toUtf8().constData(), value));
            }
            QCOMPARE(QSet<QString>(ticks.begin(), ticks.end()).size(), ticks.size());
            QVERIFY2(ticks.last().contains(QLatin1Char(' ')), qPrintable(ticks.join(QLatin1String(", "))));
        }
        QVERIFY(qobject_cast<QValueAxis *>(vertical.first())->labelFormat().endsWith(QLatin1String("MiB"))
                || qobject_cast<QValueAxis *>(vertical.last())->labelFormat().endsWith(QLatin1String("MiB")));

        QScatterSeries *failures = nullptr;
        for (QAbstractSeries *series : chart.chart()->series()) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(series))
                failures = scatter;
        }
        QVERIFY(failures);
        QCOMPARE(failures->count(), 1);
        QVERIFY2(failures->at(0).y() > 0, qPrintable(QString::number(failures->at(0).y())));
    }
};

BB_TEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
