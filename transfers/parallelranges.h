#pragma once

#include "transfers/partsidecar.h"
#include "transfers/rangedattempt.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <vector>

class QNetworkAccessManager;
class QTimer;

namespace bb {

class BandwidthLimiter;
class PartWriter;

// The Downloading phase of a file fetched over several connections: its byte ranges (RangeState),
// each a RangedAttempt for "bytes=a-b" into its own PartWriter writing at the range's offset of
// the one .part (openAt), each resumable on its own from its CRC state. At most `connections`
// attempts run at once, fewer when the per-host cap says so or the host refused a parallel one.
// The first range goes alone until its answer shows the host honours ranges (a 206); a host that
// ignores Range is reported (rangeIgnored()) before any other range fetched a byte. When a range
// is done while another has much left, that one is split and the free connection takes its
// second half (as aria2c does), so no connection idles while the file's tail comes over one.
//
// It decides no retries: a failed range is reported (rangeFailed()) and DownloadTask asks its
// RetryPolicy, then calls retry(), stop() or fails. Verification needs no re-read: complete()
// combines the ranges' CRCs (Crc64::combine).
class ParallelRanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParallelRanges)

public:
    // Ranges for a file of `size` bytes over `connections`, none smaller than `minRangeBytes`;
    // a single range when the file is too small to split.
    static QList<RangeState> split(qint64 size, int connections, qint64 minRangeBytes);
    // Connections that downloads over several connections have open to `host` in this process.
    static int connectionsTo(const QString &host);

    struct Setup
    {
        QString partPath;
        QSslConfiguration ssl;
        int connections = 4;
        int maxPerHost = 16; // connections to one host over every download of the process
        qint64 fileSize = 0;
        // A running range with at least twice this left is split when a connection is free (the
        // ranges then end together instead of the last one alone at one connection's speed).
        qint64 minRangeBytes = 8 * 1024 * 1024;
        // DownloadOptions::oneConnectionEnoughBytesPerSecond: measured over rampUpMs after the
        // first answer; 0: the others start at once.
        qint64 oneConnectionEnough = 0;
        int rampUpMs = 500;
    };
    ParallelRanges(QNetworkAccessManager *network, Setup setup, QList<RangeState> ranges,
                   QObject *parent = nullptr);
    ~ParallelRanges() override; // stops; the writers finish what is queued

    void setLimiter(BandwidthLimiter *limiter);
    // Asked before every request: false stops launching (the owner failed the download).
    void setRequestGate(std::function<bool()> gate) { m_gate = std::move(gate); }

    // Fetches every unfinished range from `url` (fresh URLs: every range at once).
    void start(const QUrl &url, bool viaNetworkManager);
    // Stops every attempt and timer and closes the writers after what they have queued.
    void stop();
    // Drops what is queued for the disk and closes (cancel, or bytes that can only be wrong).
    void discard();
    // Hands what the attempts gathered to the writers (a slow transfer reaches the disk each tick).
    void flush();
    // Blocks until the writers wrote what they have queued: only where the file is handed back to
    // one writer (a host that ignores Range), so that nothing of a range lands after it.
    void waitForIdle();
    // Range `index` again after `delayMs` (after rangeFailed()).
    void retry(int index, int delayMs);
    // Every range back to zero (the host no longer serves this file as it did).
    void resetAll();

    // The ranges as their writers have them on disk (for the sidecar).
    QList<RangeState> snapshot() const;
    qint64 received() const; // bytes accepted over all ranges, queued for the disk included
    // The ranges with the bytes accepted so far (for people: the segment map of the row's bar).
    QList<RangeState> progressMap() const;
    qint64 takeFetched(); // body bytes taken since the last call, repeats included
    bool isRunning() const; // an attempt or a retry is pending
    QString serverCrc() const { return m_serverCrc; }
    // The range whose host has sent nothing for `ms` (not held back by the limiter), or -1.
    int stalledRange(qint64 ms) const;
    // Stops range `index`'s attempt as failed (a stall): rangeFailed() follows.
    void failRange(int index, QNetworkReply::NetworkError error, const QString &message);
    int activeConnections() const;
    int connectionLimit() const { return m_limit; }

signals:
    void progressed();
    // Every range is on disk (writers drained and closed); `crc` is the file's CRC-64.
    void completed(uint64_t crc);
    // The host answered 200 to the first range: it ignores Range (fall back to one connection).
    void rangeIgnored();
    // The host announces another total than the file's size: its bytes are another file's.
    void wrongTotal(qint64 announced);
    void rangeFailed(int index, QNetworkReply::NetworkError error, int status, const QString &message);
    void writeFailed(const QString &fileName, const QString &error);

private:
    struct Range
    {
        RangeState state;
        PartWriter *writer = nullptr;
        RangedAttempt *attempt = nullptr;
        QTimer *retryTimer = nullptr;
        int status = 0;
        bool opened = false; // the writer is open at the range's end
        bool waiting = false; // a retry's delay runs
    };

    void launch(); // starts attempts up to the limit
    void startRange(int index);
    void onHead(int index, RangedAttempt::Head head);
    void onEnded(int index);
    void release(int index); // drops the attempt, keeps its bytes
    void lowerLimit(); // the host refused a parallel connection: no more than are running now
    void onRampUp(); // the first connection's speed decides whether others join
    void checkComplete();
    // A free connection takes the second half of the running range with the most left.
    void splitLargest();
    // Indexes of m_ranges in file order (split ranges are appended, so indexes stay stable).
    QList<int> inFileOrder() const;
    bool mayOpenConnection() const;

    QNetworkAccessManager *m_network;
    Setup m_setup;
    std::vector<Range> m_ranges;
    QPointer<BandwidthLimiter> m_limiter;
    std::function<bool()> m_gate;
    QUrl m_url;
    bool m_viaNetworkManager = false;
    bool m_probed = false; // the first answer was a 206: the host honours ranges
    bool m_running = false;
    bool m_completing = false;
    int m_limit; // attempts at once: the setup's, lowered when the host refuses parallel ones
    qint64 m_fetched = 0;
    QString m_serverCrc;
    QTimer *m_rampUp;
    QElapsedTimer m_sinceProbe;
    qint64 m_receivedAtProbe = 0;
};

} // namespace bb
