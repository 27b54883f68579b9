#include "sandbox/generatedcontent.h"

#include "providers/crypto/crc64.h"
#include "sandbox/datagen.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace bb::sandbox {

namespace {

constexpr qint64 wordSize = 8;

uint64_t splitmix64(uint64_t x)
{
    x += 0x9e37'79b9'7f4a'7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58'476d'1ce4'e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d0'49bb'1331'11ebULL;
    return x ^ (x >> 31);
}

// A 64x64 matrix over GF(2) as eight 256-entry tables, one per byte of the vector: applying it
// costs eight lookups instead of up to 64 conditional XORs.
struct ByteTables
{
    std::array<std::array<uint64_t, 256>, 8> t {};
    // columns[k]: the image of the vector with only bit k set.
    explicit ByteTables(const std::array<uint64_t, 64> &columns)
    {
        for (size_t j = 0; j < 8; ++j) {
            for (size_t byte = 0; byte < 256; ++byte) {
                uint64_t sum = 0;
                for (size_t k = 0; k < 8; ++k) {
                    if (byte & (size_t(1) << k))
                        sum ^= columns[8 * j + k];
                }
                t[j][byte] = sum;
            }
        }
    }
    uint64_t operator()(uint64_t v) const
    {
        uint64_t sum = 0;
        for (size_t j = 0; j < 8; ++j, v >>= 8)
            sum ^= t[j][v & 0xff];
        return sum;
    }
};

// The CRC's linear part L (crc(x) = L(x) ^ crc(zeros of x's length)), and the two maps the file's
// CRC needs. saltEffect: L of one block filled with a salt word, linear in the salt (column k:
// the salt with only bit k set). blockShift: what appending a block of zero bytes does to a CRC
// register, i.e. how a block's L moves when a block follows it.
struct CrcMaps
{
    ByteTables saltEffect;
    ByteTables blockShift;
};

const CrcMaps &crcMaps()
{
    static const CrcMaps maps = [] {
        std::array<uint64_t, 64> effect {};
        std::array<uint64_t, 64> shift {};
        QByteArray fill(GeneratedContent::blockSize, '\0');
        const uint64_t zeros = Crc64::of(fill);
        for (size_t k = 0; k < 64; ++k) {
            const uint64_t word = uint64_t(1) << k;
            for (qint64 i = 0; i < GeneratedContent::blockSize; i += wordSize)
                std::memcpy(fill.data() + i, &word, sizeof word);
            effect[k] = Crc64::of(fill) ^ zeros;
            shift[k] = Crc64::combine(word, 0, GeneratedContent::blockSize);
        }
        return CrcMaps {ByteTables(effect), ByteTables(shift)};
    }();
    return maps;
}

// Copies base[from, to) to out with every aligned 8-byte word XORed with `salt` (`from` and
// `to` are offsets in the block; the word grid is the block's).
void copySalted(const char *base, qint64 from, qint64 to, uint64_t salt, char *out)
{
    unsigned char saltBytes[wordSize];
    std::memcpy(saltBytes, &salt, sizeof salt);
    qint64 i = from;
    for (; i < to && i % wordSize != 0; ++i)
        *out++ = char(uchar(base[i]) ^ saltBytes[i % wordSize]);
    for (; i + wordSize <= to; i += wordSize, out += wordSize) {
        uint64_t word;
        std::memcpy(&word, base + i, sizeof word);
        word ^= salt;
        std::memcpy(out, &word, sizeof word);
    }
    for (; i < to; ++i)
        *out++ = char(uchar(base[i]) ^ saltBytes[i % wordSize]);
}

} // namespace

GeneratedContent::GeneratedContent(const QString &key, qint64 size)
    : m_key(makeKey(key))
    , m_size(size)
{ }

GeneratedContent::Key GeneratedContent::makeKey(const QString &key)
{
    DataGen gen(0x5eed'f11e'b10c'0001ULL, key.toUtf8());
    Key out;
    out.base = QByteArray(blockSize, Qt::Uninitialized);
    for (qint64 i = 0; i < blockSize; i += wordSize) {
        const uint64_t word = gen.next();
        std::memcpy(out.base.data() + i, &word, sizeof word);
    }
    out.saltSeed = gen.next();
    return out;
}

uint64_t GeneratedContent::salt(uint64_t seed, qint64 block)
{
    return splitmix64(seed ^ splitmix64(uint64_t(block)));
}

qint64 GeneratedContent::read(qint64 offset, char *out, qint64 max)
{
    if (offset < 0 || offset >= m_size)
        return 0;
    const qint64 total = std::min(max, m_size - offset);
    qint64 done = 0;
    while (done < total) {
        const qint64 block = (offset + done) / blockSize;
        const qint64 within = (offset + done) % blockSize;
        const qint64 n = std::min(total - done, blockSize - within);
        copySalted(m_key.base.constData(), within, within + n, salt(m_key.saltSeed, block), out + done);
        done += n;
    }
    return done;
}

uint64_t GeneratedContent::crc64(const QString &key, qint64 size)
{
    // The file is the base block repeated XOR the salts, each filled over its block, so
    // crc(file) = crc(base repeated) ^ L(salt fills): the first by doubling (as for any repeated
    // block), the second block by block through the two linear maps.
    const Key k = makeKey(key);
    uint64_t repeated = 0; // CRC-64/XZ of the empty string
    uint64_t power = Crc64::of(k.base);
    qint64 powerLength = blockSize;
    for (qint64 count = size / blockSize; count > 0; count >>= 1) {
        if (count & 1)
            repeated = Crc64::combine(repeated, power, powerLength);
        power = Crc64::combine(power, power, powerLength);
        powerLength *= 2;
    }
    const qint64 blocks = size / blockSize;
    const qint64 tail = size % blockSize;
    if (tail > 0)
        repeated = Crc64::combine(repeated, Crc64::of(QByteArrayView(k.base.constData(), tail)), tail);

    const CrcMaps &maps = crcMaps();
    uint64_t salts = 0;
    for (qint64 b = 0; b < blocks; ++b)
        salts = maps.blockShift(salts) ^ maps.saltEffect(salt(k.saltSeed, b));
    if (tail > 0) {
        QByteArray fill(tail, '\0');
        const uint64_t zeros = Crc64::of(fill);
        const uint64_t s = salt(k.saltSeed, blocks);
        for (qint64 i = 0; i < tail; ++i)
            fill[i] = char(uint8_t(s >> (8 * (i % wordSize))));
        salts = Crc64::combine(salts, Crc64::of(fill) ^ zeros, tail);
    }
    return repeated ^ salts;
}

} // namespace bb::sandbox
