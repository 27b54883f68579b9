#include "providers/core/servicereply.h"

#include "providers/core/apiclient.h"

#include <QCoreApplication>
#include <QTimer>

#include <utility>

namespace bb {

ServiceReply::ServiceReply(QObject *parent)
    : QObject(parent)
{ }

ServiceReply::~ServiceReply()
{
    // Calls still in flight belong to this operation: stop them quietly (no signals may reach
    // slots that assume this reply still exists).
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call) {
            call->blockSignals(true);
            call->abort();
        }
    }
}

void ServiceReply::abort()
{
    if (m_done && m_updating) {
        // Already finished: the rows stay delivered, the updates stop.
        const auto calls = std::exchange(m_calls, {});
        m_updating = false;
        m_rowOf.clear();
        for (const QPointer<ApiCall> &call : calls) {
            if (call)
                call->abort();
        }
        emit updatesSettled();
        return;
    }
    ProviderError error;
    error.kind = ProviderError::Kind::Aborted;
    error.message = QCoreApplication::translate("bb::ServiceReply", "Cancelled");
    fail(error);
}

void ServiceReply::addBackups(const QList<Backup> &page)
{
    if (m_done || page.isEmpty())
        return;
    if (m_updating) {
        for (qsizetype i = 0; i < page.size(); ++i)
            m_rowOf.insert(page.at(i).id, m_received + i);
    }
    m_received += page.size();
    if (m_retain)
        m_backups += page;
    emit backupsReceived(page);
}

void ServiceReply::expectUpdates()
{
    if (m_done)
        return;
    m_updating = true;
}

void ServiceReply::updateBackup(const Backup &backup)
{
    if (!m_updating || hasFailed())
        return;
    const auto found = m_rowOf.constFind(backup.id);
    if (found == m_rowOf.constEnd())
        return; // never delivered: an update cannot add a row
    if (m_retain)
        m_backups[found.value()] = backup;
    emit backupUpdated(backup);
}

void ServiceReply::settleUpdates()
{
    if (!m_updating)
        return;
    m_updating = false;
    m_rowOf.clear();
    if (!m_done)
        return; // finished() will find isSettled()
    m_calls.clear();
    emit updatesSettled();
}

void ServiceReply::addInstances(const QList<Instance> &page)
{
    if (m_done || page.isEmpty())
        return;
    m_instances += page;
    emit instancesReceived(page);
}

void ServiceReply::setBackup(const Backup &backup)
{
    if (m_done)
        return;
    m_backup = backup;
    emit backupChanged(m_backup);
}

void ServiceReply::setFiles(const QList<BackupFile> &files)
{
    if (m_done)
        return;
    m_files = files;
}

void ServiceReply::setRegions(const QStringList &regions)
{
    if (m_done)
        return;
    m_regions = regions;
}

void ServiceReply::setPolicy(const BackupPolicy &policy)
{
    if (m_done)
        return;
    m_policy = policy;
}

void ServiceReply::setProgress(int percent, const QString &stage)
{
    if (m_done || (percent == m_percent && stage == m_stage))
        return;
    m_percent = percent;
    m_stage = stage;
    emit progressChanged(m_percent, m_stage);
}

void ServiceReply::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (!m_updating) // else abort() must still reach the calls that fetch the updates
        m_calls.clear();
    emit finished();
}

void ServiceReply::fail(ProviderError error)
{
    if (m_done)
        return;
    // A failure must read as one, even when a producer forgot to set the kind.
    if (!error.isError())
        error.kind = ProviderError::Kind::Provider;
    // Done before the calls are aborted: their failed() may reach a service that calls fail().
    m_done = true;
    m_updating = false;
    m_rowOf.clear();
    m_error = std::move(error);
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->abort();
    }
    emit failed(m_error);
}

void ServiceReply::track(ApiCall *call)
{
    if (!call)
        return;
    m_calls.removeAll(QPointer<ApiCall>());
    if (m_done && !m_updating) {
        call->abort();
        return;
    }
    m_calls.append(call);
}

ServiceReply *ServiceReply::failLater(const ProviderError &error, QObject *parent)
{
    auto *reply = new ServiceReply(parent);
    QTimer::singleShot(0, reply, [reply, error] { reply->fail(error); });
    return reply;
}

} // namespace bb
