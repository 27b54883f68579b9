#include "transfers/partwriter.h"

#include <QMetaObject>

namespace bb {

// Every command is a job on m_worker, run in the order given. Each takes the lock only to read
// and publish the shared state: the disk is touched outside it.

PartWriter::PartWriter(qint64 queueLimit, QObject *parent)
    : QObject(parent)
    , m_limit(queueLimit)
    , m_worker([this] { emitDrainedIfAsked(); })
{ }

PartWriter::~PartWriter()
{
    m_worker.waitForIdle(); // the queued commands run (and may signal) while the writer is whole
    m_file.close();
}

void PartWriter::open(const QString &path, bool truncate, qint64 size, Crc64 crc)
{
    openWith(path, truncate, -1, size, crc);
}

void PartWriter::openAt(const QString &path, qint64 offset, qint64 size, Crc64 crc)
{
    openWith(path, false, offset, size, crc);
}

void PartWriter::openWith(const QString &path, bool truncate, qint64 offset, qint64 size, Crc64 crc)
{
    std::lock_guard lock(m_mutex);
    ++m_opens;
    m_fileName = path;
    m_openError.clear();
    m_open = true;
    m_failed = false;
    // What the file will hold once opened: the owner's durable state from now on.
    m_snapshot = {size, crc};
    m_worker.post([this, path, truncate, offset, start = m_snapshot, opens = m_opens] {
        Step step = begin(Kind::Open, opens);
        step.opened = openFile(path, truncate, offset, start, &step.error);
        step.ok = step.opened == OpenResult::Ok;
        settle(step);
    });
}

// On the worker.
PartWriter::OpenResult PartWriter::openFile(const QString &path, bool truncate, qint64 offset,
                                            const Snapshot &start, QString *error)
{
    m_file.close();
    m_file.setFileName(path);
    m_offset = offset;
    if (offset >= 0) {
        // A range of a file other writers fill too: never cut, write from the range's end on.
        if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)
            || !m_file.seek(offset + start.bytes)) {
            *error = m_file.errorString();
            m_file.close();
            return OpenResult::OpenFailed;
        }
        m_work = start;
        return OpenResult::Ok;
    }
    const QIODevice::OpenMode mode
        = QIODevice::WriteOnly | QIODevice::Unbuffered | (truncate ? QIODevice::Truncate : QIODevice::Append);
    if (!m_file.open(mode)) {
        *error = m_file.errorString();
        return OpenResult::OpenFailed;
    }
    // The .part may hold bytes beyond the CRC state: what we append must follow exactly the bytes
    // the CRC covers.
    if (m_file.size() != start.bytes && !m_file.resize(start.bytes)) {
        *error = m_file.errorString();
        m_file.close();
        return OpenResult::ResizeFailed;
    }
    m_work = start;
    return OpenResult::Ok;
}

bool PartWriter::isOpen() const
{
    std::lock_guard lock(m_mutex);
    return m_open;
}

QString PartWriter::fileName() const
{
    std::lock_guard lock(m_mutex);
    return m_fileName;
}

QString PartWriter::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_openError;
}

void PartWriter::append(const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return;
    std::lock_guard lock(m_mutex);
    if (!m_open || m_failed)
        return;
    m_chunks.push_back({chunk, m_opens});
    m_pending += chunk.size();
    m_worker.post([this, drops = m_drops] { writeNext(drops); });
}

// On the worker: writes the oldest chunk, unless the chunks of `drops` were dropped since.
void PartWriter::writeNext(quint64 drops)
{
    std::unique_lock lock(m_mutex);
    if (drops != m_drops)
        return; // its chunk was dropped (truncate(), discard(), a failed write): nothing to do
    Chunk chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    Step step = {Kind::Write, chunk.opens, m_epoch};
    lock.unlock();

    const qint64 n = chunk.data.size();
    step.bytes = n;
    step.ok = m_file.write(chunk.data.constData(), n) == n;
    if (step.ok) {
        m_work.crc.update(chunk.data);
        m_work.bytes += n;
    } else {
        step.error = m_file.errorString();
    }

    lock.lock();
    if (drops == m_drops)
        m_pending -= n; // else dropped while it was written: m_pending no longer counts it
    lock.unlock();
    m_spare.giveBack(std::move(chunk.data)); // reused by buffer()
    settle(step);
}

bool PartWriter::afterWrites(std::function<void(const Snapshot &)> task)
{
    std::lock_guard lock(m_mutex);
    if (!m_open || m_failed)
        return false;
    m_worker.post([this, task = std::move(task), epoch = m_epoch] {
        std::unique_lock onWorker(m_mutex);
        // Queued before a truncate/discard, or a write failed since: it has no state to see.
        const bool run = epoch == m_epoch && !m_failed;
        onWorker.unlock();
        if (run)
            task(m_work);
        settle({Kind::Task});
    });
    return true;
}

void PartWriter::later(std::function<void()> task)
{
    later([task = std::move(task)](const Snapshot &) { task(); });
}

void PartWriter::later(std::function<void(const Snapshot &)> task)
{
    // After a failed write or open, m_work may not describe the file any more: the published
    // state does.
    m_worker.post([this, task = std::move(task)] {
        task(durable());
        settle({Kind::Task});
    });
}

QByteArray PartWriter::buffer(qsizetype capacity)
{
    return m_spare.take(capacity);
}

void PartWriter::dropChunksLocked()
{
    m_chunks.clear();
    m_pending = 0;
    ++m_drops;
}

void PartWriter::truncate()
{
    std::lock_guard lock(m_mutex);
    if (!m_open)
        return;
    dropChunksLocked();
    ++m_epoch;
    m_failed = false;
    m_snapshot = {};
    m_worker.post([this, opens = m_opens] {
        Step step = begin(Kind::Truncate, opens);
        // A range (openAt) starts over at its first byte; the rest of the file is other writers'.
        step.ok = m_offset >= 0 ? m_file.seek(m_offset) : m_file.resize(0);
        m_work = {};
        if (!step.ok)
            step.error = m_file.errorString();
        settle(step);
    });
}

void PartWriter::close()
{
    std::lock_guard lock(m_mutex);
    if (!m_open)
        return;
    m_open = false;
    if (m_worker.isIdle()) {
        m_file.close(); // idle: the worker is not touching the file
        return;
    }
    m_worker.post([this] {
        m_file.close();
        settle({Kind::Close});
    });
}

void PartWriter::discard()
{
    std::lock_guard lock(m_mutex);
    dropChunksLocked();
    ++m_epoch;
    if (!m_open)
        return;
    m_open = false;
    if (m_worker.isIdle()) {
        m_file.close();
        return;
    }
    m_worker.post([this] {
        m_file.close();
        settle({Kind::Close});
    });
}

bool PartWriter::isIdle() const
{
    return m_worker.isIdle();
}

qint64 PartWriter::pendingBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_pending;
}

bool PartWriter::isFull()
{
    std::lock_guard lock(m_mutex);
    if (m_pending > m_limit)
        m_full = true;
    return m_full;
}

void PartWriter::notifyWhenDrained()
{
    std::lock_guard lock(m_mutex);
    if (m_worker.isIdle()) {
        QMetaObject::invokeMethod(this, &PartWriter::drained, Qt::QueuedConnection);
        return;
    }
    // The worker is busy: its onIdle, which takes this lock, comes after this and sees the flag.
    m_notifyDrained = true;
}

PartWriter::Snapshot PartWriter::durable() const
{
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

void PartWriter::waitForIdle()
{
    m_worker.waitForIdle();
}

PartWriter::Step PartWriter::begin(Kind kind, quint64 opens) const
{
    std::lock_guard lock(m_mutex);
    return {kind, opens, m_epoch};
}

// On the worker, after every command but a stale write: publishes the state it left unless an
// open(), truncate() or discard() has made it stale, reports its failure, and room in the queue.
void PartWriter::settle(const Step &step)
{
    std::unique_lock lock(m_mutex);
    const bool current = step.opens == m_opens; // no open() since it was queued
    const bool fresh = step.epoch == m_epoch; // no truncate() or discard() since it started
    const bool changedFile
        = step.kind == Kind::Open || step.kind == Kind::Write || step.kind == Kind::Truncate;
    if (changedFile && step.ok && fresh && current)
        m_snapshot = m_work;
    // A failure counts unless the owner has reopened since (a write to the previous file, a
    // pause ago) or, for opening, closed or discarded since.
    const bool reportOpenFailure = step.kind == Kind::Open && !step.ok && current && m_open;
    const bool reportFailure = step.kind != Kind::Open && !step.ok && fresh && current;
    if (reportFailure || reportOpenFailure) {
        m_failed = true;
        dropChunksLocked();
    }
    if (reportOpenFailure) {
        m_open = false;
        m_openError = step.error;
    }
    const bool emitRoom = m_full && m_pending <= m_limit / 2;
    if (emitRoom)
        m_full = false;
    const QString fileName = m_fileName;
    lock.unlock();
    // Signals from this thread reach the owner's slots queued, in its thread.
    if (reportFailure)
        emit failed(step.kind == Kind::Truncate, step.bytes, fileName, step.error);
    if (reportOpenFailure)
        emit openFailed(step.opened, fileName, step.error);
    if (emitRoom)
        emit roomAvailable();
}

// On the worker, once its queue has run empty.
void PartWriter::emitDrainedIfAsked()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_notifyDrained)
            return;
        m_notifyDrained = false;
    }
    emit drained();
}

} // namespace bb
