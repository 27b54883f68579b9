#include "app/cli/backupscommand.h"

#include "app/cli/outputformatter.h"
#include "app/cli/recordjson.h"

#include <algorithm>

namespace bb {

bool BackupsCommand::matchesStatus(const Backup &backup, const QString &status)
{
    if (status.isEmpty())
        return true;
    return toString(backup.status) == status.toLower()
        || backup.statusRaw.compare(status, Qt::CaseInsensitive) == 0;
}

BackupQuery BackupsCommand::queryFor(const CliOptions &options)
{
    BackupQuery query;
    query.since = options.since;
    query.until = options.until;
    // A neutral status name goes to the service, which sends the API's own value where it has
    // one; a provider's raw value is matched on the records only (matchesStatus).
    const BackupStatus status = backupStatusFromString(options.status.toLower());
    if (status != BackupStatus::Unknown)
        query.status = status;
    for (BackupKind kind :
         {BackupKind::Full, BackupKind::Incremental, BackupKind::Log, BackupKind::Snapshot}) {
        if (toString(kind) == options.kind)
            query.kind = kind;
    }
    for (BackupTrigger trigger : {BackupTrigger::Manual, BackupTrigger::Automatic}) {
        if (toString(trigger) == options.trigger)
            query.trigger = trigger;
    }
    return query;
}

void BackupsCommand::start()
{
    const BackupQuery query = queryFor(options());
    ServiceReply *reply = service()->listBackups(context().region, options().instance, query);
    watch(reply);
    connect(reply, &ServiceReply::failed, this, [this](const ProviderError &error) { fail(error); });
    // A listing may finish before its rows are complete (Tencent Redis sizes come in as updates
    // after the rows, see ServiceReply::expectUpdates). The GUI shows rows at once; a printed list
    // is written once, so it waits for the updates to settle. Nothing else changes for the CLI.
    const auto print = [this, reply] {
        QList<Backup> backups;
        const BackupQuery filters = queryFor(options());
        for (const Backup &backup : reply->backups()) {
            // Again on the records: a product without the server-side filter returns every row.
            if (matchesStatus(backup, options().status) && filters.matches(backup))
                backups << backup;
        }
        // Pages of split windows arrive in any order; print newest first, ties by id.
        std::stable_sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) {
            return a.start != b.start ? a.start > b.start : a.id > b.id;
        });
        QList<QJsonObject> records;
        for (const Backup &backup : std::as_const(backups))
            records << RecordJson::fromBackup(backup, options().withUrls);
        finishList(OutputFormatter::forBackups(options().format), records);
    };
    connect(reply, &ServiceReply::updatesSettled, this, print);
    connect(reply, &ServiceReply::finished, this, [reply, print] {
        if (reply->isSettled())
            print();
    });
}

} // namespace bb
