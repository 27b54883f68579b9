#include "models/backupcreationtracker.h"

#include "models/backuptablemodel.h"

namespace bb {

BackupCreationTracker::BackupCreationTracker(BackupTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{ }

BackupCreationTracker::~BackupCreationTracker()
{
    abortAll();
}

void BackupCreationTracker::create(std::shared_ptr<BackupService> service, const CreateBackupRequest &request)
{
    if (!service)
        return;
    ServiceReply *reply = service->createBackup(request);
    track(std::move(service), reply);
}

void BackupCreationTracker::track(std::shared_ptr<BackupService> service, ServiceReply *reply)
{
    if (!reply)
        return;
    reply->setParent(this);
    m_active.append({reply, std::move(service)});
    // The row this reply shows. A service may change the id as the backup takes shape (RDS's
    // "job-<BackupJobId>" placeholder, then the listed backup): the new record takes the
    // placeholder's row instead of leaving it behind.
    auto shown = std::make_shared<Backup>();
    const auto show = [this, shown](const Backup &backup) {
        if (!m_model || backup.id.isEmpty() || (m_inScope && !m_inScope(backup)))
            return;
        if (shown->id.isEmpty())
            m_model->upsert(backup);
        else
            m_model->replace(*shown, backup);
        *shown = backup;
    };
    connect(reply, &ServiceReply::backupChanged, this, [this, reply, show](const Backup &backup) {
        show(backup);
        emit progress(backup, reply->progressPercent(), reply->progressStage());
    });
    connect(reply, &ServiceReply::progressChanged, this, [this, reply](int percent, const QString &stage) {
        emit progress(reply->backup(), percent, stage);
    });
    connect(reply, &ServiceReply::finished, this, [this, reply, show] {
        const Backup backup = reply->backup();
        show(backup);
        release(reply);
        emit succeeded(backup);
    });
    connect(reply, &ServiceReply::failed, this, [this, reply, show](const ProviderError &error) {
        // The row (if one appeared) keeps its last state, which the service set to failed
        // when the provider said so; a transport failure leaves it as it was.
        show(reply->backup());
        release(reply);
        emit failed(error);
    });
}

void BackupCreationTracker::release(ServiceReply *reply)
{
    m_active.removeIf([reply](const Active &active) { return active.reply == reply; });
    reply->deleteLater();
}

void BackupCreationTracker::abortAll()
{
    const QList<Active> active = std::exchange(m_active, {});
    for (const Active &entry : active) {
        if (!entry.reply)
            continue;
        entry.reply->disconnect(this);
        entry.reply->abort();
        entry.reply->deleteLater();
    }
}

} // namespace bb
