#pragma once

#include "models/listingcoverage.h"
#include "models/timecoverage.h"
#include "providers/core/backupservice.h"
#include "providers/core/providererror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
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
//
// The time window (setWindow) decides what is listed: each instance is asked, one 30-day piece
// after the other (newest first), for the part of the window it does not hold yet (TimeCoverage),
// so widening from 7 to 30 days lists only the 23 older days and narrowing lists nothing; the
// table keeps the rows and the filter proxy hides what is outside the chosen range. Backups that
// start after an instance was first listed come with the next refresh (a new load()).
//
// The filters (setFilter: status, kind, trigger) go to the API where its product filters on the
// server (BackupService::serverFilters), so a large account lists only the rows asked for; the
// rest stay with the filter proxy. What was listed is kept per server-side filter
// (ListingCoverage): narrowing the filter, or going back to one listed before, lists nothing;
// widening it lists the window again under the wider filter.
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
        BackupQuery query; // filters; since/until are set from the window, setFilter()'s win
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

    // The window listed before setWindow() is called, as BackupQuery has always defaulted.
    static constexpr int defaultDays = 7;
    // One request (per instance and backup type) lists at most this span: the widest Tencent's
    // DescribeInstanceBackups accepts, short enough for RDS's "keep the range short", and fine
    // enough that "any time" shows progress piece by piece.
    static constexpr qint64 pieceSeconds = 30LL * 24 * 3600;

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

    // The time window to hold from now on: backups that started in [since, until]. An invalid
    // `since` means as far back as each product keeps backups (Capabilities::historyDays); an
    // invalid `until`, up to when each instance was first listed. Lists what the instances
    // loaded so far miss of it, and is what later add()s list.
    void setWindow(const QDateTime &since, const QDateTime &until);
    // The neutral filters (status, kind, trigger; unset: any) rows are wanted for from now on.
    // Those the instance's product filters on the server are sent; an instance lists what its
    // holdings under this filter or a wider one miss of the window.
    void setFilter(const BackupQuery &filter);
    // The clock "now" is read from (the ApiClient's in the app; the system clock by default).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // The window as resolved for the instances added so far: the earliest start and the latest
    // end listed for any of them (invalid when none was added).
    QDateTime windowBegin() const;
    QDateTime windowEnd() const;
    bool windowIsOpenEnded() const { return !m_until.isValid(); }
    // Pieces of the current window listed so far / to list (since the loader was last idle).
    int piecesDone() const { return m_piecesDone; }
    int piecesTotal() const { return m_piecesTotal; }

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
    // A listing of one instance's [since, until] went out (one piece of a window).
    void pieceRequested(const QString &product, const QString &instanceId, const QDateTime &since,
                        const QDateTime &until);
    // A piece of the window was listed (or dropped after a failure), or more were planned.
    void progressChanged(int done, int total);

private:
    struct Running
    {
        QPointer<ServiceReply> reply;
        std::shared_ptr<BackupService> service; // keeps the service alive while its reply runs
    };
    // One instance of the selection: what it holds, what is planned, and the piece in flight.
    // One listing of an instance: a span of the window under a server-side filter.
    struct Piece
    {
        TimeCoverage::Span span;
        ListingFilter filter;
    };
    struct Tracked
    {
        Target target;
        QDateTime firstListed; // "now" when it was added: the end of an open window
        int historyDays = defaultDays; // Capabilities::historyDays of its product
        TimeCoverage::Span window; // the current window, resolved for it
        ListingFilter filter; // the server-side part of the current filter, for its product
        ListingCoverage listed; // pieces whose listing finished
        ListingCoverage planned; // listed, in flight or queued
        QList<Piece> queue; // newest first
        QPointer<ServiceReply> running;
        Piece runningPiece;
        qint64 received = 0; // rows of every finished piece
        bool severalFilters = false; // listed under more than one filter: rows may repeat
        bool busy = false; // a round of pieces is under way (reported by instanceLoaded at its end)
    };

    QDateTime now() const;
    // The server-side filter for an instance: the product's part of its query with setFilter()'s.
    ListingFilter filterFor(const Tracked &tracked) const;
    // Rows in the model of one instance (after listings under several filters, which overlap).
    qint64 rowsInModel(const Tracked &tracked) const;
    // [begin, end] of the current window for one instance.
    TimeCoverage::Span resolve(const Tracked &tracked) const;
    // Queues the pieces of the current window the instance neither holds nor has planned.
    void plan(Tracked &tracked);
    // Starts the instance's next piece, or reports it loaded when none is left.
    void startNext(const std::shared_ptr<Tracked> &tracked);
    void onPieceFinished(const std::shared_ptr<Tracked> &tracked, ServiceReply *reply, const Piece &piece);
    void onPieceFailed(const std::shared_ptr<Tracked> &tracked, ServiceReply *reply,
                       const ProviderError &error);
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
    QList<std::shared_ptr<Tracked>> m_targets;
    std::function<QDateTime()> m_now;
    QDateTime m_since; // invalid: see m_anyTime
    QDateTime m_until; // invalid: up to when each instance was first listed
    bool m_anyTime = false; // since is the product's history limit (else defaultDays when invalid)
    ListingFilter m_filter; // setFilter()'s
    int m_piecesDone = 0;
    int m_piecesTotal = 0;
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
