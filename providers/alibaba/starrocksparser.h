#pragma once

#include "providers/core/backup.h"
#include "providers/core/instance.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bb {

// One page of EMR Serverless StarRocks DescribeBackups (Data[] + Total).
struct StarRocksBackupPage
{
    QList<Backup> backups;
    int total = 0;
    int skipped = 0; // entries that were not objects or had no BackupTaskId
    QString error; // non-empty when Data was not a list
};

struct StarRocksInstancePage
{
    QList<Instance> instances;
    int total = 0;
    int skipped = 0;
    QString error;
};

// Turns EMR Serverless StarRocks (2022-10-19) answers into provider-neutral records. The units are
// mixed, normalised here once (docs/providers.md#emr-serverless-starrocks-roa-version-2022-10-19): GiB,
// backup times in ms, subtask times in s. Judging the envelope (Success/ErrCode) is the protocol's job.
class StarRocksParser final
{
public:
    static constexpr const char *product = "alibaba-starrocks";
    static constexpr qint64 bytesPerGiB = 1024LL * 1024 * 1024;

    static StarRocksBackupPage parseBackups(const QJsonObject &payload, const QString &region);
    static Backup parseBackup(const QJsonObject &item, const QString &region);
    static StarRocksInstancePage parseInstances(const QJsonObject &payload, const QString &region);
    static Instance parseInstance(const QJsonObject &item, const QString &region);

    static BackupStatus backupStatus(const QString &raw);
    static InstanceStatus instanceStatus(const QString &raw);
    // GiB (integer or fraction, number or string) to bytes; -1 when absent or negative.
    static qint64 gibToBytes(const QJsonValue &value);
};

} // namespace bb
