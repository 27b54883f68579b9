#pragma once

#include "providers/core/backup.h"

#include <QAbstractProxyModel>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringMatcher>

namespace bb {

class BackupTableModel;

// Sorts and filters a BackupTableModel: natural, case-insensitive order on the raw values; a
// text filter across id, name, databases and status; a status filter; a kind filter; a start-date range.
//
// Not a QSortFilterProxyModel: at 100,000 rows its per-item insertion into a sorted mapping made
// page appends quadratic and a sort take several hundred milliseconds. This proxy keeps every
// source row in sort order once (sort keys cached per row), so a filter keystroke is one linear
// pass, a new page is one merge, and a sort is a std::stable_sort on plain keys.
class BackupFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupFilterProxy)

public:
    explicit BackupFilterProxy(QObject *parent = nullptr);
    ~BackupFilterProxy() override;

    // Must be a BackupTableModel (anything else shows no rows).
    void setSourceModel(QAbstractItemModel *model) override;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Column -1: source order. Rows with equal keys keep their source order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Case-insensitive substring over id, name, databases and (translated and raw) status.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // Same as setFilterText (the name QSortFilterProxyModel users know).
    void setFilterFixedString(const QString &text) { setFilterText(text); }

    // Only these statuses; empty: all.
    void setStatusFilter(const QSet<BackupStatus> &statuses);
    QSet<BackupStatus> statusFilter() const { return m_statuses; }
    // Only these kinds (full, incremental, log, snapshot); empty: all.
    void setKindFilter(const QSet<BackupKind> &kinds);
    QSet<BackupKind> kindFilter() const { return m_kinds; }

    // Backups that started within [from, to] (UTC; an invalid bound is open).
    void setDateRange(const QDateTime &from, const QDateTime &to);
    QDateTime dateFrom() const { return m_from; }
    QDateTime dateTo() const { return m_to; }

    // The record behind a proxy row.
    const Backup &backupAt(int proxyRow) const;

private:
    bool accepts(int sourceRow) const;
    bool lessThan(int left, int right) const; // by the sort column, ascending
    void sortRows(QList<int> &rows) const; // by the sort column and order, stable
    void computeKeys(int first, int last); // sort keys of source rows [first, last]
    // Rebuilds m_rows from m_sorted and m_accepted, and m_proxyOf from m_rows.
    QList<int> visibleRows() const;
    void setRows(QList<int> rows);
    // Applies a change of order/visibility as one layout change, moving persistent indexes.
    void relayout(QList<int> rows, QAbstractItemModel::LayoutChangeHint hint);
    void refilter(bool narrowing);
    void rebuild();

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void revalidateDirty();

    BackupTableModel *m_table = nullptr;
    QList<QMetaObject::Connection> m_connections;

    QList<int> m_sorted; // every source row, in sort order
    QList<int> m_rows; // visible source rows, in sort order (proxy row -> source row)
    QList<int> m_proxyOf; // source row -> proxy row, or -1
    QList<bool> m_accepted; // source row -> passes the filters
    QList<qint64> m_numericKeys; // source row -> key, numeric sort column
    QList<QString> m_textKeys; // source row -> natural sort key, text sort column

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    QString m_text;
    QStringMatcher m_matcher;
    QSet<BackupStatus> m_statuses;
    QSet<BackupKind> m_kinds;
    QDateTime m_from;
    QDateTime m_to;

    QSet<int> m_dirty; // source rows whose data changed; re-placed on the next turn
    bool m_revalidateQueued = false;
};

} // namespace bb
