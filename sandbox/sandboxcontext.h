#pragma once

#include <QDateTime>

#include <memory>

namespace bb::sandbox {

class FaultState;
class FileHost;

// What every emulator shares with the Sandbox that owns it.
struct SandboxContext
{
    std::shared_ptr<FaultState> faults;
    std::shared_ptr<FileHost> files;
    quint32 seed = 0; // generated data is a pure function of the seed (and the anchor)
    int createDurationMs = 4000;
    QDateTime anchorUtc; // generated histories end here (Sandbox::Options::anchorUtc or construction)
};

} // namespace bb::sandbox
