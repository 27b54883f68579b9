#pragma once

#include "providers/core/apiclient.h"
#include "providers/core/serviceconfig.h"
#include "sandbox/sandbox.h"

#include <QNetworkAccessManager>
#include <QString>

#include <memory>

namespace bb::test {

// A running sandbox plus a client that trusts its certificate explicitly (no ignored TLS errors):
// one QNetworkAccessManager, one ApiClient with fast retries, and ServiceConfig factories pointing
// at the sandbox over HTTPS or HTTP. Create it in initTestCase() (or per test) and QVERIFY(start()),
// or in one step: m_fixture = SandboxFixture::started(options); QVERIFY(m_fixture);
class SandboxFixture final
{
public:
    explicit SandboxFixture(const sandbox::Sandbox::Options &options = {});
    ~SandboxFixture();
    SandboxFixture(const SandboxFixture &) = delete;
    SandboxFixture &operator=(const SandboxFixture &) = delete;

    bool start(QString *error = nullptr);
    // A started fixture, or null (with the reason logged as a warning) when the sandbox cannot start.
    static std::unique_ptr<SandboxFixture> started(const sandbox::Sandbox::Options &options = {});
    // What a test may have changed, undone: no injected faults, the client's real clock.
    void reset();

    sandbox::Sandbox &sandbox() { return *m_sandbox; }
    QNetworkAccessManager &network() { return *m_network; }
    ApiClient &client() { return *m_client; }

    // The sandbox's HTTPS (tls) or HTTP origin.
    QUrl endpoint(bool tls = true) const;
    // Configs with the published sandbox keys (see SandboxKeys), endpointOverride at the sandbox.
    ServiceConfig tencentConfig(bool tls = true) const;
    ServiceConfig alibabaConfig(bool tls = true) const;
    // The same with the sandbox's temporary keys and their token (Tencent STS, Alibaba STS).
    ServiceConfig tencentTemporaryConfig(bool tls = true) const;
    ServiceConfig alibabaStsConfig(bool tls = true) const;

    // Retries fast enough for tests: 3 attempts, 20-100 ms backoff, 5 s timeout.
    static ApiClient::Options fastOptions();

private:
    // token: nullptr for permanent keys.
    ServiceConfig config(const char *id, const char *secret, const char *token, bool tls) const;

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

} // namespace bb::test
