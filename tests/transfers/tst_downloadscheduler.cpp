#include "support/testmain.h"
#include "transfers/downloadscheduler.h"

#include <QTest>

#include <memory>
#include <vector>

using Status = bb::SchedulableJob::Status;

namespace {

class FakeJob final : public bb::SchedulableJob
{
public:
    explicit FakeJob(Status status = Status::Waiting)
        : m_status(status)
    { }
    Status schedulingStatus() const override { return m_status; }
    void startJob() override
    {
        ++starts;
        m_status = failToStart ? Status::Finished : Status::Running;
    }
    void requeueJob() override
    {
        ++requeues;
        m_status = Status::Waiting;
    }
    void set(Status status) { m_status = status; }
    int starts = 0;
    int requeues = 0;
    bool failToStart = false;

private:
    Status m_status;
};

struct Queue
{
    std::vector<std::unique_ptr<FakeJob>> jobs;
    explicit Queue(int n)
    {
        for (int i = 0; i < n; ++i)
            jobs.push_back(std::make_unique<FakeJob>());
    }
    QList<bb::SchedulableJob *> list() const
    {
        QList<bb::SchedulableJob *> out;
        for (const auto &job : jobs)
            out << job.get();
        return out;
    }
    int count(Status status) const
    {
        return int(std::count_if(jobs.begin(), jobs.end(),
                                 [status](const auto &j) { return j->schedulingStatus() == status; }));
    }
};

} // namespace

class TestDownloadScheduler : public QObject
{
    Q_OBJECT

private slots:
    void defaultLimitIsThree();
    void startsInQueueOrder();
    void finishedJobFreesASlot();
    void pausedJobsAreLeftAlone();
    void loweringTheLimitRequeuesTheLastOnes();
    void raisingTheLimitStartsMore();
    void jobThatFailsAtOnceDoesNotTakeASlot();
    void limitIsAtLeastOne();
};

void TestDownloadScheduler::defaultLimitIsThree()
{
    bb::DownloadScheduler scheduler;
    QCOMPARE(scheduler.maxRunning(), 3);
    Queue queue(5);
    scheduler.schedule(queue.list());
    QCOMPARE(queue.count(Status::Running), 3);
    QCOMPARE(queue.count(Status::Waiting), 2);
}

void TestDownloadScheduler::startsInQueueOrder()
{
    bb::DownloadScheduler scheduler;
    scheduler.setMaxRunning(2);
    Queue queue(4);
    scheduler.schedule(queue.list());
    QCOMPARE(queue.jobs[0]->schedulingStatus(), Status::Running);
    QCOMPARE(queue.jobs[1]->schedulingStatus(), Status::Running);
    QCOMPARE(queue.jobs[2]->schedulingStatus(), Status::Waiting);
    // Scheduling again changes nothing.
    scheduler.schedule(queue.list());
    QCOMPARE(queue.jobs[0]->starts, 1);
    QCOMPARE(queue.jobs[2]->starts, 0);
}

void TestDownloadScheduler::finishedJobFreesASlot()
{
    bb::DownloadScheduler scheduler;
    scheduler.setMaxRunning(1);
    Queue queue(3);
    scheduler.schedule(queue.list());
    queue.jobs[0]->set(Status::Finished);
    scheduler.schedule(queue.list());
    QCOMPARE(queue.jobs[1]->schedulingStatus(), Status::Running);
    QCOMPARE(queue.jobs[2]->schedulingStatus(), Status::Waiting);
}

void TestDownloadScheduler::pausedJobsAreLeftAlone()
{
    bb::DownloadScheduler scheduler;
    scheduler.setMaxRunning(2);
    Queue queue(3);
    queue.jobs[0]->set(Status::Stopped);
    scheduler.schedule(queue.list());
    QCOMPARE(queue.jobs[0]->starts, 0);
    QCOMPARE(queue.jobs[0]->schedulingStatus(), Status::Stopped);
    QCOMPARE(queue.count(Status::Running), 2);
}

void TestDownloadScheduler::loweringTheLimitRequeuesTheLastOnes()
{
    bb::DownloadScheduler scheduler;
    scheduler.setMaxRunning(4);
    Queue queue(4);
    scheduler.schedule(queue.list());
    QCOMPARE(queue.count(Status::Running), 4);
    scheduler.setMaxRunning(2);
    scheduler.schedule(queue.list());
    QCOMPARE(queue.jobs[0]->schedulingStatus(), Status::Running);
    QCOMPARE(queue.jobs[1]->schedulingStatus(), Status::Running);
    QCOMPARE(queue.jobs[2]->requeues, 1);
    QCOMPARE(queue.jobs[3]->requeues, 1);
    QCOMPARE(queue.count(Status::Waiting), 2);
}

void TestDownloadScheduler::raisingTheLimitStartsMore()
{
    bb::DownloadScheduler scheduler;
    scheduler.setMaxRunning(1);
    Queue queue(3);
    scheduler.schedule(queue.list());
    scheduler.setMaxRunning(3);
    scheduler.schedule(queue.list());
    QCOMPARE(queue.count(Status::Running), 3);
}

void TestDownloadScheduler::jobThatFailsAtOnceDoesNotTakeASlot()
{
    bb::DownloadScheduler scheduler;
    scheduler.setMaxRunning(1);
    Queue queue(2);
    queue.jobs[0]->failToStart = true; // e.g. "target exists" before any byte
    scheduler.schedule(queue.list());
    QCOMPARE(queue.jobs[0]->schedulingStatus(), Status::Finished);
    QCOMPARE(queue.jobs[1]->schedulingStatus(), Status::Running);
}

void TestDownloadScheduler::limitIsAtLeastOne()
{
    bb::DownloadScheduler scheduler;
    scheduler.setMaxRunning(0);
    QCOMPARE(scheduler.maxRunning(), 1);
}

BB_TEST_GUILESS_MAIN(TestDownloadScheduler)
#include "tst_downloadscheduler.moc"
