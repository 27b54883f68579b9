#include "models/backuploader.h"

#include "models/backuptablemodel.h"

#include <utility>

namespace bb {

BackupLoader::BackupLoader(BackupTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(batchIntervalMs);
    connect(&m_batch, &QTimer::timeout, this, [this] {
        // Keep the pace while pages keep coming; go idle when nothing is pending.
        if (!m_pending.isEmpty()) {
            flush();
            m_batch.start();
        }
    });
}

BackupLoader::~BackupLoader()
{
    abort();
}

void BackupLoader::load(const QList<Target> &targets)
{
    reset();
    for (const Target &target : targets)
        add(target);
}

void BackupLoader::add(const Target &target)
{
    if (!target.service)
        return;
    ServiceReply *reply = target.service->listBackups(target.region, target.instanceId, target.query);
    reply->setParent(this);
    m_replies.append({reply, target.service});
    connect(reply, &ServiceReply::backupsReceived, this, &BackupLoader::onPage);
    const QString product = target.service->product();
    const QString instanceId = target.instanceId;
    connect(reply, &ServiceReply::finished, this, [this, reply, product, instanceId] {
        flush(); // the instance's rows are all in the model when it is reported loaded
        ++m_finished;
        emit instanceLoaded(product, instanceId, static_cast<int>(reply->backups().size()));
        onDone(reply);
    });
    connect(reply, &ServiceReply::failed, this, [this, reply](const ProviderError &error) {
        if (error.kind == ProviderError::Kind::Aborted) {
            onDone(reply);
            return;
        }
        flush(); // the pages that did arrive stay, as they did before batching
        ++m_failed;
        m_errors.append(error);
        emit instanceFailed(error);
        onDone(reply);
    });
}

void BackupLoader::onPage(const QList<Backup> &page)
{
    m_pending += page;
    if (!m_batch.isActive()) {
        // The first page shows at once; later ones gather until the timer fires.
        flush();
        m_batch.start();
    }
}

void BackupLoader::flush()
{
    if (m_pending.isEmpty())
        return;
    const QList<Backup> rows = std::exchange(m_pending, {});
    if (m_model)
        m_model->appendPage(rows);
}

void BackupLoader::onDone(ServiceReply *reply)
{
    for (qsizetype i = 0; i < m_replies.size(); ++i) {
        if (m_replies.at(i).reply == reply) {
            m_replies.removeAt(i);
            break;
        }
    }
    reply->deleteLater();
    if (m_replies.isEmpty())
        emit idle();
}

void BackupLoader::abort()
{
    // Detach first: aborting emits failed(Aborted) synchronously, which must not re-enter.
    const QList<Running> running = std::exchange(m_replies, {});
    m_pending.clear();
    m_batch.stop();
    for (const Running &entry : running) {
        if (!entry.reply)
            continue;
        entry.reply->disconnect(this);
        entry.reply->abort();
        entry.reply->deleteLater();
    }
}

void BackupLoader::reset()
{
    abort();
    m_errors.clear();
    m_finished = 0;
    m_failed = 0;
    if (m_model)
        m_model->clear();
}

} // namespace bb
