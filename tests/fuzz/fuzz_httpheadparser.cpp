// libFuzzer entry point: HttpHeadParser (the download engine's HTTP/1.1 response head) on one
// input, whole and then split in two at a point the input's first byte picks, as a server's bytes
// arrive in any number of reads (see httpheadfuzz.h).
#include "tests/fuzz/httpheadfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bb::fuzz::httpHead(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
