#pragma once

#include "transfers/downloadtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace bb {

// The progress of one backup's files, some downloading at once, summed for the CLI's one progress
// line (issue 15): bytes over every file still wanted (finished ones whole, waiting ones at their
// listed size), and the ETA of what is left at the batch's speed. The speed is the batch's own,
// measured over the last few seconds of bytes that arrived in this run, not the sum of the
// files' smoothed speeds: those start near zero with each new file and leave with each finished
// one, and the sum would dip at every change. Bytes a file had from its .part before it resumed
// are not speed. A failed file leaves the sums: its bytes are not coming in this run. Times are
// a monotonic clock's milliseconds, given by the caller (the tests pin them).
class DownloadBatchProgress final
{
    Q_DECLARE_TR_FUNCTIONS(bb::DownloadBatchProgress)

public:
    // One entry per file in the backup's order: its listed size, -1 when unknown.
    explicit DownloadBatchProgress(const QList<qint64> &listedSizes);

    void started(int file); // running, at its listed size until it reports
    void update(int file, const DownloadProgress &progress, qint64 nowMs);
    void finished(int file, qint64 bytes, qint64 nowMs);
    void failed(int file);

    DownloadProgress sum() const;
    int files() const { return int(m_files.size()); }
    int done() const;
    int running() const;
    // The line: one file reads as before (its name first); several name how many are done and
    // running instead.
    QString line(const QString &singleFileName) const;

    // The window the speed is measured over, and the least of it that is enough: shorter, the
    // files' own speeds are summed instead.
    static constexpr qint64 speedWindowMs = 3000;
    static constexpr qint64 minSpeedSpanMs = 500;

private:
    enum class State { Waiting, Running, Done, Failed };
    struct File
    {
        State state = State::Waiting;
        qint64 listed = -1;
        DownloadProgress progress;
        qint64 counted = -1; // the received bytes counted as transferred so far; -1: none reported yet
    };
    void count(File &file, qint64 received);
    void sample(qint64 nowMs);

    QList<File> m_files;
    qint64 m_transferred = 0; // bytes that arrived in this run, over every file
    QList<std::pair<qint64, qint64>> m_samples; // (time, m_transferred) over the window
    double m_speed = -1; // bytes per second over the window; -1: not measured yet
};

} // namespace bb
