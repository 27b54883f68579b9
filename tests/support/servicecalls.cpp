#include "support/servicecalls.h"

#include "providers/core/apiclient.h"
#include "support/actioncounter.h"
#include "support/replywait.h"

#include <QDebug>

#include <memory>

namespace bb::test {

QList<Backup> listAllBackups(BackupService &service, const QString &region, const QString &instanceId,
                             const BackupQuery &query, ProviderError *error)
{
    std::unique_ptr<ServiceReply> reply(service.listBackups(region, instanceId, query));
    const bool done = waitForReply(reply.get());
    ProviderError failure = reply->error();
    if (!done) {
        failure.kind = ProviderError::Kind::Network;
        failure.message = QStringLiteral("the listing did not end in time");
    }
    if (error)
        *error = failure;
    else if (failure.isError())
        qWarning() << "listing failed:" << failure.toString();
    return failure.isError() ? QList<Backup>() : reply->backups();
}

Backup locatorOnly(const BackupService &service, const Backup &listed, const QString &without)
{
    Backup bare;
    bare.id = listed.id;
    bare.product = listed.product;
    bare.region = listed.region;
    bare.instanceId = listed.instanceId;
    bare.start = listed.start;
    bare.end = listed.end;
    bare.kind = listed.kind;
    for (const QString &key : service.locatorFields()) {
        const QString value = listed.extraValue(key);
        if (key != without && !value.isEmpty())
            bare.extra.append({key, value});
    }
    return bare;
}

QList<BackupFile> resolveFiles(BackupService &service, const Backup &backup, ProviderError *error)
{
    std::unique_ptr<ServiceReply> reply(service.resolveDownload(backup));
    if (!waitForReply(reply.get())) {
        error->kind = ProviderError::Kind::Network;
        error->message = QStringLiteral("resolveDownload did not end in time");
        return {};
    }
    *error = reply->error();
    return error->isError() ? QList<BackupFile>() : reply->files();
}

BackupQuery lastDays(int days)
{
    BackupQuery query;
    query.until = QDateTime::currentDateTimeUtc();
    query.since = query.until.addDays(-days);
    return query;
}

BackupQuery daysAgo(const QDateTime &nowUtc, int days, int margin)
{
    BackupQuery query;
    query.since = nowUtc.addDays(-(days + margin));
    query.until = nowUtc.addDays(-(days - margin));
    return query;
}

Backup findOldBackupById(BackupService &service, ApiClient &client, const Instance &instance, int days,
                         int *describeCalls)
{
    const QList<Backup> listed = listAllBackups(service, instance, daysAgo(client.now(), days, 3));
    if (listed.size() != 1) {
        qWarning() << "expected one backup" << days << "days old, listed" << listed.size();
        return {};
    }
    ActionCounter describe(client, QStringLiteral("DescribeBackups"));
    std::unique_ptr<ServiceReply> reply(
        service.findBackupById(instance.region, instance.id, listed.first().id));
    if (!waitForReply(reply.get()) || reply->hasFailed()) {
        qWarning() << "findBackupById failed:" << reply->error().toString();
        return {};
    }
    *describeCalls = describe.count();
    return reply->backup().id == listed.first().id ? reply->backup() : Backup();
}

} // namespace bb::test
