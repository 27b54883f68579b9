#include "models/healthtablemodel.h"

#include "models/displayformat.h"
#include "models/modelroles.h"

#include <QSet>

namespace bb {

HealthTableModel::HealthTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int HealthTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HealthTableModel::stateText(HealthState state)
{
    switch (state) {
    case HealthState::Ok:
        return tr("OK");
    case HealthState::Warning:
        return tr("Warning");
    case HealthState::Critical:
        return tr("Critical");
    }
    return tr("Critical");
}

QString HealthTableModel::key(const QString &accountId, const QString &product, const QString &instanceId)
{
    return accountId + u'\x1f' + product + u'\x1f' + instanceId;
}

QVariant HealthTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const InstanceHealth &h = row.health;
    switch (role) {
    case AccountIdRole:
        return row.accountId;
    case ProductRole:
        return h.product;
    case RegionRole:
        return h.region;
    case InstanceIdRole:
        return h.instanceId;
    default:
        break;
    }
    const auto age = [](qint64 seconds) {
        return seconds < 0 ? QString() : DisplayFormat::duration(seconds);
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case State:
            return stateText(h.state);
        case Instance:
            return h.instanceName.isEmpty() || h.instanceName == h.instanceId
                ? h.instanceId
                : QStringLiteral("%1 (%2)").arg(h.instanceName, h.instanceId);
        case Product:
            return row.productName;
        case Region:
            return h.region;
        case Account:
            return row.accountName;
        case NewestFull:
            return h.newestFullAgeSeconds < 0 ? tr("none") : age(h.newestFullAgeSeconds);
        case NewestLog:
            return age(h.newestLogAgeSeconds);
        case LocalCopy:
            if (h.localCopyRule.isEmpty())
                return QString();
            return h.newestLocalCopyAgeSeconds < 0 ? tr("none") : age(h.newestLocalCopyAgeSeconds);
        case Failures:
            return h.failuresLast7Days;
        case Reasons:
            return h.reasons.join(u' ');
        default:
            return {};
        }
    }
    if (role == ModelRoles::RawRole) {
        switch (index.column()) {
        case State:
            return int(h.state);
        case NewestFull:
            return h.newestFullAgeSeconds;
        case NewestLog:
            return h.newestLogAgeSeconds;
        case LocalCopy:
            return h.newestLocalCopyAgeSeconds;
        case Failures:
            return h.failuresLast7Days;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Reasons || index.column() == State)
            return h.reasons.isEmpty() ? tr("Backed up as expected.") : h.reasons.join(u'\n');
        if (index.column() == NewestFull && h.newestFull.isValid())
            return DisplayFormat::utcTooltip(h.newestFull);
        if (index.column() == LocalCopy && !h.localCopyRule.isEmpty()) {
            return h.newestLocalCopy.isValid()
                ? tr("Rule %1: the newest verified local copy is of the backup started %2")
                      .arg(h.localCopyRule, DisplayFormat::utcTooltip(h.newestLocalCopy))
                : tr("Rule %1: no verified local copy").arg(h.localCopyRule);
        }
        if (index.column() == Instance || index.column() == Product || index.column() == Account)
            return data(index, Qt::DisplayRole); // cut in a narrow column
        return {};
    }
    if (role == ModelRoles::StatusColorRole && index.column() == State) {
        return DisplayFormat::healthColor(h.state);
    }
    return {};
}

QVariant HealthTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Instance:
        return tr("Instance");
    case Product:
        return tr("Product");
    case Region:
        return tr("Region");
    case Account:
        return tr("Account");
    case NewestFull:
        return tr("Newest full backup");
    case NewestLog:
        return tr("Newest log backup");
    case LocalCopy:
        return tr("Local copy");
    case Failures:
        return tr("Failed (7 days)");
    case Reasons:
        return tr("Reasons");
    default:
        return {};
    }
}

void HealthTableModel::setHealth(const Row &row)
{
    const QString k = key(row.accountId, row.health.product, row.health.instanceId);
    const auto found = m_index.constFind(k);
    if (found != m_index.constEnd()) {
        m_rows[*found] = row;
        emit dataChanged(index(*found, 0), index(*found, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    m_index.insert(k, at);
    endInsertRows();
}

void HealthTableModel::retain(const QSet<QString> &keep)
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const Row &row = m_rows.at(i);
        if (keep.contains(key(row.accountId, row.health.product, row.health.instanceId)))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(key(m_rows[i].accountId, m_rows[i].health.product, m_rows[i].health.instanceId), i);
}

void HealthTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

std::array<int, 3> HealthTableModel::counts() const
{
    std::array<int, 3> counts {0, 0, 0};
    for (const Row &row : m_rows)
        ++counts[std::size_t(row.health.state)];
    return counts;
}

} // namespace bb
