#include "app/cli/editcommand.h"

#include "app/cli/backupfinder.h"
#include "app/cli/exitcodes.h"
#include "app/cli/outputformatter.h"
#include "app/cli/recordjson.h"
#include "models/backupactions.h"
#include "session/appcontext.h"

namespace bb {

void EditCommand::start()
{
    if (!service()->capabilities().editDescription)
        return fail(
            ExitCodes::Provider,
            tr("%1 does not allow editing a backup's description through its API").arg(service()->product()));
    m_finder = new BackupFinder(service(), context().app->apiClient(), this);
    m_finder->find(context().region, options().instance, options().backup, options().since, options().until,
                   [this](const Backup &backup, const ProviderError &error) { onFound(backup, error); });
}

void EditCommand::onFound(const Backup &backup, const ProviderError &error)
{
    if (error.isError())
        return fail(error);
    const ActionState state = BackupActions::edit(service()->capabilities(), &backup);
    if (!state.enabled)
        return fail(ExitCodes::Provider, tr("backup %1 cannot be edited: %2").arg(backup.id, state.reason));
    ServiceReply *reply = service()->updateDescription(backup, options().description);
    watch(reply);
    connect(reply, &ServiceReply::failed, this, [this](const ProviderError &e) { fail(e); });
    connect(reply, &ServiceReply::finished, this, [this, reply] {
        finishOne(OutputFormatter::forBackups(options().format),
                  RecordJson::fromBackup(reply->backup(), false));
    });
}

void EditCommand::interrupt()
{
    if (m_finder)
        m_finder->abort();
    CliCommand::interrupt();
}

} // namespace bb
