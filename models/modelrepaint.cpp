#include "models/modelrepaint.h"

#include <QAbstractItemModel>

namespace bb {

namespace {

void repaintRows(QAbstractItemModel &model, const QModelIndex &parent)
{
    const int rows = model.rowCount(parent);
    const int columns = model.columnCount(parent);
    if (rows == 0 || columns == 0)
        return;
    emit model.dataChanged(model.index(0, 0, parent), model.index(rows - 1, columns - 1, parent));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (model.hasChildren(child))
            repaintRows(model, child);
    }
}

} // namespace

void repaintAll(QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    if (columns > 0)
        emit model.headerDataChanged(Qt::Horizontal, 0, columns - 1);
    repaintRows(model, {});
}

} // namespace bb
