#pragma once

#include "transfers/sparechunks.h"

#include <QByteArray>

#include <deque>
#include <mutex>

namespace bb {

// The body bytes a connection on the transfer thread has read and its reader on another thread
// has not taken yet. Chunks are handed over whole (shared, not copied); the reader copies out
// of them into its own buffer and their memory goes back for the next reads, so a steady
// download neither allocates nor faults in new pages. Bounded: once `limit` bytes wait, the
// connection stops reading its socket (TCP flow control then slows the sender) until the reader
// has taken half of them. Thread-safe; one writer and one reader.
class HttpBodyBuffer
{
public:
    explicit HttpBodyBuffer(qint64 limit);

    // Writer side (the connection).
    // An empty buffer with room for `capacity` bytes: a consumed chunk's memory when one is free.
    QByteArray spare(qsizetype capacity);
    // Queues `chunk` (ignored when empty). True when the reader should be told: it had taken
    // everything before, or has not been told since it last read.
    bool push(QByteArray chunk);
    // Whether the writer should stop reading; when true, the reader's read() that frees half the
    // limit reports `wakeWriter`.
    bool stopWhenFull();
    // Whether the writer may keep filling its partial chunk rather than push it now: true when
    // the reader still has bytes; then the read() that takes the last of them reports
    // `wakeWriter`, so that bytes never wait in the writer while the reader has none.
    bool holdPartial();

    // Reader side.
    qint64 available() const;
    // Copies up to `maxSize` bytes into `data`; returns how many (0 when none wait). Sets
    // `wakeWriter` when the writer stopped at the limit and should read again, or holds a partial
    // chunk the reader now needs.
    qint64 read(char *data, qint64 maxSize, bool *wakeWriter);
    // The reader will look at available() again only after it is told: the next push() says so.
    void expectNotice();

private:
    const qint64 m_limit;
    mutable std::mutex m_mutex;
    std::deque<QByteArray> m_chunks;
    qsizetype m_frontPos = 0; // bytes of m_chunks.front() already read
    qint64 m_available = 0;
    bool m_writerStopped = false;
    bool m_writerHolds = false;
    bool m_noticePending = false; // a push told the reader, who has not read since
    SpareChunks m_spare; // read chunks, for spare()
};

} // namespace bb
