#pragma once

#include <QtGlobal>

namespace bb::sandbox {

// Produces a response body piece by piece, so files of any size stream with flat memory.
class BodySource
{
public:
    virtual ~BodySource() = default;
    virtual qint64 size() const = 0;
    // Fills `out` with up to `max` bytes starting at `offset`; returns the count.
    virtual qint64 read(qint64 offset, char *out, qint64 max) = 0;
};

} // namespace bb::sandbox
