#include "testprotocol.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QUuid>

namespace bb::test {

void TestProtocol::sign(QNetworkRequest &request, const ApiRequest &api, const QDateTime &nowUtc) const
{
    request.setRawHeader("X-Test-Action", api.action.toUtf8());
    request.setRawHeader("X-Test-Date", nowUtc.toString(Qt::ISODateWithMs).toLatin1());
    request.setRawHeader("X-Test-Nonce", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
}

ApiResult TestProtocol::interpret(int httpStatus, const QByteArray &body) const
{
    ApiResult result;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        result.error = ProviderError::malformed(QStringLiteral("not a JSON object"));
        result.error.httpStatus = httpStatus;
        return result;
    }
    const QJsonObject object = document.object();
    result.requestId = object.value(QStringLiteral("RequestId")).toString();
    if (httpStatus >= 200 && httpStatus < 300) {
        result.payload = object;
        return result;
    }
    ProviderError &error = result.error;
    error.httpStatus = httpStatus;
    error.code = object.value(QStringLiteral("Code")).toString();
    error.message = object.value(QStringLiteral("Message")).toString();
    error.requestId = result.requestId;
    if (error.code == QStringLiteral("Throttling")) {
        error.kind = ProviderError::Kind::Throttled;
        error.retryable = true;
    } else if (httpStatus == 401 || httpStatus == 403) {
        error.kind = ProviderError::Kind::Auth;
    } else {
        error.kind = ProviderError::Kind::Provider;
        error.retryable = httpStatus >= 500;
    }
    return result;
}

ApiRequest testRequest(const QUrl &url, const QString &action)
{
    ApiRequest request;
    request.product = QStringLiteral("test-product");
    request.action = action;
    request.instanceId = QStringLiteral("inst-1");
    request.region = QStringLiteral("test-region");
    request.url = url;
    request.body = R"({"Limit":10})";
    request.contentType = "application/json";
    request.rateKey = QStringLiteral("test-product/") + action;
    request.ratePerSecond = 1000;
    return request;
}

} // namespace bb::test
