#pragma once

#include "models/instancehealth.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <array>

namespace bb {

// The fleet overview's table: one row per judged instance (InstanceHealth), across accounts,
// updated in place as judgements come in (setHealth: a row per account, product and instance).
// RawRole gives sortable values (state as int, ages in seconds, -1 where nothing was measured);
// the State column's StatusColorRole gives the badge colour.
class HealthTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthTableModel)

public:
    // What a DBA reads first comes first: the state, which instance, and why.
    enum Column {
        State,
        Instance,
        Reasons,
        NewestFull,
        NewestLog,
        LocalCopy, // the newest verified local copy's age (offsite rules); empty when no rule covers it
        Failures,
        Product,
        Region,
        Account,
        ColumnCount
    };
    enum Role {
        AccountIdRole = Qt::UserRole + 40, // on every column
        ProductRole,
        RegionRole,
        InstanceIdRole,
    };

    struct Row
    {
        QString accountId;
        QString accountName;
        QString productName; // translated
        InstanceHealth health;
    };

    explicit HealthTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds the instance's row or replaces it.
    void setHealth(const Row &row);
    // Drops rows not in `keep` (keys from key()): instances gone since the last refresh.
    void retain(const QSet<QString> &keep);
    void clear();

    const Row &row(int index) const { return m_rows.at(index); }
    // Rows per state: [Ok, Warning, Critical].
    std::array<int, 3> counts() const;
    static QString key(const QString &accountId, const QString &product, const QString &instanceId);
    static QString stateText(HealthState state); // translated

private:
    QList<Row> m_rows;
    QHash<QString, int> m_index; // key() to row
};

} // namespace bb
