#include "support/testmain.h"
#include "transfers/backgroundpriority.h"

#include <QTest>

#include <algorithm>
#include <thread>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_MACOS)
#include <pthread.h>
#endif

namespace {
// The calling thread's priority in the platform's terms: higher is more favoured.
int currentPriority()
{
#if defined(Q_OS_LINUX)
    return -getpriority(PRIO_PROCESS, id_t(gettid())); // nice: lower is more favoured
#elif defined(Q_OS_WIN)
    return GetThreadPriority(GetCurrentThread());
#elif defined(Q_OS_MACOS)
    return int(qos_class_self());
#else
    return 0;
#endif
}
} // namespace

// A download thread ends up below the GUI thread, and only the calling thread does.
class TestBackgroundPriority : public QObject
{
    Q_OBJECT

private slots:
    void lowersOnlyTheCallingThread()
    {
        const int mine = currentPriority();
        int lowered = mine;
        std::thread worker([&] {
            bb::lowerThisThreadsPriority();
            lowered = currentPriority();
        });
        worker.join();
#if defined(Q_OS_LINUX)
        // Ten steps of nice below the caller's own, at most to 19 (the suite may itself run under
        // `nice`): never above the caller.
        QCOMPARE(lowered, -std::min(-mine + 10, 19));
#else
        QVERIFY2(lowered < mine, qPrintable(QStringLiteral("%1 -> %2").arg(mine).arg(lowered)));
#endif
        QCOMPARE(currentPriority(), mine);
    }
};

BB_TEST_GUILESS_MAIN(TestBackgroundPriority)
#include "tst_backgroundpriority.moc"
