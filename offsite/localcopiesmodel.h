#pragma once

#include "offsite/copycatalogue.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace bb {

// The "Local copies" view's table: per rule and instance, the newest local copy, its age, how
// many backups and bytes are kept, and when they were last verified. Built from catalogue rows;
// no I/O of its own.
class LocalCopiesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalCopiesModel)

public:
    enum Column { Rule, Product, Instance, Newest, Age, Backups, Size, Verified, ColumnCount };

    struct Row
    {
        QString rule;
        QString product;
        QString instanceId;
        QDateTime newest; // the newest copied backup's start, UTC
        int backups = 0;
        qint64 bytes = 0;
        QDateTime verified; // the oldest verified-at among the copies (all are at least this fresh)
        int corrupt = 0;
    };

    explicit LocalCopiesModel(QObject *parent = nullptr);

    // Replaces the rows; `nowUtc` is what ages count from.
    void setCopies(const QList<CopyRecord> &copies, const QDateTime &nowUtc);
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QDateTime m_now;
};

} // namespace bb
