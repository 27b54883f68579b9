#include "transfers/backgroundpriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace bb {

namespace {
// Linux: nice 10 weighs about a tenth of nice 0 (the GUI thread) in the scheduler, so the GUI
// thread preempts at once; the thread still gets a full core when nothing else wants it.
[[maybe_unused]] constexpr int backgroundNice = 10;
} // namespace

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    // Qt's thread priorities do nothing for Linux's default policy (its range is 0..0), but
    // nice is per thread there; lowering it needs no privileges.
    setpriority(PRIO_PROCESS, id_t(gettid()), backgroundNice);
#else
    // Windows and macOS map Qt's priorities onto their own thread priorities.
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace bb
