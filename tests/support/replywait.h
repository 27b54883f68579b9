#pragma once

namespace bb {
class ServiceReply;
}

namespace bb::test {

// Spins the event loop until `reply` has finished or failed, or the timeout passes (tests only:
// the app never waits like this). Returns whether the reply is done.
bool waitForReply(ServiceReply *reply, int timeoutMs = 15000);

} // namespace bb::test
