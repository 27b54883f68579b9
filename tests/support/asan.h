#pragma once

// BB_UNDER_ASAN is defined when this translation unit is built with AddressSanitizer
// (scripts/test-sanitizers). GCC says so with __SANITIZE_ADDRESS__; clang 14 (Debian 12's, which
// the sanitizer build uses) only through __has_feature(address_sanitizer).
#if defined(__SANITIZE_ADDRESS__)
#define BB_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BB_UNDER_ASAN 1
#endif
#endif
