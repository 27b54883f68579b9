#include "models/downloadlistmodel.h"

#include "models/displayformat.h"
#include "models/modelrepaint.h"
#include "models/modelroles.h"
#include "transfers/downloadmanager.h"
#include "transfers/downloadtask.h"

#include <QEvent>
#include <QFileInfo>
#include <QPointF>
#include <QTimer>

namespace bb {

DownloadListModel::DownloadListModel(DownloadManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
    , m_rows(manager ? manager->count() : 0)
    , m_flush(new QTimer(this))
{
    m_flush->setSingleShot(true);
    m_flush->setInterval(100);
    connect(m_flush, &QTimer::timeout, this, &DownloadListModel::flush);
    if (!manager)
        return;
    connect(manager, &DownloadManager::taskAdded, this, &DownloadListModel::onAdded);
    connect(manager, &DownloadManager::taskAboutToBeRemoved, this, &DownloadListModel::onAboutToBeRemoved);
    connect(manager, &DownloadManager::taskRemoved, this, &DownloadListModel::onRemoved);
    connect(manager, &DownloadManager::taskChanged, this, &DownloadListModel::onChanged);
}

void DownloadListModel::setUpdateInterval(int ms)
{
    m_flush->setInterval(ms);
}

int DownloadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int DownloadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void DownloadListModel::onAdded(int row)
{
    beginInsertRows({}, row, row);
    ++m_rows;
    if (m_dirtyFirst >= row)
        ++m_dirtyFirst;
    if (m_dirtyLast >= row)
        ++m_dirtyLast;
    endInsertRows();
}

void DownloadListModel::onAboutToBeRemoved(int row)
{
    beginRemoveRows({}, row, row);
}

void DownloadListModel::onRemoved(int)
{
    --m_rows;
    // Pending changes may name shifted rows: widen them to whatever is left (cheap, rare).
    if (m_dirtyFirst >= 0) {
        m_dirtyFirst = m_rows > 0 ? std::min(m_dirtyFirst, m_rows - 1) : -1;
        m_dirtyLast = m_rows > 0 ? m_rows - 1 : -1;
    }
    endRemoveRows();
}

void DownloadListModel::onChanged(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    m_dirtyFirst = m_dirtyFirst < 0 ? row : std::min(m_dirtyFirst, row);
    m_dirtyLast = std::max(m_dirtyLast, row);
    if (!m_flush->isActive())
        m_flush->start();
}

void DownloadListModel::flush()
{
    if (m_dirtyFirst < 0 || m_rows == 0)
        return;
    const int first = m_dirtyFirst;
    const int last = std::min(m_dirtyLast, m_rows - 1);
    m_dirtyFirst = m_dirtyLast = -1;
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

QVariant DownloadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_manager)
        return {};
    const DownloadTask *task = m_manager->task(index.row());
    if (!task)
        return {};
    const DownloadProgress progress = task->progress();
    const DownloadState state = task->state();
    if (role == IdRole)
        return m_manager->id(index.row());
    if (role == ErrorRole)
        return state == DownloadState::Failed ? task->errorString() : QString();
    if (role == SegmentsRole)
        return index.column() == Progress && state != DownloadState::Done
            ? segmentMap(task->segments(), progress.total)
            : QVariantList();
    if (role == Qt::ToolTipRole) {
        if (state == DownloadState::Failed)
            return task->errorString();
        if (!task->statusText().isEmpty())
            return task->statusText();
        return index.column() == Size ? DisplayFormat::exactBytes(progress.total) : QVariant();
    }
    const bool running = state == DownloadState::Downloading;
    const QString name
        = task->targetPath().isEmpty() ? task->identity().fileName : QFileInfo(task->targetPath()).fileName();
    if (role == ModelRoles::RawRole) {
        switch (index.column()) {
        case Name:
            return name;
        case State:
            return int(state);
        case Progress:
            return progress.percent;
        case Speed:
            return running ? progress.bytesPerSecond : 0.0;
        case Eta:
            return running ? progress.etaSeconds : qint64(-1);
        case Size:
            return progress.total;
        case Target:
            return task->targetPath();
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return name;
        case State:
            if (state == DownloadState::Done)
                return verifiedText(task->identity().checksum.algorithm, progress.total);
            return !task->statusText().isEmpty() && task->isActive() ? task->statusText()
                                                                     : displayName(state);
        case Progress:
            return progress.percent < 0 ? QString() : tr("%1%").arg(progress.percent);
        case Speed:
            return running && progress.bytesPerSecond > 0
                ? tr("%1/s").arg(DisplayFormat::size(qint64(progress.bytesPerSecond)))
                : QString();
        case Eta:
            return running ? DisplayFormat::duration(progress.etaSeconds) : QString();
        case Size:
            // "downloaded / total" until it is complete.
            if (state != DownloadState::Done && progress.received > 0)
                return tr("%1 / %2").arg(DisplayFormat::size(progress.received),
                                         DisplayFormat::size(progress.total));
            return DisplayFormat::size(progress.total);
        case Target:
            // A cancelled download saved nothing; the partial file is gone.
            return state == DownloadState::Cancelled ? QString() : task->targetPath();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == Progress || index.column() == Speed || index.column() == Eta
            || index.column() == Size))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariantList DownloadListModel::segmentMap(const QList<RangeState> &ranges, qint64 total)
{
    QVariantList spans;
    if (total <= 0 || ranges.size() < 2)
        return spans;
    for (const RangeState &range : ranges)
        spans.append(
            QPointF(double(range.start) / double(total), double(range.start + range.done) / double(total)));
    return spans;
}

QString DownloadListModel::verifiedText(const QString &checksumAlgorithm, qint64 total)
{
    // The final state says what was checked, not only that the bytes arrived.
    const QString algorithm = checksumAlgorithm.toLower();
    if (algorithm.startsWith(QLatin1String("crc64")) || algorithm.startsWith(QLatin1String("crc-64")))
        return tr("Verified (CRC-64)");
    if (!algorithm.isEmpty())
        return tr("Verified (%1)").arg(checksumAlgorithm);
    if (total >= 0)
        return tr("Verified (size)");
    return displayName(DownloadState::Done);
}

QVariant DownloadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Speed:
        return tr("Speed");
    case Eta:
        return tr("Time left");
    case Size:
        return tr("Size");
    case Target:
        return tr("Saved to");
    default:
        return {};
    }
}

bool DownloadListModel::event(QEvent *event)
{
    // Headers and some cells are translated: views repaint them in the new language.
    if (event->type() == QEvent::LanguageChange)
        repaintAll(*this);
    return QAbstractTableModel::event(event);
}

} // namespace bb
