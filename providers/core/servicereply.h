#pragma once

#include "providers/core/backup.h"
#include "providers/core/backuppolicy.h"
#include "providers/core/instance.h"
#include "providers/core/providererror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace bb {

class ApiCall;

// The one asynchronous reply every BackupService call returns, shaped like QNetworkReply:
// zero or more pages/updates, then exactly one of finished() or failed(). abort() fails it with
// Kind::Aborted and aborts the HTTP calls it still has in flight. The caller owns the reply
// (delete it, or deleteLater() from a slot, once it has finished or failed).
//
// A listing may deliver its rows before all about them is known (Tencent Redis takes each row's
// size from a detail call of its own). Its producer calls expectUpdates() first; finished() then
// means "every row is delivered", backupUpdated() may follow with a delivered row's newer state,
// and updatesSettled() says that no more will come (all in, or abort()). Consumers that show rows
// as they come ignore the distinction; those that print once (the CLI) wait for isSettled().
// abort() and deleting the reply stop the updates too, quietly when it had already finished.
class ServiceReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceReply)

public:
    explicit ServiceReply(QObject *parent = nullptr);
    ~ServiceReply() override;

    bool isFinished() const { return m_done; }
    // Finished, and no backupUpdated() will follow any more (always true after a failure).
    bool isSettled() const { return m_done && !m_updating; }
    // Rows delivered, row updates still to come.
    bool updatesPending() const { return m_updating; }
    bool hasFailed() const { return m_error.isError(); }
    const ProviderError &error() const { return m_error; }

    // Everything received so far, in arrival order (empty when not retained, see below).
    const QList<Backup> &backups() const { return m_backups; }
    // Rows delivered so far, retained or not.
    qsizetype receivedCount() const { return m_received; }
    // A consumer that takes the rows from backupsReceived() and backupUpdated() (BackupLoader)
    // can tell the reply not to keep its own copy: at 100,000 rows that copy grew by
    // reallocation (~10 ms per doubling) and was destroyed with the reply (~20 ms), both on the
    // GUI thread (bench/guistallbench). Call before any rows arrive; updates still only reach
    // rows that were delivered.
    void setRetainBackups(bool retain) { m_retain = retain; }
    const QList<Instance> &instances() const { return m_instances; }
    // The latest state of the one backup a create/detail/update call is about.
    const Backup &backup() const { return m_backup; }
    // Freshly resolved download sources (resolveDownload).
    const QList<BackupFile> &files() const { return m_files; }
    // The regions the account may use (listRegions).
    const QStringList &regions() const { return m_regions; }
    const BackupPolicy &policy() const { return m_policy; } // BackupService::backupPolicy()
    int progressPercent() const { return m_percent; }
    QString progressStage() const { return m_stage; }

    void abort();

    // Producer side, used by services.
    void addBackups(const QList<Backup> &page);
    // Rows of this listing will be updated after addBackups() delivered them (call before any).
    void expectUpdates();
    // A delivered row's newer state, matched by id; the row in backups() is replaced too.
    void updateBackup(const Backup &backup);
    // No more updates. updatesSettled() is emitted only once finished() was: a consumer that finds
    // isSettled() false in its finished() slot waits for it.
    void settleUpdates();
    void addInstances(const QList<Instance> &page);
    void setBackup(const Backup &backup);
    void setFiles(const QList<BackupFile> &files);
    void setRegions(const QStringList &regions);
    void setPolicy(const BackupPolicy &policy);
    void setProgress(int percent, const QString &stage);
    void finish();
    void fail(ProviderError error);
    // Registers an HTTP call so that abort() reaches it. The reply does not own the call.
    void track(ApiCall *call);

    // A reply that fails on the next event-loop turn (for unsupported operations and bad input).
    static ServiceReply *failLater(const ProviderError &error, QObject *parent = nullptr);

signals:
    void backupsReceived(const QList<bb::Backup> &page);
    void instancesReceived(const QList<bb::Instance> &page);
    // The one backup of a create/detail call (backup()) changed.
    void backupChanged(const bb::Backup &backup);
    // A listed row changed after it was delivered (see expectUpdates()).
    void backupUpdated(const bb::Backup &backup);
    void updatesSettled();
    void progressChanged(int percent, const QString &stage);
    void finished();
    void failed(const bb::ProviderError &error);

private:
    bool m_done = false;
    bool m_updating = false;
    ProviderError m_error;
    QList<Backup> m_backups;
    qsizetype m_received = 0;
    bool m_retain = true;
    // Backup id -> index in the delivered rows (in m_backups when retained), while updating.
    QHash<QString, qsizetype> m_rowOf;
    QList<Instance> m_instances;
    Backup m_backup;
    QList<BackupFile> m_files;
    QStringList m_regions;
    BackupPolicy m_policy;
    int m_percent = -1;
    QString m_stage;
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace bb
