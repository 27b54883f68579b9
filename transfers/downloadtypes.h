#pragma once

#include "providers/core/backupservice.h"

#include <QMetaType>
#include <QString>

namespace bb {

// What to do when the final file name is already taken.
enum class OverwritePolicy {
    Ask, // stop with DownloadError::TargetExists; the caller asks and retries with another policy
    Overwrite, // replace it (atomically, at the very end)
    Numbered, // keep both: "x (1).bak", "x (2).bak", ...
};

enum class DownloadState { Queued, Resolving, Downloading, Verifying, Done, Paused, Failed, Cancelled };

enum class DownloadError {
    None,
    Resolve, // the provider would not give a URL
    Network, // the connection failed, dropped or stalled too often
    InternalUnreachable, // the internal URL cannot be reached from here (and no fallback)
    Tls, // certificate or handshake failure: never retried
    Http, // the host answered an error status that retrying cannot fix
    Expired, // the signed URL kept being refused even when freshly resolved
    SizeMismatch,
    ChecksumMismatch,
    DiskFull,
    FileError,
    TargetExists, // OverwritePolicy::Ask and the final name is taken
    Cancelled,
};

// Per-download choices (the GUI's and the CLI's defaults come from settings and the account).
struct DownloadOptions
{
    QString folder; // the folder the user chose
    DownloadNetwork network = DownloadNetwork::External;
    bool fallbackToExternal = true; // internal unreachable → use the external URL
    OverwritePolicy overwrite = OverwritePolicy::Numbered;

    // Consecutive failed attempts that brought no byte beyond the furthest offset reached so far
    // (a restart from zero, or bytes the .part already had, are not progress).
    int maxAttempts = 5;
    // Bounds per start(), whatever progress a host seems to make: requests sent, and body bytes
    // fetched as a multiple of the file's size (a host that ignores Range and drops the
    // connection each time sends the head of the file over and over).
    int maxTotalAttempts = 30;
    int maxFetchedSizeFactor = 3;
    int maxResolves = 4; // fresh URLs refused in a row before giving up
    int stallTimeoutMs = 30000; // no byte for this long: abort and retry
    // Slower than lowSpeedBytesPerSecond on average over lowSpeedTimeMs: abort and retry (curl's
    // --speed-limit/--speed-time). A host trickling a byte a second is never "stalled", and
    // would keep a download (and its slot in the queue) forever. 0 turns it off; our own
    // bandwidth limit below it is not counted against the host.
    int lowSpeedBytesPerSecond = 1024;
    int lowSpeedTimeMs = 60000;
    int backoffBaseMs = 1000; // first retry delay, doubled each time, with jitter
    int backoffMaxMs = 30000;
    int progressIntervalMs = 100; // at most ~10 progress updates a second
    // Connections for one file (1-16), each fetching its own byte range. Only where the size is
    // exact (a listing in KB cannot be split) and each range gets at least minRangeBytes: a
    // range's connection costs a TCP and TLS handshake and a slow start (a few round trips, a
    // few hundred KB before its window is open), which a range of 8 MiB repays many times over
    // at the 25 MB/s a throttled host gives a connection, and a smaller one barely.
    int connections = 4;
    qint64 minRangeBytes = 8 * 1024 * 1024;
    // Connections to one host over all downloads of the process (each download's first is always
    // allowed): object stores throttle or refuse clients that open too many.
    int maxConnectionsPerHost = 16;
    // A first connection faster than this over its first half second gets no company: the ranges
    // then come one after another over one connection. More connections only help where each one
    // is held back (distance, a per-connection limit); on a fast link they cost CPU (a TLS
    // session and a writer each: 0.72-0.76 against 0.64 CPU s per GiB on loopback,
    // bench/results/downloads.md) and win nothing. 100 MB/s is most of a gigabit line. 0: always.
    qint64 oneConnectionEnoughBytesPerSecond = 100 * 1000 * 1000;
    int checkpointIntervalMs = 2000; // how often the sidecar's CRC state is saved
};

// One progress sample: what the model shows per row.
struct DownloadProgress
{
    qint64 received = 0;
    qint64 total = -1; // -1 unknown
    int percent = -1; // -1 unknown
    double bytesPerSecond = 0; // smoothed
    qint64 etaSeconds = -1; // -1 unknown
};

QString toString(DownloadState state); // stable lower-case key: "queued", "downloading", ...
QString displayName(DownloadState state); // translated, for people
QString toString(DownloadError error); // stable lower-case key
DownloadState downloadStateFromString(const QString &key);
QString toString(OverwritePolicy policy);
OverwritePolicy overwritePolicyFromString(const QString &key);

} // namespace bb

Q_DECLARE_METATYPE(bb::DownloadProgress)
