#include "transfers/backgroundpriority.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_MACOS)
#include <pthread.h>
#endif

namespace bb {

namespace {
// Linux: nice 10 weighs about a tenth of nice 0 (the GUI thread) in the scheduler, so the GUI
// thread preempts at once; the thread still gets a full core when nothing else wants it.
[[maybe_unused]] constexpr int backgroundNice = 10;
} // namespace

void lowerThisThreadsPriority()
{
    // The platforms' own calls: they work on any thread (QThread::setPriority() needs a QThread,
    // and does nothing for Linux's default policy, whose priority range is 0..0).
#if defined(Q_OS_LINUX)
    // Nice is per thread on Linux; lowering it needs no privileges.
    setpriority(PRIO_PROCESS, id_t(gettid()), backgroundNice);
#elif defined(Q_OS_WIN)
    SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
#elif defined(Q_OS_MACOS)
    pthread_set_qos_class_self_np(QOS_CLASS_UTILITY, 0);
#endif
}

} // namespace bb
