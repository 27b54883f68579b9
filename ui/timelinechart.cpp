#include "ui/timelinechart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace bb {

TimelineChart::TimelineChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_size(new QLineSeries(m_chart))
    , m_duration(new QLineSeries(m_chart))
    , m_failures(new QScatterSeries(m_chart))
    , m_time(new QDateTimeAxis(m_chart))
    , m_sizeAxis(new QValueAxis(m_chart))
    , m_durationAxis(new QValueAxis(m_chart))
{
    m_size->setPointsVisible(true);
    m_duration->setPointsVisible(true);
    m_size->setColor(QColor(0x2d, 0x7b, 0xe0));
    m_duration->setColor(QColor(0xc9, 0x8a, 0x1b));
    m_failures->setColor(QColor(0xd6, 0x45, 0x41));
    m_failures->setBorderColor(QColor(0xd6, 0x45, 0x41));
    m_failures->setMarkerSize(11);
    m_failures->setMarkerShape(QScatterSeries::MarkerShapeRectangle);

    m_time->setFormat(QStringLiteral("MM-dd"));
    m_sizeAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_durationAxis->setLabelFormat(QStringLiteral("%.0f"));

    m_chart->addSeries(m_size);
    m_chart->addSeries(m_duration);
    m_chart->addSeries(m_failures);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_sizeAxis, Qt::AlignLeft);
    m_chart->addAxis(m_durationAxis, Qt::AlignRight);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_size), static_cast<QAbstractSeries *>(m_failures)}) {
        series->attachAxis(m_time);
        series->attachAxis(m_sizeAxis);
    }
    m_duration->attachAxis(m_time);
    m_duration->attachAxis(m_durationAxis);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);

    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    retranslate();
    clear();
}

void TimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelineChart::retranslate()
{
    m_size->setName(tr("Size"));
    m_duration->setName(tr("Duration"));
    m_failures->setName(tr("Failed"));
    m_time->setTitleText(tr("Start"));
    if (m_showsHint)
        clear();
}

void TimelineChart::clear()
{
    setBackups({}, QString(), tr("Select an instance to see its backups over time"));
    m_showsHint = true;
}

void TimelineChart::setBackups(const QList<Backup> &backups, const QString &instanceId, const QString &title)
{
    const QList<TimelineData::Point> points = TimelineData::build(backups, instanceId);
    QList<QPointF> sizes;
    QList<QPointF> durations;
    QList<QPointF> failures;
    const TimelineData::Scale sizeScale = TimelineData::sizeScale(TimelineData::maxSize(points));
    const TimelineData::Scale durationScale = TimelineData::durationScale(TimelineData::maxDuration(points));
    const double sizeTop = std::max(1.0, TimelineData::maxSize(points) * sizeScale.factor * 1.1);
    for (const TimelineData::Point &p : points) {
        const auto x = static_cast<qreal>(p.start.toMSecsSinceEpoch());
        if (p.sizeMiB >= 0 && !p.failed)
            sizes.append({x, p.sizeMiB * sizeScale.factor});
        if (p.durationMin >= 0 && !p.failed)
            durations.append({x, p.durationMin * durationScale.factor});
        // Above the axis line, where a marker on 0 was half hidden.
        if (p.failed)
            failures.append({x, sizeTop * 0.04});
    }
    m_size->replace(sizes);
    m_duration->replace(durations);
    m_failures->replace(failures);

    // Follow the palette, so the chart reads in the dark theme too.
    const QPalette pal = palette();
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setTitleBrush(pal.color(QPalette::Text));
    m_chart->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }

    m_chart->setTitle(title);
    m_showsHint = false;
    if (points.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_time->setRange(now.addDays(-7), now);
    } else {
        QDateTime first = points.first().start;
        QDateTime last = points.last().start;
        if (first == last) {
            first = first.addDays(-1);
            last = last.addDays(1);
        }
        m_time->setRange(first.toLocalTime(), last.toLocalTime());
    }
    // Units in the tick labels ("1.5 GiB"), not in rotated axis titles, which QtCharts elides to
    // "⋮" when a translated title does not fit.
    m_sizeAxis->setLabelFormat(QStringLiteral("%.%1f %2").arg(sizeScale.decimals).arg(sizeScale.unit));
    m_durationAxis->setLabelFormat(
        QStringLiteral("%.%1f %2").arg(durationScale.decimals).arg(durationScale.unit));
    m_sizeAxis->setRange(0, sizeTop);
    m_durationAxis->setRange(0,
                             std::max(1.0, TimelineData::maxDuration(points) * durationScale.factor * 1.1));
    m_sizeAxis->applyNiceNumbers();
    m_durationAxis->applyNiceNumbers();
}

int TimelineChart::sizePointCount() const
{
    return static_cast<int>(m_size->count());
}

int TimelineChart::durationPointCount() const
{
    return static_cast<int>(m_duration->count());
}

int TimelineChart::failureCount() const
{
    return static_cast<int>(m_failures->count());
}

} // namespace bb
