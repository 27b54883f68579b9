#pragma once

#include <QStyledItemDelegate>

#include <memory>

class QStyle;

namespace bb {

// Paints a table cell as a Fusion progress bar (like qBittorrent's transfer list), whatever the
// application style, so the bar looks the same on every platform. The cell's value is a
// percentage 0..100 read from `valueRole` (a negative or missing value paints the display text
// only); the bar's label is the cell's display text, or "NN%" when it has none. With a segments
// role (a download over several connections) the bar is a segment map, as download managers
// draw it: one filled span per range, from the QPointF list (start, end as fractions 0..1) the
// model computes (DownloadListModel::SegmentsRole).
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    explicit ProgressDelegate(int valueRole, QObject *parent = nullptr);
    ~ProgressDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    void setSegmentsRole(int role) { m_segmentsRole = role; }

    // The percentage the delegate would paint for `index` (-1: no bar). Public for tests.
    double percentFor(const QModelIndex &index) const;
    // The filled spans of the bar inside `groove`, empty without a segment map. Public for tests.
    QList<QRectF> segmentRects(const QModelIndex &index, const QRectF &groove) const;
    QString labelFor(const QModelIndex &index) const;

private:
    int m_role;
    int m_segmentsRole = -1;
    std::unique_ptr<QStyle> m_fusion;
};

} // namespace bb
