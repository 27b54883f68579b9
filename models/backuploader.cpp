#include "models/backuploader.h"

#include "models/backuptablemodel.h"
#include "providers/core/timewindows.h"

#include <QElapsedTimer>

#include <algorithm>
#include <utility>

namespace bb {

BackupLoader::BackupLoader(BackupTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(batchIntervalMs);
    connect(&m_batch, &QTimer::timeout, this, [this] {
        // Keep the pace while pages keep coming; go idle when nothing is pending.
        if (!m_pending.isEmpty() || !m_updates.isEmpty()) {
            flush(m_sliceRows);
            restartBatchTimer();
        }
    });
}

BackupLoader::~BackupLoader()
{
    abort();
}

void BackupLoader::load(const QList<Target> &targets)
{
    reset();
    for (const Target &target : targets)
        add(target);
}

void BackupLoader::add(const Target &target)
{
    if (!target.service)
        return;
    auto tracked = std::make_shared<Tracked>();
    tracked->target = target;
    tracked->firstListed = QDateTime::fromSecsSinceEpoch(now().toSecsSinceEpoch(), Qt::UTC);
    tracked->historyDays = std::max(1, target.service->capabilities().historyDays);
    m_targets.append(tracked);
    plan(*tracked);
    startNext(tracked);
}

void BackupLoader::setWindow(const QDateTime &since, const QDateTime &until)
{
    m_anyTime = !since.isValid();
    m_since = since.toUTC();
    m_until = until.toUTC();
    for (const std::shared_ptr<Tracked> &tracked : std::as_const(m_targets)) {
        plan(*tracked);
        startNext(tracked);
    }
}

void BackupLoader::setFilter(const BackupQuery &filter)
{
    m_filter = ListingFilter::of(filter);
    for (const std::shared_ptr<Tracked> &tracked : std::as_const(m_targets)) {
        plan(*tracked);
        startNext(tracked);
    }
}

ListingFilter BackupLoader::filterFor(const Tracked &tracked) const
{
    BackupQuery query = tracked.target.query;
    if (m_filter.status)
        query.status = m_filter.status;
    if (m_filter.kind)
        query.kind = m_filter.kind;
    if (m_filter.trigger)
        query.trigger = m_filter.trigger;
    return ListingFilter::of(tracked.target.service->serverFilters(query));
}

qint64 BackupLoader::rowsInModel(const Tracked &tracked) const
{
    if (!m_model)
        return 0;
    const QString product = tracked.target.service->product();
    qint64 rows = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Backup &backup = m_model->backupAt(row);
        rows += backup.instanceId == tracked.target.instanceId && backup.product == product ? 1 : 0;
    }
    return rows;
}

QDateTime BackupLoader::now() const
{
    return m_now ? m_now().toUTC() : QDateTime::currentDateTimeUtc();
}

TimeCoverage::Span BackupLoader::resolve(const Tracked &tracked) const
{
    const QDateTime listed = tracked.firstListed;
    // Nothing after the instance was first listed (the next refresh brings that), nothing before
    // the product's documented retention (it cannot exist: asking only costs calls).
    const QDateTime oldest = listed.addDays(-tracked.historyDays);
    const QDateTime end = m_until.isValid() ? std::min(m_until, listed) : listed;
    QDateTime begin = m_anyTime ? oldest : m_since.isValid() ? m_since : listed.addDays(-defaultDays);
    begin = std::max(begin, oldest);
    return {begin, end};
}

void BackupLoader::plan(Tracked &tracked)
{
    tracked.window = resolve(tracked);
    const ListingFilter filter = filterFor(tracked);
    if (!(filter == tracked.filter)) {
        tracked.filter = filter;
        // Queued pieces of a filter that does not hold the new one's rows are of no use now;
        // the one in flight finishes (its rows are right, and its coverage counts for its filter).
        const qsizetype queued = tracked.queue.size();
        tracked.queue.removeIf([&filter](const Piece &piece) { return !piece.filter.covers(filter); });
        m_piecesTotal -= static_cast<int>(queued - tracked.queue.size());
        tracked.planned = tracked.listed;
        if (tracked.running)
            tracked.planned.add(tracked.runningPiece.filter, tracked.runningPiece.span.begin,
                                tracked.runningPiece.span.end);
        for (const Piece &piece : std::as_const(tracked.queue))
            tracked.planned.add(piece.filter, piece.span.begin, piece.span.end);
    }
    const QList<TimeCoverage::Span> gaps
        = tracked.planned.missing(filter, tracked.window.begin, tracked.window.end);
    if (gaps.isEmpty())
        return;
    if (!isLoading()) { // a new round of progress
        m_piecesDone = 0;
        m_piecesTotal = 0;
    }
    // Newest first: the most recent backups are the ones looked for.
    for (auto gap = gaps.crbegin(); gap != gaps.crend(); ++gap) {
        for (const TimeWindows::Window &piece :
             TimeWindows::split(gap->begin, gap->end, pieceSeconds, now())) {
            tracked.queue.append({{piece.begin, piece.end}, filter});
            ++m_piecesTotal;
        }
        tracked.planned.add(filter, gap->begin, gap->end);
    }
    emit progressChanged(m_piecesDone, m_piecesTotal);
}

void BackupLoader::startNext(const std::shared_ptr<Tracked> &tracked)
{
    if (tracked->running)
        return;
    if (tracked->queue.isEmpty()) {
        if (tracked->busy) {
            tracked->busy = false;
            ++m_finished;
            const qint64 rows = tracked->severalFilters ? rowsInModel(*tracked) : tracked->received;
            emit instanceLoaded(tracked->target.service->product(), tracked->target.instanceId,
                                static_cast<int>(rows));
        }
        return;
    }
    tracked->busy = true;
    const Piece piece = tracked->queue.takeFirst();
    if (!tracked->listed.isEmpty() && !tracked->listed.holdsOnly(piece.filter))
        tracked->severalFilters = true;
    BackupQuery query = tracked->target.query;
    piece.filter.applyTo(query); // only what the API filters: the proxy does the rest
    query.since = piece.span.begin;
    query.until = piece.span.end;
    const Target &target = tracked->target;
    ServiceReply *reply = target.service->listBackups(target.region, target.instanceId, query);
    emit pieceRequested(target.service->product(), target.instanceId, piece.span.begin, piece.span.end);
    reply->setParent(this);
    reply->setRetainBackups(false); // the rows go into the model; a second copy only costs
    tracked->running = reply;
    tracked->runningPiece = piece;
    m_replies.append({reply, target.service});
    connect(reply, &ServiceReply::backupsReceived, this, &BackupLoader::onPage);
    connect(reply, &ServiceReply::backupUpdated, this, &BackupLoader::onUpdate);
    connect(reply, &ServiceReply::updatesSettled, this, [this, reply] { onSettled(reply); });
    std::weak_ptr<Tracked> weak = tracked;
    connect(reply, &ServiceReply::finished, this, [this, weak, reply, piece] {
        if (const auto alive = weak.lock())
            onPieceFinished(alive, reply, piece);
    });
    connect(reply, &ServiceReply::failed, this, [this, weak, reply](const ProviderError &error) {
        const auto alive = weak.lock();
        if (!alive || error.kind == ProviderError::Kind::Aborted) {
            onDone(reply);
            return;
        }
        onPieceFailed(alive, reply, error);
    });
}

void BackupLoader::onPieceFinished(const std::shared_ptr<Tracked> &tracked, ServiceReply *reply,
                                   const Piece &piece)
{
    flush(); // the instance's rows are all in the model when it is reported loaded
    tracked->running = nullptr;
    tracked->listed.add(piece.filter, piece.span.begin, piece.span.end);
    tracked->received += reply->receivedCount();
    ++m_piecesDone;
    emit progressChanged(m_piecesDone, m_piecesTotal);
    // The next piece starts before this reply leaves m_replies: the loader is not idle between.
    startNext(tracked);
    if (!reply->isSettled()) {
        // Kept until its updates settle.
        for (qsizetype i = 0; i < m_replies.size(); ++i) {
            if (m_replies.at(i).reply == reply) {
                m_settling.append(m_replies.takeAt(i));
                break;
            }
        }
        if (m_replies.isEmpty())
            emit idle();
        return;
    }
    onDone(reply);
}

void BackupLoader::onPieceFailed(const std::shared_ptr<Tracked> &tracked, ServiceReply *reply,
                                 const ProviderError &error)
{
    flush(); // the pages that did arrive stay, as they did before batching
    ++m_failed;
    m_errors.append(error);
    // The rest of this instance's window is not listed: a later window or refresh asks again.
    // Neither this piece nor the instance's later ones will be listed: progress counts without them.
    m_piecesTotal -= static_cast<int>(tracked->queue.size()) + 1;
    tracked->queue.clear();
    tracked->planned = tracked->listed;
    tracked->running = nullptr;
    tracked->busy = false;
    emit progressChanged(m_piecesDone, m_piecesTotal);
    emit instanceFailed(error);
    onDone(reply);
}

QDateTime BackupLoader::windowBegin() const
{
    QDateTime begin;
    for (const std::shared_ptr<Tracked> &tracked : m_targets) {
        const QDateTime b = tracked->window.begin;
        if (!begin.isValid() || b < begin)
            begin = b;
    }
    return begin;
}

QDateTime BackupLoader::windowEnd() const
{
    QDateTime end;
    for (const std::shared_ptr<Tracked> &tracked : m_targets) {
        const QDateTime e = tracked->window.end;
        if (!end.isValid() || e > end)
            end = e;
    }
    return end;
}

void BackupLoader::onPage(const QList<Backup> &page)
{
    m_pending += page;
    schedule();
}

void BackupLoader::onUpdate(const Backup &backup)
{
    m_updates.append(backup);
    schedule();
}

void BackupLoader::schedule()
{
    if (!m_batch.isActive()) {
        // The first page shows at once; later ones gather until the timer fires.
        flush(m_sliceRows);
        restartBatchTimer();
    }
}

void BackupLoader::restartBatchTimer()
{
    // A backlog bigger than one insert goes in slice by slice, one per event-loop turn, so input
    // and painting get their turn between slices; otherwise wait for the next batch.
    m_batch.start(m_pending.isEmpty() ? batchIntervalMs : 0);
}

void BackupLoader::onSettled(ServiceReply *reply)
{
    flush();
    for (qsizetype i = 0; i < m_settling.size(); ++i) {
        if (m_settling.at(i).reply == reply) {
            m_settling.removeAt(i);
            break;
        }
    }
    reply->deleteLater();
}

void BackupLoader::flush(qsizetype maxRows)
{
    if (!m_model) {
        m_pending.clear();
        m_updates.clear();
        return;
    }
    if (!m_pending.isEmpty()) {
        const qsizetype rows = maxRows >= 0 ? std::min(maxRows, m_pending.size()) : m_pending.size();
        QElapsedTimer clock;
        clock.start();
        if (rows == m_pending.size()) {
            m_model->appendPage(std::exchange(m_pending, {}));
        } else {
            m_model->appendPage(m_pending.first(rows));
            m_pending.remove(0, rows);
        }
        if (rows >= minRowsPerInsert) // smaller inserts say little about the pace
            m_sliceRows = nextSliceRows(clock.nsecsElapsed(), rows);
    }
    // Updates wait until every received row is in: one for a row still pending would otherwise
    // be dropped below as "no longer in the table".
    if (m_updates.isEmpty() || !m_pending.isEmpty())
        return;
    // Only rows still in the table: a size that comes in after the row was deleted must not
    // bring it back. The rest go in as one upsert of the batch (in place, no row inserted).
    QList<Backup> present;
    for (const Backup &backup : std::exchange(m_updates, {})) {
        if (m_model->rowOf(backup.product, backup.instanceId, backup.id) >= 0)
            present.append(backup);
    }
    if (!present.isEmpty())
        m_model->appendPage(present);
}

qsizetype BackupLoader::nextSliceRows(qint64 ns, qsizetype rows)
{
    if (ns <= 0 || rows <= 0)
        return maxRowsPerInsert;
    const double fit = double(sliceBudgetNs) * double(rows) / double(ns);
    return static_cast<qsizetype>(std::clamp(fit, double(minRowsPerInsert), double(maxRowsPerInsert)));
}

void BackupLoader::onDone(ServiceReply *reply)
{
    for (qsizetype i = 0; i < m_replies.size(); ++i) {
        if (m_replies.at(i).reply == reply) {
            m_replies.removeAt(i);
            break;
        }
    }
    reply->deleteLater();
    if (m_replies.isEmpty())
        emit idle();
}

void BackupLoader::abort()
{
    m_targets.clear();
    m_piecesDone = 0;
    m_piecesTotal = 0;
    // Detach first: aborting emits failed(Aborted) synchronously, which must not re-enter.
    const QList<Running> running = std::exchange(m_replies, {}) + std::exchange(m_settling, {});
    m_pending.clear();
    m_updates.clear();
    m_batch.stop();
    for (const Running &entry : running) {
        if (!entry.reply)
            continue;
        entry.reply->disconnect(this);
        entry.reply->abort();
        entry.reply->deleteLater();
    }
}

void BackupLoader::reset()
{
    abort();
    m_errors.clear();
    m_finished = 0;
    m_failed = 0;
    m_sliceRows = maxRowsPerInsert; // an empty table: rows are cheap again
    if (m_model)
        m_model->clear();
}

} // namespace bb
