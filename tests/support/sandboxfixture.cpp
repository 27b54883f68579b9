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

QUrl SandboxFixture::endpoint(bool tls) const
{
    return tls ? m_sandbox->httpsUrl() : m_sandbox->httpUrl();
}

ServiceConfig SandboxFixture::tencentConfig(bool tls) const
{
    ServiceConfig config;
    config.client = m_client.get();
    config.credentials.id = QString::fromLatin1(sandbox::SandboxKeys::tencentSecretId);
    config.credentials.secret = QString::fromLatin1(sandbox::SandboxKeys::tencentSecretKey);
    config.endpointOverride = endpoint(tls);
    return config;
}

ServiceConfig SandboxFixture::alibabaConfig(bool tls) const
{
    ServiceConfig config;
    config.client = m_client.get();
    config.credentials.id = QString::fromLatin1(sandbox::SandboxKeys::alibabaAccessKeyId);
    config.credentials.secret = QString::fromLatin1(sandbox::SandboxKeys::alibabaAccessKeySecret);
    config.endpointOverride = endpoint(tls);
    return config;
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
