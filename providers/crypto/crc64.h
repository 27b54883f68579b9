#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace bb {

// CRC-64/XZ (ECMA-182, reflected; the OSS/COS "crc64ecma" variant) through liblzma, computed
// incrementally so a download can be verified while it streams and resumed from a saved state.
class Crc64
{
public:
    Crc64() = default;
    explicit Crc64(uint64_t resumeFrom)
        : m_value(resumeFrom)
    { }
    void update(QByteArrayView data);
    uint64_t value() const { return m_value; }
    QString decimal() const { return QString::number(m_value); }
    static uint64_t of(QByteArrayView data);
    // CRC of A followed by B from crc(A), crc(B) and B's length, in O(log lengthB) (like zlib's
    // crc32_combine): the sandbox checksums huge generated files from a few computed blocks.
    static uint64_t combine(uint64_t crcA, uint64_t crcB, qint64 lengthB);

private:
    uint64_t m_value = 0;
};

} // namespace bb
