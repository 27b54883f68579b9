#pragma once

#include "transfers/downloadidentity.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace bb {

// What a partial download needs to resume without re-reading its bytes: the identity of the
// backup file and the CRC-64 of the first `crcBytes` bytes of the .part.
struct ResumeState
{
    DownloadIdentity identity;
    qint64 crcBytes = 0;
    uint64_t crcValue = 0;
    QString serverCrc; // the x-oss/x-cos-hash-crc64ecma the host announced, decimal; may be empty
};

// The small JSON file beside "<name>.part" ("<name>.part.json"). Written atomically (QSaveFile)
// so a crash leaves the old state or the new one, never half. Never holds a URL.
class PartSidecar final
{
public:
    static QString partPath(const QString &targetPath) { return targetPath + QStringLiteral(".part"); }
    static QString sidecarPath(const QString &targetPath)
    {
        return partPath(targetPath) + QStringLiteral(".json");
    }

    // Durable: QSaveFile (fsync, then rename), for pause, failure and attempt boundaries.
    // Fast: write a temporary file and rename it, no fsync: the periodic checkpoints while bytes
    // stream in. An fsync there would flush the .part's dirty pages with it (ext4 ordered mode)
    // and tie the download to the disk's write speed. After a power cut a fast sidecar may be
    // lost; the .part is then re-read once, which is what a missing sidecar means anyway.
    enum class Durability { Durable, Fast };
    static bool write(const QString &targetPath, const ResumeState &state, QString *error = nullptr,
                      Durability durability = Durability::Durable);
    // nullopt when missing or unreadable (the caller then re-reads the .part or starts fresh).
    static std::optional<ResumeState> read(const QString &targetPath);
    // Removes the .part and the sidecar.
    static void removeAll(const QString &targetPath);
};

} // namespace bb
