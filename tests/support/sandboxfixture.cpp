#include "support/sandboxfixture.h"

namespace bb::test {

SandboxFixture::SandboxFixture(const sandbox::Sandbox::Options &options)
    : m_sandbox(std::make_unique<sandbox::Sandbox>(options))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<ApiClient>(m_network.get()))
{
    m_client->setOptions(fastOptions());
}

SandboxFixture::~SandboxFixture()
{
    // The client's calls go first, then the network, then the server they talked to.
    m_client.reset();
    m_network.reset();
    m_sandbox->stop();
}

bool SandboxFixture::start(QString *error)
{
    if (!m_sandbox->start(error))
        return false;
    m_client->setSslConfiguration(m_sandbox->clientSslConfiguration());
    return true;
}

std::unique_ptr<SandboxFixture> SandboxFixture::started(const sandbox::Sandbox::Options &options)
{
    auto fixture = std::make_unique<SandboxFixture>(options);
    QString error;
    if (!fixture->start(&error)) {
        qWarning("the sandbox did not start: %s", qPrintable(error));
        return nullptr;
    }
    return fixture;
}

void SandboxFixture::reset()
{
    m_sandbox->setFaults({});
    m_client->setClock({});
}

QUrl SandboxFixture::endpoint(bool tls) const
{
    return tls ? m_sandbox->httpsUrl() : m_sandbox->httpUrl();
}

ServiceConfig SandboxFixture::config(const char *id, const char *secret, const char *token, bool tls) const
{
    ServiceConfig config;
    config.client = m_client.get();
    config.credentials.id = QString::fromLatin1(id);
    config.credentials.secret = QString::fromLatin1(secret);
    config.credentials.token = QString::fromLatin1(token);
    config.endpointOverride = endpoint(tls);
    return config;
}

ServiceConfig SandboxFixture::tencentConfig(bool tls) const
{
    using Keys = sandbox::SandboxKeys;
    return config(Keys::tencentSecretId, Keys::tencentSecretKey, nullptr, tls);
}

ServiceConfig SandboxFixture::alibabaConfig(bool tls) const
{
    using Keys = sandbox::SandboxKeys;
    return config(Keys::alibabaAccessKeyId, Keys::alibabaAccessKeySecret, nullptr, tls);
}

ServiceConfig SandboxFixture::tencentTemporaryConfig(bool tls) const
{
    using Keys = sandbox::SandboxKeys;
    return config(Keys::tencentTmpSecretId, Keys::tencentTmpSecretKey, Keys::tencentToken, tls);
}

ServiceConfig SandboxFixture::alibabaStsConfig(bool tls) const
{
    using Keys = sandbox::SandboxKeys;
    return config(Keys::alibabaStsAccessKeyId, Keys::alibabaStsAccessKeySecret, Keys::alibabaSecurityToken,
                  tls);
}

ApiClient::Options SandboxFixture::fastOptions()
{
    ApiClient::Options options;
    options.maxAttempts = 3;
    options.backoffBaseMs = 20;
    options.backoffMaxMs = 100;
    options.timeoutMs = 5000;
    return options;
}

} // namespace bb::test
