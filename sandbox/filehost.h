#pragma once

#include "sandbox/sandboxhttp.h"

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
        QString key;      // unique, path-like: "tencent-sqlserver/mssql-1a2b3c4d/1234.bak.tar"
        QString fileName; // the name the provider shows
        qint64 size = 0;
    };
    enum class Cloud { Cos, Oss }; // which CRC header the host sends (x-cos-/x-oss-hash-crc64ecma)

    FileHost();
    ~FileHost() override;

    // The external base (the sandbox's own HTTP/HTTPS origin) and an internal base that nothing
    // listens on, so "internal" links fail the way they do outside the cloud's network.
    void setOrigins(const QUrl &external, const QUrl &internalUnreachable);

    // A fresh signed URL for `file`, valid for `validitySeconds` from now.
    QUrl signedUrl(const File &file, bool internal, int validitySeconds, Cloud cloud = Cloud::Cos);
    // CRC-64/XZ of the file's content, as a decimal string (what RDS puts in Checksum).
    QString crc64Decimal(const File &file) const;

    bool handle(const HttpRequest &request, HttpResponse &response) override;

private:
    struct Private;
    Private *d;
};

} // namespace bb::sandbox
