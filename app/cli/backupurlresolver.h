#pragma once

#include "providers/core/backup.h"
#include "transfers/urlresolver.h"

namespace bb {

class BackupService;

// Resolves fresh URLs for the files of one backup the CLI has already looked up in full.
// Unlike ServiceUrlResolver, which rebuilds a bare record from the DownloadIdentity, it hands the
// service the listed record: some services need its start time, kind or extra fields (SQL
// Server re-lists within the day the backup started) to find it again.
class BackupUrlResolver final : public UrlResolver
{
public:
    BackupUrlResolver(BackupService *service, Backup backup);
    void resolve(const DownloadIdentity &identity, QObject *context, Callback done) override;

private:
    BackupService *m_service;
    Backup m_backup;
};

} // namespace bb
