#include "transfers/partwriter.h"

#include <QMetaObject>

namespace bb {

PartWriter::PartWriter(qint64 queueLimit, QObject *parent)
    : QObject(parent)
    , m_limit(queueLimit)
{ }

PartWriter::~PartWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_file.close();
}

void PartWriter::startThread()
{
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
}

void PartWriter::open(const QString &path, bool truncate, qint64 size, Crc64 crc)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_opens;
        m_fileName = path;
        m_openError.clear();
        m_open = true;
        m_failed = false;
        // What the file will hold once opened: the owner's durable state from now on.
        m_snapshot = {size, crc};
        Command command {Kind::Open, {}};
        command.path = path;
        command.truncate = truncate;
        command.start = {size, crc};
        command.opens = m_opens;
        command.epoch = m_epoch;
        m_queue.push_back(std::move(command));
        startThread();
    }
    m_wake.notify_one();
}

// On the worker.
PartWriter::OpenResult PartWriter::openFile(const Command &command, QString *error)
{
    m_file.close();
    m_file.setFileName(command.path);
    const QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered
        | (command.truncate ? QIODevice::Truncate : QIODevice::Append);
    if (!m_file.open(mode)) {
        *error = m_file.errorString();
        return OpenResult::OpenFailed;
    }
    // The .part may hold bytes beyond the CRC state: what we append must follow exactly the bytes
    // the CRC covers.
    if (m_file.size() != command.start.bytes && !m_file.resize(command.start.bytes)) {
        *error = m_file.errorString();
        m_file.close();
        return OpenResult::ResizeFailed;
    }
    m_work = command.start;
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
    {
        std::lock_guard lock(m_mutex);
        if (!m_open || m_failed)
            return;
        m_queue.push_back({Kind::Write, chunk, {}, 0, false, m_opens});
        m_pending += chunk.size();
    }
    m_wake.notify_one();
}

bool PartWriter::afterWrites(std::function<void(const Snapshot &)> task)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_open || m_failed)
            return false;
        m_queue.push_back({Kind::Task, {}, std::move(task), m_epoch});
    }
    m_wake.notify_one();
    return true;
}

void PartWriter::later(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(
            {Kind::Task, {}, [task = std::move(task)](const Snapshot &) { task(); }, m_epoch, true});
        startThread();
    }
    m_wake.notify_one();
}

QByteArray PartWriter::buffer(qsizetype capacity)
{
    QByteArray free;
    {
        std::lock_guard lock(m_mutex);
        if (!m_free.empty()) {
            free = std::move(m_free.back());
            m_free.pop_back();
        }
    }
    if (free.capacity() < capacity || !free.isDetached())
        free = QByteArray();
    if (free.isNull())
        free.reserve(capacity);
    free.resize(0);
    return free;
}

void PartWriter::dropWritesLocked()
{
    std::erase_if(m_queue, [](const Command &command) { return command.kind == Kind::Write; });
    m_pending = 0;
}

void PartWriter::truncate()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_open)
            return;
        dropWritesLocked();
        ++m_epoch;
        m_failed = false;
        m_snapshot = {};
        m_queue.push_back({Kind::Truncate, {}, {}, 0, false, m_opens});
    }
    m_wake.notify_one();
}

void PartWriter::close()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_open)
            return;
        m_open = false;
        if (m_queue.empty() && !m_busy) {
            m_file.close(); // idle: the worker is not touching the file
            return;
        }
        m_queue.push_back({Kind::Close, {}});
    }
    m_wake.notify_one();
}

void PartWriter::discard()
{
    {
        std::lock_guard lock(m_mutex);
        dropWritesLocked();
        ++m_epoch;
        if (!m_open)
            return;
        m_open = false;
        if (m_queue.empty() && !m_busy) {
            m_file.close();
            return;
        }
        m_queue.push_back({Kind::Close, {}});
    }
    m_wake.notify_one();
}

bool PartWriter::isIdle() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.empty() && !m_busy;
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
    if (m_queue.empty() && !m_busy) {
        QMetaObject::invokeMethod(this, &PartWriter::drained, Qt::QueuedConnection);
        return;
    }
    m_notifyDrained = true;
}

PartWriter::Snapshot PartWriter::durable() const
{
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

void PartWriter::waitForIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

void PartWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping, everything written
        Command command = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        const quint64 epoch = m_epoch;
        // A task queued before a truncate/discard, or after a failed write, has no state to see.
        const bool runTask
            = command.kind == Kind::Task && (command.always || (command.epoch == epoch && !m_failed));
        lock.unlock();

        bool ok = true;
        QString error;
        OpenResult opened = OpenResult::Ok;
        const qint64 n = command.data.size();
        switch (command.kind) {
        case Kind::Open:
            opened = openFile(command, &error);
            ok = opened == OpenResult::Ok;
            break;
        case Kind::Write:
            ok = m_file.write(command.data.constData(), n) == n;
            if (ok) {
                m_work.crc.update(command.data);
                m_work.bytes += n;
            }
            break;
        case Kind::Truncate:
            ok = m_file.resize(0);
            m_work = {};
            break;
        case Kind::Close:
            m_file.close();
            break;
        case Kind::Task:
            if (runTask)
                command.task(m_work);
            command.task = {}; // whatever it captured goes here, outside the lock
            break;
        }
        if (!ok && error.isEmpty())
            error = m_file.errorString();
        lock.lock();
        constexpr size_t maxFree = 4;
        if (command.kind == Kind::Write && m_free.size() < maxFree)
            m_free.push_back(std::move(command.data)); // reused by buffer(), not freed
        else if (!command.data.isNull()) {
            lock.unlock();
            command.data = {}; // free the chunk outside the lock
            lock.lock();
        }
        if (command.kind == Kind::Write)
            m_pending -= n;
        const bool current = command.opens == m_opens; // no open() since it was queued
        if (ok && epoch == m_epoch && current && command.kind != Kind::Close && command.kind != Kind::Task)
            m_snapshot = m_work;
        // A failure counts unless the owner has reopened since (a write to the previous file, a
        // pause ago) or, for opening, closed or discarded since.
        const bool reportOpenFailure = command.kind == Kind::Open && !ok && current && m_open;
        const bool reportFailure = command.kind != Kind::Open && !ok && epoch == m_epoch && current;
        if (reportFailure || reportOpenFailure) {
            m_failed = true;
            dropWritesLocked();
        }
        if (reportOpenFailure) {
            m_open = false;
            m_openError = error;
        }
        m_busy = false;
        const bool idle = m_queue.empty();
        const bool emitDrained = idle && m_notifyDrained;
        if (emitDrained)
            m_notifyDrained = false;
        const bool emitRoom = m_full && m_pending <= m_limit / 2;
        if (emitRoom)
            m_full = false;
        const QString fileName = m_fileName;
        if (idle)
            m_idle.notify_all();
        lock.unlock();
        // Signals from this thread reach the owner's slots queued, in its thread.
        if (reportFailure)
            emit failed(command.kind == Kind::Truncate, n, fileName, error);
        if (reportOpenFailure)
            emit openFailed(opened, fileName, error);
        if (emitRoom)
            emit roomAvailable();
        if (emitDrained)
            emit drained();
        lock.lock();
    }
}

} // namespace bb
