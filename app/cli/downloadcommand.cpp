#include "app/cli/downloadcommand.h"

#include "app/cli/backupfinder.h"
#include "app/cli/clioutput.h"
#include "app/cli/exitcodes.h"
#include "models/displayformat.h"
#include "providers/core/apiclient.h"
#include "session/appcontext.h"
#include "session/downloadplan.h"
#include "transfers/downloadtask.h"
#include "transfers/urlresolver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

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
    m_pending = std::move(plan.identities);
    for (DownloadIdentity &identity : m_pending) {
        if (identity.region.isEmpty())
            identity.region = context().region;
    }
    m_folder = plan.folder;
    startNext();
}

void DownloadCommand::startNext()
{
    if (m_task) {
        m_task->deleteLater();
        m_task = nullptr;
    }
    if (m_pending.isEmpty())
        return printPaths();

    DownloadOptions downloadOptions;
    downloadOptions.folder = m_folder;
    downloadOptions.network = options().network;
    downloadOptions.overwrite = options().overwrite ? OverwritePolicy::Overwrite : OverwritePolicy::Numbered;

    AppContext *app = context().app;
    m_task = new DownloadTask(app->network(), m_resolver.get(), m_pending.takeFirst(), downloadOptions, this);
    m_task->setSslConfiguration(app->apiClient()->sslConfiguration());
    connect(m_task, &DownloadTask::progressChanged, this, &DownloadCommand::onProgress);
    connect(m_task, &DownloadTask::statusTextChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            context().output->info(m_task->identity().fileName + QStringLiteral(": ") + text);
    });
    connect(m_task, &DownloadTask::finished, this, &DownloadCommand::onFinished);
    connect(m_task, &DownloadTask::failed, this, [this](DownloadError error, const QString &message) {
        context().output->clearProgress();
        if (error == DownloadError::Cancelled)
            return;
        QString line = tr("download of %1 failed: %2").arg(m_task->identity().fileName, message);
        if (m_task->partKept())
            line += u' ' + tr("(partial file kept: run the same command again to resume)");
        fail(ExitCodes::forDownload(error), line);
    });
    m_task->start();
}

void DownloadCommand::onProgress()
{
    const DownloadProgress p = m_task->progress();
    QString line = m_task->identity().fileName + QStringLiteral("  ") + DisplayFormat::size(p.received);
    if (p.total >= 0)
        line += QStringLiteral(" / ") + DisplayFormat::size(p.total);
    if (p.percent >= 0)
        line += QStringLiteral("  %1%").arg(p.percent);
    if (p.bytesPerSecond > 0)
        line += QStringLiteral("  ") + DisplayFormat::size(qint64(p.bytesPerSecond)) + tr("/s");
    if (p.etaSeconds >= 0)
        line += QStringLiteral("  ") + tr("ETA %1").arg(DisplayFormat::duration(p.etaSeconds));
    context().output->progress(line);
}

void DownloadCommand::onFinished(const QString &path)
{
    context().output->clearProgress();
    m_paths << QDir::toNativeSeparators(path);
    startNext();
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
    if (m_finder)
        m_finder->abort();
    if (m_task && m_task->isActive()) {
        m_task->pause();
        if (m_task->isActive()) {
            // Verified and being renamed on the writer's thread, which finishes that before the
            // process ends: the file is complete, not partial.
            context().output->error(tr("interrupted: %1 is complete and gets its final name")
                                        .arg(QDir::toNativeSeparators(m_task->targetPath())));
        } else {
            context().output->error(tr("interrupted: %1 is kept; run the same command again to resume")
                                        .arg(QDir::toNativeSeparators(m_task->partPath())));
        }
    }
    CliCommand::interrupt();
}

} // namespace bb
