#pragma once

class QAbstractItemModel;
class QModelIndex;

namespace bb {

// Tells views that every header and every cell of `model` (all levels of a tree) may read
// differently, e.g. after a language change: their translated texts are computed in data().
void repaintAll(QAbstractItemModel &model);

} // namespace bb
