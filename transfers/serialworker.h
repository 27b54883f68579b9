#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace bb {

// Runs jobs one at a time, in the order they were posted, on a thread of its own: the hand-off
// PartWriter and BackgroundSaver use to keep disk waits off the owner's thread. The thread starts
// with the first job (a queued download that never writes costs none). Not copyable.
class SerialWorker final
{
public:
    using Job = std::function<void()>;

    // `onIdle`, when given, runs on the worker each time the queue has run empty, after isIdle()
    // turned true: an owner that checks isIdle() under its own lock and otherwise asks to be told
    // misses no notification (PartWriter::drained()).
    explicit SerialWorker(Job onIdle = {});
    ~SerialWorker(); // runs the queued jobs, then joins
    SerialWorker(const SerialWorker &) = delete;
    SerialWorker &operator=(const SerialWorker &) = delete;

    // Queues `job` after the others and returns at once. A job that captures no more than a
    // pointer and a counter stays inside std::function's own storage: posting it allocates
    // nothing but, every 16 jobs, a block of the queue (PartWriter posts one per chunk).
    void post(Job job);
    bool isIdle() const; // nothing queued, nothing running
    // Blocks until idle: for destructors, tests and callers that need the result. Not from a job.
    // `onIdle` may still be running when it returns; the destructor waits for it.
    void waitForIdle();

private:
    void run();

    const Job m_onIdle;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Job> m_queue;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace bb
