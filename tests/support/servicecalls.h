#pragma once

#include "providers/core/backupservice.h"
#include "providers/core/serviceconfig.h"

#include <QList>
#include <QString>

#include <memory>

namespace bb {
class ApiClient;
}

namespace bb::test {

// Lists backups and waits (tests only): every row the listing returned, or none when it failed or
// timed out. `error`, when given, says why; without it a failure is logged as a warning.
QList<Backup> listAllBackups(BackupService &service, const QString &region, const QString &instanceId,
                             const BackupQuery &query = {}, ProviderError *error = nullptr);

// The same for anything that names its region and id (an Instance, an emulator's record).
template<class Where>
QList<Backup> listAllBackups(BackupService &service, const Where &instance, const BackupQuery &query = {},
                             ProviderError *error = nullptr)
{
    return listAllBackups(service, instance.region, instance.id, query, error);
}

// The record a download restored from disk hands resolveDownload(): the listed backup's ids,
// region, start/end and kind, and of its provider fields only those `service` declares in
// locatorFields() (what DownloadIdentity keeps and toBackup() gives back). No name, size, status,
// files or URL. `without` drops one declared field more, to show it is really read.
Backup locatorOnly(const BackupService &service, const Backup &listed, const QString &without = {});

// Asks resolveDownload() for `backup` and waits: the fresh files, or none with `error` saying why.
QList<BackupFile> resolveFiles(BackupService &service, const Backup &backup, ProviderError *error);

// A Tencent service whose create polls are fast enough for tests (100 ms, doubling to 300 ms).
template<class Service> std::unique_ptr<Service> fastPollingService(const ServiceConfig &config)
{
    auto service = std::make_unique<Service>(config);
    service->setPollIntervals(100, 300);
    return service;
}

// The window of the last `days` days, up to now.
BackupQuery lastDays(int days);
// The window of `margin` days either side of `days` days before `nowUtc`.
BackupQuery daysAgo(const QDateTime &nowUtc, int days, int margin);

// Lists the one backup of `instance` started `days` days before `client.now()` (within 3 days),
// then finds it again with findBackupById(): the found record, and in `describeCalls` the
// DescribeBackups requests the find made. An empty record when either step failed (warned).
Backup findOldBackupById(BackupService &service, ApiClient &client, const Instance &instance, int days,
                         int *describeCalls);

} // namespace bb::test
