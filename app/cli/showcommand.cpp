#include "app/cli/showcommand.h"

#include "app/cli/backupfinder.h"
#include "app/cli/outputformatter.h"
#include "app/cli/recordjson.h"
#include "session/appcontext.h"

namespace bb {

void ShowCommand::start()
{
    m_finder = new BackupFinder(service(), context().app->apiClient(), this);
    m_finder->find(context().region, options().instance, options().backup, options().since, options().until,
                   [this](const Backup &backup, const ProviderError &error) {
                       if (error.isError())
                           return fail(error);
                       finishOne(OutputFormatter::forBackups(options().format),
                                 RecordJson::fromBackup(backup, options().withUrls));
                   });
}

void ShowCommand::interrupt()
{
    if (m_finder)
        m_finder->abort();
    CliCommand::interrupt();
}

} // namespace bb
