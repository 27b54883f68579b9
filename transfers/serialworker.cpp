#include "transfers/serialworker.h"

#include "transfers/backgroundpriority.h"

namespace bb {

SerialWorker::SerialWorker(Job onIdle)
    : m_onIdle(std::move(onIdle))
{ }

SerialWorker::~SerialWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join(); // the worker runs what is queued before it stops
}

void SerialWorker::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

bool SerialWorker::isIdle() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.empty() && !m_busy;
}

void SerialWorker::waitForIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

void SerialWorker::run()
{
    // Disk writes and CRCs of downloads, sidecars and the queue file: all background work that
    // must not take a core from the GUI thread when it wants one.
    lowerThisThreadsPriority();
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping, everything run
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        job();
        job = {}; // what it captured is freed here, outside the lock
        lock.lock();
        m_busy = false;
        if (m_queue.empty()) {
            m_idle.notify_all();
            if (m_onIdle) {
                lock.unlock();
                m_onIdle();
                lock.lock();
            }
        }
    }
}

} // namespace bb
