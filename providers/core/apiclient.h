#pragma once

#include "providers/core/providererror.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;
class QTimer;

namespace bb {

// One API request before signing. The protocol signs it again on every attempt (fresh
// timestamp and nonce), so retries never replay a stale signature.
struct ApiRequest
{
    QString product; // product key, for errors and the log
    QString action; // e.g. "DescribeBackups"
    QString instanceId; // for errors and the log; may be empty
    QString region;
    QByteArray method = "POST";
    QUrl url; // scheme, host, port, path and query as sent
    QByteArray body; // exact bytes; signed as they are
    QByteArray contentType;
    QString rateKey; // token-bucket key, e.g. "tencent-sqlserver/DescribeBackups"
    double ratePerSecond = 20; // documented limit for this API
    // False for calls that change something (CreateBackup, ManualBackupInstance): then only
    // failures that prove the server did not act (throttling, connection refused) are retried,
    // never 5xx or timeouts, so a retry cannot start a second backup.
    bool idempotent = true;
};

// What the protocol made of a complete HTTP response.
struct ApiResult
{
    QJsonObject payload; // Tencent: the "Response" object; Alibaba: the whole body
    QString requestId;
    ProviderError error; // kind None on success
};

// Signs requests and reads responses for one API family (TC3, ACS3 RPC, ACS3 ROA). Holds the
// credentials; pure apart from them.
class ApiProtocol
{
public:
    virtual ~ApiProtocol() = default;
    // Adds every header the request needs (including Authorization) for the given time.
    virtual void sign(QNetworkRequest &request, const ApiRequest &api, const QDateTime &nowUtc) const = 0;
    // Decides success or failure from the status and body, and whether a failure is retryable.
    virtual ApiResult interpret(int httpStatus, const QByteArray &body) const = 0;
    // The same, knowing which request the answer is for (so hints can name the action). ApiCall
    // calls this one; the default forwards to interpret().
    virtual ApiResult interpretFor(const ApiRequest &api, int httpStatus, const QByteArray &body) const
    {
        Q_UNUSED(api)
        return interpret(httpStatus, body);
    }
    // How long the server asked a throttled caller to wait, in ms, from its answer's headers
    // (Alibaba: x-ratelimit-user-api / x-ratelimit-user TimeLeft); -1 when it gave no hint.
    virtual qint64 retryAfterMs(const QList<QPair<QByteArray, QByteArray>> &headers) const
    {
        Q_UNUSED(headers)
        return -1;
    }
};

// One line per API request for the log dock and the CLI's --verbose. URLs are masked.
struct ApiLogEntry
{
    QDateTime when;
    QString product;
    QString action;
    QString instanceId;
    QString region;
    int attempt = 1;
    int httpStatus = 0;
    QString code; // provider error code, empty on success
    QString requestId;
    qint64 durationMs = 0;
    QString maskedUrl; // query string masked: signed URLs are bearer tokens
};

// A token bucket per API, refilled at the documented rate; burst = one second's worth.
class RateLimiter
{
public:
    // Milliseconds to wait before a request under `key` may go out (0: go now). Takes the token.
    qint64 reserve(const QString &key, double ratePerSecond, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    QHash<QString, Bucket> m_buckets;
};

class ApiClient;

// One API request in flight, with its retries. Emits exactly one of finished() or failed().
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ~ApiCall() override;
    const ApiRequest &request() const { return m_request; }
    // Attempts made so far (1 after the first request went out).
    int attempts() const { return m_attempt; }
    // Bytes of the body of the last answer read, exactly as received (the answer finished() was
    // made from, once it has been emitted); 0 when no body was read. What a caller holding many
    // answers counts against its own memory bound.
    qint64 responseBytes() const { return m_responseBytes; }
    void abort();

signals:
    void finished(const QJsonObject &payload, const QString &requestId);
    void failed(const bb::ProviderError &error);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, ApiRequest request, std::shared_ptr<const ApiProtocol> protocol);
    void start();
    void sendAttempt();
    void onReplyFinished();
    void complete(const ApiResult &result);
    void retryOrFail(ProviderError error);
    void onTimer();
    void checkSize(qint64 bytes);
    ProviderError transportError(QNetworkReply *reply, int httpStatus) const;
    void logAttempt(int httpStatus, const ProviderError &error, const QString &requestId);

    ApiClient *m_client;
    ApiRequest m_request;
    std::shared_ptr<const ApiProtocol> m_protocol;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer;
    QElapsedTimer m_elapsed;
    int m_attempt = 0;
    qint64 m_responseBytes = 0;
    bool m_done = false;
    bool m_tooLarge = false;
    bool m_timedOut = false;
    bool m_notDelivered = false; // the last attempt surely never reached the server
    qint64 m_retryHintMs = -1; // the server's wait for a throttled attempt (ApiProtocol::retryAfterMs)
    QString m_sslErrors; // what sslErrors() reported for the attempt in flight
};

// Sends signed API requests through one shared QNetworkAccessManager (injected, never global):
// per-API rate limits, bounded retries with exponential backoff and jitter on throttling, 5xx
// and network errors, a timeout per attempt, a response-size cap, and explicit TLS trust.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    struct Options
    {
        int maxAttempts = 4;
        int backoffBaseMs = 500;
        int backoffMaxMs = 8000;
        // A server's retry hint longer than this is not waited out: the call fails and says so.
        int maxRetryHintMs = 60000;
        int timeoutMs = 30000;
        qint64 maxResponseBytes = 32 * 1024 * 1024;
    };

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    // Certificates to trust in addition to the system's (the sandbox's, a user's pinned one).
    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }
    // The clock used for signatures; tests move it to provoke clock-skew errors.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const;

    // Starts the request at once or when the rate limit allows. The caller owns the call.
    ApiCall *send(const ApiRequest &request, std::shared_ptr<const ApiProtocol> protocol);

    QNetworkAccessManager *network() const { return m_network; }

    // Replaces the query string of a URL with "?…" (signed URLs are bearer tokens).
    static QString maskUrl(const QUrl &url);
    // The Host header exactly as it goes on the wire: the host, plus ":port" unless the port is
    // the scheme's default. Protocols set it explicitly so that what they sign is what is sent.
    static QByteArray hostHeader(const QUrl &url);

signals:
    void requestLogged(const bb::ApiLogEntry &entry);

private:
    friend class ApiCall;
    qint64 reserveSlot(const ApiRequest &request);
    int backoffMs(int attempt) const;

    QNetworkAccessManager *m_network;
    Options m_options;
    QSslConfiguration m_ssl;
    std::function<QDateTime()> m_clock;
    RateLimiter m_limiter;
    QElapsedTimer m_monotonic;
};

} // namespace bb

Q_DECLARE_METATYPE(bb::ApiLogEntry)
