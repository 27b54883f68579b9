#pragma once

#include "transfers/downloadtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bb {

// The progress of one backup's files, some downloading at once, summed for the CLI's one progress
// line (issue 15): bytes over every file still wanted (finished ones whole, waiting ones at their
// listed size), speed over the running ones, and the ETA of what is left at that speed. A failed
// file leaves the sums: its bytes are not coming in this run.
class DownloadBatchProgress final
{
    Q_DECLARE_TR_FUNCTIONS(bb::DownloadBatchProgress)

public:
    // One entry per file in the backup's order: its listed size, -1 when unknown.
    explicit DownloadBatchProgress(const QList<qint64> &listedSizes);

    void update(int file, const DownloadProgress &progress);
    void finished(int file, qint64 bytes);
    void failed(int file);

    DownloadProgress sum() const;
    int files() const { return int(m_files.size()); }
    int done() const;
    int running() const;
    // The line: one file reads as before (its name first); several name how many are done and
    // running instead.
    QString line(const QString &singleFileName) const;

private:
    enum class State { Waiting, Running, Done, Failed };
    struct File
    {
        State state = State::Waiting;
        qint64 listed = -1;
        DownloadProgress progress;
    };
    QList<File> m_files;
};

} // namespace bb
