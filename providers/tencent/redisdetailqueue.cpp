#include "providers/tencent/redisdetailqueue.h"

#include "providers/core/apiclient.h"
#include "providers/core/servicereply.h"
#include "providers/tencent/redisparser.h"

#include <QLoggingCategory>

namespace bb {

Q_LOGGING_CATEGORY(lcRedisDetails, "bb.tencent.redis")

RedisDetailQueue::RedisDetailQueue(ServiceReply *reply, int concurrency, Fetch fetch)
    : QObject(reply)
    , m_reply(reply)
    , m_concurrency(concurrency > 0 ? concurrency : 1)
    , m_fetch(std::move(fetch))
{
    m_reply->expectUpdates();
}

void RedisDetailQueue::add(const QList<Backup> &backups)
{
    m_reply->addBackups(backups);
    for (const Backup &backup : backups) {
        if (backup.status != BackupStatus::Expired && backup.status != BackupStatus::Deleted)
            m_waiting.append(backup);
    }
    sendNext();
}

void RedisDetailQueue::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_reply->finish();
    settleIfDone();
}

void RedisDetailQueue::sendNext()
{
    if (m_withoutDetails)
        m_waiting.clear();
    while (m_reply->updatesPending() && m_inFlight < m_concurrency && !m_waiting.isEmpty()) {
        const Backup backup = m_waiting.takeFirst();
        ApiCall *call = m_fetch(backup);
        if (!call)
            continue;
        ++m_inFlight;
        call->setParent(m_reply);
        m_reply->track(call);
        connect(call, &ApiCall::finished, this, [this, call, backup](const QJsonObject &payload) {
            call->deleteLater();
            ProviderError error;
            const Backup detailed = RedisParser::parseBackupDetail(payload, backup, &error);
            onAnswer(error.isError() ? backup : detailed, error);
        });
        connect(call, &ApiCall::failed, this, [this, call, backup](const ProviderError &error) {
            call->deleteLater();
            onAnswer(backup, error);
        });
    }
    settleIfDone();
}

void RedisDetailQueue::onAnswer(const Backup &backup, const ProviderError &error)
{
    --m_inFlight;
    if (!m_reply->updatesPending())
        return;
    if (error.isError()) {
        qCWarning(lcRedisDetails).noquote() << "no size for Redis backup" << backup.id << "of"
                                            << backup.instanceId << "-" << error.toString();
        // Without permission for DescribeBackupDetail every other call would fail the same way.
        if (error.kind == ProviderError::Kind::Auth)
            m_withoutDetails = true;
    } else {
        m_reply->updateBackup(backup);
    }
    sendNext();
}

void RedisDetailQueue::settleIfDone()
{
    if (m_closed && m_inFlight == 0 && m_waiting.isEmpty())
        m_reply->settleUpdates();
}

} // namespace bb
