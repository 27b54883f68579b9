#pragma once

#include "transfers/serialworker.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <mutex>
#include <optional>

namespace bb {

// Writes one file atomically (QSaveFile: temporary file, fsync, rename) on its own thread. While
// downloads write, that fsync and rename waited 25-90 ms on ext4 mounted with discard
// (bench/guistallbench), which must not stall the GUI thread. The owner hands over a finished
// snapshot of the file's bytes; the latest wins: one queued but not yet written is replaced.
// Nothing is lost: destruction writes what is still queued before it returns.
class BackgroundSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundSaver)

public:
    explicit BackgroundSaver(const QString &fileName, QObject *parent = nullptr);
    ~BackgroundSaver() override; // writes the queued snapshot, then joins

    QString fileName() const { return m_fileName; }

    // Queues `data` as the file's next content and returns at once; failed() reports an error.
    void write(const QByteArray &data);
    // Writes `data` (after a write in flight) and waits for it: for quitting and for callers
    // that need the result. On failure returns false with QSaveFile's error string in `error`.
    bool writeAndWait(const QByteArray &data, QString *error = nullptr);
    // Blocks until what is queued has been written.
    void flush();

signals:
    // A write handed to write() failed (emitted on the worker: reaches the owner's slots queued).
    void failed(const QString &error);

private:
    void queue(const QByteArray &data, bool waited);
    void saveLatest();

    const QString m_fileName;
    std::mutex m_mutex;
    std::optional<QByteArray> m_pending; // set: a saveLatest() job is queued and will take it
    quint64 m_queued = 0; // sequence number of the latest snapshot handed over
    quint64 m_waited = 0; // sequence number of the latest snapshot handed to writeAndWait()
    bool m_lastOk = true;
    QString m_lastError;
    SerialWorker m_worker; // last: its jobs use the members above until it has joined
};

} // namespace bb
