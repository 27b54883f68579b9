#include "sandbox/sandbox.h"

#include "sandbox/alibabardsemulator.h"
#include "sandbox/faultstate.h"
#include "sandbox/filehost.h"
#include "sandbox/sandboxcontext.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/selfsignedcertificate.h"
#include "sandbox/starrocksemulator.h"
#include "sandbox/tencentredisemulator.h"
#include "sandbox/tencentsqlserveremulator.h"

#include <QSslKey>
#include <QTcpServer>

namespace bb::sandbox {

namespace {

// A loopback origin where nothing listens: the emulators' "internal" download links, which only
// work inside the cloud's own network, fail here quickly with "connection refused". The port was
// free a moment ago; another sandbox (a parallel test) may take it later, but every server of
// ours listens on 127.0.0.1 only, so on 127.0.0.2 nothing answers (a CI run once got the other
// sandbox's 404 there). macOS routes only 127.0.0.1, so it keeps that.
QUrl unreachableOrigin()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
#if defined(Q_OS_MACOS)
    url.setHost(QStringLiteral("127.0.0.1"));
#else
    url.setHost(QStringLiteral("127.0.0.2"));
#endif
    url.setPort(probe.serverPort());
    return url;
}

QUrl origin(const QString &scheme, quint16 port)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

} // namespace

Sandbox::Sandbox(QObject *parent)
    : Sandbox(Options(), parent)
{ }

Sandbox::Sandbox(const Options &options, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<SandboxServer>())
    , m_options(options)
    , m_context(std::make_unique<SandboxContext>())
{
    m_context->faults = std::make_shared<FaultState>();
    m_context->files = std::make_shared<FileHost>();
    m_context->seed = options.seed;
    m_context->createDurationMs = options.createDurationMs;
    m_context->anchorUtc
        = options.anchorUtc.isValid() ? options.anchorUtc.toUTC() : QDateTime::currentDateTimeUtc();

    // The file host first: its /files/ paths never collide with an API.
    m_server->addHandler(m_context->files);
    // Product emulators register here (one line each).
    m_sqlServer = std::make_shared<TencentSqlServerEmulator>(*m_context);
    m_server->addHandler(m_sqlServer);
    m_redis = std::make_shared<TencentRedisEmulator>(*m_context);
    m_server->addHandler(m_redis);
    m_alibabaRds = std::make_shared<AlibabaRdsEmulator>(*m_context);
    m_server->addHandler(m_alibabaRds);
    m_server->addHandler(std::make_shared<StarRocksEmulator>(*m_context));
}

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::start(QString *error)
{
    if (m_server->isRunning())
        return true;
    const SelfSignedCertificate generated = SelfSignedCertificate::generate(30, error);
    if (!generated.isValid())
        return false;
    m_certificate = generated.certificate();
    m_certificatePem = generated.certificatePem();
    m_serverTls = QSslConfiguration::defaultConfiguration();
    m_serverTls.setLocalCertificate(m_certificate);
    m_serverTls.setPrivateKey(generated.key());
    m_serverTls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
    m_serverTls.setProtocol(QSsl::TlsV1_2OrLater);

    if (!m_server->start(m_serverTls, m_options.httpPort, m_options.httpsPort, error))
        return false;
    m_httpUrl = origin(QStringLiteral("http"), m_server->httpPort());
    m_httpsUrl = origin(QStringLiteral("https"), m_server->httpsPort());
    m_context->files->setOrigins(m_httpUrl, unreachableOrigin());
    m_context->files->setSecureOrigin(m_httpsUrl);
    return true;
}

void Sandbox::stop()
{
    m_server->stop();
    m_httpUrl.clear();
    m_httpsUrl.clear();
}

QUrl Sandbox::httpUrl() const
{
    return m_httpUrl;
}

QUrl Sandbox::httpsUrl() const
{
    return m_httpsUrl;
}

QSslCertificate Sandbox::certificate() const
{
    return m_certificate;
}

QSslConfiguration Sandbox::clientSslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(m_certificate);
    return config;
}

void Sandbox::setFaults(const FaultPlan &plan)
{
    m_context->faults->set(plan);
}

FaultPlan Sandbox::faults() const
{
    return m_context->faults->plan();
}

QList<QByteArray> Sandbox::requestLog() const
{
    return m_server->requestLog();
}

void Sandbox::clearRequestLog()
{
    m_server->clearRequestLog();
}

void Sandbox::addHandler(std::shared_ptr<Handler> handler)
{
    m_server->addHandler(std::move(handler));
}

FileHost &Sandbox::fileHost()
{
    return *m_context->files;
}

TencentSqlServerEmulator &Sandbox::sqlServer()
{
    return *m_sqlServer;
}

TencentRedisEmulator &Sandbox::redis()
{
    return *m_redis;
}

AlibabaRdsEmulator &Sandbox::alibabaRds()
{
    return *m_alibabaRds;
}

} // namespace bb::sandbox
