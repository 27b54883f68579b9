#include "providers/alibaba/alibabaapi.h"

#include "providers/core/apiclient.h"
#include "providers/crypto/acs3signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace bb {

namespace {

// Regions the RDS SDK's endpoint map sends to the central rds.aliyuncs.com (FACTS.md §3.1).
bool rdsCentral(const QString &region)
{
    static const QSet<QString> central = {
        QStringLiteral("cn-qingdao"),
        QStringLiteral("cn-beijing"),
        QStringLiteral("cn-hangzhou"),
        QStringLiteral("cn-shanghai"),
        QStringLiteral("cn-shenzhen"),
        QStringLiteral("cn-heyuan"),
        QStringLiteral("cn-hongkong"),
        QStringLiteral("ap-southeast-1"),
        QStringLiteral("us-west-1"),
        QStringLiteral("us-east-1"),
        QStringLiteral("cn-shanghai-finance-1"),
        QStringLiteral("cn-shenzhen-finance-1"),
        QStringLiteral("cn-north-2-gov-1"),
        QStringLiteral("cn-beijing-finance-1"),
        QStringLiteral("cn-hangzhou-finance"),
        QStringLiteral("cn-beijing-gov-1"),
        QStringLiteral("cn-fujian"),
        QStringLiteral("cn-wuhan"),
        QStringLiteral("cn-edge-1"),
    };
    return central.contains(region);
}

} // namespace

AlibabaApi::AlibabaApi(ServiceConfig config, Product product, QString productKey)
    : m_config(std::move(config))
    , m_product(product)
    , m_productKey(std::move(productKey))
    , m_protocol(std::make_shared<Acs3Protocol>(
          m_config.credentials,
          product == Product::Rds ? QStringLiteral("2014-08-15") : QStringLiteral("2022-10-19"),
          product == Product::Rds ? Acs3Protocol::Style::Rpc : Acs3Protocol::Style::Roa))
{ }

QUrl AlibabaApi::endpoint(const QString &region) const
{
    if (m_product == Product::StarRocks)
        return m_config.apiEndpoint(QStringLiteral("starrocks.%1.aliyuncs.com").arg(region));
    return m_config.apiEndpoint(rdsCentral(region) || region.isEmpty()
                                    ? QStringLiteral("rds.aliyuncs.com")
                                    : QStringLiteral("rds.%1.aliyuncs.com").arg(region));
}

QString AlibabaApi::encodeQuery(const QueryParams &params)
{
    QByteArrayList items;
    items.reserve(params.size());
    for (const auto &param : params)
        items.append(acsPercentEncode(param.first.toUtf8()) + '=' + acsPercentEncode(param.second.toUtf8()));
    return QString::fromLatin1(items.join('&'));
}

ApiRequest AlibabaApi::baseRequest(const QString &action, const QString &region, const QString &instanceId,
                                   double ratePerSecond) const
{
    ApiRequest request;
    request.product = m_productKey;
    request.action = action;
    request.instanceId = instanceId;
    request.region = region;
    request.method = "POST";
    request.url = endpoint(region);
    // Alibaba limits each API per region and account: one bucket per product, action, region, key.
    request.rateKey = m_productKey + u'/' + action + u'/' + region + u'/' + m_config.credentials.id;
    request.ratePerSecond = ratePerSecond;
    return request;
}

ApiRequest AlibabaApi::rpcRequest(const QString &action, const QString &region, const QString &instanceId,
                                  const QueryParams &params, double ratePerSecond) const
{
    ApiRequest request = baseRequest(action, region, instanceId, ratePerSecond);
    QueryParams query = params;
    const bool hasRegion
        = std::any_of(query.cbegin(), query.cend(), [](const auto &p) { return p.first == u"RegionId"; });
    if (!hasRegion && !region.isEmpty())
        query.prepend({QStringLiteral("RegionId"), region});
    // Already RFC 3986-encoded: QUrl must not decode or re-encode it.
    request.url.setQuery(encodeQuery(query), QUrl::StrictMode);
    return request;
}

ApiRequest AlibabaApi::roaRequest(const QByteArray &method, const QString &path, const QString &action,
                                  const QString &region, const QString &instanceId, const QueryParams &query,
                                  const std::optional<QJsonObject> &body, double ratePerSecond) const
{
    ApiRequest request = baseRequest(action, region, instanceId, ratePerSecond);
    request.method = method;
    request.url.setPath(path);
    if (!query.isEmpty())
        request.url.setQuery(encodeQuery(query), QUrl::StrictMode);
    if (body) {
        request.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        request.contentType = "application/json";
    }
    return request;
}

ApiCall *AlibabaApi::rpc(const QString &action, const QString &region, const QString &instanceId,
                         const QueryParams &params, double ratePerSecond, bool idempotent) const
{
    ApiRequest request = rpcRequest(action, region, instanceId, params, ratePerSecond);
    request.idempotent = idempotent;
    return m_config.client->send(request, m_protocol);
}

ApiCall *AlibabaApi::roa(const QByteArray &method, const QString &path, const QString &action,
                         const QString &region, const QString &instanceId, const QueryParams &query,
                         const std::optional<QJsonObject> &body, double ratePerSecond, bool idempotent) const
{
    ApiRequest request = roaRequest(method, path, action, region, instanceId, query, body, ratePerSecond);
    request.idempotent = idempotent;
    return m_config.client->send(request, m_protocol);
}

QueryParams AlibabaApi::flatten(const QString &name, const QStringList &values)
{
    QueryParams params;
    params.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        params.append({name + u'.' + QString::number(i + 1), values.at(i)});
    return params;
}

QueryParams AlibabaApi::flatten(const QString &name, const QJsonValue &value)
{
    QueryParams params;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            params += flatten(name + u'.' + QString::number(i + 1), array.at(i));
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            params += flatten(name + u'.' + it.key(), it.value());
    } else if (value.isBool()) {
        params.append({name, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
    } else if (value.isDouble()) {
        params.append({name, QString::number(value.toDouble(), 'g', 17)});
    } else if (value.isString()) {
        params.append({name, value.toString()});
    }
    return params;
}

} // namespace bb
