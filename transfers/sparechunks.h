#pragma once

#include <QByteArray>

#include <mutex>
#include <vector>

namespace bb {

// The memory of chunks already consumed, kept for the next ones, so that a steady download
// neither allocates nor faults in 256 KiB per read. One side gives chunks back, the other
// takes buffers; thread-safe. Used by the connection's hand-over (HttpBodyBuffer) and the
// writer (PartWriter).
class SpareChunks
{
public:
    explicit SpareChunks(std::size_t keep = 4);

    // An empty buffer with room for `capacity` bytes: a given-back chunk's memory when it is big
    // enough and nobody else holds it, else new memory.
    QByteArray take(qsizetype capacity);
    // Keeps `chunk`'s memory for take(), up to `keep` chunks; beyond that it is freed (outside
    // the lock: the parameter dies after it).
    void giveBack(QByteArray chunk);

private:
    const std::size_t m_keep;
    std::mutex m_mutex;
    std::vector<QByteArray> m_chunks;
};

} // namespace bb
