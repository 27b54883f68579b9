#pragma once

#include "providers/core/backupservice.h"
#include "providers/core/providererror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace bb {

class BackupTableModel;

// Loads the backups of a selection (one or many instances) into a BackupTableModel: one
// ServiceReply per instance, all in flight at once (the ApiClient's rate limits pace them).
// Rows are appended in batches: the first page at once, then whatever arrived at most every
// batchIntervalMs. When the GUI thread falls behind, a dozen pages are delivered in one pass of
// the event loop; appended one by one, each paid the filter proxy's merge and the view's update
// at 100,000 rows, and together they froze the window (bench/guistallbench). Rows a listing
// updates after delivering them (Tencent Redis sizes, ServiceReply::backupUpdated) go into the
// model in the same batches, in place. An instance counts as loaded when its rows are in; its
// updates keep coming until the reply settles, and reset()/abort() stop them. Keeps widgets free
// of this logic.
class BackupLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupLoader)

public:
    struct Target
    {
        std::shared_ptr<BackupService> service;
        QString region;
        QString instanceId;
        BackupQuery query;
    };

    // Ten table updates a second are as many as anyone can read while rows stream in.
    static constexpr int batchIntervalMs = 100;
    // At most this many rows per table insert while pages stream in: inserting 2,300 rows into a
    // sorted, filtered view of 100,000 took 32-38 ms of the GUI thread (bench/guistallbench).
    static constexpr qsizetype maxRowsPerInsert = 1000;
    // Within that, a slice aims at this much GUI-thread time: the same event-loop turn may also
    // parse pages, paint and read downloads. What a row costs grows with the table and with a
    // busy machine, so the slice size follows the pace of the slices before it.
    static constexpr qint64 sliceBudgetNs = 6 * 1000 * 1000;
    static constexpr qsizetype minRowsPerInsert = 100;
    // Rows for the next slice after one of `rows` rows took `ns`: what fits sliceBudgetNs at that
    // pace, within [minRowsPerInsert, maxRowsPerInsert].
    static qsizetype nextSliceRows(qint64 ns, qsizetype rows);

    explicit BackupLoader(BackupTableModel *model, QObject *parent = nullptr);
    ~BackupLoader() override;

    // Aborts what is loading, clears the model and starts a fresh selection.
    void load(const QList<Target> &targets);
    // Adds one more instance to the current selection (services often open asynchronously).
    void add(const Target &target);
    // Aborts everything in flight (row updates too) and clears the model; pending results are
    // dropped.
    void reset();
    void abort();

    bool isLoading() const { return !m_replies.isEmpty(); }
    int pendingCount() const { return static_cast<int>(m_replies.size()); }
    int finishedCount() const { return m_finished; }
    int failedCount() const { return m_failed; }
    // Errors of the current selection, in the order they happened.
    QList<ProviderError> errors() const { return m_errors; }

signals:
    void instanceLoaded(const QString &product, const QString &instanceId, int backupCount);
    void instanceFailed(const bb::ProviderError &error);
    // Every target added so far has finished or failed.
    void idle();

private:
    struct Running
    {
        QPointer<ServiceReply> reply;
        std::shared_ptr<BackupService> service; // keeps the service alive while its reply runs
    };

    void onDone(ServiceReply *reply);
    void onPage(const QList<Backup> &page);
    void onUpdate(const Backup &backup);
    void schedule(); // flushes now when idle, else lets the timer gather more
    void onSettled(ServiceReply *reply);
    // Appends what is pending (at most maxRows, all when negative), then applies the pending
    // updates once no received row is left out.
    void flush(qsizetype maxRows = -1);
    void restartBatchTimer();

    QPointer<BackupTableModel> m_model;
    QList<Running> m_replies;
    QList<Running> m_settling; // rows all in, updates still coming
    QList<ProviderError> m_errors;
    QList<Backup> m_pending; // received, not yet in the model
    QList<Backup> m_updates; // newer states of rows, not yet in the model
    QTimer m_batch; // running: an append happened less than batchIntervalMs ago
    qsizetype m_sliceRows = maxRowsPerInsert; // rows per insert at the last measured pace
    int m_finished = 0;
    int m_failed = 0;
};

} // namespace bb
