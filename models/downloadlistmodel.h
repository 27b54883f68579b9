#pragma once

#include "transfers/partsidecar.h"

#include <QAbstractTableModel>
#include <QPointer>

class QTimer;

namespace bb {

class DownloadManager;

// The downloads panel's table: one row per DownloadManager entry. DisplayRole is text for people;
// ModelRoles::RawRole holds the value behind it (bytes, bytes/s, seconds, percent, state as int).
// Progress changes are batched: at most one dataChanged per ~100 ms for all rows together.
class DownloadListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadListModel)

public:
    enum Column { Name, State, Progress, Speed, Eta, Size, Target, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 100, // the manager's id for the row (pause/resume/... take it)
        ErrorRole, // the failure message, empty unless failed
        // Progress column, over several connections: the filled spans of the bar as QPointF
        // (x: where a span starts, y: where it ends, as fractions 0..1 of the file), one per range;
        // an empty list over one connection.
        SegmentsRole,
    };

    explicit DownloadListModel(DownloadManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The State column's text for a finished download: "Verified (CRC-64)" with a checksum,
    // "Verified (size)" with only a known size, else "Done".
    static QString verifiedText(const QString &checksumAlgorithm, qint64 total);
    // The segment map of SegmentsRole for `ranges` of a file of `total` bytes.
    static QVariantList segmentMap(const QList<RangeState> &ranges, qint64 total);

    // How often queued changes are flushed (tests shorten or lengthen it).
    void setUpdateInterval(int ms);

protected:
    // Repaints the translated texts on QEvent::LanguageChange, which a QWidget passes on to its
    // QObject children (BrowserController passes it on to its models).
    bool event(QEvent *event) override;

private:
    void onAdded(int row);
    void onAboutToBeRemoved(int row);
    void onRemoved(int row);
    void onChanged(int row);
    void flush();

    QPointer<DownloadManager> m_manager;
    int m_rows = 0; // our own count: the manager changes before it tells us
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;
    QTimer *m_flush;
};

} // namespace bb
