#pragma once

#include "session/isolatedcontext.h"

#include <QTemporaryDir>

#include <memory>

namespace bb::test {

// sandboxContext() for a whole test class, in its own temporary folder: start() in
// initTestCase, stop() in cleanupTestCase.
class SandboxSession final
{
public:
    bool start()
    {
        m_context = m_dir.isValid() ? sandboxContext(m_dir.path()) : nullptr;
        return m_context != nullptr;
    }
    void stop() { m_context.reset(); }
    AppContext *get() const { return m_context.get(); }
    AppContext *operator->() const { return m_context.get(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
};

} // namespace bb::test
