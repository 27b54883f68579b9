#include "session/downloadplan.h"

#include "providers/core/backup.h"
#include "providers/core/backupservice.h"
#include "transfers/filenamesanitizer.h"

#include <QDir>

namespace bb {

DownloadPlan DownloadPlan::prepare(const Backup &backup, const BackupService &service, const QString &account,
                                   const QString &folder)
{
    return prepare(backup, service.capabilities(), service.locatorFields(), account, folder);
}

DownloadPlan DownloadPlan::prepare(const Backup &backup, const Capabilities &capabilities,
                                   const QStringList &locatorFields, const QString &account,
                                   const QString &folder)
{
    DownloadPlan plan;
    const auto refuse = [&plan](Problem why, const QString &text) {
        plan.problem = why;
        plan.message = text;
        plan.identities.clear();
        return plan;
    };
    if (!capabilities.download) {
        const QString why = capabilities.noDownloadReason;
        return refuse(Problem::NotDownloadable,
                      why.isEmpty() ? tr("Backup %1 cannot be downloaded.").arg(backup.id)
                                    : tr("Backup %1 cannot be downloaded: %2").arg(backup.id, why));
    }
    if (!backup.notDownloadableReason.isEmpty())
        return refuse(Problem::NotDownloadable,
                      tr("Backup %1 cannot be downloaded: %2").arg(backup.id, backup.notDownloadableReason));

    // At least one: a record without files is one file itself.
    plan.identities = DownloadIdentity::forBackup(backup, locatorFields, account, capabilities.sizeSlack);

    plan.folder = folder;
    if (plan.identities.size() > 1) {
        const QString name = FileNameSanitizer::sanitize(backup.name.isEmpty() ? backup.id : backup.name);
        plan.folder = FileNameSanitizer::joinUnder(folder, name);
        if (plan.folder.isEmpty())
            return refuse(Problem::Folder,
                          tr("Cannot make a folder named after backup %1 in %2.")
                              .arg(backup.id, QDir::toNativeSeparators(folder)));
    }
    if (!QDir().mkpath(plan.folder))
        return refuse(Problem::Folder,
                      tr("Cannot create the folder %1 for backup %2.")
                          .arg(QDir::toNativeSeparators(plan.folder), backup.id));
    return plan;
}

} // namespace bb
