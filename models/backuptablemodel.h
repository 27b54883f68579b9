#pragma once

#include "models/chunkedlist.h"
#include "models/localcopystate.h"
#include "models/modelroles.h"
#include "providers/core/backup.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace bb {

// The normalised backup table for an instance, a product or a whole account. DisplayRole is
// formatted text, ModelRoles::RawRole the raw value (sorting, filtering, CSV), ToolTipRole the
// exact bytes or the UTC time, ModelRoles::StatusColorRole the badge colour.
class BackupTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupTableModel)

public:
    enum Column {
        IdColumn,
        NameColumn,
        InstanceColumn,
        ProductColumn,
        RegionColumn,
        StatusColumn,
        KindColumn,
        TriggerColumn,
        MethodColumn,
        StartColumn,
        EndColumn,
        DurationColumn,
        SizeColumn,
        DatabasesColumn,
        ExpireColumn,
        ChecksumColumn,
        LocalCopyColumn, // "Verified 2 h ago" / "Copy failed verification" / empty (setLocalCopies)
        ColumnCount
    };
    Q_ENUM(Column)

    explicit BackupTableModel(QObject *parent = nullptr);
    ~BackupTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One beginInsertRows/endInsertRows per page.
    void appendPage(const QList<Backup> &page);
    // Replaces the row with the same (product, instance, id) in place, or appends it.
    void upsert(const Backup &backup);
    // A row whose id changed (a create's placeholder, e.g. RDS "job-<BackupJobId>", becoming the
    // listed backup): `current` takes the row of `previous` in place. When `current` is already a
    // row (a refresh listed it first), the placeholder row goes away instead. Without a row for
    // `previous` this is upsert(current).
    void replace(const Backup &previous, const Backup &current);
    // Whether a row with this backup's (product, instance, id) is in the table.
    bool contains(const Backup &backup) const { return m_index.contains(keyOf(backup)); }
    // Removes the row with that key, if any (after a delete).
    bool removeBackup(const Backup &backup);
    void clear();

    // Every row, in row order: a copy (O(rows); the timeline and tests use it).
    QList<Backup> backups() const { return m_rows.toList(); }
    const Backup &backupAt(int row) const { return m_rows.at(row); }
    // -1 when absent.
    int rowOf(const QString &product, const QString &instanceId, const QString &backupId) const;

    // Fast paths for the filter proxy (no QVariant, no formatting). Whether a column sorts by
    // number (sizes, times, durations, enums) or by text:
    static bool isNumericColumn(int column);
    // Numeric sort key; unknown values (no size, no time) sort first.
    qint64 numericKey(int row, int column) const;
    // Text sort key of a text column.
    QStringView textKey(int row, int column) const;
    // The case-folded text the filter box searches: id, name, databases and status.
    const QString &searchText(int row) const { return m_cache.at(row).search; }
    // The raw value of one cell, as RawRole returns it.
    QVariant rawValue(int row, int column) const;

    // Default-visible columns (the others start hidden in the view's column chooser).
    static bool isDefaultVisible(int column);

    // People's names for the product keys ("tencent-redis" -> "Tencent Cloud Redis", translated),
    // shown in the Product column; CSV keeps the key (RawRole). Unknown keys show as they are.
    void setProductNames(const QHash<QString, QString> &names);

    // Which backups have a local copy (keys from localCopyKey()); `nowUtc` is what "verified
    // 2 h ago" counts from. Replaces the previous states; one dataChanged for the column.
    void setLocalCopies(const QHash<QString, LocalCopyState> &states, const QDateTime &nowUtc);
    static QString localCopyKey(const QString &product, const QString &instanceId, const QString &backupId);
    // Whether any backup (in the table or not) has a local copy state: without, the column is empty.
    bool hasLocalCopies() const { return !m_localCopies.isEmpty(); }

protected:
    // Repaints the translated texts on QEvent::LanguageChange, which a QWidget passes on to its
    // QObject children (BrowserController passes it on to its models).
    bool event(QEvent *event) override;

private:
    // A row's identity (product, instance, id) with its hash computed once: the key index
    // rehashes every key when it grows, and hashing these ~40-character strings again there was
    // most of a 48 ms page insert at 65,000 rows (bench/guistallbench).
    struct RowKey
    {
        QString text;
        size_t hash = 0;
        friend bool operator==(const RowKey &a, const RowKey &b)
        {
            return a.hash == b.hash && a.text == b.text;
        }
        friend size_t qHash(const RowKey &key, size_t = 0) { return key.hash; }
    };
    static RowKey keyOf(const Backup &backup);
    struct RowCache
    {
        QString search;
        QString databases;
        qint64 start = 0;
        qint64 end = 0;
        qint64 expire = 0;
        LocalCopyState localCopy;
    };
    RowCache cacheOf(const Backup &backup) const;
    void reindexFrom(int row);
    struct ColumnAccess;
    static const ColumnAccess &access(int column);
    QVariant display(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    QString localCopyText(const LocalCopyState &copy) const;

    // Chunked: a page insert must not pay for moving every earlier row when the table grows.
    ChunkedList<Backup> m_rows;
    ChunkedList<RowCache> m_cache; // parallel to m_rows: sort and filter keys computed once
    QHash<RowKey, int> m_index; // key -> row
    QHash<QString, QString> m_productNames;
    QHash<QString, LocalCopyState> m_localCopies; // localCopyKey() -> state
    QDateTime m_localCopiesAt; // the `nowUtc` of setLocalCopies
};

} // namespace bb
