#pragma once

#include "providers/core/backup.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace bb {

// Paints a status cell as a coloured, rounded badge with the cell's display text, so a failed
// backup stands out in a long list. The colour comes from ModelRoles::StatusColorRole, or from
// DisplayFormat::statusColor() of ModelRoles::StatusRole when a model has no colour role.
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadgeDelegate)

public:
    explicit StatusBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The column width that shows every status's badge unclipped in this font.
    static int widthFor(const QFontMetrics &metrics);
    // The badge colour for a cell (public for tests).
    static QColor colorFor(const QModelIndex &index);

    static constexpr int badgePadding = 7; // left and right of the text inside the badge
};

} // namespace bb
