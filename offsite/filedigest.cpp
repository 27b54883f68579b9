#include "offsite/filedigest.h"

#include "providers/crypto/crc64.h"

#include <QFile>

namespace bb {

FileDigest FileDigest::of(const QString &path, const std::atomic<bool> *stop)
{
    FileDigest digest;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        digest.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return digest;
    }
    Crc64 crc;
    qint64 total = 0;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (stop && stop->load()) {
            digest.error = tr("stopped");
            return digest;
        }
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0) {
            digest.error = tr("cannot read %1: %2").arg(path, file.errorString());
            return digest;
        }
        if (got == 0)
            break;
        crc.update(QByteArrayView(buffer.constData(), got));
        total += got;
    }
    digest.size = total;
    digest.crc64 = crc.decimal();
    return digest;
}

} // namespace bb
