#pragma once

#include "sandbox/sandbox.h"

#include <QMutex>

namespace bb::sandbox {

// The sandbox's current FaultPlan, shared by every emulator and consumed one API request at a time.
// Thread-safe: tests set it on the main thread, emulators consume it on the server thread.
class FaultState final
{
public:
    enum class Injection { None, Drop, ServerError, Throttle, Malformed };
    struct Decision
    {
        Injection injection = Injection::None;
        int latencyMs = 0;
    };

    void set(const FaultPlan &plan);
    FaultPlan plan() const;
    // What to do with the next API request: at most one injection per request (drop first, then
    // server error, throttling, malformed JSON), and that counter goes down by one.
    Decision next();

private:
    mutable QMutex m_mutex;
    FaultPlan m_plan;
};

} // namespace bb::sandbox
