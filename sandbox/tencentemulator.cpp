#include "sandbox/tencentemulator.h"

#include "providers/crypto/tc3signer.h"
#include "sandbox/emulatorsupport.h"
#include "sandbox/faultstate.h"
#include "sandbox/sandbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

#include <cstdlib>

namespace bb::sandbox {

namespace {

constexpr qint64 maxClockSkewSeconds = 300; // FACTS §1.2: within 5 minutes

struct Authorization
{
    QByteArray secretId;
    QByteArray date;
    QByteArray service;
    QByteArray signedHeaders;
    QByteArray signature;
};

std::optional<Authorization> parseAuthorization(const QByteArray &value)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^TC3-HMAC-SHA256 Credential=([^/\s]+)/(\d{4}-\d{2}-\d{2})/([a-z0-9-]+)/tc3_request, ?)"
        R"(SignedHeaders=([a-z0-9;._-]+), ?Signature=([0-9a-f]{64})$)"));
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return std::nullopt;
    return Authorization {m.captured(1).toLatin1(), m.captured(2).toLatin1(), m.captured(3).toLatin1(),
                          m.captured(4).toLatin1(), m.captured(5).toLatin1()};
}

// Scope service of a request, to tell products that share an API version apart.
QByteArray scopeService(const HttpRequest &request)
{
    const auto auth = parseAuthorization(request.header("authorization"));
    return auth ? auth->service : QByteArray();
}

// GET parameters arrive flattened ("DBNames.0=a", "Filters.0.Name=x"): rebuild the JSON shape.
QJsonValue insertPath(QJsonValue node, QStringList path, const QString &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex && index >= 0 && index < 1000) {
        QJsonArray array = node.toArray();
        while (array.size() <= index)
            array.append(QJsonValue());
        array[index] = insertPath(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    object[head] = insertPath(object.value(head), path, value);
    return object;
}

QJsonObject unflatten(const QUrlQuery &query)
{
    QJsonValue root = QJsonObject();
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        root = insertPath(root, key.split(u'.'), value);
    return root.toObject();
}

std::optional<QByteArray> credentialSecret(const QByteArray &secretId, QByteArray *token)
{
    if (secretId == SandboxKeys::tencentSecretId) {
        *token = QByteArray();
        return QByteArray(SandboxKeys::tencentSecretKey);
    }
    if (secretId == SandboxKeys::tencentTmpSecretId) {
        *token = SandboxKeys::tencentToken;
        return QByteArray(SandboxKeys::tencentTmpSecretKey);
    }
    return std::nullopt;
}

} // namespace

TencentReply TencentReply::ok(QJsonObject fields)
{
    TencentReply reply;
    reply.fields = std::move(fields);
    return reply;
}

TencentReply TencentReply::error(const QString &code, const QString &message)
{
    TencentReply reply;
    reply.errorCode = code;
    reply.errorMessage = message;
    return reply;
}

TencentEmulator::TencentEmulator(SandboxContext context, QByteArray service, QByteArray version)
    : m_context(std::move(context))
    , m_service(std::move(service))
    , m_version(std::move(version))
{ }

TencentEmulator::~TencentEmulator() = default;

void TencentEmulator::addAction(const QString &name, double ratePerSecond, const QStringList &required,
                                ActionHandler handler)
{
    m_actions.insert(name, Action {ratePerSecond, required, std::move(handler)});
}

bool TencentEmulator::handle(const HttpRequest &request, HttpResponse &response)
{
    if (request.path != u"/" || request.header("x-tc-version") != m_version)
        return false;
    const QByteArray service = scopeService(request);
    if (!service.isEmpty() && service != m_service)
        return false; // another product that shares this API version

    const FaultState::Decision fault = m_context.faults->next();
    if (emulator::applyTransportFault(fault, response))
        return true;

    const QString requestId = emulator::newRequestId();
    QString secretId;
    TencentReply reply;
    int status = 200;
    if (fault.injection == FaultState::Injection::ServerError) {
        // The cloud answers InternalError inside its envelope; its gateway may add a 5xx status.
        status = 500;
        reply = TencentReply::error(QStringLiteral("InternalError"),
                                    QStringLiteral("An internal error occurred. Please try again later."));
    } else {
        reply = verify(request, &secretId);
        if (!reply.isError())
            reply = run(request, secretId, fault.injection == FaultState::Injection::Throttle);
    }

    QJsonObject body = reply.fields;
    if (reply.isError()) {
        body = QJsonObject {{QStringLiteral("Error"),
                             QJsonObject {{QStringLiteral("Code"), reply.errorCode},
                                          {QStringLiteral("Message"), reply.errorMessage}}}};
    }
    body[QStringLiteral("RequestId")] = requestId;
    const HttpResponse built
        = emulator::jsonResponse(status, QJsonObject {{QStringLiteral("Response"), body}});
    response.status = built.status;
    response.headers = built.headers;
    response.body = built.body;
    if (fault.injection == FaultState::Injection::Malformed)
        emulator::truncateBody(response);
    return true;
}

TencentReply TencentEmulator::verify(const HttpRequest &request, QString *secretIdOut) const
{
    if (request.method != "POST" && request.method != "GET")
        return TencentReply::error(
            QStringLiteral("UnsupportedProtocol"),
            QStringLiteral("The HTTP method %1 is not supported.").arg(QString::fromLatin1(request.method)));
    if (request.header("x-tc-action").isEmpty())
        return TencentReply::error(QStringLiteral("MissingParameter"),
                                   QStringLiteral("The request is missing a required parameter `Action`."));
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return TencentReply::error(QStringLiteral("AuthFailure.SignatureFailure"),
                                   QStringLiteral("The request is missing the Authorization header."));
    const auto auth = parseAuthorization(authorization);
    if (!auth)
        return TencentReply::error(
            QStringLiteral("AuthFailure.InvalidAuthorization"),
            QStringLiteral("The Authorization header is not a valid TC3-HMAC-SHA256 value."));

    const QByteArray timestampText = request.header("x-tc-timestamp");
    if (timestampText.isEmpty())
        return TencentReply::error(
            QStringLiteral("MissingParameter"),
            QStringLiteral("The request is missing a required parameter `Timestamp`."));
    bool ok = false;
    const qint64 timestamp = timestampText.toLongLong(&ok);
    if (!ok)
        return TencentReply::error(QStringLiteral("InvalidParameter"),
                                   QStringLiteral("The parameter `Timestamp` is not a valid Unix time."));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (std::llabs(now - timestamp) > maxClockSkewSeconds)
        return TencentReply::error(
            QStringLiteral("AuthFailure.SignatureExpire"),
            QStringLiteral("Signature expired. Timestamp: %1; server time: %2 (the difference must be within "
                           "5 minutes).")
                .arg(timestamp)
                .arg(now));

    QByteArray expectedToken;
    const auto secretKey = credentialSecret(auth->secretId, &expectedToken);
    if (!secretKey)
        return TencentReply::error(
            QStringLiteral("AuthFailure.SecretIdNotFound"),
            QStringLiteral("The SecretId is not found, please ensure that your SecretId is "
                           "correct."));
    const QByteArray token = request.header("x-tc-token");
    if (token != expectedToken)
        return TencentReply::error(
            QStringLiteral("AuthFailure.TokenFailure"),
            expectedToken.isEmpty() ? QStringLiteral("A token was sent with permanent credentials.")
                                    : QStringLiteral("The token is missing or invalid for this SecretId."));

    const QList<QByteArray> names = auth->signedHeaders.split(';');
    const QByteArray utcDate
        = QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")).toLatin1();
    const auto signatureFailure = TencentReply::error(
        QStringLiteral("AuthFailure.SignatureFailure"),
        QStringLiteral(
            "The provided credentials could not be validated. Please check your signature is correct."));
    if (!names.contains("content-type") || !names.contains("host") || auth->date != utcDate)
        return signatureFailure;

    Tc3Input input;
    input.secretId = auth->secretId;
    input.secretKey = *secretKey;
    input.service = m_service;
    input.timestamp = timestamp;
    input.method = request.method;
    input.canonicalQuery = request.method == "GET" ? request.rawQuery : QByteArray();
    for (const QByteArray &name : names)
        input.signedHeaders.append({name, request.header(name)});
    input.payload = request.body;
    const Tc3Output expected = signTc3(input);
    if (!emulator::sameSignature(expected.signature, auth->signature))
        return signatureFailure;
    *secretIdOut = QString::fromLatin1(auth->secretId);
    return {};
}

TencentReply TencentEmulator::run(const HttpRequest &request, const QString &secretId, bool forceThrottle)
{
    const QString actionName = QString::fromLatin1(request.header("x-tc-action"));
    const auto it = m_actions.constFind(actionName);
    if (it == m_actions.cend())
        return TencentReply::error(
            QStringLiteral("InvalidAction"),
            QStringLiteral("The action `%1` does not exist in %2 version %3.")
                .arg(actionName, QString::fromLatin1(m_service), QString::fromLatin1(m_version)));
    const QString region = QString::fromLatin1(request.header("x-tc-region"));
    if (!m_regions.isEmpty()) {
        if (region.isEmpty())
            return TencentReply::error(
                QStringLiteral("MissingParameter"),
                QStringLiteral("The request is missing a required parameter `Region`."));
        if (!m_regions.contains(region))
            return TencentReply::error(QStringLiteral("UnsupportedRegion"),
                                       QStringLiteral("The region `%1` is not supported by %2.")
                                           .arg(region, QString::fromLatin1(m_service)));
    }
    int count = 0;
    const bool allowed = m_rates.tryTake(secretId + u'/' + actionName, it->ratePerSecond, &count);
    if (forceThrottle || !allowed)
        return TencentReply::error(
            QStringLiteral("RequestLimitExceeded"),
            QStringLiteral(
                "Your current request times equals to `%1` in a second, which exceeds the frequency "
                "limit `%2` for a second. Please reduce the frequency of calls.")
                .arg(count)
                .arg(it->ratePerSecond));

    QJsonObject params;
    if (request.method == "GET") {
        params = unflatten(request.query);
    } else if (!request.body.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (!document.isObject())
            return TencentReply::error(
                QStringLiteral("InvalidParameter"),
                QStringLiteral("The request body is not a JSON object: %1").arg(parseError.errorString()));
        params = document.object();
    }
    for (const QString &name : it->required) {
        const QJsonValue value = params.value(name);
        if (value.isUndefined() || value.isNull())
            return TencentReply::error(
                QStringLiteral("MissingParameter"),
                QStringLiteral("The request is missing a required parameter `%1`.").arg(name));
    }
    return it->handler(TencentCall {request, actionName, region, secretId, params});
}

std::optional<qint64> TencentEmulator::integerParam(const QJsonObject &params, const QString &name,
                                                    bool *malformed)
{
    const QJsonValue value = params.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return static_cast<qint64>(d);
    } else if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    *malformed = true;
    return std::nullopt;
}

QString TencentEmulator::stringParam(const QJsonObject &params, const QString &name)
{
    const QJsonValue value = params.value(name);
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QStringList TencentEmulator::stringListParam(const QJsonObject &params, const QString &name)
{
    QStringList out;
    const QJsonValue value = params.value(name);
    if (value.isString()) {
        out.append(value.toString());
        return out;
    }
    for (const QJsonValue item : value.toArray()) {
        if (!item.toString().isEmpty())
            out.append(item.toString());
    }
    return out;
}

TencentReply TencentEmulator::invalidType(const QString &name, const QString &type)
{
    return TencentReply::error(QStringLiteral("InvalidParameter"),
                               QStringLiteral("The parameter `%1` should be %2.").arg(name, type));
}

} // namespace bb::sandbox
