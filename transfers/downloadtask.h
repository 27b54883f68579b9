#pragma once

#include "providers/crypto/crc64.h"
#include "transfers/downloadidentity.h"
#include "transfers/downloadtarget.h"
#include "transfers/downloadtypes.h"
#include "transfers/partsidecar.h"
#include "transfers/partwriter.h"
#include "transfers/rangedattempt.h"
#include "transfers/retrypolicy.h"
#include "transfers/urlresolver.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace bb {

class BandwidthLimiter;
class ParallelRanges;

// Downloads one backup file to "<name>.part" beside the target and renames it when the size and
// CRC-64/XZ check out. Resumes with Range, re-resolves expired URLs, retries drops, stalls and
// 5xx with backoff, restarts when the host ignores Range, and keeps the .part when it gives up.
//
//   Queued → Resolving → Downloading → Verifying → Done
//              ↘ Paused / Failed(error) / Cancelled
//
// The flow, and who does each step:
//   start()        DownloadTarget::choose() picks the name (or the .part to resume into);
//                  loadResumeState() reads the sidecar (PartSidecar); rebuildCrc() re-reads
//                  what its CRC state does not cover, on the writer's thread
//   resolve()      the UrlResolver gives fresh URLs (again whenever a signed URL expired)
//   sendRequest()  one RangedAttempt from the .part's end: it checks the status and
//                  Content-Range (onHead()) and reads under the limiter into the PartWriter,
//                  which writes and folds the CRC-64 on its thread;
//                  or, for a file big enough with an exact size (or a sidecar with ranges),
//                  sendRanges(): ParallelRanges fetches its byte ranges over several connections,
//                  each range into its own writer, and combines their CRCs when all are written
//                  (onRangesCompleted()); a failed range goes through RetryPolicy like an attempt,
//                  a host that ignores Range makes the task fall back to one connection
//   finishAttempt() once the writer drained: complete → verify(), else RetryPolicy decides
//                  (retry after backoff, renew the URL, start over, use the external URL, or
//                  fail), within its bounds on attempts and bytes fetched
//   verify()       size and CRC-64 against the listing and the host's header, without a re-read
//   finalizeFile() DownloadTarget::finish() renames on the writer's thread; onFinalized() → Done
class DownloadTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadTask)

public:
    DownloadTask(QNetworkAccessManager *network, UrlResolver *resolver, DownloadIdentity identity,
                 DownloadOptions options, QObject *parent = nullptr);
    ~DownloadTask() override;

    // Certificates to trust (the ApiClient's configuration); TLS errors are always fatal.
    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }
    void setBandwidthLimiter(BandwidthLimiter *limiter);
    // Changing options applies to the next start (e.g. the overwrite policy after TargetExists).
    void setOptions(const DownloadOptions &options) { m_options = options; }

    const DownloadIdentity &identity() const { return m_identity; }
    const DownloadOptions &options() const { return m_options; }
    DownloadState state() const { return m_state; }
    DownloadError error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // A transient note for people ("retrying in 4 s", "internal URL unreachable, using external").
    QString statusText() const { return m_statusText; }
    DownloadProgress progress() const { return m_progress; }
    // Over several connections, each range and how much of it arrived (the row's segment map);
    // empty over one connection.
    QList<RangeState> segments() const;
    // The final path (empty until chosen), and the .part beside it.
    QString targetPath() const { return m_target; }
    QString partPath() const;
    // Whether a .part stays for a later resume (after a failure or pause); false when there is
    // none or its removal is queued (nothing arrived, or its bytes could only be wrong).
    bool partKept() const;
    bool usedFallback() const { return m_usedFallback; }
    int attempts() const { return m_retry.totalAttempts(); }

    // Starts or resumes (from Queued, Paused or Failed). A no-op while running or when done.
    void start();
    // Stops the transfer and keeps the .part and its sidecar for a later start().
    void pause();
    // Back to Queued (from running, Paused or Failed) for a scheduler to start later; a running
    // transfer stops like pause() and keeps its .part.
    void requeue();
    // Stops and deletes the .part and its sidecar.
    void cancel();
    // Puts a task that has not started into a state saved by an earlier run (Paused, Failed with
    // its message, Done with its final path), without touching the network.
    void restore(DownloadState state, const QString &targetPath, const QString &message);
    bool isActive() const;

signals:
    void stateChanged(bb::DownloadState state);
    void progressChanged(const bb::DownloadProgress &progress);
    void statusTextChanged(const QString &text);
    void finished(const QString &path);
    void failed(bb::DownloadError error, const QString &message);

private:
    void startNow();
    void setState(DownloadState state);
    void setStatusText(const QString &text);
    void fail(DownloadError error, const QString &message);
    bool chooseTarget();
    bool checkFreeSpace();
    bool openPart(bool truncate);
    void loadResumeState();
    // Re-reads the .part from m_rebuildPos on the writer's thread; onRebuilt() goes on.
    void rebuildCrc();
    void onRebuilt();
    void stopRebuild();
    void resolve();
    void onResolved(const ResolvedSource &source, const ProviderError &error);
    void sendRequest();
    void onHead(RangedAttempt::Head head);
    void onReadPass();
    void onOverLimit(qint64 limit);
    // Downloading: the state, the low-speed window, the tick.
    void enterDownloading();
    // The host announces another size than the listing's: its bytes are another file's.
    void discardAnnouncedSize(qint64 announced);
    // Downloads over several connections (ParallelRanges).
    bool useRanges() const;
    void sendRanges();
    void onRangesProgressed();
    void onRangesCompleted(uint64_t crc);
    void onRangeIgnored();
    void onRangeFailed(int index, QNetworkReply::NetworkError netError, int status, const QString &message);
    // Forgets the ranges (a restart from zero, bytes that can only be wrong); their writers drop
    // what they have queued.
    void dropRanges();
    void onWriteFailed(bool truncating, qint64 bytes, const QString &fileName, const QString &error);
    void onOpenFailed(PartWriter::OpenResult result, const QString &fileName, const QString &error);
    void onDrained();
    PartWriter::Snapshot durableState() const;
    void finishAttempt();
    // Asks the RetryPolicy what to do after a failed attempt and does it.
    // `range`: the range of ParallelRanges that failed (retried alone), -1 for the attempt or all.
    void handleFailedAttempt(QNetworkReply::NetworkError netError, int status, const QString &message,
                             int range = -1);
    void restartFromZero();
    // The most bytes the file may have (the listing's size and its slack, else the host's
    // total); -1 when nobody says.
    qint64 sizeLimit() const;
    // Whether another request fits this start()'s bounds; fails the task when it does not.
    bool withinBudget();
    // Stops the transfer, drops what is queued for the disk and removes the .part and its sidecar.
    void dropPart();
    // Fails and removes the .part and its sidecar: their bytes can only be wrong.
    void discardPartAndFail(DownloadError error, const QString &message);
    // Stops the attempt (its gathered bytes go to the writer first) and the timers.
    void stopAttempt();
    // Drops the attempt (stopped or ended), counting the bytes it fetched against the budget.
    void releaseAttempt();
    void verify();
    // After verify() closed the writer: the durable sidecar for the .part that stays, then fail().
    void keepPartAndFail(DownloadError error, const QString &message);
    // Queues the rename of the verified .part on the writer's thread; onFinalized() reports it.
    void finalizeFile();
    void onFinalized();
    // Removes the .part and its sidecar on the writer's thread, after what is queued there.
    void removePartLater();
    // A sidecar for the .part, written on the writer's thread after the chunks queued so far.
    // force: even without progress, and durable (fsynced).
    void checkpoint(bool force);
    void checkpointRanges(bool force); // checkpoint() over several connections: the ranges' states
    // Makes the sidecars still queued on the writer no-ops.
    void retireQueuedSidecars();
    void updateProgress(bool force);
    void onTick();
    QUrl currentUrl() const;
    QString maskedUrl() const;

    QNetworkAccessManager *m_network;
    UrlResolver *m_resolver;
    DownloadIdentity m_identity;
    DownloadOptions m_options;
    QSslConfiguration m_ssl;
    QPointer<BandwidthLimiter> m_limiter;

    DownloadState m_state = DownloadState::Queued;
    DownloadError m_error = DownloadError::None;
    QString m_errorString;
    QString m_statusText;
    DownloadProgress m_progress;

    QString m_target;
    // Writes and CRCs the .part on its own thread. Everything that needs "bytes in the .part and
    // covered by the CRC" (sidecar, verify) takes its durable snapshot, after a drain when exact.
    PartWriter *m_writer;
    Crc64 m_crc; // covers m_received while the writer is closed or drained
    qint64 m_received = 0; // bytes accepted: in the .part or queued in the writer, in order
    bool m_finishWhenDrained = false; // finishAttempt() waits for the last chunks to be written
    bool m_startWhenDrained = false; // start() waits for an earlier attempt's chunks
    // The verified .part is being renamed on the writer's thread: Done (or a failure) comes when
    // it reports, and pause, requeue and cancel can no longer stop it.
    bool m_finalizing = false;
    // Written by the writer's thread, read once drained.
    std::shared_ptr<DownloadTarget::Rename> m_finalRename;
    bool m_writing = false; // the writer holds the durable state (opened since the last reload)
    qint64 m_rebuildPos = -1; // >= 0 while re-reading the .part to rebuild the CRC
    struct CrcRebuild
    {
        std::atomic<bool> stop = false;
        std::atomic<qint64> position = 0; // re-read up to here (progress)
        Crc64 crc; // the writer's thread's until it has drained
        QString error;
    };
    std::shared_ptr<CrcRebuild> m_rebuild; // while the writer's thread re-reads
    QString m_serverCrc; // from x-oss/x-cos-hash-crc64ecma
    qint64 m_serverTotal = -1;
    bool m_restartNext = false; // the .part is known bad (verification failed): start over
    bool m_partRemoved = false; // its removal is queued on the writer's thread

    ResolvedSource m_source;
    bool m_useInternal = false;
    bool m_usedFallback = false;
    bool m_haveSource = false;
    bool m_viaNetworkManager = false; // HttpGetReply cannot serve this URL (it redirected)

    RangedAttempt *m_attempt = nullptr; // the request in flight, if any
    ParallelRanges *m_ranges = nullptr; // the ranges, once a download goes over several connections
    QList<RangeState> m_rangePlan; // from a version-2 sidecar, before m_ranges exists
    bool m_rangesSidecarWritten = false; // the .part's sidecar has its ranges (before any range byte)
    bool m_startRangesWhenDrained = false; // the ranges start once that sidecar is written
    bool m_singleOnly = false; // the host ignored Range: one connection for this start()
    qint64 m_attemptStart = 0; // m_received when the attempt began (0 after a restart from zero)
    RetryPolicy m_retry;
    qint64 m_lowSpeedBytes = 0; // m_received when the low-speed window began
    QElapsedTimer m_lowSpeedWindow;
    quint64 m_generation = 0; // stale callbacks (resolve, timers) compare against it
    QTimer *m_retryTimer;
    QTimer *m_tick;
    QElapsedTimer m_sinceProgress;
    QElapsedTimer m_sinceCheckpoint;
    qint64 m_checkpointBytes = 0;
    // Every sidecar is written on the writer's thread, in order with the chunks and the removals;
    // a cancel or a finish bumps the generation, and the sidecars still queued then skip their
    // write (they would only be removed again).
    std::shared_ptr<std::atomic<quint64>> m_sidecarGeneration = std::make_shared<std::atomic<quint64>>(0);
    qint64 m_speedBytes = 0; // m_received at the last speed sample
};

} // namespace bb
