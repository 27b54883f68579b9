#include "ui/statusbadgedelegate.h"

#include "models/displayformat.h"
#include "models/modelroles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace bb {

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QColor StatusBadgeDelegate::colorFor(const QModelIndex &index)
{
    const QVariant color = index.data(ModelRoles::StatusColorRole);
    if (color.canConvert<QColor>() && color.value<QColor>().isValid())
        return color.value<QColor>();
    const QVariant status = index.data(ModelRoles::StatusRole);
    if (!status.isValid())
        return DisplayFormat::statusColor(BackupStatus::Unknown);
    return DisplayFormat::statusColor(static_cast<BackupStatus>(status.toInt()));
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear();
    item.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    if (text.isEmpty())
        return;

    const QFontMetrics metrics(option.font);
    const int padX = badgePadding;
    const int height = std::min(option.rect.height() - 4, metrics.height() + 4);
    // +2: horizontalAdvance() rounds, and elidedText() cuts a text that only just fits.
    const int width = std::min(option.rect.width() - 6, metrics.horizontalAdvance(text) + 2 * padX + 2);
    const QRect badge(option.rect.left() + 3, option.rect.center().y() - height / 2, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->fillPath(path, colorFor(index));
    painter->setPen(Qt::white);
    painter->setFont(option.font);
    painter->drawText(badge.adjusted(padX, 0, -padX, 0), Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, badge.width() - 2 * padX));
    painter->restore();
}

int StatusBadgeDelegate::widthFor(const QFontMetrics &metrics)
{
    int widest = 0;
    for (BackupStatus status :
         {BackupStatus::Unknown, BackupStatus::Creating, BackupStatus::Running, BackupStatus::Succeeded,
          BackupStatus::Failed, BackupStatus::Expired, BackupStatus::Deleted, BackupStatus::Locked,
          BackupStatus::Exporting, BackupStatus::Exported})
        widest = std::max(widest, metrics.horizontalAdvance(DisplayFormat::status(status)));
    return widest + 2 * badgePadding + 6 + 4; // padding inside, 3 px each side, a little air
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 20;
    return size;
}

} // namespace bb
