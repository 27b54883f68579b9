#include "testmain.h"

#include "asan.h"

#include <cstdio>
#include <cstdlib>

#if defined(BB_UNDER_ASAN)
#include <sanitizer/lsan_interface.h>
#endif

namespace bb::test {

void leaveAfterTests(int status)
{
#if defined(BB_UNDER_ASAN)
    // LeakSanitizer's own check is an exit handler too, which _Exit skips: run it here. A leak
    // ends the process with LSan's exit code, as it would at a normal exit.
    __lsan_do_leak_check();
#endif
    std::fflush(nullptr);
    std::_Exit(status);
}

} // namespace bb::test
