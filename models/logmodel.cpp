#include "models/logmodel.h"

#include "models/displayformat.h"
#include "models/modelrepaint.h"
#include "models/modelroles.h"

#include <QColor>
#include <QEvent>

namespace bb {

namespace {

// ApiClient masks URLs already; this is a second guard so that a signed query string can never
// reach the log view even if an entry was built elsewhere.
QString masked(const QString &url)
{
    const qsizetype query = url.indexOf(QLatin1Char('?'));
    if (query < 0 || url.mid(query) == QStringLiteral("?…"))
        return url;
    return url.left(query) + QStringLiteral("?…");
}

} // namespace

LogModel::LogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{ }

LogModel::~LogModel() = default;

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ApiLogEntry &LogModel::entryAt(int row) const
{
    return m_ring.at(physical(row));
}

void LogModel::append(const ApiLogEntry &incoming)
{
    ApiLogEntry entry = incoming;
    entry.maskedUrl = masked(entry.maskedUrl);
    if (m_count == m_capacity) {
        // Full: the oldest row goes first, then the new one takes its slot.
        beginRemoveRows({}, 0, 0);
        m_first = (m_first + 1) % m_capacity;
        --m_count;
        endRemoveRows();
    }
    beginInsertRows({}, m_count, m_count);
    const int slot = physical(m_count);
    if (slot < m_ring.size())
        m_ring[slot] = entry;
    else
        m_ring.append(entry);
    ++m_count;
    endInsertRows();
}

void LogModel::setCapacity(int capacity)
{
    capacity = qMax(1, capacity);
    if (capacity == m_capacity)
        return;
    beginResetModel();
    QList<ApiLogEntry> ordered;
    const int keep = qMin(m_count, capacity);
    for (int row = m_count - keep; row < m_count; ++row)
        ordered.append(entryAt(row));
    m_ring = ordered;
    m_first = 0;
    m_count = keep;
    m_capacity = capacity;
    endResetModel();
}

void LogModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_first = 0;
    m_count = 0;
    endResetModel();
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiLogEntry &entry = entryAt(index.row());
    const bool failed = !entry.code.isEmpty() || entry.httpStatus == 0 || entry.httpStatus >= 400;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.when.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case ProductColumn:
            return entry.product;
        case ActionColumn:
            return entry.action;
        case InstanceColumn:
            return entry.instanceId;
        case RegionColumn:
            return entry.region;
        case StatusColumn: {
            const QString http = entry.httpStatus > 0 ? QString::number(entry.httpStatus) : tr("no response");
            return entry.code.isEmpty() ? http : QStringLiteral("%1 %2").arg(http, entry.code);
        }
        case RequestIdColumn:
            return entry.requestId;
        case DurationColumn:
            return tr("%1 ms").arg(entry.durationMs);
        case AttemptColumn:
            return entry.attempt;
        case UrlColumn:
            return entry.maskedUrl;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return DisplayFormat::utcTooltip(entry.when);
        return {};
    case Qt::ForegroundRole:
        return failed ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
    case ModelRoles::RawRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.when.toUTC();
        case StatusColumn:
            return entry.httpStatus;
        case DurationColumn:
            return entry.durationMs;
        case AttemptColumn:
            return entry.attempt;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ProductColumn:
        return tr("Product");
    case ActionColumn:
        return tr("Action");
    case InstanceColumn:
        return tr("Instance");
    case RegionColumn:
        return tr("Region");
    case StatusColumn:
        return tr("Status");
    case RequestIdColumn:
        return tr("RequestId");
    case DurationColumn:
        return tr("Duration");
    case AttemptColumn:
        return tr("Attempt");
    case UrlColumn:
        return tr("URL");
    default:
        return {};
    }
}

bool LogModel::event(QEvent *event)
{
    // Headers and some cells are translated: views repaint them in the new language.
    if (event->type() == QEvent::LanguageChange)
        repaintAll(*this);
    return QAbstractTableModel::event(event);
}

} // namespace bb
