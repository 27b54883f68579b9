#pragma once

#include "providers/core/backupservice.h"
#include "providers/core/providererror.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace bb {

class BackupTableModel;

// Starts a backup and turns the create reply's updates into upserts of one row, so the new row
// appears at once and tracks live to success or failure.
class BackupCreationTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupCreationTracker)

public:
    explicit BackupCreationTracker(BackupTableModel *model, QObject *parent = nullptr);
    ~BackupCreationTracker() override;

    // Calls service->createBackup(request) and tracks the reply. The tracker owns the reply.
    void create(std::shared_ptr<BackupService> service, const CreateBackupRequest &request);
    // Tracks a reply someone else started (takes ownership).
    void track(std::shared_ptr<BackupService> service, ServiceReply *reply);

    // Which rows the table shows now (the selection's instances). A creation goes on when the
    // user selects another instance, but its row must not appear among that instance's backups.
    void setScope(std::function<bool(const Backup &)> inScope) { m_inScope = std::move(inScope); }

    int activeCount() const { return static_cast<int>(m_active.size()); }
    void abortAll();

signals:
    void progress(const bb::Backup &backup, int percent, const QString &stage);
    void succeeded(const bb::Backup &backup);
    void failed(const bb::ProviderError &error);

private:
    struct Active
    {
        QPointer<ServiceReply> reply;
        std::shared_ptr<BackupService> service;
    };
    void release(ServiceReply *reply);

    QPointer<BackupTableModel> m_model;
    QList<Active> m_active;
    std::function<bool(const Backup &)> m_inScope;
};

} // namespace bb
