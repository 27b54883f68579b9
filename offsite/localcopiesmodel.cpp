#include "offsite/localcopiesmodel.h"

#include "models/displayformat.h"

#include <QMap>
#include <QSet>

namespace bb {

LocalCopiesModel::LocalCopiesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LocalCopiesModel::setCopies(const QList<CopyRecord> &copies, const QDateTime &nowUtc)
{
    QMap<QString, Row> rows; // rule/product/instance, sorted
    QMap<QString, QSet<QString>> backups;
    for (const CopyRecord &c : copies) {
        const QString key = c.rule + u'\x1f' + c.product + u'\x1f' + c.instanceId;
        Row &r = rows[key];
        r.rule = c.rule;
        r.product = c.product;
        r.instanceId = c.instanceId;
        if (!r.newest.isValid() || c.backupStart > r.newest)
            r.newest = c.backupStart;
        r.bytes += qMax<qint64>(0, c.size);
        if (!r.verified.isValid() || (c.verifiedAt.isValid() && c.verifiedAt < r.verified))
            r.verified = c.verifiedAt;
        r.corrupt += c.corrupt ? 1 : 0;
        backups[key].insert(c.backupId);
    }
    beginResetModel();
    m_now = nowUtc;
    m_rows.clear();
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        it->backups = int(backups.value(it.key()).size());
        m_rows << *it;
    }
    endResetModel();
}

int LocalCopiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LocalCopiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocalCopiesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && r.corrupt > 0)
        return tr("%n copy(ies) failed verification; the next run fetches them again", nullptr, r.corrupt);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool raw = role == Qt::UserRole; // sort keys
    switch (index.column()) {
    case Rule:
        return r.rule;
    case Product:
        return r.product;
    case Instance:
        return r.instanceId;
    case Newest:
        return raw ? QVariant(r.newest) : QVariant(DisplayFormat::localTime(r.newest));
    case Age: {
        const qint64 seconds = r.newest.isValid() ? r.newest.secsTo(m_now) : -1;
        return raw ? QVariant(seconds) : QVariant(seconds < 0 ? QString() : DisplayFormat::duration(seconds));
    }
    case Backups:
        return r.backups;
    case Size:
        return raw ? QVariant(r.bytes) : QVariant(DisplayFormat::size(r.bytes));
    case Verified:
        if (raw)
            return r.verified;
        if (r.corrupt > 0)
            return tr("%n corrupt", nullptr, r.corrupt);
        return r.verified.isValid() ? DisplayFormat::localTime(r.verified) : tr("never");
    default:
        return {};
    }
}

QVariant LocalCopiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rule:
        return tr("Rule");
    case Product:
        return tr("Product");
    case Instance:
        return tr("Instance");
    case Newest:
        return tr("Newest local copy");
    case Age:
        return tr("Age");
    case Backups:
        return tr("Backups");
    case Size:
        return tr("Size");
    case Verified:
        return tr("Verified");
    default:
        return {};
    }
}

} // namespace bb
