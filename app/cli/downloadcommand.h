#pragma once

#include "app/cli/clicommand.h"
#include "transfers/downloadidentity.h"
#include "transfers/downloadtypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

#include <memory>

namespace bb {

class BackupFinder;
class DownloadBatchProgress;
class DownloadTask;
class UrlResolver;

// `download`: fetches a backup's file(s) through DownloadTask (resumable .part, size and CRC-64
// verified, fresh URLs on expiry), each over up to --connections connections and up to
// filesAtOnce() of them at once; shows one progress line summing them on a terminal, and prints
// each final path in the backup's order. A file that fails does not stop the others; the command
// then exits with the first failed file's code (in the backup's order) once every file has
// ended. Ctrl-C pauses every running file, keeping its .part, so running the same command again
// resumes them.
class DownloadCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadCommand)

public:
    // Files of one backup at once without --parallel-files: the window's queue runs 3 at once too,
    // and 3 files at the default 4 connections (12) stay under the per-host cap of 16.
    static constexpr int defaultParallelFiles = 3;

    // How many files may download at once: the files asked for (0: the default), lowered so that
    // files x connections per file never pass the connections allowed to one host (and at
    // least one).
    static int filesAtOnce(int parallelFiles, int connectionsPerFile, int maxConnectionsPerHost);

    explicit DownloadCommand(CommandContext context, QObject *parent = nullptr);
    ~DownloadCommand() override;
    void start() override;
    void interrupt() override;

private:
    void onFound(const Backup &backup, const ProviderError &error);
    void startMore();
    void startFile(int index);
    void onFileFailed(DownloadTask *task, DownloadError error, const QString &message);
    void onFileEnded(DownloadTask *task);
    void onProgress(DownloadTask *task);
    void endWhenAllDone();
    void printPaths();

    BackupFinder *m_finder = nullptr;
    std::unique_ptr<UrlResolver> m_resolver;
    QList<DownloadIdentity> m_files; // the backup's files, in its order
    int m_next = 0; // the next file of m_files to start
    int m_filesAtOnce = 1;
    QHash<DownloadTask *, int> m_running; // each running task and its file's index
    std::unique_ptr<DownloadBatchProgress> m_progress;
    QElapsedTimer m_clock; // the progress's times (monotonic)
    QStringList m_paths; // the final path of each file, in the backup's order (empty: not done)
    QList<int> m_exitCodes; // per file: 0 until it failed
    bool m_interrupted = false;
    bool m_ended = false; // the result (or the failure) was reported
    QString m_folder; // where the files go: --dir, or a folder in it named after the backup
};

} // namespace bb
