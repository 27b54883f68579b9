#pragma once

#include "sandbox/sandboxhttp.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace bb::sandbox {

// The content of a sandbox file: a 64 KiB pseudo-random block derived from the file's key,
// repeated up to the file's size. Nothing touches the disk, any size costs the same, and the
// CRC-64 of the whole file comes from the block's CRC through Crc64::combine in O(log size).
class GeneratedContent final : public BodySource
{
public:
    static constexpr qint64 blockSize = 64 * 1024;

    GeneratedContent(const QString &key, qint64 size);

    qint64 size() const override { return m_size; }
    qint64 read(qint64 offset, char *out, qint64 max) override;

    static uint64_t crc64(const QString &key, qint64 size);

private:
    static QByteArray makeBlock(const QString &key);

    QByteArray m_block;
    qint64 m_size;
};

} // namespace bb::sandbox
