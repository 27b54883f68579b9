#pragma once

// Helpers shared by the transfers tests (header-only, included by each tst_*.cpp that needs it).

#include "providers/crypto/crc64.h"
#include "sandbox/filehost.h"
#include "transfers/downloadidentity.h"
#include "transfers/urlresolver.h"

#include <QFile>

#include <memory>

namespace bb::test {

inline sandbox::FileHost::File sandboxFile(const QString &key, qint64 size)
{
    const QString name = key.section(QLatin1Char('/'), -1);
    return {key, name, size};
}

inline DownloadIdentity identityFor(const sandbox::FileHost::File &file, const QString &crcDecimal = {})
{
    DownloadIdentity id;
    id.product = QStringLiteral("sandbox");
    id.instanceId = QStringLiteral("inst-1");
    id.backupId = file.key;
    id.fileName = file.fileName;
    id.expectedSize = file.size;
    if (!crcDecimal.isEmpty())
        id.checksum = {QStringLiteral("crc64-xz"), crcDecimal};
    return id;
}

// Mints a fresh signed URL from the sandbox's file host on every call (like resolveDownload).
inline std::unique_ptr<FunctionUrlResolver> hostResolver(sandbox::FileHost &host,
                                                         const sandbox::FileHost::File &file, bool tls,
                                                         int validitySeconds = 300)
{
    return std::make_unique<FunctionUrlResolver>([&host, file, tls, validitySeconds](const DownloadIdentity &,
                                                                                     ProviderError *) {
        ResolvedSource source;
        source.externalUrl = host.signedUrl(file, false, validitySeconds, sandbox::FileHost::Cloud::Cos, tls);
        source.internalUrl = host.signedUrl(file, true, validitySeconds, sandbox::FileHost::Cloud::Cos, tls);
        source.size = file.size;
        return source;
    });
}

// Size and CRC-64 of a file on disk, read in slices.
struct FileDigest
{
    qint64 size = -1;
    uint64_t crc = 0;
};

inline FileDigest digestOf(const QString &path)
{
    QFile file(path);
    FileDigest digest;
    if (!file.open(QIODevice::ReadOnly))
        return digest;
    Crc64 crc;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    digest.size = 0;
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        crc.update(QByteArrayView(buffer.constData(), n));
        digest.size += n;
    }
    digest.crc = crc.value();
    return digest;
}

// Writes the first `length` bytes of `file` as a .part (an earlier, interrupted run).
inline bool writePart(const sandbox::FileHost &host, const sandbox::FileHost::File &file,
                      const QString &partPath, qint64 length)
{
    QFile part(partPath);
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return part.write(host.content(file, 0, length)) == length;
}

} // namespace bb::test
