#include "testmain.h"

#include <cstdio>
#include <cstdlib>

// GCC says __SANITIZE_ADDRESS__; clang says it through __has_feature.
#if defined(__SANITIZE_ADDRESS__)
#define BB_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BB_UNDER_ASAN 1
#endif
#endif
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
