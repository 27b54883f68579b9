#include "app/cli/deletecommand.h"

#include "app/cli/backupfinder.h"
#include "app/cli/clioutput.h"
#include "app/cli/confirmprompt.h"
#include "app/cli/exitcodes.h"
#include "app/cli/outputformatter.h"
#include "app/cli/recordjson.h"
#include "models/backupactions.h"
#include "models/confirmation.h"
#include "providers/core/apiclient.h"
#include "providers/productregistry.h"
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
    // The GUI's question, word for word; the age at the API client's clock (tests move it).
    const Confirmation question = Confirmation::deleteBackup(
        backup, ProductRegistry::displayName(backup.product), context().app->apiClient()->now());
    m_prompt->ask(question, [this, backup](bool yes) {
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
