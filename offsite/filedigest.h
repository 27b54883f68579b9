#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace bb {

// The size and CRC-64/XZ of a file on disk, read in 1 MiB pieces (never the whole file in
// memory). Blocking: run it off the GUI thread (SyncRun runs it on a thread of its own).
struct FileDigest
{
    Q_DECLARE_TR_FUNCTIONS(FileDigest)

public:
    qint64 size = -1;
    QString crc64; // decimal
    QString error; // translated; empty when read

    bool ok() const { return error.isEmpty(); }
    static FileDigest of(const QString &path, const std::atomic<bool> *stop = nullptr);
};

} // namespace bb
