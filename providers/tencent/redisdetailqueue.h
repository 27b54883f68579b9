#pragma once

#include "providers/core/backup.h"
#include "providers/core/providererror.h"

#include <QList>
#include <QObject>

#include <functional>

namespace bb {

class ApiCall;
class ServiceReply;

// Fills in the sizes of a Redis listing. DescribeInstanceBackups' BackupSize is an internal field
// (FACTS §2.2), so each listed backup's size comes from its own DescribeBackupDetail. At most
// `concurrency` of these calls are in flight at once (the ApiClient's token bucket paces them at
// the API's 20/s), so a detail the user asks for meanwhile waits behind a few calls, not a whole
// listing. Rows reach the reply as the pages bring them (a DBA sees them at once) and each live
// one is updated (ServiceReply::updateBackup) when its detail is in; the reply finishes when the
// pages are all in and settles when the last detail is (ServiceReply::expectUpdates). A detail call
// that fails leaves that backup's size unknown and is logged, but never fails the listing (after an
// Auth failure no more are asked for). Expired and deleted backups have no files left to size.
// Aborting or deleting the reply stops the queue.
class RedisDetailQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisDetailQueue)

public:
    // Sends DescribeBackupDetail for one backup; the queue owns the returned call.
    using Fetch = std::function<ApiCall *(const Backup &backup)>;

    // A child of `reply`, so it dies with it.
    RedisDetailQueue(ServiceReply *reply, int concurrency, Fetch fetch);

    void add(const QList<Backup> &backups);
    // No more backups will come: the reply finishes, and settles once the last detail is in.
    void close();

    // Backups whose detail is not in yet (waiting or asked about).
    int pending() const { return static_cast<int>(m_waiting.size()) + m_inFlight; }

private:
    void sendNext();
    void onAnswer(const Backup &backup, const ProviderError &error);
    void settleIfDone();

    ServiceReply *m_reply;
    int m_concurrency;
    Fetch m_fetch;
    QList<Backup> m_waiting; // in the order the pages brought them
    int m_inFlight = 0;
    bool m_closed = false;
    bool m_withoutDetails = false; // an Auth failure: the rest stay as listed
};

} // namespace bb
