#include "models/backuptablemodel.h"

#include "models/displayformat.h"
#include "models/modelrepaint.h"

#include <QEvent>
#include <QSet>

#include <array>
#include <limits>
#include <utility>

namespace bb {

namespace {

constexpr qint64 unknownKey = std::numeric_limits<qint64>::min();

qint64 msecs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : unknownKey;
}

qint64 durationSeconds(const Backup &backup)
{
    if (!backup.start.isValid() || !backup.end.isValid() || backup.end < backup.start)
        return -1;
    return backup.start.secsTo(backup.end);
}

} // namespace

BackupTableModel::BackupTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

BackupTableModel::~BackupTableModel() = default;

int BackupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BackupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

BackupTableModel::RowKey BackupTableModel::keyOf(const Backup &backup)
{
    RowKey key;
    key.text = localCopyKey(backup.product, backup.instanceId, backup.id);
    // Seeded per process as QHash itself is, so crafted ids cannot force collisions.
    key.hash = qHash(key.text, QHashSeed::globalSeed());
    return key;
}

QString BackupTableModel::localCopyKey(const QString &product, const QString &instanceId,
                                       const QString &backupId)
{
    return product + QChar(0x1f) + instanceId + QChar(0x1f) + backupId;
}

BackupTableModel::RowCache BackupTableModel::cacheOf(const Backup &backup) const
{
    RowCache cache;
    // Only tables with local copies pay for the lookup (the rows of a page go in unchanged otherwise).
    if (!m_localCopies.isEmpty())
        cache.localCopy = m_localCopies.value(localCopyKey(backup.product, backup.instanceId, backup.id));
    cache.databases = backup.databases.join(QStringLiteral(", "));
    // Case-folded once here so that a filter keystroke is a plain substring search per row.
    const QChar sep(0x1f);
    cache.search
        = (backup.id + sep + backup.name + sep + cache.databases + sep + toString(backup.status) + sep
           + DisplayFormat::status(backup.status) + sep + backup.statusRaw + sep + toString(backup.kind) + sep
           + DisplayFormat::kind(backup.kind) + sep + backup.instanceId)
              .toCaseFolded();
    cache.start = msecs(backup.start);
    cache.end = msecs(backup.end);
    cache.expire = msecs(backup.expire);
    return cache;
}

void BackupTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_index.insert(keyOf(m_rows.at(i)), i);
}

void BackupTableModel::appendPage(const QList<Backup> &page)
{
    // Rows already present (a refresh, a page seen twice) update in place; the rest go in with
    // one insertion for the whole page.
    QList<Backup> fresh;
    QList<RowKey> freshKeys;
    fresh.reserve(page.size());
    freshKeys.reserve(page.size());
    QSet<RowKey> seen;
    for (const Backup &backup : page) {
        RowKey key = keyOf(backup);
        const auto existing = m_index.constFind(key);
        if (existing != m_index.constEnd()) {
            const int row = existing.value();
            m_rows[row] = backup;
            m_cache[row] = cacheOf(backup);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (!seen.contains(key)) {
            seen.insert(key);
            fresh.append(backup);
            freshKeys.append(std::move(key));
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        m_cache.append(cacheOf(fresh.at(i)));
        m_rows.append(fresh.at(i));
        m_index.insert(std::move(freshKeys[i]), first + static_cast<int>(i));
    }
    endInsertRows();
}

void BackupTableModel::upsert(const Backup &backup)
{
    appendPage({backup});
}

void BackupTableModel::replace(const Backup &previous, const Backup &current)
{
    const RowKey oldKey = keyOf(previous);
    const RowKey newKey = keyOf(current);
    const auto found = m_index.constFind(oldKey);
    if (oldKey == newKey || found == m_index.constEnd()) {
        upsert(current);
        return;
    }
    if (m_index.contains(newKey)) {
        removeBackup(previous);
        upsert(current);
        return;
    }
    const int row = found.value();
    m_index.remove(oldKey);
    m_rows[row] = current;
    m_cache[row] = cacheOf(current);
    m_index.insert(newKey, row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool BackupTableModel::removeBackup(const Backup &backup)
{
    const RowKey key = keyOf(backup);
    const auto found = m_index.constFind(key);
    if (found == m_index.constEnd())
        return false;
    const int row = found.value();
    beginRemoveRows({}, row, row);
    m_index.remove(key);
    m_rows.removeAt(row);
    m_cache.removeAt(row);
    reindexFrom(row);
    endRemoveRows();
    return true;
}

void BackupTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_cache.clear();
    m_index.clear();
    endResetModel();
}

int BackupTableModel::rowOf(const QString &product, const QString &instanceId, const QString &backupId) const
{
    Backup key;
    key.product = product;
    key.instanceId = instanceId;
    key.id = backupId;
    return m_index.value(keyOf(key), -1);
}

// How each column reads its record: the one place that names a column's field, so that sorting
// (numericKey, textKey), RawRole (sorting, filtering, CSV), DisplayRole and ToolTipRole cannot
// disagree about it. A column is a text field, an enum, a time, or one of the two numbers (size,
// duration) whose unknown values need their own handling in each role.
struct BackupTableModel::ColumnAccess
{
    // Text columns: the text is the sort key, the raw value and the display.
    const QString *(*text)(const Backup &, const RowCache &) = nullptr;
    // Enum columns: the value (sort key, raw value as int) and its translated name.
    int (*enumValue)(const Backup &) = nullptr;
    QString (*enumName)(const Backup &) = nullptr;
    // Time columns: the field (raw value, display, tooltip) and its cached sort key.
    QDateTime Backup::*time = nullptr;
    qint64 RowCache::*timeKey = nullptr;

    template<auto field> static ColumnAccess textField()
    {
        return {.text = [](const Backup &backup, const RowCache &) {
            return &(backup.*field);
        }};
    }
    template<auto field, auto name> static ColumnAccess enumField()
    {
        ColumnAccess access;
        access.enumValue = [](const Backup &backup) {
            return static_cast<int>(backup.*field);
        };
        access.enumName = [](const Backup &backup) {
            return name(backup.*field);
        };
        return access;
    }
};

const BackupTableModel::ColumnAccess &BackupTableModel::access(int column)
{
    using A = ColumnAccess;
    static const std::array<ColumnAccess, ColumnCount> columns = [] {
        std::array<ColumnAccess, ColumnCount> table {};
        table[IdColumn] = A::textField<&Backup::id>();
        table[NameColumn] = A::textField<&Backup::name>();
        table[InstanceColumn] = A::textField<&Backup::instanceId>();
        table[ProductColumn] = A::textField<&Backup::product>();
        table[RegionColumn] = A::textField<&Backup::region>();
        // Sorted and shown joined; its raw value is the list itself (see rawValue()).
        table[DatabasesColumn] = {.text = [](const Backup &, const RowCache &cache) {
            return &cache.databases;
        }};
        table[ChecksumColumn] = {.text = [](const Backup &backup, const RowCache &) {
            return &backup.checksum.value;
        }};
        table[StatusColumn] = A::enumField<&Backup::status, &DisplayFormat::status>();
        table[KindColumn] = A::enumField<&Backup::kind, &DisplayFormat::kind>();
        table[TriggerColumn] = A::enumField<&Backup::trigger, &DisplayFormat::trigger>();
        table[MethodColumn] = A::enumField<&Backup::method, &DisplayFormat::method>();
        table[StartColumn] = {.time = &Backup::start, .timeKey = &RowCache::start};
        table[EndColumn] = {.time = &Backup::end, .timeKey = &RowCache::end};
        table[ExpireColumn] = {.time = &Backup::expire, .timeKey = &RowCache::expire};
        return table;
    }();
    static const ColumnAccess none;
    return column >= 0 && column < ColumnCount ? columns[column] : none;
}

bool BackupTableModel::isNumericColumn(int column)
{
    const ColumnAccess &access = BackupTableModel::access(column);
    return access.enumValue || access.time || column == SizeColumn || column == DurationColumn
        || column == LocalCopyColumn;
}

qint64 BackupTableModel::numericKey(int row, int column) const
{
    const Backup &backup = m_rows.at(row);
    const RowCache &cache = m_cache.at(row);
    const ColumnAccess &access = BackupTableModel::access(column);
    if (access.enumValue)
        return access.enumValue(backup);
    if (access.timeKey)
        return cache.*access.timeKey;
    switch (column) {
    case DurationColumn:
        if (cache.start == unknownKey || cache.end == unknownKey || cache.end < cache.start)
            return unknownKey;
        return cache.end - cache.start;
    case SizeColumn:
        return backup.sizeBytes < 0 ? unknownKey : backup.sizeBytes;
    case LocalCopyColumn:
        // No copy first, then failed ones, then verified ones from the longest ago.
        switch (cache.localCopy.kind) {
        case LocalCopyState::Kind::None:
            return unknownKey;
        case LocalCopyState::Kind::Failed:
            return unknownKey + 1;
        case LocalCopyState::Kind::Verified:
            return msecs(cache.localCopy.verifiedAt);
        }
        return unknownKey;
    default:
        return 0;
    }
}

QStringView BackupTableModel::textKey(int row, int column) const
{
    const ColumnAccess &access = BackupTableModel::access(column);
    if (!access.text)
        return {};
    return *access.text(m_rows.at(row), m_cache.at(row));
}

QVariant BackupTableModel::rawValue(int row, int column) const
{
    const Backup &backup = m_rows.at(row);
    const ColumnAccess &access = BackupTableModel::access(column);
    if (column == DatabasesColumn)
        return backup.databases;
    if (access.text)
        return *access.text(backup, m_cache.at(row));
    if (access.enumValue)
        return access.enumValue(backup);
    if (access.time) {
        const QDateTime &time = backup.*access.time;
        return time.isValid() ? QVariant(time.toUTC()) : QVariant();
    }
    switch (column) {
    case DurationColumn: {
        const qint64 seconds = durationSeconds(backup);
        return seconds < 0 ? QVariant() : QVariant(seconds);
    }
    case SizeColumn:
        return backup.sizeBytes < 0 ? QVariant() : QVariant(backup.sizeBytes);
    case LocalCopyColumn: {
        // CSV: when the copy was verified (UTC), "failed" or empty; never translated.
        const LocalCopyState &copy = m_cache.at(row).localCopy;
        if (copy.kind == LocalCopyState::Kind::Failed)
            return QStringLiteral("failed");
        if (copy.kind == LocalCopyState::Kind::Verified && copy.verifiedAt.isValid())
            return copy.verifiedAt.toUTC();
        return {};
    }
    default:
        return {};
    }
}

void BackupTableModel::setLocalCopies(const QHash<QString, LocalCopyState> &states, const QDateTime &nowUtc)
{
    m_localCopies = states;
    m_localCopiesAt = nowUtc;
    // The key index holds every row's key already (the same text as localCopyKey()).
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it)
        m_cache[it.value()].localCopy = m_localCopies.value(it.key().text);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LocalCopyColumn), index(rowCount() - 1, LocalCopyColumn));
}

QString BackupTableModel::localCopyText(const LocalCopyState &copy) const
{
    switch (copy.kind) {
    case LocalCopyState::Kind::None:
        return {};
    case LocalCopyState::Kind::Failed:
        return tr("Copy failed verification");
    case LocalCopyState::Kind::Verified:
        return tr("Verified %1 ago")
            .arg(DisplayFormat::duration(std::max<qint64>(0, copy.verifiedAt.secsTo(m_localCopiesAt))));
    }
    return {};
}

void BackupTableModel::setProductNames(const QHash<QString, QString> &names)
{
    // No repaint of its own: names change with the language, and the LanguageChange that
    // follows repaints every translated cell once.
    m_productNames = names;
}

QVariant BackupTableModel::display(int row, int column) const
{
    const Backup &backup = m_rows.at(row);
    if (column == ProductColumn)
        return m_productNames.value(backup.product, backup.product);
    const ColumnAccess &access = BackupTableModel::access(column);
    if (access.text)
        return *access.text(backup, m_cache.at(row));
    if (access.enumName)
        return access.enumName(backup);
    if (access.time)
        return DisplayFormat::localTime(backup.*access.time);
    switch (column) {
    case DurationColumn:
        return DisplayFormat::duration(durationSeconds(backup));
    case SizeColumn:
        return DisplayFormat::size(backup.sizeBytes);
    case LocalCopyColumn:
        return localCopyText(m_cache.at(row).localCopy);
    default:
        return {};
    }
}

QVariant BackupTableModel::toolTip(int row, int column) const
{
    const Backup &backup = m_rows.at(row);
    const ColumnAccess &access = BackupTableModel::access(column);
    if (access.time)
        return DisplayFormat::utcTooltip(backup.*access.time);
    switch (column) {
    case SizeColumn:
        return DisplayFormat::exactBytes(backup.sizeBytes);
    case StatusColumn:
        return backup.statusRaw.isEmpty() ? QVariant()
                                          : QVariant(tr("Provider status: %1").arg(backup.statusRaw));
    case ChecksumColumn:
        return backup.checksum.algorithm;
    case LocalCopyColumn: {
        const LocalCopyState &copy = m_cache.at(row).localCopy;
        if (copy.kind == LocalCopyState::Kind::Verified)
            return tr("Every file has a local copy, verified at %1")
                .arg(DisplayFormat::utcTooltip(copy.verifiedAt));
        if (copy.kind == LocalCopyState::Kind::Failed)
            return tr("A local copy differs from what was copied; the next sync fetches it again");
        return {};
    }
    case NameColumn:
    case DatabasesColumn:
        return display(row, column);
    default:
        return {};
    }
}

QVariant BackupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Backup &backup = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), column);
    case Qt::ToolTipRole:
        return toolTip(index.row(), column);
    case Qt::TextAlignmentRole:
        if (column == SizeColumn || column == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ModelRoles::RawRole:
        return rawValue(index.row(), column);
    case ModelRoles::StatusColorRole:
        return DisplayFormat::statusColor(backup.status);
    case ModelRoles::StatusRole:
        return static_cast<int>(backup.status);
    case ModelRoles::RecordRole:
        return QVariant::fromValue(backup);
    default:
        return {};
    }
}

QVariant BackupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == ModelRoles::RawHeaderRole) {
        switch (section) {
        case SizeColumn:
            return tr("Size (bytes)");
        case StartColumn:
            return tr("Start (UTC)");
        case EndColumn:
            return tr("End (UTC)");
        case ExpireColumn:
            return tr("Expires (UTC)");
        case DurationColumn:
            return tr("Duration (seconds)");
        case LocalCopyColumn:
            return tr("Local copy verified (UTC)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Backup ID");
    case NameColumn:
        return tr("Name");
    case InstanceColumn:
        return tr("Instance");
    case ProductColumn:
        return tr("Product");
    case RegionColumn:
        return tr("Region");
    case StatusColumn:
        return tr("Status");
    case KindColumn:
        return tr("Kind");
    case TriggerColumn:
        return tr("Trigger");
    case MethodColumn:
        return tr("Method");
    // Times are local: the header names the zone (UTC is in each cell's tooltip and the CSV).
    case StartColumn:
        return tr("Start (%1)").arg(DisplayFormat::zone(QDateTime::currentDateTimeUtc()));
    case EndColumn:
        return tr("End (%1)").arg(DisplayFormat::zone(QDateTime::currentDateTimeUtc()));
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Size");
    case DatabasesColumn:
        return tr("Databases");
    case ExpireColumn:
        return tr("Expires (%1)").arg(DisplayFormat::zone(QDateTime::currentDateTimeUtc()));
    case ChecksumColumn:
        return tr("Checksum");
    case LocalCopyColumn:
        return tr("Local copy");
    default:
        return {};
    }
}

bool BackupTableModel::isDefaultVisible(int column)
{
    // Status, Start, Size, Kind, Instance, Name: what a DBA reads; the rest on the header's menu.
    switch (column) {
    case IdColumn:
    case ProductColumn:
    case RegionColumn:
    case TriggerColumn:
    case MethodColumn:
    case EndColumn:
    case DurationColumn:
    case DatabasesColumn:
    case ExpireColumn:
    case ChecksumColumn:
        return false;
    default:
        return column >= 0 && column < ColumnCount;
    }
}

bool BackupTableModel::event(QEvent *event)
{
    // Headers, statuses and tooltips are translated, and so is the status text the filter
    // searches: refresh that cache, then let views (and the filter proxy) see every row change.
    if (event->type() == QEvent::LanguageChange) {
        for (int row = 0; row < m_rows.size(); ++row)
            m_cache[row] = cacheOf(m_rows.at(row));
        repaintAll(*this);
    }
    return QAbstractTableModel::event(event);
}

} // namespace bb
