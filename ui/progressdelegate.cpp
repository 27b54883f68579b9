#include "ui/progressdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionProgressBar>

#include <cmath>

namespace bb {

ProgressDelegate::ProgressDelegate(int valueRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(valueRole)
    , m_fusion(QStyleFactory::create(QStringLiteral("Fusion")))
{ }

ProgressDelegate::~ProgressDelegate() = default;

double ProgressDelegate::percentFor(const QModelIndex &index) const
{
    const QVariant value = index.data(m_role);
    bool ok = false;
    const double percent = value.toDouble(&ok);
    if (!value.isValid() || !ok || percent < 0 || std::isnan(percent))
        return -1;
    return std::min(percent, 100.0);
}

QList<QRectF> ProgressDelegate::segmentRects(const QModelIndex &index, const QRectF &groove) const
{
    QList<QRectF> rects;
    if (m_segmentsRole < 0)
        return rects;
    const QVariantList spans = index.data(m_segmentsRole).toList();
    for (const QVariant &span : spans) {
        const QPointF fractions = span.toPointF();
        const double from = std::clamp(fractions.x(), 0.0, 1.0);
        const double to = std::clamp(fractions.y(), from, 1.0);
        if (to > from)
            rects.append(QRectF(groove.left() + from * groove.width(), groove.top(),
                                (to - from) * groove.width(), groove.height()));
    }
    return rects;
}

QString ProgressDelegate::labelFor(const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty())
        return text;
    const double percent = percentFor(index);
    if (percent < 0)
        return {};
    return QLocale().toString(percent, 'f', 1) + QLatin1Char('%');
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const double percent = percentFor(index);
    if (percent < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The selection background first, as a plain item would draw it.
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    QStyleOptionProgressBar bar;
    if (widget)
        bar.initFrom(widget);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = static_cast<int>(std::lround(percent * 10));
    bar.text = labelFor(index);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.palette = option.palette;
    QStyle *painterStyle = m_fusion ? m_fusion.get() : style;
    painter->save();
    const QList<QRectF> segments = segmentRects(index, QRectF(bar.rect).adjusted(1, 1, -1, -1));
    if (segments.isEmpty()) {
        painterStyle->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    } else {
        // The empty bar, each range's filled span, then the label over them.
        bar.progress = 0;
        bar.textVisible = false;
        painterStyle->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
        for (const QRectF &segment : segments)
            painter->fillRect(segment, option.palette.highlight());
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(bar.rect, Qt::AlignCenter, bar.text);
    }
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 120));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 6));
    return size;
}

} // namespace bb
