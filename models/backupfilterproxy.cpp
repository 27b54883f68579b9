#include "models/backupfilterproxy.h"

#include "models/backuptablemodel.h"
#include "models/modelroles.h"
#include "models/naturalcompare.h"

namespace bb {

BackupFilterProxy::BackupFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRoles::RawRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

BackupFilterProxy::~BackupFilterProxy() = default;

void BackupFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_table = qobject_cast<BackupTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void BackupFilterProxy::setFilterText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_text)
        return;
    m_text = folded;
    m_matcher.setPattern(m_text);
    m_matcher.setCaseSensitivity(Qt::CaseSensitive); // both sides are case-folded already
    invalidateFilter();
}

void BackupFilterProxy::setStatusFilter(const QSet<BackupStatus> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateFilter();
}

void BackupFilterProxy::setDateRange(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

const Backup &BackupFilterProxy::backupAt(int proxyRow) const
{
    return m_table->backupAt(mapToSource(index(proxyRow, 0)).row());
}

bool BackupFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_table)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (!m_text.isEmpty() && m_matcher.indexIn(m_table->searchText(sourceRow)) < 0)
        return false;
    if (!m_statuses.isEmpty() || m_from.isValid() || m_to.isValid()) {
        const Backup &backup = m_table->backupAt(sourceRow);
        if (!m_statuses.isEmpty() && !m_statuses.contains(backup.status))
            return false;
        // A backup without a start time cannot be placed in a range: a range excludes it.
        if ((m_from.isValid() || m_to.isValid()) && !backup.start.isValid())
            return false;
        if (m_from.isValid() && backup.start < m_from)
            return false;
        if (m_to.isValid() && backup.start > m_to)
            return false;
    }
    return true;
}

bool BackupFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_table)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    if (BackupTableModel::isNumericColumn(column))
        return m_table->numericKey(left.row(), column) < m_table->numericKey(right.row(), column);
    return NaturalCompare::compare(m_table->textKey(left.row(), column),
                                   m_table->textKey(right.row(), column))
        < 0;
}

} // namespace bb
