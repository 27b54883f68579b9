#include "support/testmain.h"
#include "transfers/serialworker.h"

#include <QFile>
#include <QTest>
#include <QThread>

#include <atomic>
#include <future>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

class TestSerialWorker : public QObject
{
    Q_OBJECT

private slots:
    void runsJobsInOrderOnOneThread();
    void startsNoThreadUntilTheFirstJob();
    void idleOnlyWhenNothingQueuedOrRunning();
    void onIdleRunsOnceTheQueueHasRunEmpty();
    void destructorRunsWhatIsQueued();
    void jobPostedByAJobRunsAfterIt();
};

namespace {

// The threads of this process, from the kernel: a thread started too early shows here.
int threadCount()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Threads:"))
            return line.mid(8).trimmed().toInt();
    }
    return -1;
}

} // namespace

void TestSerialWorker::runsJobsInOrderOnOneThread()
{
    std::vector<int> seen;
    std::set<std::thread::id> threads;
    {
        bb::SerialWorker worker;
        for (int i = 0; i < 2000; ++i) {
            // Only the worker touches `seen` and `threads` until waitForIdle() returns.
            worker.post([&seen, &threads, i] {
                seen.push_back(i);
                threads.insert(std::this_thread::get_id());
            });
        }
        worker.waitForIdle();
        QCOMPARE(seen.size(), size_t(2000));
        for (int i = 0; i < 2000; ++i)
            QCOMPARE(seen[size_t(i)], i);
    }
    QCOMPARE(threads.size(), size_t(1));
    QVERIFY(*threads.begin() != std::this_thread::get_id());
}

void TestSerialWorker::startsNoThreadUntilTheFirstJob()
{
    const int before = threadCount();
    QVERIFY(before > 0);
    bb::SerialWorker worker;
    QVERIFY(worker.isIdle());
    worker.waitForIdle(); // returns at once, without a thread
    QCOMPARE(threadCount(), before);
    std::atomic<bool> ran = false;
    worker.post([&ran] { ran = true; });
    worker.waitForIdle();
    QVERIFY(ran);
    QCOMPARE(threadCount(), before + 1);
}

void TestSerialWorker::idleOnlyWhenNothingQueuedOrRunning()
{
    bb::SerialWorker worker;
    std::promise<void> release;
    std::promise<void> started;
    const std::shared_future<void> released = release.get_future().share();
    worker.post([&started, released] {
        started.set_value();
        released.wait();
    });
    std::atomic<int> after = 0;
    worker.post([&after] { ++after; });
    started.get_future().wait();
    QVERIFY(!worker.isIdle()); // one running, one queued
    QCOMPARE(after.load(), 0);
    release.set_value();
    worker.waitForIdle();
    QVERIFY(worker.isIdle());
    QCOMPARE(after.load(), 1);
}

// onIdle runs on the worker after the queue has run empty, once per time it does, and sees
// isIdle() true: an owner that finds the worker busy can rely on it to come.
void TestSerialWorker::onIdleRunsOnceTheQueueHasRunEmpty()
{
    std::mutex mutex;
    int idleCalls = 0;
    bool idleInside = true;
    bool onWorker = true;
    // Read through a plain pointer: reset() clears the unique_ptr before the destructor waits
    // for an onIdle that may still be running.
    bb::SerialWorker *self = nullptr;
    auto worker = std::make_unique<bb::SerialWorker>([&] {
        const bool idle = self->isIdle();
        std::lock_guard lock(mutex);
        ++idleCalls;
        idleInside = idleInside && idle;
        onWorker = onWorker && QThread::currentThread() != qApp->thread();
    });
    self = worker.get();
    std::promise<void> release;
    const std::shared_future<void> released = release.get_future().share();
    worker->post([released] { released.wait(); });
    for (int i = 0; i < 100; ++i)
        worker->post([] {});
    release.set_value();
    worker->waitForIdle();
    worker.reset(); // waits for an onIdle in flight
    QCOMPARE(idleCalls, 1); // the 101 jobs were queued while the first ran: one emptying
    QVERIFY(idleInside);
    QVERIFY(onWorker);
}

void TestSerialWorker::destructorRunsWhatIsQueued()
{
    std::atomic<int> ran = 0;
    {
        bb::SerialWorker worker;
        for (int i = 0; i < 20; ++i) {
            worker.post([&ran] {
                QThread::msleep(2);
                ++ran;
            });
        }
    }
    QCOMPARE(ran.load(), 20);
}

void TestSerialWorker::jobPostedByAJobRunsAfterIt()
{
    std::vector<int> seen;
    bb::SerialWorker worker;
    worker.post([&] {
        worker.post([&seen] { seen.push_back(3); });
        seen.push_back(1);
    });
    worker.post([&seen] { seen.push_back(2); });
    worker.waitForIdle(); // the nested job was queued while the worker was busy: it counts
    QCOMPARE(seen, std::vector<int>({1, 2, 3}));
}

BB_TEST_GUILESS_MAIN(TestSerialWorker)
#include "tst_serialworker.moc"
