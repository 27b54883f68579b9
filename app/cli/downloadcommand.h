#pragma once

#include "app/cli/clicommand.h"
#include "transfers/downloadidentity.h"

#include <QStringList>

#include <memory>

namespace bb {

class BackupFinder;
class DownloadTask;
class UrlResolver;

// `download`: fetches a backup's file(s) one after another through DownloadTask (resumable
// .part, size and CRC-64 verified, fresh URLs on expiry), shows a progress line on a terminal,
// and prints each final path. Ctrl-C pauses the running file, keeping its .part, so running the
// same command again resumes it.
class DownloadCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadCommand)

public:
    explicit DownloadCommand(CommandContext context, QObject *parent = nullptr);
    ~DownloadCommand() override;
    void start() override;
    void interrupt() override;

private:
    void onFound(const Backup &backup, const ProviderError &error);
    void startNext();
    void onProgress();
    void onFinished(const QString &path);
    void printPaths();

    BackupFinder *m_finder = nullptr;
    std::unique_ptr<UrlResolver> m_resolver;
    QList<DownloadIdentity> m_pending;
    DownloadTask *m_task = nullptr;
    QStringList m_paths;
    QString m_folder; // where the files go: --dir, or a folder in it named after the backup
};

} // namespace bb
