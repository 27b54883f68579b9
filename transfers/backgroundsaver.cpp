#include "transfers/backgroundsaver.h"

#include <QSaveFile>

namespace bb {

BackgroundSaver::BackgroundSaver(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_fileName(fileName)
    , m_thread([this] { run(); })
{ }

BackgroundSaver::~BackgroundSaver()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join(); // the worker writes what is queued before it stops
}

void BackgroundSaver::write(const QByteArray &data)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = data;
        ++m_queued;
    }
    m_wake.notify_one();
}

bool BackgroundSaver::writeAndWait(const QByteArray &data, QString *error)
{
    std::unique_lock lock(m_mutex);
    m_pending = data;
    const quint64 mine = ++m_queued;
    m_waited = mine; // its error goes to the caller, not to failed()
    m_wake.notify_one();
    m_done.wait(lock, [this, mine] { return m_written >= mine; });
    // Only the owner hands over snapshots, and it is waiting here: the last write is ours.
    if (!m_lastOk && error)
        *error = m_lastError;
    return m_lastOk;
}

void BackgroundSaver::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 queued = m_queued;
    m_done.wait(lock, [this, queued] { return m_written >= queued; });
}

void BackgroundSaver::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_pending; });
        if (!m_pending)
            return; // stopping, everything written
        QByteArray data = std::move(*m_pending);
        m_pending.reset();
        const quint64 sequence = m_queued;
        lock.unlock();

        QSaveFile file(m_fileName);
        const bool ok = file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
        const QString error = ok ? QString() : file.errorString();
        data = {};

        lock.lock();
        m_written = sequence;
        m_lastOk = ok;
        m_lastError = error;
        m_done.notify_all();
        if (!ok && sequence != m_waited) {
            lock.unlock();
            emit failed(error);
            lock.lock();
        }
    }
}

} // namespace bb
