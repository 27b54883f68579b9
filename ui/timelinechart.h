#pragma once

#include "models/timelinedata.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace bb {

// An instance's backups over time (Qt Charts): size and duration as two lines on their own
// axes, failed backups as red marks, so growth and gaps show at a glance.
class TimelineChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineChart)

public:
    explicit TimelineChart(QWidget *parent = nullptr);

    // Shows the backups of one instance (all of them when instanceId is empty).
    void setBackups(const QList<Backup> &backups, const QString &instanceId, const QString &title);
    void clear();

    int sizePointCount() const;
    int durationPointCount() const;
    int failureCount() const;
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Series names, axis titles and (when nothing is shown) the hint, in the current language.
    void retranslate();

    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_size;
    QLineSeries *m_duration;
    QScatterSeries *m_failures;
    QDateTimeAxis *m_time;
    QValueAxis *m_sizeAxis;
    QValueAxis *m_durationAxis;
    bool m_showsHint = false; // clear()'s translated title is up, not an instance's name
};

} // namespace bb
