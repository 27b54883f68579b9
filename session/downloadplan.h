#pragma once

#include "transfers/downloadidentity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bb {

class BackupService;
struct Backup;
struct Capabilities;

// What one "download this backup" turns into, the same for the window and the CLI: whether the
// product and the record allow it, the files to fetch, and the folder they go to. A backup of
// several files (a SQL Server "single" backup's per-database files, a Redis cluster's shards)
// goes into a folder named after it inside the chosen one, so its files stay together and apart
// from another backup's files of the same names. prepare() creates that folder.
class DownloadPlan
{
    Q_DECLARE_TR_FUNCTIONS(DownloadPlan)

public:
    enum class Problem {
        None,
        NotDownloadable, // the product or this record cannot be downloaded (message says why)
        Folder, // the folder could not be created
    };

    static DownloadPlan prepare(const Backup &backup, const BackupService &service, const QString &account,
                                const QString &folder);
    // The same, from what the service declares: for callers and tests without a service.
    static DownloadPlan prepare(const Backup &backup, const Capabilities &capabilities,
                                const QStringList &locatorFields, const QString &account,
                                const QString &folder);

    bool ok() const { return problem == Problem::None; }

    Problem problem = Problem::None;
    QString message; // translated; names the backup (and the folder, for Problem::Folder)
    QString folder; // where the files go
    QList<DownloadIdentity> identities;
};

} // namespace bb
