#pragma once

#include <QDateTime>

namespace bb {

// Whether one backup has a local copy an offsite rule keeps (issue 16), as the window's backup
// table shows it. Filled from the offsite catalogues (offsite/LocalCopyIndex::backupStates).
struct LocalCopyState
{
    enum class Kind {
        None = 0, // no copy, or not every file copied yet
        Failed, // a copy failed verification (the next sync fetches it again)
        Verified, // every file copied, read back and matched
    };
    Kind kind = Kind::None;
    QDateTime verifiedAt; // Verified: the oldest verification among its files (UTC)
};

} // namespace bb
