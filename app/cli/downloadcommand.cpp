#include "app/cli/downloadcommand.h"

#include "app/cli/backupfinder.h"
#include "app/cli/clioutput.h"
#include "app/cli/downloadbatchprogress.h"
#include "app/cli/exitcodes.h"
#include "providers/core/apiclient.h"
#include "session/appcontext.h"
#include "session/downloadplan.h"
#include "transfers/downloadtask.h"
#include "transfers/urlresolver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace bb {

DownloadCommand::DownloadCommand(CommandContext context, QObject *parent)
    : CliCommand(std::move(context), parent)
{ }

DownloadCommand::~DownloadCommand() = default;

void DownloadCommand::start()
{
    m_folder = options().dir.isEmpty() ? QDir::currentPath() : options().dir;
    if (!QDir(m_folder).exists())
        return fail(ExitCodes::LocalFile, tr("the folder %1 does not exist").arg(m_folder));
    if (!service()->capabilities().download) {
        // Before the lookup: the product itself cannot be downloaded, whatever the backup.
        const QString why = service()->capabilities().noDownloadReason;
        return fail(ExitCodes::Provider,
                    tr("%1 backups cannot be downloaded%2")
                        .arg(service()->product(), why.isEmpty() ? QString() : QStringLiteral(": ") + why));
    }
    m_finder = new BackupFinder(service(), context().app->apiClient(), this);
    m_finder->find(context().region, options().instance, options().backup, options().since, options().until,
                   [this](const Backup &backup, const ProviderError &error) { onFound(backup, error); });
}

void DownloadCommand::onFound(const Backup &backup, const ProviderError &error)
{
    if (error.isError())
        return fail(error);
    DownloadPlan plan = DownloadPlan::prepare(backup, *service(), context().accountId, m_folder);
    if (!plan.ok()) {
        return fail(plan.problem == DownloadPlan::Problem::Folder ? ExitCodes::LocalFile
                                                                  : ExitCodes::Provider,
                    plan.message);
    }

    // The listed record, not the identity's bare one: some services need its start time, kind
    // or extra fields (SQL Server re-lists within the day the backup started) to find it again.
    auto resolver = std::make_unique<ServiceUrlResolver>(
        [service = service()](const DownloadIdentity &) -> BackupService * { return service; });
    resolver->remember(backup);
    m_resolver = std::move(resolver);
    m_files = std::move(plan.identities);
    for (DownloadIdentity &identity : m_files) {
        if (identity.region.isEmpty())
            identity.region = context().region;
    }
    m_folder = plan.folder;

    m_paths = QStringList(m_files.size());
    m_exitCodes = QList<int>(m_files.size(), ExitCodes::Ok);
    QList<qint64> listed;
    for (const DownloadIdentity &identity : std::as_const(m_files))
        listed << identity.expectedSize;
    m_progress = std::make_unique<DownloadBatchProgress>(listed);
    m_clock.start();
    const int perHost = DownloadOptions().maxConnectionsPerHost;
    m_filesAtOnce = filesAtOnce(options().parallelFiles, options().connections, perHost);
    if (m_files.size() > 1 && options().parallelFiles > m_filesAtOnce) {
        context().output->info(tr("files at once: %1, not %2 (%3 connections each, at most %4 to one host)")
                                   .arg(m_filesAtOnce)
                                   .arg(options().parallelFiles)
                                   .arg(options().connections)
                                   .arg(perHost));
    }
    startMore();
}

int DownloadCommand::filesAtOnce(int parallelFiles, int connectionsPerFile, int maxConnectionsPerHost)
{
    const int wanted = parallelFiles > 0 ? parallelFiles : defaultParallelFiles;
    return std::max(1, std::min(wanted, maxConnectionsPerHost / std::max(1, connectionsPerFile)));
}

void DownloadCommand::startMore()
{
    while (!m_interrupted && m_running.size() < m_filesAtOnce && m_next < m_files.size())
        startFile(m_next++);
    endWhenAllDone();
}

void DownloadCommand::startFile(int index)
{
    DownloadOptions downloadOptions;
    downloadOptions.folder = m_folder;
    downloadOptions.network = options().network;
    downloadOptions.overwrite = options().overwrite ? OverwritePolicy::Overwrite : OverwritePolicy::Numbered;
    downloadOptions.connections = options().connections;

    AppContext *app = context().app;
    auto *task = new DownloadTask(app->network(), m_resolver.get(), m_files.at(index), downloadOptions, this);
    m_running.insert(task, index);
    m_progress->started(index);
    task->setSslConfiguration(app->apiClient()->sslConfiguration());
    connect(task, &DownloadTask::progressChanged, this, [this, task] { onProgress(task); });
    connect(task, &DownloadTask::statusTextChanged, this, [this, task](const QString &text) {
        if (!text.isEmpty())
            context().output->info(task->identity().fileName + QStringLiteral(": ") + text);
    });
    connect(task, &DownloadTask::finished, this, [this, task, index](const QString &path) {
        m_paths[index] = QDir::toNativeSeparators(path);
        m_progress->finished(index, task->progress().received, m_clock.elapsed());
        onFileEnded(task);
    });
    connect(task, &DownloadTask::failed, this, [this, task](DownloadError error, const QString &message) {
        onFileFailed(task, error, message);
    });
    task->start();
}

void DownloadCommand::onFileFailed(DownloadTask *task, DownloadError error, const QString &message)
{
    context().output->clearProgress();
    // Cancelled is interrupt()'s pause, which said what it keeps.
    if (error != DownloadError::Cancelled || !m_interrupted) {
        // Said now, while the others go on; the exit code waits for them.
        QString line = tr("download of %1 failed: %2").arg(task->identity().fileName, message);
        if (task->partKept())
            line += u' ' + tr("(partial file kept: run the same command again to resume)");
        context().output->error(line);
        const int index = m_running.value(task, -1);
        if (index >= 0) {
            m_exitCodes[index] = ExitCodes::forDownload(error);
            m_progress->failed(index);
        }
    }
    onFileEnded(task);
}

void DownloadCommand::onFileEnded(DownloadTask *task)
{
    if (m_running.remove(task) == 0)
        return;
    task->deleteLater();
    startMore();
}

void DownloadCommand::onProgress(DownloadTask *task)
{
    const int index = m_running.value(task, -1);
    if (index < 0)
        return;
    m_progress->update(index, task->progress(), m_clock.elapsed());
    context().output->progress(m_progress->line(task->identity().fileName));
}

void DownloadCommand::endWhenAllDone()
{
    if (m_ended || m_interrupted || !m_running.isEmpty() || m_next < m_files.size())
        return;
    m_ended = true;
    context().output->clearProgress();
    const auto failed = std::find_if(m_exitCodes.cbegin(), m_exitCodes.cend(),
                                     [](int code) { return code != ExitCodes::Ok; });
    if (failed == m_exitCodes.cend())
        return printPaths();
    if (m_files.size() == 1)
        return finish(*failed); // its line said it all
    QStringList complete;
    for (const QString &path : std::as_const(m_paths)) {
        if (!path.isEmpty())
            complete << path;
    }
    const int failures = int(m_files.size() - complete.size());
    QString line = tr("%1 of %2 files could not be downloaded (see above)").arg(failures).arg(m_files.size());
    if (!complete.isEmpty())
        line += QStringLiteral("; ") + tr("complete: %1").arg(complete.join(QStringLiteral(", ")));
    // The first failed file in the backup's order decides, so the code does not depend on which
    // of the files running together happened to fail first.
    fail(*failed, line);
}

void DownloadCommand::printPaths()
{
    QByteArray text;
    if (options().format == OutputFormat::Json)
        text = QJsonDocument(QJsonArray::fromStringList(m_paths)).toJson(QJsonDocument::Indented);
    else
        text = (m_paths.join(u'\n') + u'\n').toUtf8();
    QIODevice *out = context().output->device();
    if (out->write(text) != text.size())
        return fail(ExitCodes::LocalFile, tr("cannot write the output: %1").arg(out->errorString()));
    finish(ExitCodes::Ok);
}

void DownloadCommand::interrupt()
{
    m_interrupted = true;
    if (m_finder)
        m_finder->abort();
    context().output->clearProgress();
    // A copy: a paused task may end (and leave m_running) while this walks them.
    const QList<DownloadTask *> running = m_running.keys();
    for (DownloadTask *task : running) {
        if (!task->isActive())
            continue;
        task->pause();
        if (task->isActive()) {
            // Verified and being renamed on the writer's thread, which finishes that before the
            // process ends: the file is complete, not partial.
            context().output->error(tr("interrupted: %1 is complete and gets its final name")
                                        .arg(QDir::toNativeSeparators(task->targetPath())));
        } else {
            context().output->error(tr("interrupted: %1 is kept; run the same command again to resume")
                                        .arg(QDir::toNativeSeparators(task->partPath())));
        }
    }
    CliCommand::interrupt();
}

} // namespace bb
