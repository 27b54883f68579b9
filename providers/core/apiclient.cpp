#include "providers/core/apiclient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace bb {

Q_LOGGING_CATEGORY(lcApi, "bb.api", QtWarningMsg)

// ---- RateLimiter ---------------------------------------------------------------------------

qint64 RateLimiter::reserve(const QString &key, double ratePerSecond, qint64 nowMs)
{
    if (ratePerSecond <= 0)
        return 0;
    const double capacity = std::max(1.0, ratePerSecond); // burst: one second's worth
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket {capacity, nowMs});
    Bucket &bucket = *it;
    if (nowMs > bucket.updatedMs) {
        bucket.tokens
            = std::min(capacity, bucket.tokens + double(nowMs - bucket.updatedMs) * ratePerSecond / 1000.0);
        bucket.updatedMs = nowMs;
    }
    // A negative balance is the queue of requests already promised a later slot: each new one
    // waits behind them, so requests leave evenly spaced at the documented rate.
    bucket.tokens -= 1;
    if (bucket.tokens >= 0)
        return 0;
    return qint64(std::ceil(-bucket.tokens * 1000.0 / ratePerSecond));
}

// ---- ApiCall -------------------------------------------------------------------------------

ApiCall::ApiCall(ApiClient *client, ApiRequest request, std::shared_ptr<const ApiProtocol> protocol)
    : m_client(client)
    , m_request(std::move(request))
    , m_protocol(std::move(protocol))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ApiCall::onTimer);
    // The caller owns the call and may keep it longer than the client: then it ends, aborted.
    connect(client, &QObject::destroyed, this, [this] {
        abort();
        m_client = nullptr;
    });
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    // Always asynchronous, so that the caller can connect before anything is emitted.
    m_timer->start(int(m_client->reserveSlot(m_request)));
}

void ApiCall::onTimer()
{
    if (m_done)
        return;
    if (!m_reply) {
        sendAttempt(); // the rate-limit or backoff wait is over
        return;
    }
    m_timedOut = true;
    m_reply->abort(); // finishes synchronously into onReplyFinished()
}

void ApiCall::sendAttempt()
{
    ++m_attempt;
    m_tooLarge = false;
    m_timedOut = false;
    m_sslErrors.clear();

    QNetworkRequest request(m_request.url);
    if (!m_client->m_ssl.isNull())
        request.setSslConfiguration(m_client->m_ssl);
    // An API answer is never a redirect; following one would send the signed request elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 only: the signed Host header then goes out exactly as signed (HTTP/2 rebuilds it
    // as :authority from the URL, port and all), and API calls are too small to gain from h2.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    // Signed again on every attempt: a fresh timestamp and nonce, never a replayed signature.
    m_protocol->sign(request, m_request, m_client->now());

    QNetworkAccessManager *network = m_client->network();
    if (m_request.method == "GET" && m_request.body.isEmpty())
        m_reply = network->get(request);
    else
        m_reply = network->sendCustomRequest(request, m_request.method, m_request.body);

    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { checkSize(received); });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        m_sslErrors = texts.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);

    m_elapsed.start();
    m_timer->start(m_client->options().timeoutMs);
}

void ApiCall::checkSize(qint64 bytes)
{
    if (m_tooLarge || !m_reply || bytes <= m_client->options().maxResponseBytes)
        return;
    m_tooLarge = true;
    m_reply->abort(); // finishes synchronously into onReplyFinished()
}

ProviderError ApiCall::transportError(QNetworkReply *reply, int httpStatus) const
{
    const qint64 limit = m_client->options().maxResponseBytes;
    if (m_tooLarge) {
        ProviderError error;
        error.kind = ProviderError::Kind::TooLarge;
        error.httpStatus = httpStatus;
        error.message = tr("The answer is larger than %1 bytes, the limit for an API response").arg(limit);
        return error;
    }
    if (m_timedOut) {
        const int seconds = std::max(1, m_client->options().timeoutMs / 1000);
        return ProviderError::network(tr("The request timed out after %n s", nullptr, seconds), true);
    }
    if (!m_sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        ProviderError error;
        error.kind = ProviderError::Kind::Tls;
        if (m_sslErrors.isEmpty()) {
            // No certificate was judged: the handshake itself was refused (a server offering only
            // TLS 1.0/1.1, no common cipher). Saying "not trusted" sent people to the wrong fix.
            error.message = tr("The secure connection failed (%1). The server and this app agree on no "
                               "TLS protocol version or cipher (this app needs TLS 1.2 or later), so "
                               "nothing was sent.")
                                .arg(reply->errorString());
            error.hint = tr("Check the endpoint: the cloud APIs all speak TLS 1.2 or later; an old proxy "
                            "in between may not.");
            return error;
        }
        error.message = tr("The secure connection failed (%1). The server's certificate is not trusted, so "
                           "nothing was sent.")
                            .arg(m_sslErrors);
        error.hint = tr(
            "Check the endpoint, or trust that server's certificate explicitly in the account settings.");
        return error;
    }
    // No HTTP status: the request never got an answer (refused, reset, DNS, closed early).
    if (httpStatus == 0 && reply->error() != QNetworkReply::NoError)
        return ProviderError::network(reply->errorString(), true);
    return {};
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_timer->stop();
    reply->deleteLater();
    disconnect(reply, nullptr, this, nullptr);
    if (m_done)
        return;

    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_notDelivered = reply->error() == QNetworkReply::ConnectionRefusedError
        || reply->error() == QNetworkReply::HostNotFoundError;
    ProviderError error = transportError(reply, httpStatus);
    ApiResult result;
    m_responseBytes = 0;
    if (error.isError()) {
        result.error = error;
    } else {
        const QByteArray body = reply->readAll();
        m_responseBytes = body.size();
        result = m_protocol->interpretFor(m_request, httpStatus, body);
        if (result.error.isError() && result.error.httpStatus == 0)
            result.error.httpStatus = httpStatus;
        if (result.error.requestId.isEmpty())
            result.error.requestId = result.requestId;
    }
    result.error.product = m_request.product;
    result.error.action = m_request.action;
    result.error.instanceId = m_request.instanceId;
    logAttempt(httpStatus, result.error,
               result.requestId.isEmpty() ? result.error.requestId : result.requestId);

    m_retryHintMs = result.error.kind == ProviderError::Kind::Throttled
        ? m_protocol->retryAfterMs(reply->rawHeaderPairs())
        : -1;
    if (result.error.isError())
        retryOrFail(result.error);
    else
        complete(result);
}

void ApiCall::logAttempt(int httpStatus, const ProviderError &error, const QString &requestId)
{
    ApiLogEntry entry;
    entry.when = m_client->now();
    entry.product = m_request.product;
    entry.action = m_request.action;
    entry.instanceId = m_request.instanceId;
    entry.region = m_request.region;
    entry.attempt = m_attempt;
    entry.httpStatus = httpStatus;
    entry.code = error.code;
    if (entry.code.isEmpty() && error.isError()) {
        // Transport failures have no provider code; name the kind so the log line says why.
        switch (error.kind) {
        case ProviderError::Kind::Network:
            entry.code = QStringLiteral("network");
            break;
        case ProviderError::Kind::Tls:
            entry.code = QStringLiteral("tls");
            break;
        case ProviderError::Kind::TooLarge:
            entry.code = QStringLiteral("too-large");
            break;
        case ProviderError::Kind::Malformed:
            entry.code = QStringLiteral("malformed");
            break;
        default:
            entry.code = QStringLiteral("error");
            break;
        }
    }
    entry.requestId = requestId;
    entry.durationMs = m_elapsed.elapsed();
    entry.maskedUrl = ApiClient::maskUrl(m_request.url);
    // Masked URL and codes only: never the query, the headers or the body.
    qCDebug(lcApi).noquote() << entry.action << entry.instanceId << "attempt" << entry.attempt << "HTTP"
                             << entry.httpStatus << entry.code << entry.durationMs << "ms" << entry.maskedUrl
                             << entry.requestId;
    emit m_client->requestLogged(entry);
}

void ApiCall::retryOrFail(ProviderError error)
{
    const bool safeToRepeat
        = m_request.idempotent || error.kind == ProviderError::Kind::Throttled || m_notDelivered;
    const qint64 hint = std::exchange(m_retryHintMs, -1);
    if (hint > m_client->options().maxRetryHintMs) {
        // The server asks for a longer pause than a call should hang on: say so instead.
        error.retryable = false;
        error.hint = tr("%1 The server asked to wait %2 s before trying again.")
                         .arg(error.hint)
                         .arg((hint + 999) / 1000)
                         .trimmed();
    }
    if (error.retryable && safeToRepeat && m_attempt < m_client->options().maxAttempts) {
        // Wait out the backoff, the rate limit (the retry spends a token too) and the server's hint.
        const qint64 wait
            = std::max({qint64(m_client->backoffMs(m_attempt)), m_client->reserveSlot(m_request), hint});
        m_timer->start(int(wait));
        return;
    }
    ApiResult result;
    result.error = std::move(error);
    complete(result);
}

void ApiCall::complete(const ApiResult &result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    if (result.error.isError())
        emit failed(result.error);
    else
        emit finished(result.payload, result.requestId);
}

void ApiCall::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    ProviderError error;
    error.kind = ProviderError::Kind::Aborted;
    error.message = tr("Cancelled");
    error.product = m_request.product;
    error.action = m_request.action;
    error.instanceId = m_request.instanceId;
    emit failed(error);
}

// ---- ApiClient -----------------------------------------------------------------------------

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    // For queued connections (a log view or a service in another thread).
    qRegisterMetaType<ApiLogEntry>();
    qRegisterMetaType<ProviderError>();
    m_monotonic.start();
}

QDateTime ApiClient::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

ApiCall *ApiClient::send(const ApiRequest &request, std::shared_ptr<const ApiProtocol> protocol)
{
    auto *call = new ApiCall(this, request, std::move(protocol));
    call->start();
    return call;
}

QString ApiClient::maskUrl(const QUrl &url)
{
    QString text = url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (url.hasQuery())
        text += QStringLiteral("?…");
    return text;
}

QByteArray ApiClient::hostHeader(const QUrl &url)
{
    QByteArray host = QUrl::toAce(url.host());
    const int defaultPort = url.scheme() == QStringLiteral("http") ? 80 : 443;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

qint64 ApiClient::reserveSlot(const ApiRequest &request)
{
    const QString key = request.rateKey.isEmpty() ? request.product + u'/' + request.action : request.rateKey;
    return m_limiter.reserve(key, request.ratePerSecond, m_monotonic.elapsed());
}

int ApiClient::backoffMs(int attempt) const
{
    // Exponential backoff with full jitter: a uniform wait in [0, min(max, base * 2^(n-1))], so
    // many clients throttled together do not come back in lockstep.
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const qint64 ceiling
        = std::min<qint64>(m_options.backoffMaxMs, qint64(m_options.backoffBaseMs) << exponent);
    if (ceiling <= 0)
        return 0;
    return int(QRandomGenerator::global()->bounded(ceiling + 1));
}

} // namespace bb
