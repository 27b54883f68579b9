#include "app/cli/deletecommand.h"

#include "app/cli/backupfinder.h"
#include "app/cli/clioutput.h"
#include "app/cli/confirmprompt.h"
#include "app/cli/exitcodes.h"
#include "app/cli/outputformatter.h"
#include "app/cli/recordjson.h"
#include "models/backupactions.h"
#include "models/displayformat.h"
#include "providers/core/apiclient.h"
#include "session/appcontext.h"

#include <algorithm>

namespace bb {

void DeleteCommand::start()
{
    if (!service()->capabilities().deleteBackup)
        return fail(ExitCodes::Provider,
                    tr("%1 does not allow deleting backups through its API").arg(service()->product()));
    // Checked before any call: without a terminal there is no one to ask.
    if (!options().yes && !ConfirmPrompt::stdinIsTerminal())
        return fail(ExitCodes::Usage,
                    tr("not deleting backup %1: there is no terminal to ask for confirmation on; pass --yes "
                       "to delete it without a question")
                        .arg(options().backup));
    m_finder = new BackupFinder(service(), context().app->apiClient(), this);
    m_finder->find(context().region, options().instance, options().backup, options().since, options().until,
                   [this](const Backup &backup, const ProviderError &error) { onFound(backup, error); });
}

QString DeleteCommand::question(const Backup &backup, const QDateTime &nowUtc)
{
    const QString name = backup.name.isEmpty() ? tr("no name") : QStringLiteral("\"%1\"").arg(backup.name);
    const QString size = backup.sizeBytes >= 0 ? DisplayFormat::size(backup.sizeBytes) : tr("size unknown");
    const QString age = backup.start.isValid() && nowUtc.isValid()
        ? tr("started %1 ago").arg(DisplayFormat::duration(std::max<qint64>(0, backup.start.secsTo(nowUtc))))
        : tr("start time unknown");
    return tr("Delete backup %1 (%2) of instance %3 (%4, %5)? This cannot be undone. [y/N] ")
        .arg(backup.id, name, backup.instanceId, size, age);
}

void DeleteCommand::onFound(const Backup &backup, const ProviderError &error)
{
    if (error.isError())
        return fail(error);
    // The record may already show the provider will refuse: say so instead of calling.
    const ActionState state = BackupActions::remove(service()->capabilities(), &backup);
    if (!state.enabled)
        return fail(ExitCodes::Provider, tr("backup %1 cannot be deleted: %2").arg(backup.id, state.reason));
    if (options().yes)
        return remove(backup);
    m_prompt = new ConfirmPrompt(this);
    const QDateTime now = context().app->apiClient()->now();
    m_prompt->ask(question(backup, now), [this, backup](bool yes) {
        if (!yes)
            return fail(ExitCodes::Usage, tr("backup %1 was not deleted (not confirmed)").arg(backup.id));
        remove(backup);
    });
}

void DeleteCommand::remove(const Backup &backup)
{
    ServiceReply *reply = service()->deleteBackup(backup);
    watch(reply);
    connect(reply, &ServiceReply::failed, this, [this](const ProviderError &e) { fail(e); });
    connect(reply, &ServiceReply::finished, this, [this, reply] {
        const Backup &deleted = reply->backup();
        context().output->info(tr("deleted backup %1 of instance %2").arg(deleted.id, deleted.instanceId));
        finishOne(OutputFormatter::forBackups(options().format), RecordJson::fromBackup(deleted, false));
    });
}

void DeleteCommand::interrupt()
{
    if (m_finder)
        m_finder->abort();
    CliCommand::interrupt();
}

} // namespace bb
