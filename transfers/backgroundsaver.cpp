#include "transfers/backgroundsaver.h"

#include <QSaveFile>

namespace bb {

BackgroundSaver::BackgroundSaver(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_fileName(fileName)
{ }

BackgroundSaver::~BackgroundSaver()
{
    m_worker.waitForIdle(); // writes what is queued (and may report) while the saver is whole
}

void BackgroundSaver::write(const QByteArray &data)
{
    queue(data, false);
}

bool BackgroundSaver::writeAndWait(const QByteArray &data, QString *error)
{
    queue(data, true);
    m_worker.waitForIdle();
    // Only the owner hands over snapshots, and it is waiting here: the last write is ours.
    std::lock_guard lock(m_mutex);
    if (!m_lastOk && error)
        *error = m_lastError;
    return m_lastOk;
}

void BackgroundSaver::flush()
{
    m_worker.waitForIdle();
}

void BackgroundSaver::queue(const QByteArray &data, bool waited)
{
    std::lock_guard lock(m_mutex);
    // A snapshot still pending has its job queued: that job takes this one instead.
    const bool jobQueued = m_pending.has_value();
    m_pending = data;
    ++m_queued;
    if (waited)
        m_waited = m_queued; // its error goes to the caller, not to failed()
    if (!jobQueued)
        m_worker.post([this] { saveLatest(); });
}

// On the worker.
void BackgroundSaver::saveLatest()
{
    std::unique_lock lock(m_mutex);
    QByteArray data = std::move(*m_pending);
    m_pending.reset();
    const quint64 sequence = m_queued;
    lock.unlock();

    QSaveFile file(m_fileName);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
    const QString error = ok ? QString() : file.errorString();
    data = {};

    lock.lock();
    m_lastOk = ok;
    m_lastError = error;
    const bool report = !ok && sequence != m_waited;
    lock.unlock();
    if (report)
        emit failed(error);
}

} // namespace bb
