#pragma once

#include "sandbox/handler.h"

#include <QDateTime>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

namespace bb::sandbox {

class FaultState;
class FileHost;
class SandboxServer;
class AlibabaRdsEmulator;
class TencentRedisEmulator;
class TencentSqlServerEmulator;
struct SandboxContext;

// Fixed, published sandbox keys: the sandbox account and --sandbox use them. They open
// nothing but the local emulator.
struct SandboxKeys
{
    static constexpr const char *tencentSecretId = "AKIDsandbox0000000000000000000000000";
    static constexpr const char *tencentSecretKey = "sandboxTencentSecretKey000000000";
    static constexpr const char *alibabaAccessKeyId = "LTAIsandbox000000000000";
    static constexpr const char *alibabaAccessKeySecret = "sandboxAlibabaSecret0000000000";
    // Temporary (STS-style) credentials: the id works only together with its token.
    static constexpr const char *tencentTmpSecretId = "AKIDsandboxTmp0000000000000000000000";
    static constexpr const char *tencentTmpSecretKey = "sandboxTencentTmpSecretKey000000";
    static constexpr const char *tencentToken = "sandbox-tencent-session-token";
    static constexpr const char *alibabaStsAccessKeyId = "STS.sandbox00000000000000";
    static constexpr const char *alibabaStsAccessKeySecret = "sandboxAlibabaStsSecret0000000";
    static constexpr const char *alibabaSecurityToken = "sandbox-alibaba-security-token";
};

// Fault switches for tests and demos. Counters apply to the next N API requests (or file
// requests, for the file faults) and then switch themselves off.
struct FaultPlan
{
    int latencyMs = 0; // every API answer waits this long
    int throttleNext = 0; // answer the provider's throttling error
    int serverErrorNext = 0; // answer HTTP 500/503 (Tencent: InternalError)
    int malformedNext = 0; // answer truncated, invalid JSON
    // Close the connection without answering. QNetworkAccessManager silently re-sends such a
    // request up to three times, so 4 is what a client sees as one network error.
    int dropNext = 0;
};

// The local emulator of every API Backup Browser calls, served over HTTP and HTTPS on free
// loopback ports from its own thread. Its certificate is generated at start-up; clients
// trust it explicitly through clientSslConfiguration().
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)

public:
    struct Options
    {
        quint32 seed = 20261123; // generated data is a pure function of the seed
        int createDurationMs = 4000; // how long a created backup takes to finish
        quint16 httpPort = 0; // 0: any free port
        quint16 httpsPort = 0;
        // Generated histories end here and everything tests rely on (the running backup, the
        // newest of each schedule) lies just before it, whatever the hour. Invalid: the
        // construction time. Pin it to get the same data at every run.
        QDateTime anchorUtc;
    };

    explicit Sandbox(QObject *parent = nullptr);
    Sandbox(const Options &options, QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(QString *error = nullptr);
    void stop();

    QUrl httpUrl() const; // e.g. http://127.0.0.1:41234
    QUrl httpsUrl() const; // e.g. https://127.0.0.1:41235
    QSslCertificate certificate() const;
    // The system's CA list plus the sandbox certificate: trust it, ignore no errors.
    QSslConfiguration clientSslConfiguration() const;

    void setFaults(const FaultPlan &plan); // thread-safe
    FaultPlan faults() const;

    // "METHOD target [action]" of the latest requests, oldest first (SandboxServer::requestLog).
    QList<QByteArray> requestLog() const;
    void clearRequestLog();

    // Adds a handler (product emulator, file host); handlers are asked in order. Thread-safe.
    void addHandler(std::shared_ptr<Handler> handler);

    // What emulators share (faults, file host, seed, anchor time): construct more emulators with it.
    const SandboxContext &context() const { return *m_context; }
    FileHost &fileHost();
    TencentSqlServerEmulator &sqlServer();
    TencentRedisEmulator &redis();
    AlibabaRdsEmulator &alibabaRds();
    QByteArray certificatePem() const { return m_certificatePem; }

private:
    std::unique_ptr<SandboxServer> m_server;
    Options m_options;
    std::unique_ptr<SandboxContext> m_context;
    std::shared_ptr<TencentSqlServerEmulator> m_sqlServer;
    std::shared_ptr<TencentRedisEmulator> m_redis;
    std::shared_ptr<AlibabaRdsEmulator> m_alibabaRds;
    QSslCertificate m_certificate;
    QByteArray m_certificatePem;
    QSslConfiguration m_serverTls;
    QUrl m_httpUrl;
    QUrl m_httpsUrl;
};

} // namespace bb::sandbox
