#include "providers/alibaba/acs3protocol.h"

#include "providers/crypto/acs3signer.h"
#include "providers/crypto/digest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUuid>

namespace bb {

namespace {

struct Body
{
    QJsonObject object;
    bool isObject = false;
    QString parseError;
};

Body parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    Body parsed;
    parsed.isObject = error.error == QJsonParseError::NoError && document.isObject();
    parsed.object = document.object();
    parsed.parseError = error.error == QJsonParseError::NoError ? QString() : error.errorString();
    return parsed;
}

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 16);
    return value.toString();
}

bool is2xx(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

Acs3Protocol::Acs3Protocol(Credentials credentials, QString version, Style style)
    : m_credentials(std::move(credentials))
    , m_version(std::move(version))
    , m_style(style)
{ }

QByteArray Acs3Protocol::formatDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")).toLatin1();
}

QList<QPair<QByteArray, QByteArray>> Acs3Protocol::queryPairs(const QUrl &url)
{
    // Split by hand: QUrlQuery's decoding differs from the server's for '+' and encoded
    // delimiters. AlibabaApi never sends a raw '+', so no '+'-as-space question arises.
    QList<QPair<QByteArray, QByteArray>> pairs;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (query.isEmpty())
        return pairs;
    for (const QByteArray &item : query.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        const QByteArray name = equals < 0 ? item : item.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : item.mid(equals + 1);
        pairs.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return pairs;
}

void Acs3Protocol::sign(QNetworkRequest &request, const ApiRequest &api, const QDateTime &nowUtc) const
{
    const QByteArray payloadHash = digest::sha256Hex(api.body);
    const QByteArray nonce = m_nonce ? m_nonce() : QUuid::createUuid().toByteArray(QUuid::Id128);
    QList<QPair<QByteArray, QByteArray>> headers = {
        {"host", ApiClient::hostHeader(api.url)}, {"x-acs-action", api.action.toUtf8()},
        {"x-acs-version", m_version.toUtf8()},    {"x-acs-date", formatDate(nowUtc)},
        {"x-acs-signature-nonce", nonce},         {"x-acs-content-sha256", payloadHash},
    };
    if (!api.body.isEmpty())
        headers.append(
            {"content-type", api.contentType.isEmpty() ? QByteArray("application/json") : api.contentType});
    // Temporary (STS) credentials: the SDK (darabonba-openapi CallApi/DoROARequest) sends the
    // AccessKey id beside the token, both as x-acs-* headers and therefore both signed.
    if (!m_credentials.token.isEmpty()) {
        headers.append({"x-acs-accesskey-id", m_credentials.id.toUtf8()});
        headers.append({"x-acs-security-token", m_credentials.token.toUtf8()});
    }
    // Every header that is signed is also sent, byte for byte.
    for (const auto &header : std::as_const(headers))
        request.setRawHeader(header.first, header.second);

    Acs3Input input;
    input.accessKeyId = m_credentials.id.toUtf8();
    input.accessKeySecret = m_credentials.secret.toUtf8();
    input.method = api.method;
    input.canonicalUri
        = m_style == Style::Rpc ? QByteArray("/") : api.url.path(QUrl::FullyEncoded).toLatin1();
    if (input.canonicalUri.isEmpty())
        input.canonicalUri = "/";
    input.query = queryPairs(api.url);
    input.signedHeaders = headers;
    input.hashedPayload = payloadHash;
    request.setRawHeader("Authorization", signAcs3(input).authorization);
}

ApiResult Acs3Protocol::interpret(int httpStatus, const QByteArray &body) const
{
    return interpretFor(ApiRequest(), httpStatus, body);
}

ApiResult Acs3Protocol::interpretFor(const ApiRequest &api, int httpStatus, const QByteArray &body) const
{
    return m_style == Style::Rpc ? interpretRpc(api, httpStatus, body) : interpretRoa(api, httpStatus, body);
}

ApiResult Acs3Protocol::interpretRpc(const ApiRequest &api, int httpStatus, const QByteArray &body) const
{
    ApiResult result;
    const Body parsed = parse(body);
    result.requestId = text(parsed.object, "RequestId");
    ProviderError &error = result.error;
    error.httpStatus = httpStatus;
    error.requestId = result.requestId;

    if (is2xx(httpStatus)) {
        if (!parsed.isObject) {
            error = ProviderError::malformed(
                tr("The answer is not a JSON object (%1)")
                    .arg(parsed.parseError.isEmpty() ? tr("wrong type") : parsed.parseError));
            error.httpStatus = httpStatus;
            return result;
        }
        result.payload = parsed.object;
        return result;
    }

    // RPC failures: HTTP 4xx/5xx with {RequestId, HostId, Code, Message, Recommend}.
    error.kind = ProviderError::Kind::Provider;
    error.code = text(parsed.object, "Code");
    error.message = text(parsed.object, "Message");
    if (error.code.isEmpty() && error.message.isEmpty()) {
        // Not the API's error body (a gateway page, an empty answer): judge by the status alone.
        error.kind = ProviderError::Kind::Network;
        error.retryable = httpStatus >= 500 || httpStatus == 429;
        error.message = tr("The API answered HTTP %1").arg(httpStatus);
        return result;
    }
    if (error.message.isEmpty())
        error.message = tr("The API reported a failure without a message (HTTP %1)").arg(httpStatus);
    classify(error, api.action);
    const QString recommend = text(parsed.object, "Recommend");
    if (!recommend.isEmpty())
        error.hint
            = error.hint.isEmpty() ? tr("See %1").arg(recommend) : tr("%1 See %2").arg(error.hint, recommend);
    return result;
}

// The StarRocks envelope is {RequestId, HttpStatusCode, Success, ErrCode, ErrMessage, Data,
// Total}. Its published sample contradicts itself (Success false, ErrCode "Success", an error
// message, and data), so the rule takes every signal together:
//   - HTTP not 2xx, or an HttpStatusCode field that is present and not 2xx: failure;
//   - Success true: success;
//   - Success false (or absent) with ErrCode empty, "Success", "200" or "OK": success when
//     Data is present (the sample's case; ErrMessage is then noise), else failure;
//   - any other ErrCode: failure with ErrCode/ErrMessage.
// Plain ROA answers without the envelope (no Success, no ErrCode) are successes on HTTP 2xx;
// RPC-style {Code, Message} bodies on 4xx/5xx are read too.
ApiResult Acs3Protocol::interpretRoa(const ApiRequest &api, int httpStatus, const QByteArray &body) const
{
    ApiResult result;
    const Body parsed = parse(body);
    const QJsonObject &object = parsed.object;
    result.requestId = text(object, "RequestId");
    ProviderError &error = result.error;
    error.httpStatus = httpStatus;
    error.requestId = result.requestId;

    if (!parsed.isObject) {
        if (is2xx(httpStatus)) {
            error = ProviderError::malformed(
                tr("The answer is not a JSON object (%1)")
                    .arg(parsed.parseError.isEmpty() ? tr("wrong type") : parsed.parseError));
            error.httpStatus = httpStatus;
        } else {
            error.kind = ProviderError::Kind::Network;
            error.retryable = httpStatus >= 500 || httpStatus == 429;
            error.message = tr("The API answered HTTP %1").arg(httpStatus);
        }
        return result;
    }

    const QJsonValue envelopeStatus = object.value(QStringLiteral("HttpStatusCode"));
    const int bodyStatus = envelopeStatus.isDouble() ? envelopeStatus.toInt() : 0;
    const QJsonValue successValue = object.value(QStringLiteral("Success"));
    const QString errCode = text(object, "ErrCode");
    const bool errCodeSaysOk = errCode.isEmpty() || errCode == QStringLiteral("Success")
        || errCode == QStringLiteral("200") || errCode == QStringLiteral("OK");
    const QJsonValue data = object.value(QStringLiteral("Data"));
    const bool hasData = !data.isUndefined() && !data.isNull();

    bool ok = is2xx(httpStatus) && (bodyStatus == 0 || is2xx(bodyStatus));
    if (ok) {
        if (successValue.isBool() && successValue.toBool())
            ok = true;
        else if (successValue.isBool() || !errCode.isEmpty())
            ok = errCodeSaysOk && hasData;
        // Neither Success nor ErrCode: a plain ROA answer, judged by the HTTP status.
    }
    if (ok) {
        result.payload = object;
        return result;
    }

    error.kind = ProviderError::Kind::Provider;
    error.code = !errCodeSaysOk ? errCode : text(object, "Code");
    error.message = text(object, "ErrMessage");
    if (error.message.isEmpty())
        error.message = text(object, "Message");
    if (bodyStatus != 0 && is2xx(httpStatus))
        error.httpStatus = bodyStatus; // the envelope's own status says more than the transport's
    if (error.message.isEmpty())
        error.message = tr("The API reported a failure without a message (HTTP %1)").arg(error.httpStatus);
    classify(error, api.action);
    return result;
}

qint64 Acs3Protocol::timeLeft(const QByteArray &value)
{
    for (const QByteArray &pair : value.split(',')) {
        const qsizetype colon = pair.indexOf(':');
        if (colon < 0 || pair.left(colon).trimmed() != "TimeLeft")
            continue;
        bool ok = false;
        const qint64 ms = pair.mid(colon + 1).trimmed().toLongLong(&ok);
        return ok && ms >= 0 ? ms : -1;
    }
    return -1;
}

qint64 Acs3Protocol::retryAfterMs(const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    qint64 longest = -1;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "x-ratelimit-user-api" || lower == "x-ratelimit-user")
            longest = std::max(longest, timeLeft(value));
    }
    return longest;
}

void Acs3Protocol::classify(ProviderError &error, const QString &action)
{
    const auto is = [&error](const char *name) {
        return error.code == QLatin1String(name);
    };
    const auto family = [&error](const char *name) {
        return error.codeInFamily(QLatin1String(name));
    };

    error.retryable = false;
    if (family("Throttling") || error.httpStatus == 429) {
        error.kind = ProviderError::Kind::Throttled;
        error.retryable = true;
        error.hint = tr("Alibaba Cloud is rate-limiting this account; the call was retried with backoff.");
    } else if (is("SignatureDoesNotMatch") || is("IncompleteSignature")) {
        error.kind = ProviderError::Kind::Auth;
        error.hint
            = tr("The signature did not match: the AccessKey secret is wrong, or the request was altered "
                 "on the way.");
    } else if (is("InvalidTimeStamp.Expired")) {
        error.kind = ProviderError::Kind::Auth;
        error.hint = tr("Your clock is more than 15 minutes off; correct the system time and try again.");
    } else if (is("SignatureNonceUsed")) {
        error.kind = ProviderError::Kind::Auth;
        error.hint = tr("The server saw this request's nonce before (a replayed request).");
    } else if (family("InvalidAccessKeyId")) {
        error.kind = ProviderError::Kind::Auth;
        error.hint = is("InvalidAccessKeyId.Inactive")
            ? tr("The AccessKey is disabled; enable it or use another one.")
            : tr("The AccessKey ID does not exist (look for typos and stray spaces).");
    } else if (family("InvalidSecurityToken") || is("MissingSecurityToken")) {
        error.kind = ProviderError::Kind::Auth;
        error.hint
            = tr("The STS security token is missing, expired, malformed or belongs to another key; get new "
                 "temporary credentials.");
    } else if (family("Forbidden") || is("NoPermission") || is("InvalidUserOperatorPermission")) {
        // InvalidUserOperatorPermission: RDS's 403 "The user permission does not support this
        // operation" (DescribeBackups page) is a RAM permission problem like Forbidden.RAM.
        error.kind = ProviderError::Kind::Auth;
        error.hint = action.isEmpty() ? tr("The key lacks the RAM permission for this action.")
                                      : tr("The key lacks the RAM permission for %1.").arg(action);
    } else {
        error.kind = ProviderError::Kind::Provider;
        error.retryable = family("ServiceUnavailable") || family("InternalError") || error.httpStatus >= 500;
    }
}

} // namespace bb
