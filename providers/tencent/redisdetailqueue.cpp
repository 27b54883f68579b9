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
{ }

void RedisDetailQueue::add(const QList<Backup> &backups)
{
    QList<Backup> sizeless;
    for (const Backup &backup : backups) {
        if (backup.status == BackupStatus::Expired || backup.status == BackupStatus::Deleted)
            sizeless.append(backup);
        else
            m_waiting.append(backup);
    }
    if (!sizeless.isEmpty())
        m_reply->addBackups(sizeless);
    sendNext();
}

void RedisDetailQueue::close()
{
    m_closed = true;
    finishIfDone();
}

void RedisDetailQueue::sendNext()
{
    while (!m_reply->isFinished() && m_inFlight < m_concurrency && !m_waiting.isEmpty()) {
        const Backup backup = m_waiting.takeFirst();
        ApiCall *call = m_withoutDetails ? nullptr : m_fetch(backup);
        if (!call) {
            m_reply->addBackups({backup});
            continue;
        }
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
    finishIfDone();
}

void RedisDetailQueue::onAnswer(const Backup &backup, const ProviderError &error)
{
    --m_inFlight;
    if (m_reply->isFinished())
        return;
    if (error.isError()) {
        qCWarning(lcRedisDetails).noquote() << "no size for Redis backup" << backup.id << "of"
                                            << backup.instanceId << "-" << error.toString();
        // Without permission for DescribeBackupDetail every other call would fail the same way.
        if (error.kind == ProviderError::Kind::Auth)
            m_withoutDetails = true;
    }
    m_reply->addBackups({backup});
    sendNext();
}

void RedisDetailQueue::finishIfDone()
{
    if (m_closed && m_inFlight == 0 && m_waiting.isEmpty())
        m_reply->finish();
}

} // namespace bb
