#include "sandbox/generatedcontent.h"

#include "providers/crypto/crc64.h"
#include "sandbox/datagen.h"

#include <algorithm>
#include <cstring>

namespace bb::sandbox {

GeneratedContent::GeneratedContent(const QString &key, qint64 size)
    : m_block(makeBlock(key))
    , m_size(size)
{ }

QByteArray GeneratedContent::makeBlock(const QString &key)
{
    DataGen gen(0x5eed'f11e'b10c'0001ULL, key.toUtf8());
    QByteArray block(blockSize, Qt::Uninitialized);
    for (qint64 i = 0; i < blockSize; i += 8) {
        const uint64_t word = gen.next();
        std::memcpy(block.data() + i, &word, sizeof word);
    }
    return block;
}

qint64 GeneratedContent::read(qint64 offset, char *out, qint64 max)
{
    if (offset < 0 || offset >= m_size)
        return 0;
    const qint64 total = std::min(max, m_size - offset);
    qint64 done = 0;
    while (done < total) {
        const qint64 within = (offset + done) % blockSize;
        const qint64 n = std::min(total - done, blockSize - within);
        std::memcpy(out + done, m_block.constData() + within, static_cast<size_t>(n));
        done += n;
    }
    return done;
}

uint64_t GeneratedContent::crc64(const QString &key, qint64 size)
{
    const QByteArray block = makeBlock(key);
    // CRC of `count` whole blocks by doubling: crc(B^(2k)) = combine(crc(B^k), crc(B^k), k·|B|).
    uint64_t result = 0; // CRC-64/XZ of the empty string
    uint64_t power = Crc64::of(block);
    qint64 powerLength = blockSize;
    for (qint64 count = size / blockSize; count > 0; count >>= 1) {
        if (count & 1)
            result = Crc64::combine(result, power, powerLength);
        power = Crc64::combine(power, power, powerLength);
        powerLength *= 2;
    }
    const qint64 tail = size % blockSize;
    if (tail > 0)
        result = Crc64::combine(result, Crc64::of(QByteArrayView(block.constData(), tail)), tail);
    return result;
}

} // namespace bb::sandbox
