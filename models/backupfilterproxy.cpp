#include "models/backupfilterproxy.h"

#include "models/backuptablemodel.h"
#include "models/naturalcompare.h"

#include <QTimer>

#include <algorithm>

namespace bb {

namespace {

// Past this many changed rows one dataChanged over the whole view is cheaper than one per row.
constexpr int perRowChangeLimit = 64;

} // namespace

BackupFilterProxy::BackupFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

BackupFilterProxy::~BackupFilterProxy() = default;

void BackupFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_table = qobject_cast<BackupTableModel *>(model);
    if (m_table) {
        m_connections = {
            connect(m_table, &QAbstractItemModel::rowsInserted, this, &BackupFilterProxy::onRowsInserted),
            // Rows leave only on a delete: rare enough for a reset.
            connect(m_table, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { beginResetModel(); }),
            connect(m_table, &QAbstractItemModel::rowsRemoved, this,
                    [this] {
                        rebuild();
                        endResetModel();
                    }),
            connect(m_table, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(m_table, &QAbstractItemModel::modelReset, this,
                    [this] {
                        rebuild();
                        endResetModel();
                    }),
            connect(m_table, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    [this] { beginResetModel(); }),
            connect(m_table, &QAbstractItemModel::layoutChanged, this,
                    [this] {
                        rebuild();
                        endResetModel();
                    }),
            connect(m_table, &QAbstractItemModel::dataChanged, this, &BackupFilterProxy::onDataChanged),
            connect(m_table, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
            // A table destroyed before its proxy (sibling objects) must not leave rows behind.
            connect(m_table, &QObject::destroyed, this,
                    [this] {
                        beginResetModel();
                        m_table = nullptr;
                        rebuild();
                        endResetModel();
                    }),
        };
    }
    rebuild();
    endResetModel();
}

QModelIndex BackupFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_table || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_rows.size())
        return {};
    return m_table->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex BackupFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_table || !sourceIndex.isValid() || sourceIndex.model() != m_table
        || sourceIndex.row() >= m_proxyOf.size())
        return {};
    const int row = m_proxyOf.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex BackupFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex BackupFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex BackupFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int BackupFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BackupFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->columnCount();
}

bool BackupFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QVariant BackupFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_table)
        return m_table->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

const Backup &BackupFilterProxy::backupAt(int proxyRow) const
{
    return m_table->backupAt(m_rows.at(proxyRow));
}

bool BackupFilterProxy::accepts(int sourceRow) const
{
    if (!m_text.isEmpty() && m_matcher.indexIn(m_table->searchText(sourceRow)) < 0)
        return false;
    if (m_statuses.isEmpty() && m_kinds.isEmpty() && !m_from.isValid() && !m_to.isValid())
        return true;
    const Backup &backup = m_table->backupAt(sourceRow);
    if (!m_statuses.isEmpty() && !m_statuses.contains(backup.status))
        return false;
    if (!m_kinds.isEmpty() && !m_kinds.contains(backup.kind))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        // A backup without a start time cannot be placed in a range: a range excludes it.
        if (!backup.start.isValid())
            return false;
        if (m_from.isValid() && backup.start < m_from)
            return false;
        if (m_to.isValid() && backup.start > m_to)
            return false;
    }
    return true;
}

void BackupFilterProxy::computeKeys(int first, int last)
{
    if (m_sortColumn < 0)
        return;
    if (BackupTableModel::isNumericColumn(m_sortColumn)) {
        m_numericKeys.resize(m_table->rowCount());
        for (int row = first; row <= last; ++row)
            m_numericKeys[row] = m_table->numericKey(row, m_sortColumn);
    } else {
        m_textKeys.resize(m_table->rowCount());
        for (int row = first; row <= last; ++row)
            m_textKeys[row] = NaturalCompare::sortKey(m_table->textKey(row, m_sortColumn));
    }
}

bool BackupFilterProxy::lessThan(int left, int right) const
{
    if (BackupTableModel::isNumericColumn(m_sortColumn))
        return m_numericKeys.at(left) < m_numericKeys.at(right);
    return m_textKeys.at(left) < m_textKeys.at(right);
}

void BackupFilterProxy::sortRows(QList<int> &rows) const
{
    if (m_sortColumn < 0)
        return;
    // Separate loops per order and key type keep the comparator a few instructions long.
    const bool numeric = BackupTableModel::isNumericColumn(m_sortColumn);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (numeric) {
        const qint64 *keys = m_numericKeys.constData();
        if (ascending)
            std::stable_sort(rows.begin(), rows.end(), [keys](int a, int b) { return keys[a] < keys[b]; });
        else
            std::stable_sort(rows.begin(), rows.end(), [keys](int a, int b) { return keys[b] < keys[a]; });
    } else {
        const QString *keys = m_textKeys.constData();
        if (ascending)
            std::stable_sort(rows.begin(), rows.end(), [keys](int a, int b) { return keys[a] < keys[b]; });
        else
            std::stable_sort(rows.begin(), rows.end(), [keys](int a, int b) { return keys[b] < keys[a]; });
    }
}

QList<int> BackupFilterProxy::visibleRows() const
{
    QList<int> rows;
    rows.reserve(m_sorted.size());
    for (int row : m_sorted) {
        if (m_accepted.at(row))
            rows.append(row);
    }
    return rows;
}

void BackupFilterProxy::setRows(QList<int> rows)
{
    m_rows = std::move(rows);
    m_proxyOf.fill(-1, m_table ? m_table->rowCount() : 0);
    for (int i = 0; i < m_rows.size(); ++i)
        m_proxyOf[m_rows.at(i)] = i;
}

void BackupFilterProxy::relayout(QList<int> rows, QAbstractItemModel::LayoutChangeHint hint)
{
    if (rows == m_rows)
        return;
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(from.size());
    for (const QModelIndex &index : from)
        sourceRows.append(index.row() < m_rows.size() ? m_rows.at(index.row()) : -1);
    setRows(std::move(rows));
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = sourceRows.at(i) < 0 ? -1 : m_proxyOf.at(sourceRows.at(i));
        to.append(row < 0 ? QModelIndex() : createIndex(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, hint);
}

void BackupFilterProxy::rebuild()
{
    m_dirty.clear();
    const int count = m_table ? m_table->rowCount() : 0;
    m_numericKeys.clear();
    m_textKeys.clear();
    m_accepted.resize(count);
    m_sorted.resize(count);
    for (int row = 0; row < count; ++row) {
        m_sorted[row] = row;
        m_accepted[row] = accepts(row);
    }
    computeKeys(0, count - 1);
    sortRows(m_sorted);
    setRows(visibleRows());
}

void BackupFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (!m_table || column >= m_table->columnCount())
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_numericKeys.clear();
    m_textKeys.clear();
    const int count = m_table ? m_table->rowCount() : 0;
    computeKeys(0, count - 1);
    QList<int> sorted(count);
    for (int row = 0; row < count; ++row)
        sorted[row] = row;
    sortRows(sorted);
    m_sorted = std::move(sorted);
    relayout(visibleRows(), QAbstractItemModel::VerticalSortHint);
}

void BackupFilterProxy::refilter(bool narrowing)
{
    if (!m_table)
        return;
    if (narrowing) {
        // Typing one more character can only hide rows: only the visible ones need a look.
        for (int row : std::as_const(m_rows))
            m_accepted[row] = accepts(row);
    } else {
        for (int row = 0; row < m_accepted.size(); ++row)
            m_accepted[row] = accepts(row);
    }
    relayout(visibleRows(), QAbstractItemModel::NoLayoutChangeHint);
}

void BackupFilterProxy::setFilterText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_text)
        return;
    const bool narrowing = !m_text.isEmpty() && folded.contains(m_text);
    m_text = folded;
    m_matcher.setPattern(m_text);
    m_matcher.setCaseSensitivity(Qt::CaseSensitive); // both sides are case-folded already
    refilter(narrowing);
}

void BackupFilterProxy::setStatusFilter(const QSet<BackupStatus> &statuses)
{
    if (statuses == m_statuses)
        return;
    const bool narrowing = !m_statuses.isEmpty() && m_statuses.contains(statuses) && !statuses.isEmpty();
    m_statuses = statuses;
    refilter(narrowing);
}

void BackupFilterProxy::setKindFilter(const QSet<BackupKind> &kinds)
{
    if (kinds == m_kinds)
        return;
    const bool narrowing = !m_kinds.isEmpty() && m_kinds.contains(kinds) && !kinds.isEmpty();
    m_kinds = kinds;
    refilter(narrowing);
}

void BackupFilterProxy::setDateRange(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refilter(false);
}

void BackupFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (first != m_accepted.size()) {
        // Not an append (BackupTableModel only appends): start over.
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    const int count = m_table->rowCount();
    m_accepted.resize(count);
    QList<int> fresh;
    fresh.reserve(last - first + 1);
    for (int row = first; row <= last; ++row) {
        m_accepted[row] = accepts(row);
        fresh.append(row);
    }
    computeKeys(first, last);
    sortRows(fresh);

    // One merge keeps every row in order; new rows go after equal old ones (stable).
    QList<int> merged;
    merged.reserve(count);
    if (m_sortColumn < 0) {
        merged = m_sorted;
        merged.append(fresh);
    } else {
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        std::merge(m_sorted.cbegin(), m_sorted.cend(), fresh.cbegin(), fresh.cend(),
                   std::back_inserter(merged),
                   [this, ascending](int a, int b) { return ascending ? lessThan(a, b) : lessThan(b, a); });
    }
    m_sorted = std::move(merged);

    QList<int> rows = visibleRows();
    // Where did the visible new rows land? One contiguous block is a plain insertion (what a
    // view handles best); scattered rows are one layout change.
    int firstNew = -1;
    int lastNew = -1;
    int visibleNew = 0;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i) >= first) {
            if (firstNew < 0)
                firstNew = i;
            lastNew = i;
            ++visibleNew;
        }
    }
    if (visibleNew == 0) {
        m_proxyOf.resize(count, -1);
        return;
    }
    if (lastNew - firstNew + 1 == visibleNew) {
        beginInsertRows({}, firstNew, lastNew);
        setRows(std::move(rows));
        endInsertRows();
    } else {
        m_proxyOf.resize(count, -1);
        relayout(std::move(rows), QAbstractItemModel::VerticalSortHint);
    }
}

void BackupFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (last - first + 1 > perRowChangeLimit) {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else {
        for (int row = first; row <= last; ++row) {
            const int proxyRow = row < m_proxyOf.size() ? m_proxyOf.at(row) : -1;
            if (proxyRow >= 0)
                emit dataChanged(index(proxyRow, topLeft.column()), index(proxyRow, bottomRight.column()));
        }
    }
    // The Local copy column alone (BackupTableModel::setLocalCopies, every row at once): no filter
    // reads it, so rows move only when the view is sorted by it.
    const bool localCopyOnly = topLeft.column() == BackupTableModel::LocalCopyColumn
        && bottomRight.column() == BackupTableModel::LocalCopyColumn;
    if (localCopyOnly && m_sortColumn != BackupTableModel::LocalCopyColumn)
        return;
    // Visibility and position are settled on the next turn, once for a burst of changes (a
    // refresh re-delivers every row).
    for (int row = first; row <= last; ++row)
        m_dirty.insert(row);
    if (!m_revalidateQueued) {
        m_revalidateQueued = true;
        QTimer::singleShot(0, this, &BackupFilterProxy::revalidateDirty);
    }
}

void BackupFilterProxy::revalidateDirty()
{
    m_revalidateQueued = false;
    if (!m_table || m_dirty.isEmpty())
        return;
    QList<int> dirty;
    for (int row : std::as_const(m_dirty)) {
        if (row < m_accepted.size())
            dirty.append(row);
    }
    m_dirty.clear();
    std::sort(dirty.begin(), dirty.end());
    for (int row : std::as_const(dirty)) {
        m_accepted[row] = accepts(row);
        computeKeys(row, row);
    }
    if (m_sortColumn >= 0) {
        QList<bool> isDirty(m_accepted.size(), false);
        for (int row : std::as_const(dirty))
            isDirty[row] = true;
        QList<int> kept;
        kept.reserve(m_sorted.size());
        for (int row : std::as_const(m_sorted)) {
            if (!isDirty.at(row))
                kept.append(row);
        }
        sortRows(dirty);
        QList<int> merged;
        merged.reserve(m_sorted.size());
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        std::merge(kept.cbegin(), kept.cend(), dirty.cbegin(), dirty.cend(), std::back_inserter(merged),
                   [this, ascending](int a, int b) { return ascending ? lessThan(a, b) : lessThan(b, a); });
        m_sorted = std::move(merged);
    }
    relayout(visibleRows(), QAbstractItemModel::NoLayoutChangeHint);
}

} // namespace bb
