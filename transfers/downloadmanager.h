#pragma once

#include "transfers/downloadidentity.h"
#include "transfers/downloadscheduler.h"
#include "transfers/downloadtypes.h"

#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace bb {

class BackgroundSaver;
class BandwidthLimiter;
class DownloadTask;
class UrlResolver;

// The download queue: tasks with a parallel limit (default 3), pause/resume/cancel/retry/remove,
// one bandwidth limit for all, and a JSON state file (identities and choices, never URLs) so the
// queue and its partial files survive quitting: a restored download resumes from its .part.
// Rows are stable in insertion order; DownloadListModel presents them.
class DownloadManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadManager)

public:
    DownloadManager(QNetworkAccessManager *network, UrlResolver *resolver, QObject *parent = nullptr);
    ~DownloadManager() override;

    void setSslConfiguration(const QSslConfiguration &config);
    void setMaxParallel(int count);
    int maxParallel() const { return m_scheduler.maxRunning(); }
    // Bytes per second for all downloads together; 0: unlimited. Applies at once.
    void setBandwidthLimit(qint64 bytesPerSecond);
    qint64 bandwidthLimit() const;
    // Connections per download (1..16; DownloadOptions::connections, the global default from
    // Settings): for downloads added from now on, and for those not yet started.
    void setConnectionsPerDownload(int count);
    int connectionsPerDownload() const { return m_connections; }

    // Where the queue is saved (written atomically shortly after every change, on a worker thread
    // so that its fsync never blocks this one). Empty: not persisted.
    void setStateFile(const QString &path);
    QString stateFile() const { return m_stateFile; }
    // Restores the saved queue: running downloads come back queued (and resume), paused stay
    // paused, failed stay failed with their message. Returns false when the file is unreadable.
    bool load(QString *error = nullptr);
    // Writes the state file now and waits for it (also done automatically, in the background,
    // shortly after each change).
    bool save(QString *error = nullptr);

    // Queues a download and returns its id. The same file into the same folder while an earlier
    // entry for it has not finished returns that entry (resumed if paused or failed).
    QString add(const DownloadIdentity &identity, const DownloadOptions &options);

    int count() const { return int(m_entries.size()); }
    DownloadTask *task(int row) const;
    QString id(int row) const;
    int rowOf(const QString &id) const;
    DownloadTask *taskById(const QString &id) const;

    // One download's connections (1..16), from its next start: a download that is running, done
    // or cancelled keeps its own (false). Saved with the queue.
    bool setConnections(const QString &id, int count);

    void pause(const QString &id);
    void resume(const QString &id); // paused/failed → queued
    void retry(const QString &id) { resume(id); }
    void cancel(const QString &id); // deletes the .part; the row stays, "cancelled"
    void remove(const QString &id); // removes the row (cancels first when unfinished)
    void pauseAll();
    void resumeAll();
    void removeFinished(); // done and cancelled rows
    // True while something is queued or running.
    bool isBusy() const;

signals:
    void taskAdded(int row);
    void taskAboutToBeRemoved(int row);
    void taskRemoved(int row);
    void taskChanged(int row); // state, progress or status text (progress at most ~10/s per row)
    void downloadFinished(const QString &id, const QString &path);
    void downloadFailed(const QString &id, const QString &message);
    // Nothing queued or running any more (the CLI exits on it).
    void idle();

private:
    struct Entry;
    class Job;

    Entry *entryById(const QString &id) const;
    QString addEntry(const QString &id, const DownloadIdentity &identity, const DownloadOptions &options);
    void schedule();
    void scheduleSoon();
    void saveSoon();
    void saveInBackground();
    QByteArray stateSnapshot() const;
    static QString saveErrorMessage(const QString &path, const QString &reason);
    void onTaskStateChanged(Entry *entry, DownloadState state);

    QNetworkAccessManager *m_network;
    UrlResolver *m_resolver;
    QSslConfiguration m_ssl;
    BandwidthLimiter *m_limiter;
    int m_connections = DownloadOptions().connections;
    DownloadScheduler m_scheduler;
    std::vector<std::unique_ptr<Entry>> m_entries;
    QString m_stateFile;
    std::unique_ptr<BackgroundSaver> m_saver; // writes m_stateFile
    QTimer *m_saveTimer;
    QTimer *m_scheduleTimer;
    bool m_wasBusy = false;
};

} // namespace bb
