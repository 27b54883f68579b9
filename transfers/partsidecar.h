#pragma once

#include "transfers/downloadidentity.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace bb {

// One byte range of a file fetched over several connections: [start, end), of which the first
// `done` bytes are in the .part with CRC-64 `crc`.
struct RangeState
{
    qint64 start = 0;
    qint64 end = 0;
    qint64 done = 0;
    uint64_t crc = 0;
    bool isComplete() const { return done >= end - start; }
    bool operator==(const RangeState &) const = default;
};

// What a partial download needs to resume without re-reading its bytes: the identity of the
// backup file and the CRC-64 of the first `crcBytes` bytes of the .part; or, for a download over
// several connections, its ranges (then crcBytes is 0: the .part has holes).
struct ResumeState
{
    DownloadIdentity identity;
    qint64 crcBytes = 0;
    uint64_t crcValue = 0;
    QString serverCrc; // the x-oss/x-cos-hash-crc64ecma the host announced, decimal; may be empty
    // Version 2: the ranges, in order, covering the file from 0 to its size. Empty: version 1.
    QList<RangeState> ranges = {};
};

// The small JSON file beside "<name>.part" ("<name>.part.json"). Written atomically (QSaveFile)
// so a crash leaves the old state or the new one, never half. Never holds a URL.
// Version 1: one CRC state from byte 0. Version 2 (written only with ranges): the ranges and each
// one's CRC state. Both are read.
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
