#pragma once

#include "sandbox/sandboxhttp.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace bb::sandbox {

// The content of a sandbox file, derived from the file's key: a 64 KiB pseudo-random base block,
// and in block number b every 8-byte word of it XORed with that block's own keyed salt
// (splitmix64 of the key and b). Every block differs from every other in every word, so a
// download that reorders or repeats whole blocks fails its CRC, as it would on a real file.
// Nothing touches the disk and reads cost a copy and an XOR (bench/contentbench). CRC-64 is linear,
// so the whole file's CRC is the repeated base block's (O(log size), as before) XOR what the
// salts add, two table-driven GF(2) matrix products per block: a few milliseconds for
// gigabytes, not a pass over the bytes (the emulators publish it for every file they list).
class GeneratedContent final : public BodySource
{
public:
    static constexpr qint64 blockSize = 64 * 1024;

    GeneratedContent(const QString &key, qint64 size);

    qint64 size() const override { return m_size; }
    qint64 read(qint64 offset, char *out, qint64 max) override;

    static uint64_t crc64(const QString &key, qint64 size);

private:
    struct Key
    {
        QByteArray base; // blockSize bytes
        uint64_t saltSeed = 0;
    };
    static Key makeKey(const QString &key);
    static uint64_t salt(uint64_t seed, qint64 block);

    Key m_key;
    qint64 m_size;
};

} // namespace bb::sandbox
