#pragma once

#include "sandbox/filefaults.h"
#include "sandbox/handler.h"

#include <QDateTime>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <cstdint>

namespace bb::sandbox {

// Serves the sandbox's backup files: deterministic content generated on the fly (any size, no
// disk), correct size, CRC-64/XZ, Range, and pre-signed URLs that expire. Emulators mint URLs
// here; the server routes /files/... requests here.
class FileHost final : public Handler
{
public:
    struct File
    {
        QString key; // unique, path-like: "tencent-sqlserver/mssql-1a2b3c4d/1234.bak.tar"
        QString fileName; // the name the provider shows
        qint64 size = 0;
    };
    enum class Cloud { Cos, Oss }; // which CRC header the host sends (x-cos-/x-oss-hash-crc64ecma)

    FileHost();
    ~FileHost() override;
    FileHost(const FileHost &) = delete;
    FileHost &operator=(const FileHost &) = delete;

    // The external base (the sandbox's own HTTP origin) and an internal base that nothing
    // listens on, so "internal" links fail the way they do outside the cloud's network.
    void setOrigins(const QUrl &external, const QUrl &internalUnreachable);

    // The HTTPS twin of the external origin; signedUrl(..., tls = true) uses it.
    void setSecureOrigin(const QUrl &externalTls);

    // A fresh signed URL for `file`, valid for `validitySeconds` from now, on the HTTPS origin when
    // one is set (like the clouds' hosts), else on the plain external origin.
    QUrl signedUrl(const File &file, bool internal, int validitySeconds, Cloud cloud = Cloud::Cos);
    // The same on the HTTPS (tls) or plain HTTP origin: emulators answer with the scheme the API
    // request came in with, so HTTP-only and HTTPS-only tests both work end to end.
    QUrl signedUrl(const File &file, bool internal, int validitySeconds, Cloud cloud, bool tls);
    // CRC-64/XZ of the file's content, as a decimal string (what RDS puts in Checksum).
    QString crc64Decimal(const File &file) const;
    uint64_t crc64(const File &file) const; // cached per key; O(log size)
    // The bytes the host serves for `file` (tests compare against what was downloaded).
    QByteArray content(const File &file, qint64 offset, qint64 length) const;

    bool handle(const HttpRequest &request, HttpResponse &response) override;

    // Fault switches for download tests (drop, stall, 5xx, ignored Range, wrong checksum, 404/416,
    // throttle, expire every signed URL now). Thread-safe.
    FileFaults &faults();

private:
    // File faults (drop, stall, 5xx, ignored Range, wrong checksum, expire now) belong in a
    // FileFaultPlan consumed in handle() right before it returns, where the finished response
    // (status, headers, stream, WireFault) can still be changed.
    struct Private;
    Private *d;
};

} // namespace bb::sandbox
