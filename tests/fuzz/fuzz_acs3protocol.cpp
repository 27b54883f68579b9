// libFuzzer entry point: every Acs3Protocol::interpret() call on one input (see alibabafuzz.h).
#include "tests/fuzz/alibabafuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bb::fuzz::acs3Protocol(bb::fuzz::bytes(data, size));
    return 0;
}
