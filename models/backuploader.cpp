#include "models/backuploader.h"

#include "models/backuptablemodel.h"

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
    ServiceReply *reply = target.service->listBackups(target.region, target.instanceId, target.query);
    reply->setParent(this);
    reply->setRetainBackups(false); // the rows go into the model; a second copy only costs
    m_replies.append({reply, target.service});
    connect(reply, &ServiceReply::backupsReceived, this, &BackupLoader::onPage);
    connect(reply, &ServiceReply::backupUpdated, this, &BackupLoader::onUpdate);
    connect(reply, &ServiceReply::updatesSettled, this, [this, reply] { onSettled(reply); });
    const QString product = target.service->product();
    const QString instanceId = target.instanceId;
    connect(reply, &ServiceReply::finished, this, [this, reply, product, instanceId] {
        flush(); // the instance's rows are all in the model when it is reported loaded
        ++m_finished;
        emit instanceLoaded(product, instanceId, static_cast<int>(reply->receivedCount()));
        if (!reply->isSettled()) {
            // Kept (and counted as loaded) until its updates settle.
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
    });
    connect(reply, &ServiceReply::failed, this, [this, reply](const ProviderError &error) {
        if (error.kind == ProviderError::Kind::Aborted) {
            onDone(reply);
            return;
        }
        flush(); // the pages that did arrive stay, as they did before batching
        ++m_failed;
        m_errors.append(error);
        emit instanceFailed(error);
        onDone(reply);
    });
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
