#include "sandbox/alibabaemulator.h"

#include "providers/crypto/acs3signer.h"
#include "providers/crypto/digest.h"
#include "sandbox/emulatorsupport.h"
#include "sandbox/faultstate.h"
#include "sandbox/sandbox.h"

#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>

#include <cmath>
#include <cstdlib>
#include <optional>

namespace bb::sandbox {

namespace {

constexpr qint64 maxClockSkewSeconds = 15 * 60; // FACTS §3.2: within 15 minutes
constexpr qint64 nonceMemorySeconds = 15 * 60;

struct Authorization
{
    QByteArray accessKeyId;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

std::optional<Authorization> parseAuthorization(const QByteArray &value)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^ACS3-HMAC-SHA256 Credential=([^,\s]+),SignedHeaders=([a-z0-9;._-]+),Signature=([0-9a-f]{64})$)"));
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return std::nullopt;
    return Authorization {m.captured(1).toLatin1(), m.captured(2).toLatin1().split(';'),
                          m.captured(3).toLatin1()};
}

QList<QPair<QByteArray, QByteArray>> decodePairs(const QByteArray &encoded)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &part : encoded.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        pairs.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return pairs;
}

QByteArray rawPath(const HttpRequest &request)
{
    QByteArray target = request.target;
    const qsizetype question = target.indexOf('?');
    if (question >= 0)
        target.truncate(question);
    if (!target.startsWith('/')) {
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    return target;
}

std::optional<QByteArray> credentialSecret(const QByteArray &accessKeyId, QByteArray *token)
{
    if (accessKeyId == SandboxKeys::alibabaAccessKeyId) {
        *token = QByteArray();
        return QByteArray(SandboxKeys::alibabaAccessKeySecret);
    }
    if (accessKeyId == SandboxKeys::alibabaStsAccessKeyId) {
        *token = SandboxKeys::alibabaSecurityToken;
        return QByteArray(SandboxKeys::alibabaStsAccessKeySecret);
    }
    return std::nullopt;
}

} // namespace

AlibabaReply AlibabaReply::ok(QJsonObject body)
{
    AlibabaReply reply;
    reply.body = std::move(body);
    return reply;
}

AlibabaReply AlibabaReply::error(int httpStatus, const QString &code, const QString &message)
{
    AlibabaReply reply;
    reply.httpStatus = httpStatus;
    reply.errorCode = code;
    reply.errorMessage = message;
    return reply;
}

AlibabaReply AlibabaReply::raw(int httpStatus, QJsonObject body)
{
    AlibabaReply reply;
    reply.httpStatus = httpStatus;
    reply.body = std::move(body);
    return reply;
}

AlibabaEmulator::AlibabaEmulator(SandboxContext context, QByteArray version, QString product, QString host)
    : m_context(std::move(context))
    , m_version(std::move(version))
    , m_product(std::move(product))
    , m_host(std::move(host))
{ }

AlibabaEmulator::~AlibabaEmulator() = default;

void AlibabaEmulator::addRpcAction(const QString &name, double ratePerSecond, const QStringList &required,
                                   ActionHandler handler)
{
    m_rpcActions.insert(name, Action {name, ratePerSecond, required, std::move(handler)});
}

void AlibabaEmulator::addRoaAction(const QByteArray &method, const QString &path, const QString &name,
                                   double ratePerSecond, const QStringList &required, ActionHandler handler)
{
    m_roaActions.insert(QString::fromLatin1(method) + u' ' + path,
                        Action {name, ratePerSecond, required, std::move(handler)});
}

bool AlibabaEmulator::handle(const HttpRequest &request, HttpResponse &response)
{
    if (request.header("x-acs-version") != m_version)
        return false;

    const FaultState::Decision fault = m_context.faults->next();
    if (emulator::applyTransportFault(fault, response))
        return true;

    const QString requestId = emulator::newRequestId();
    AlibabaReply reply;
    QString accessKeyId;
    if (fault.injection == FaultState::Injection::ServerError) {
        reply = AlibabaReply::error(503, QStringLiteral("ServiceUnavailable"),
                                    QStringLiteral("The request has failed due to a temporary failure of the "
                                                   "server."));
    } else {
        reply = verify(request, &accessKeyId);
        if (!reply.isError())
            reply = run(request, accessKeyId, requestId, fault.injection == FaultState::Injection::Throttle);
    }

    QJsonObject body = reply.isError() ? errorBody(reply, requestId) : reply.body;
    if (!body.contains(QStringLiteral("RequestId")))
        body[QStringLiteral("RequestId")] = requestId;
    const HttpResponse built = emulator::jsonResponse(reply.httpStatus, body);
    response.status = built.status;
    response.headers = built.headers;
    response.headers.append({QByteArrayLiteral("x-acs-request-id"), requestId.toUtf8()});
    response.headers.append(reply.headers);
    response.body = built.body;
    if (fault.injection == FaultState::Injection::Malformed)
        emulator::truncateBody(response);
    return true;
}

QJsonObject AlibabaEmulator::errorBody(const AlibabaReply &reply, const QString &requestId) const
{
    return QJsonObject {
        {QStringLiteral("RequestId"), requestId},
        {QStringLiteral("HostId"), m_host},
        {QStringLiteral("Code"), reply.errorCode},
        {QStringLiteral("Message"), reply.errorMessage},
        {QStringLiteral("Recommend"),
         QStringLiteral("https://api.aliyun.com/troubleshoot?q=%1&product=%2&requestId=%3")
             .arg(reply.errorCode, m_product, requestId)},
    };
}

AlibabaReply AlibabaEmulator::verify(const HttpRequest &request, QString *accessKeyIdOut)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return AlibabaReply::error(
            400, QStringLiteral("IncompleteSignature"),
            QStringLiteral("The request signature does not conform to Aliyun standards: "
                           "the Authorization header is missing."));
    const auto auth = parseAuthorization(authorization);
    if (!auth)
        return AlibabaReply::error(
            400, QStringLiteral("IncompleteSignature"),
            QStringLiteral("The request signature does not conform to Aliyun standards."));

    const QByteArray dateText = request.header("x-acs-date");
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(dateText), Qt::ISODate);
    if (!dateText.endsWith('Z') || !date.isValid())
        return AlibabaReply::error(
            400, QStringLiteral("InvalidTimeStamp.Format"),
            QStringLiteral("Specified time stamp or date value is not well formatted."));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (std::llabs(now - date.toSecsSinceEpoch()) > maxClockSkewSeconds)
        return AlibabaReply::error(400, QStringLiteral("InvalidTimeStamp.Expired"),
                                   QStringLiteral("Specified time stamp or date value is expired."));

    QByteArray expectedToken;
    const auto secret = credentialSecret(auth->accessKeyId, &expectedToken);
    if (!secret)
        return AlibabaReply::error(404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                                   QStringLiteral("Specified access key is not found."));
    const QByteArray token = request.header("x-acs-security-token");
    if (!expectedToken.isEmpty() && token.isEmpty())
        return AlibabaReply::error(400, QStringLiteral("MissingSecurityToken"),
                                   QStringLiteral("SecurityToken is mandatory for this action."));
    if (token != expectedToken)
        return AlibabaReply::error(
            400, QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"),
            QStringLiteral("The security token you provided does not match the access key."));
    // With a token the SDK also sends x-acs-accesskey-id and signs both headers; a key id there
    // that is not the Credential's is a request assembled from two credentials.
    const QByteArray headerKeyId = request.header("x-acs-accesskey-id");
    if (!token.isEmpty()
        && (!auth->signedHeaders.contains("x-acs-security-token")
            || (!headerKeyId.isEmpty()
                && (headerKeyId != auth->accessKeyId
                    || !auth->signedHeaders.contains("x-acs-accesskey-id")))))
        return AlibabaReply::error(
            400, QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"),
            QStringLiteral("The security token you provided does not match the access key."));

    for (const char *required : {"host", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"}) {
        if (!auth->signedHeaders.contains(required))
            return AlibabaReply::error(
                400, QStringLiteral("IncompleteSignature"),
                QStringLiteral("The header %1 must be signed.").arg(QLatin1String(required)));
    }
    const QByteArray contentHash = request.header("x-acs-content-sha256");
    if (contentHash != digest::sha256Hex(request.body))
        return AlibabaReply::error(
            400, QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral("The x-acs-content-sha256 header does not match the SHA-256 of "
                           "the request body."));

    Acs3Input input;
    input.accessKeyId = auth->accessKeyId;
    input.accessKeySecret = *secret;
    input.method = request.method;
    input.canonicalUri = rawPath(request);
    input.query = decodePairs(request.rawQuery);
    for (const QByteArray &name : auth->signedHeaders)
        input.signedHeaders.append({name, request.header(name)});
    input.hashedPayload = contentHash;
    const Acs3Output expected = signAcs3(input);
    if (!emulator::sameSignature(expected.signature, auth->signature))
        return AlibabaReply::error(
            400, QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral("Specified signature does not match our calculation. Server "
                           "string to sign is: %1")
                .arg(QString::fromLatin1(expected.stringToSign)));

    const QByteArray nonce = request.header("x-acs-signature-nonce");
    if (nonce.isEmpty())
        return AlibabaReply::error(400, QStringLiteral("MissingSignatureNonce"),
                                   QStringLiteral("SignatureNonce is mandatory for this action."));
    if (!useNonce(QString::fromLatin1(auth->accessKeyId), nonce))
        return AlibabaReply::error(400, QStringLiteral("SignatureNonceUsed"),
                                   QStringLiteral("Specified signature nonce was used already."));
    *accessKeyIdOut = QString::fromLatin1(auth->accessKeyId);
    return {};
}

bool AlibabaEmulator::useNonce(const QString &accessKeyId, const QByteArray &nonce)
{
    QMutexLocker lock(&m_nonceMutex);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now - m_lastNoncePurge > 60) {
        m_lastNoncePurge = now;
        m_nonces.removeIf([now](const auto &entry) { return now - entry.value() > nonceMemorySeconds; });
    }
    const QByteArray key = accessKeyId.toLatin1() + '/' + nonce;
    if (m_nonces.contains(key))
        return false;
    m_nonces.insert(key, now);
    return true;
}

AlibabaReply AlibabaEmulator::run(const HttpRequest &request, const QString &accessKeyId,
                                  const QString &requestId, bool forceThrottle)
{
    const Action *action = nullptr;
    if (request.path == u"/") {
        const auto it = m_rpcActions.constFind(QString::fromLatin1(request.header("x-acs-action")));
        if (it != m_rpcActions.cend())
            action = &it.value();
    } else {
        const auto it = m_roaActions.constFind(QString::fromLatin1(request.method) + u' ' + request.path);
        if (it != m_roaActions.cend())
            action = &it.value();
    }
    if (!action)
        return AlibabaReply::error(
            404, QStringLiteral("InvalidAction.NotFound"),
            QStringLiteral("Specified api is not found, please check your url and method."));
    if (forceThrottle || !m_rates.tryTake(accessKeyId + u'/' + action->name, action->ratePerSecond)) {
        AlibabaReply throttled
            = AlibabaReply::error(400, QStringLiteral("Throttling.User"),
                                  QStringLiteral("Request was denied due to user flow control."));
        // The gateway's hint, in the form the SDKs parse (GetThrottlingTimeLeft): the wait for
        // the next token, in milliseconds.
        const qint64 timeLeftMs = qint64(std::ceil(1000.0 / std::max(0.001, action->ratePerSecond)));
        throttled.headers.append({QByteArrayLiteral("x-ratelimit-user-api"),
                                  QStringLiteral("Limit:%1,Remain:0,TimeLeft:%2")
                                      .arg(qint64(std::ceil(action->ratePerSecond)))
                                      .arg(timeLeftMs)
                                      .toLatin1()});
        return throttled;
    }

    AlibabaCall call {request, action->name, accessKeyId, {}, {}, requestId};
    for (const auto &[name, value] : decodePairs(request.rawQuery))
        call.params.insert(QString::fromUtf8(name), QString::fromUtf8(value));
    const QByteArray contentType = request.header("content-type").toLower();
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
        for (const auto &[name, value] : decodePairs(request.body))
            call.params.insert(QString::fromUtf8(name), QString::fromUtf8(value));
    } else if (contentType.startsWith("application/json") && !request.body.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isObject())
            return AlibabaReply::error(400, QStringLiteral("InvalidParameter"),
                                       QStringLiteral("The request body is not a JSON object."));
        call.body = document.object();
    }
    for (const QString &name : action->required) {
        if (call.params.value(name).isEmpty() && !call.body.contains(name))
            return AlibabaReply::error(
                400, QStringLiteral("MissingParameter"),
                QStringLiteral("The input parameter \"%1\" that is mandatory for processing "
                               "this request is not supplied.")
                    .arg(name));
    }
    return action->handler(call);
}

} // namespace bb::sandbox
