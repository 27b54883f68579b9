#pragma once

#include "sandbox/sandboxhttp.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

namespace bb::sandbox {

// File-host faults on demand. Counters apply to the next N matching file responses and then
// switch themselves off; bytesPerSecond stays until changed.
struct FileFaultPlan
{
    QString keyContains; // only files whose key contains this; empty: every file
    int dropNext = 0; // close the connection after dropAfterBytes body bytes
    qint64 dropAfterBytes = 256 * 1024;
    int stallNext = 0; // stop sending, connection kept open, after stallAfterBytes
    qint64 stallAfterBytes = 256 * 1024;
    int serverErrorNext = 0; // answer 503 (ServiceUnavailable / SlowDown)
    int ignoreRangeNext = 0; // answer 200 with the whole body even when Range asked for less
    int wrongChecksumNext = 0; // announce a wrong x-cos/x-oss-hash-crc64ecma
    int notFoundNext = 0; // answer 404 NoSuchKey
    int rangeNotSatisfiableNext = 0; // answer 416
    int bytesPerSecond = 0; // throttle every matching body
};

// The file host's fault switches, shared between the test thread and the server thread.
// Also the "expire now" switch: every URL signed so far answers 403 "Request has expired" until
// the client asks for a fresh one.
class FileFaults final
{
public:
    void set(const FileFaultPlan &plan);
    FileFaultPlan plan() const;

    void expireAllNow();
    // The Expires of a URL being signed: never one that expireAllNow() already revoked.
    qint64 adjustExpiry(qint64 expires);

    // Applies and counts down the faults matching `key` to a successful file response (200/206).
    // `crcHeader` names the CRC header the response carries.
    void apply(const QString &key, const HttpRequest &request, HttpResponse &response);

    // What clients asked for (Range headers of file requests, "" when none), for assertions.
    QList<QByteArray> rangeLog() const;
    void clearLog();

private:
    mutable QMutex m_mutex;
    FileFaultPlan m_plan;
    qint64 m_issuedUpTo = 0; // the largest Expires signed so far
    qint64 m_revokedUpTo = 0; // Expires at or below this are refused
    QList<QByteArray> m_ranges;
};

} // namespace bb::sandbox
