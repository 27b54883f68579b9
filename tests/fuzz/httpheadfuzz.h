#pragma once

// What fuzz_httpheadparser does with one input, shared with the ctest transfers_httpheadparser,
// which replays the seeds and tests/fuzz/regressions/httpheadparser/* with gcc.

#include "transfers/httpheadparser.h"

#include <cstdlib>

namespace bb::fuzz {

// Checks the parser's promises on every input: it never keeps more than a head's worth
// unparsed, a final head leaves only the bytes after it, and feeding the same bytes in two
// pieces gives the same verdict as feeding them at once.
inline void httpHead(const QByteArray &input)
{
    HttpHeadParser whole;
    QByteArray buffer = input;
    const HttpHeadParser::Result once = whole.parse(buffer);
    if (once == HttpHeadParser::Result::NeedMore && buffer.size() > HttpHeadParser::maxHeadSize + 3)
        std::abort();
    if (whole.interimCount() > HttpHeadParser::maxInterim)
        std::abort();
    if (once == HttpHeadParser::Result::Done) {
        const HttpResponseHead &head = whole.head();
        if (head.status < 200 || head.status > 599 || head.contentLength < -1)
            std::abort();
        if (!input.endsWith(buffer))
            std::abort();
    }

    const qsizetype split
        = input.isEmpty() ? 0 : qsizetype(static_cast<unsigned char>(input.at(0))) % (input.size() + 1);
    HttpHeadParser pieces;
    QByteArray stream = input.left(split);
    HttpHeadParser::Result twice = pieces.parse(stream);
    if (twice == HttpHeadParser::Result::NeedMore) {
        stream += input.mid(split);
        twice = pieces.parse(stream);
    }
    // A verdict reached on the first piece may come before an oversized or malformed tail.
    if (twice == HttpHeadParser::Result::NeedMore && once != HttpHeadParser::Result::NeedMore)
        std::abort();
    if (once == HttpHeadParser::Result::Done && twice == HttpHeadParser::Result::Done
        && (whole.head().status != pieces.head().status
            || whole.head().contentLength != pieces.head().contentLength))
        std::abort();
}

} // namespace bb::fuzz
