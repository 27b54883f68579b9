#pragma once

#include "sandbox/alibabaemulator.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMutex>

namespace bb::sandbox {

// EMR Serverless StarRocks 2022-10-19 over ROA as the app uses it: POST
// /webapi/starrocks/describeInstances, /webapi/backup/manage/describe (time window in Unix seconds,
// Statuses, BackupTaskId, PageNumber/PageSize), /update (lower-case backupTaskId/description, as the
// API spells them) and /delete. Every answer is wrapped in the product's own envelope
// (HttpStatusCode, Success, ErrCode, ErrMessage, Data, Total) with the seed's units: sizes in GiB,
// backup times in milliseconds, subtask times in seconds. Data is generated from the seed: a few
// instances across regions with 30 days of policy backups, some failed, the newest one running.
class StarRocksEmulator final : public AlibabaEmulator
{
public:
    explicit StarRocksEmulator(SandboxContext context);
    ~StarRocksEmulator() override;

    static constexpr int maxPageSize = 100;
    static constexpr int historyDays = 30;
    // The first instance also keeps one backup this many days before the anchor.
    static constexpr int oldBackupDays = 730;

private:
    struct SubTask
    {
        QString database;
        QString table;
        qint64 startSeconds = 0;
        qint64 finishedSeconds = 0;
        int sizeGiB = 0;
        QString status;
    };
    struct SrBackup
    {
        QString id;
        QString instanceId;
        QString region;
        QString status;
        QString description;
        qint64 startMs = 0;
        qint64 finishedMs = 0;
        qint64 expireMs = 0;
        QList<SubTask> subTasks;
        int sizeGiB() const;
    };
    struct SrInstance
    {
        QString id;
        QString name;
        QString region;
        QString status;
        QString runMode;
        QString version;
        QString minorVersion;
        QString vpcId;
        qint64 beginMs = 0;
        int feCu = 4;
        int beCu = 8;
        int storageGiB = 200;
    };

    void generate();
    const SrInstance *findInstance(const QString &id) const;
    QJsonObject backupJson(const SrBackup &b) const;
    QJsonObject instanceJson(const SrInstance &in) const;
    static AlibabaReply success(const QJsonValue &data, int total = -1);
    static AlibabaReply invalid(const QString &what);
    static QString value(const AlibabaCall &call, const QString &name);

    AlibabaReply describeInstances(const AlibabaCall &call);
    AlibabaReply describeBackups(const AlibabaCall &call);
    AlibabaReply updateBackup(const AlibabaCall &call);
    AlibabaReply deleteBackup(const AlibabaCall &call);

    QMutex m_mutex;
    QList<SrInstance> m_instances;
    QList<SrBackup> m_backups; // newest first
};

} // namespace bb::sandbox
