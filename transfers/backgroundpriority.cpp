#include "transfers/backgroundpriority.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <algorithm>
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_MACOS)
#include <pthread.h>
#endif

namespace bb {

namespace {
// Linux: 10 steps of nice weigh about a tenth in the scheduler, so the GUI thread preempts at
// once; the thread still gets a full core when nothing else wants it.
[[maybe_unused]] constexpr int backgroundNiceSteps = 10;
[[maybe_unused]] constexpr int lowestNice = 19;
} // namespace

void lowerThisThreadsPriority()
{
    // The platforms' own calls: they work on any thread (QThread::setPriority() needs a QThread,
    // and does nothing for Linux's default policy, whose priority range is 0..0).
#if defined(Q_OS_LINUX)
    // Nice is per thread on Linux; lowering it needs no privileges. Relative to the thread's own:
    // a process started under `nice` (a timer's sync, a CI runner) keeps its downloads below its
    // other threads, and an absolute value would raise a thread above the user's choice.
    const id_t self = id_t(gettid());
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, self); // -1 is a valid nice: errno tells
    if (errno == 0)
        setpriority(PRIO_PROCESS, self, std::min(current + backgroundNiceSteps, lowestNice));
#elif defined(Q_OS_WIN)
    SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
#elif defined(Q_OS_MACOS)
    pthread_set_qos_class_self_np(QOS_CLASS_UTILITY, 0);
#endif
}

} // namespace bb
