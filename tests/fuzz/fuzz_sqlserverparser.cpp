// libFuzzer entry point: every SqlServerParser call on one input (see tencentfuzz.h).
#include "tests/fuzz/tencentfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bb::fuzz::sqlServerParser(bb::fuzz::bytes(data, size));
    return 0;
}
