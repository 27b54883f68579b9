#include "providers/tencent/tc3protocol.h"

#include "providers/crypto/tc3signer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

namespace bb {

Tc3Protocol::Tc3Protocol(Credentials credentials, QString service, QString version)
    : m_credentials(std::move(credentials))
    , m_service(std::move(service))
    , m_version(std::move(version))
{ }

void Tc3Protocol::sign(QNetworkRequest &request, const ApiRequest &api, const QDateTime &nowUtc) const
{
    const QByteArray type = api.contentType.isEmpty() ? QByteArray(contentType) : api.contentType;
    // Sent explicitly, so that what is signed is byte for byte what goes on the wire.
    const QByteArray host = ApiClient::hostHeader(api.url);
    const QByteArray action = api.action.toUtf8();
    const qint64 timestamp = nowUtc.toSecsSinceEpoch();

    request.setRawHeader("Content-Type", type);
    request.setRawHeader("Host", host);
    request.setRawHeader("X-TC-Action", action);
    request.setRawHeader("X-TC-Version", m_version.toUtf8());
    request.setRawHeader("X-TC-Timestamp", QByteArray::number(timestamp));
    if (!api.region.isEmpty())
        request.setRawHeader("X-TC-Region", api.region.toUtf8());
    if (!m_credentials.token.isEmpty())
        request.setRawHeader("X-TC-Token", m_credentials.token.toUtf8());

    Tc3Input input;
    input.secretId = m_credentials.id.toUtf8();
    input.secretKey = m_credentials.secret.toUtf8();
    input.service = m_service.toUtf8();
    input.timestamp = timestamp;
    input.method = api.method;
    if (api.method == "GET")
        input.canonicalQuery = api.url.query(QUrl::FullyEncoded).toLatin1();
    // The current CN revision signs x-tc-action too (docs/providers.md#signing-both-products).
    input.signedHeaders = {{"content-type", type}, {"host", host}, {"x-tc-action", action}};
    input.payload = api.body;
    request.setRawHeader("Authorization", signTc3(input).authorization);
}

ApiResult Tc3Protocol::interpret(int httpStatus, const QByteArray &body) const
{
    return interpretFor(ApiRequest(), httpStatus, body);
}

ApiResult Tc3Protocol::interpretFor(const ApiRequest &api, int httpStatus, const QByteArray &body) const
{
    ApiResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue responseValue = document.object().value(QStringLiteral("Response"));
    const QJsonObject response = responseValue.toObject();
    result.requestId = response.value(QStringLiteral("RequestId")).toString();

    // API errors arrive with HTTP 200 inside the envelope; honour one on any status.
    const QJsonValue errorValue = response.value(QStringLiteral("Error"));
    if (responseValue.isObject() && errorValue.isObject()) {
        const QJsonObject errorObject = errorValue.toObject();
        ProviderError &error = result.error;
        error.kind = ProviderError::Kind::Provider;
        error.httpStatus = httpStatus;
        error.code = errorObject.value(QStringLiteral("Code")).toString();
        error.message = errorObject.value(QStringLiteral("Message")).toString();
        error.requestId = result.requestId;
        classify(error, api.action);
        return result;
    }

    if (httpStatus != 200) {
        // The SDK treats any other status as a transport failure (a proxy, a gateway, an outage).
        ProviderError &error = result.error;
        error.httpStatus = httpStatus;
        error.requestId = result.requestId;
        if (httpStatus == 429) {
            error.kind = ProviderError::Kind::Throttled;
            error.retryable = true;
            error.message = tr("Too many requests (HTTP 429)");
        } else {
            error.kind = ProviderError::Kind::Network;
            error.retryable = httpStatus >= 500;
            error.message = tr("The API answered HTTP %1 instead of 200").arg(httpStatus);
        }
        return result;
    }

    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error
            = ProviderError::malformed(tr("The answer is not valid JSON (%1)").arg(parseError.errorString()));
    } else if (!responseValue.isObject()) {
        result.error = ProviderError::malformed(tr("The answer has no \"Response\" object"));
    } else if (!errorValue.isUndefined() && !errorValue.isNull()) {
        result.error = ProviderError::malformed(tr("The answer's \"Error\" is not an object"));
    } else {
        result.payload = response;
        return result;
    }
    result.error.httpStatus = httpStatus;
    result.error.requestId = result.requestId;
    return result;
}

void Tc3Protocol::classify(ProviderError &error, const QString &action)
{
    const auto is = [&error](const char *name) {
        return error.code == QLatin1String(name);
    };
    const auto family = [&error](const char *name) {
        return error.codeInFamily(QLatin1String(name));
    };

    error.retryable = false;
    if (family("RequestLimitExceeded")) {
        // All variants: the plain, per-IP, per-UIN and global ones. The request was not processed.
        error.kind = ProviderError::Kind::Throttled;
        error.retryable = true;
        error.hint = tr("Tencent Cloud is rate-limiting this account; the call was retried with backoff.");
    } else if (family("InternalError") || is("ServiceUnavailable") || is("FailedOperation.SystemError")) {
        // Server-side trouble. FailedOperation.SystemError (Redis) is the same kind of transient
        // back-end failure, unlike the other FailedOperation.* codes, which are business refusals.
        error.kind = ProviderError::Kind::Provider;
        error.retryable = true;
    } else if (family("AuthFailure") || family("UnauthorizedOperation")
               || is("InvalidParameter.PermissionDenied")) {
        error.kind = ProviderError::Kind::Auth;
        if (is("AuthFailure.SignatureFailure"))
            error.hint
                = tr("The signature did not match: the SecretKey is wrong, or the request was altered on the "
                     "way (a proxy rewriting the body?).");
        else if (is("AuthFailure.SignatureExpire"))
            error.hint = tr("Your clock is more than 5 minutes off; correct the system time and try again.");
        else if (is("AuthFailure.SecretIdNotFound") || is("AuthFailure.InvalidSecretId"))
            error.hint
                = tr("The SecretId is wrong, disabled or deleted, or not a cloud API key (look for stray "
                     "spaces).");
        else if (is("AuthFailure.TokenFailure"))
            error.hint
                = tr("The temporary token has expired or does not belong to this key; get new temporary "
                     "credentials.");
        else if (is("AuthFailure.InvalidAuthorization"))
            error.hint = tr("The Authorization header was rejected as malformed.");
        else if (is("AuthFailure.MFAFailure"))
            error.hint = tr("The multi-factor authentication check failed.");
        else if (family("UnauthorizedOperation") || is("AuthFailure.UnauthorizedOperation")
                 || is("InvalidParameter.PermissionDenied"))
            error.hint = action.isEmpty() ? tr("The key lacks the CAM permission for this action.")
                                          : tr("The key lacks the CAM permission for %1.").arg(action);
        else
            error.hint = tr("Tencent Cloud did not accept these credentials.");
    } else if (is("UnsupportedRegion")) {
        error.kind = ProviderError::Kind::Provider;
        error.hint = tr("The product is not offered in this region.");
    } else {
        error.kind = ProviderError::Kind::Provider;
    }
}

} // namespace bb
