#include "transfers/downloadscheduler.h"

#include <algorithm>

namespace bb {

void DownloadScheduler::setMaxRunning(int count)
{
    m_maxRunning = std::max(1, count);
}

void DownloadScheduler::schedule(const QList<SchedulableJob *> &queue) const
{
    int running = 0;
    for (SchedulableJob *job : queue) {
        if (job->schedulingStatus() != SchedulableJob::Status::Running)
            continue;
        // Over the limit (it was lowered): the later jobs in the queue yield to the earlier ones.
        if (running >= m_maxRunning)
            job->requeueJob();
        else
            ++running;
    }
    for (SchedulableJob *job : queue) {
        if (running >= m_maxRunning)
            break;
        if (job->schedulingStatus() == SchedulableJob::Status::Waiting) {
            job->startJob();
            if (job->schedulingStatus() == SchedulableJob::Status::Running)
                ++running;
        }
    }
}

} // namespace bb
