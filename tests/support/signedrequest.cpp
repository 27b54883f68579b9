#include "support/signedrequest.h"

#include "providers/crypto/acs3signer.h"
#include "providers/crypto/digest.h"
#include "providers/crypto/tc3signer.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUuid>

namespace bb::test {

namespace {

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host().toLatin1();
    if (url.port() > 0)
        host += ':' + QByteArray::number(url.port());
    return host;
}

} // namespace

QByteArray RawReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString RawReply::tencentError() const
{
    return json.value(QStringLiteral("Response"))
        .toObject()
        .value(QStringLiteral("Error"))
        .toObject()
        .value(QStringLiteral("Code"))
        .toString();
}

QString RawReply::alibabaError() const
{
    return json.value(QStringLiteral("Code")).toString();
}

RawReply sendRaw(QNetworkAccessManager &network, const QSslConfiguration &tls, const QByteArray &method,
                 const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                 int timeoutMs)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QBuffer *buffer = nullptr;
    if (!body.isEmpty()) {
        buffer = new QBuffer;
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
    }
    // QNetworkAccessManager only knows that a HEAD answer has no body when head() sends it.
    QNetworkReply *reply
        = method == "HEAD" ? network.head(request) : network.sendCustomRequest(request, method, buffer);
    if (buffer)
        buffer->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs))
        reply->abort();
    RawReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.error = reply->error();
    out.errorString = reply->errorString();
    out.headers = reply->rawHeaderPairs();
    out.json = QJsonDocument::fromJson(out.body).object();
    reply->deleteLater();
    return out;
}

RawReply sendTc3(QNetworkAccessManager &network, const QSslConfiguration &tls, const Tc3Call &call)
{
    const QByteArray contentType = call.method == "GET" ? QByteArray("application/x-www-form-urlencoded")
                                                        : QByteArray("application/json; charset=utf-8");
    const QByteArray body = call.method == "GET" ? QByteArray() : call.body;
    Tc3Input input;
    input.secretId = call.secretId;
    input.secretKey = call.secretKey;
    input.service = call.service;
    input.timestamp = call.timestamp ? call.timestamp : QDateTime::currentSecsSinceEpoch();
    input.method = call.method;
    input.canonicalQuery = call.query;
    input.signedHeaders = {{"content-type", contentType}, {"host", hostHeader(call.endpoint)}};
    if (call.signActionHeader)
        input.signedHeaders.append({"x-tc-action", call.action});
    input.payload = body;
    const Tc3Output signature = signTc3(input);

    QUrl url = call.endpoint;
    url.setPath(QStringLiteral("/"));
    if (!call.query.isEmpty())
        url.setQuery(QString::fromLatin1(call.query), QUrl::StrictMode);
    QList<QPair<QByteArray, QByteArray>> headers = {
        {"Host", hostHeader(call.endpoint)},
        {"Content-Type", contentType},
        {"X-TC-Action", call.action},
        {"X-TC-Version", call.version},
        {"X-TC-Timestamp", QByteArray::number(input.timestamp)},
        {"Authorization", signature.authorization},
    };
    if (!call.region.isEmpty())
        headers.append({"X-TC-Region", call.region});
    if (!call.token.isEmpty())
        headers.append({"X-TC-Token", call.token});
    return sendRaw(network, tls, call.method, url, headers, body);
}

RawReply sendAcs3(QNetworkAccessManager &network, const QSslConfiguration &tls, const Acs3Call &call)
{
    const QDateTime date = call.date.isValid() ? call.date : QDateTime::currentDateTimeUtc();
    const QByteArray nonce
        = call.nonce.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::Id128) : call.nonce;
    const QByteArray hash = digest::sha256Hex(call.body);
    QList<QPair<QByteArray, QByteArray>> headers = {
        {"host", hostHeader(call.endpoint)},
        {"x-acs-action", call.action},
        {"x-acs-version", call.version},
        {"x-acs-date", date.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")).toLatin1()},
        {"x-acs-signature-nonce", nonce},
        {"x-acs-content-sha256", hash},
    };
    if (!call.contentType.isEmpty())
        headers.append({"content-type", call.contentType});
    if (!call.token.isEmpty()) {
        headers.append({"x-acs-accesskey-id", call.accessKeyId});
        headers.append({"x-acs-security-token", call.token});
    }

    Acs3Input input;
    input.accessKeyId = call.accessKeyId;
    input.accessKeySecret = call.accessKeySecret;
    input.method = call.method;
    input.canonicalUri = call.path;
    input.query = call.query;
    input.signedHeaders = headers;
    input.hashedPayload = hash;
    const Acs3Output signature = signAcs3(input);

    QUrl url = call.endpoint;
    url.setPath(QString::fromLatin1(call.path));
    QByteArray query;
    for (const auto &[name, value] : call.query)
        query += (query.isEmpty() ? "" : "&") + acsPercentEncode(name) + '=' + acsPercentEncode(value);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    headers.append({"Authorization", signature.authorization});
    return sendRaw(network, tls, call.method, url, headers, call.bodyOnWire.value_or(call.body));
}

} // namespace bb::test
