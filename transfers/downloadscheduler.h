#pragma once

#include <QList>

namespace bb {

// What the scheduler needs to know about a job and may do to it. DownloadManager adapts its
// tasks; tests use fake jobs.
class SchedulableJob
{
public:
    enum class Status {
        Waiting, // queued, may be started
        Running, // resolving, downloading or verifying
        Stopped, // paused by the user: left alone
        Finished, // done, failed or cancelled: left alone
    };
    virtual ~SchedulableJob() = default;
    virtual Status schedulingStatus() const = 0;
    virtual void startJob() = 0; // Waiting → Running
    virtual void requeueJob() = 0; // Running → Waiting (over the limit)
};

// The queue policy, kept apart from the network so that it can be tested with fake jobs
// (like KGet's Scheduler): at most maxRunning() jobs run, started in queue order; when the limit
// drops, the jobs furthest down the queue go back to waiting.
class DownloadScheduler final
{
public:
    static constexpr int defaultMaxRunning = 3;

    void setMaxRunning(int count);
    int maxRunning() const { return m_maxRunning; }

    // Starts and requeues jobs of `queue` (in queue order) to honour the limit. Call it whenever a
    // job is added, finishes, is paused/resumed, or the limit changes.
    void schedule(const QList<SchedulableJob *> &queue) const;

private:
    int m_maxRunning = defaultMaxRunning;
};

} // namespace bb
