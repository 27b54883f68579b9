#pragma once

#include "providers/crypto/crc64.h"
#include "transfers/serialworker.h"
#include "transfers/sparechunks.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <mutex>

namespace bb {

// Appends a download's chunks to its .part and folds them into the CRC-64 on a worker thread:
// under write-back ext4 blocks write() for 100-400 ms, which must not stall the GUI thread.
// Commands run in the order given. The owner reads the durable state (bytes in the file, all
// covered by the CRC) as a snapshot and hears by signal (queued to its thread) when the queue has
// drained, when a full queue has room again, and when a write failed.
class PartWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartWriter)

public:
    struct Snapshot
    {
        qint64 bytes = 0;
        Crc64 crc;
    };
    enum class OpenResult { Ok, OpenFailed, ResizeFailed };
    Q_ENUM(OpenResult)

    explicit PartWriter(qint64 queueLimit = 8 * 1024 * 1024, QObject *parent = nullptr);
    ~PartWriter() override; // finishes the queued commands, then joins

    // Opens `path` on the worker, after what is queued, for appending after its first `size`
    // bytes (cut there if longer) whose CRC is `crc`; returns at once. Opening (with truncation
    // or a cut, which free blocks) waited for the disk on the GUI thread (bench/guistallbench).
    // Chunks and tasks may follow at once; when opening fails they are dropped and openFailed()
    // follows, as a failed write would.
    void open(const QString &path, bool truncate, qint64 size, Crc64 crc);
    // The same for one byte range of a file that several writers fill (a download over several
    // connections): writes from `offset + size` on, where the range's first `size` bytes (CRC
    // `crc`) end; never cuts or truncates the file (truncate() goes back to `offset`). The
    // snapshot's bytes and CRC are the range's.
    void openAt(const QString &path, qint64 offset, qint64 size, Crc64 crc);
    bool isOpen() const; // opened, and no failure to open reported
    QString fileName() const;
    QString errorString() const; // after openFailed()

    void append(const QByteArray &chunk); // shares the chunk, no copy
    // An empty buffer with room for `capacity` bytes for the next chunk: a written chunk's when
    // one is free, so a steady download neither allocates nor faults in 256 KiB per read.
    QByteArray buffer(qsizetype capacity);
    // Runs `task` on the worker once the chunks queued before it are written, with the state
    // they leave (bytes in the file, their CRC): for work that must follow the writes and must
    // not block the owner's thread, such as the periodic resume sidecar (renaming over the old
    // one waited 30-60 ms in ext4's discard on the GUI thread, bench/guistallbench). Dropped
    // when truncate() or discard() come first, or after a failed write. False when not open.
    bool afterWrites(std::function<void(const Snapshot &)> task);
    // Runs `task` on the worker after everything queued before it, open or closed, after a failed
    // write too, and before the destructor returns: for the owner's own disk work that must follow
    // the writes and their tasks but need not be waited for, such as removing a finished
    // download's sidecar (the unlink waited in ext4's discard on the GUI thread).
    void later(std::function<void()> task);
    // The same, and `task` gets the durable state (what durable() returns) as it runs: for a
    // sidecar that must describe the .part once the chunks queued before it are written, queued
    // after close() (pause, failure: no write can follow, so the state is final).
    void later(std::function<void(const Snapshot &)> task);
    void truncate(); // drops the queued chunks and cuts the file to zero
    void close(); // after the queued chunks (at once when idle)
    void discard(); // drops the queued chunks and closes

    bool isIdle() const;
    qint64 pendingBytes() const;
    // More than the limit queued: the caller should stop reading; roomAvailable() follows when
    // half of it is written.
    bool isFull();
    // drained() follows when the queue is empty (at once, queued, if it already is).
    void notifyWhenDrained();
    Snapshot durable() const;
    // Blocks until idle: for destructors and tests only.
    void waitForIdle();

signals:
    void roomAvailable();
    void drained();
    // A write (or, with truncating, the cut to zero) failed; the queued chunks are dropped.
    void failed(bool truncating, qint64 bytes, const QString &fileName, const QString &error);
    // open() failed (the file is closed; isOpen() is false).
    void openFailed(bb::PartWriter::OpenResult result, const QString &fileName, const QString &error);

private:
    enum class Kind { Open, Write, Truncate, Close, Task };
    // What a command did on the worker, for settle().
    struct Step
    {
        Kind kind;
        quint64 opens = 0; // m_opens when queued: a command for an earlier open() never publishes
        quint64 epoch = 0; // m_epoch when it started: a truncate()/discard() since makes it stale
        bool ok = true;
        qint64 bytes = 0; // Write
        OpenResult opened = OpenResult::Ok; // Open
        QString error = {};
    };
    struct Chunk
    {
        QByteArray data;
        quint64 opens = 0; // m_opens when appended
    };

    // On the worker.
    void openWith(const QString &path, bool truncate, qint64 offset, qint64 size, Crc64 crc);
    OpenResult openFile(const QString &path, bool truncate, qint64 offset, const Snapshot &start,
                        QString *error);
    void writeNext(quint64 drops);
    void settle(const Step &step);
    void emitDrainedIfAsked();

    Step begin(Kind kind, quint64 opens) const;
    void dropChunksLocked();

    const qint64 m_limit;
    mutable std::mutex m_mutex;
    // Appended and neither written nor dropped, oldest first. Each has a writeNext() job queued
    // on the worker, which takes the oldest: a chunk per job keeps the job small enough for
    // std::function's own storage (no allocation per chunk), and dropping them frees them at once.
    std::deque<Chunk> m_chunks;
    SpareChunks m_spare; // written chunks for buffer()
    qint64 m_pending = 0;
    bool m_full = false;
    bool m_notifyDrained = false;
    bool m_open = false;
    bool m_failed = false; // a write failed: ignore chunks until the next open()
    quint64 m_epoch = 0; // bumped by truncate()/discard(): a write in flight must not publish
    quint64 m_opens = 0; // bumped by open(): the previous file's writes must not publish
    quint64 m_drops = 0; // bumped when m_chunks is dropped: the writeNext() jobs for them find out
    Snapshot m_snapshot;
    QString m_fileName;
    QString m_openError;

    // Touched by the worker's jobs, by the owner only while the worker is idle.
    QFile m_file;
    qint64 m_offset = -1; // openAt()'s offset; -1: the whole file, appended
    Snapshot m_work;
    SerialWorker m_worker; // last: destroyed first, while the members its jobs use are alive
};

} // namespace bb
