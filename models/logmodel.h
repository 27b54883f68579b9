#pragma once

#include "providers/core/apiclient.h"

#include <QAbstractTableModel>
#include <QList>

namespace bb {

// The API log: one row per ApiLogEntry (time, product, action, instance, status, RequestId,
// duration, masked URL), newest last, bounded (the oldest rows drop off).
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column {
        TimeColumn,
        ProductColumn,
        ActionColumn,
        InstanceColumn,
        RegionColumn,
        StatusColumn,
        RequestIdColumn,
        DurationColumn,
        AttemptColumn,
        UrlColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit LogModel(int capacity = 5000, QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    const ApiLogEntry &entryAt(int row) const;
    void clear();

public slots:
    // Connect ApiClient::requestLogged here.
    void append(const bb::ApiLogEntry &entry);

protected:
    // Repaints the translated texts on QEvent::LanguageChange, which a QWidget passes on to its
    // QObject children (BrowserController passes it on to its models).
    bool event(QEvent *event) override;

private:
    int physical(int row) const { return (m_first + row) % m_capacity; }

    int m_capacity;
    QList<ApiLogEntry> m_ring; // grows to m_capacity, then wraps
    int m_first = 0; // physical slot of row 0
    int m_count = 0;
};

} // namespace bb
