// libFuzzer entry point: every RedisParser call on one input (see tencentfuzz.h).
#include "tests/fuzz/tencentfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bb::fuzz::redisParser(bb::fuzz::bytes(data, size));
    return 0;
}
