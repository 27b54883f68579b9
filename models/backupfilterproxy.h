#pragma once

#include "providers/core/backup.h"

#include <QDateTime>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

namespace bb {

class BackupTableModel;

// Sorts and filters a BackupTableModel: natural, case-insensitive order on the raw values; a
// text filter across id, name, databases and status; a status filter; a start-date range.
class BackupFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupFilterProxy)

public:
    explicit BackupFilterProxy(QObject *parent = nullptr);
    ~BackupFilterProxy() override;

    void setSourceModel(QAbstractItemModel *model) override;

    // Case-insensitive substring over id, name, databases and (translated and raw) status.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // Shadows QSortFilterProxyModel's slot of the same name so that views and benches that call
    // it get the fast text filter above instead of a regular expression.
    void setFilterFixedString(const QString &text) { setFilterText(text); }

    // Only these statuses; empty: all.
    void setStatusFilter(const QSet<BackupStatus> &statuses);
    QSet<BackupStatus> statusFilter() const { return m_statuses; }

    // Backups that started within [from, to] (UTC; an invalid bound is open).
    void setDateRange(const QDateTime &from, const QDateTime &to);
    QDateTime dateFrom() const { return m_from; }
    QDateTime dateTo() const { return m_to; }

    // The record behind a proxy row.
    const Backup &backupAt(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    BackupTableModel *m_table = nullptr;
    QString m_text;
    QStringMatcher m_matcher;
    QSet<BackupStatus> m_statuses;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace bb
