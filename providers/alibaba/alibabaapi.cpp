#include "providers/alibaba/alibabaapi.h"

#include "providers/core/apiclient.h"
#include "providers/crypto/acs3signer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace bb {

namespace {

// The RDS SDK's endpoint table, verbatim (alibabacloud-go rds-20140815 client.go, Init():
// EndpointMap). Regions it does not list use its "regional" rule: rds.<region>.aliyuncs.com.
const QHash<QString, QString> &rdsEndpoints()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("cn-qingdao"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-beijing"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-hangzhou"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-shanghai"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-shenzhen"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-heyuan"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-hongkong"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("ap-southeast-1"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("us-west-1"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("us-east-1"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-shanghai-finance-1"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-shenzhen-finance-1"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-north-2-gov-1"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("ap-northeast-2-pop"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-beijing-finance-1"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-beijing-finance-pop"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-beijing-gov-1"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-beijing-nu16-b01"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-edge-1"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-fujian"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-haidian-cm12-c01"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-hangzhou-bj-b01"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-hangzhou-finance"), QStringLiteral("rds-vpc.cn-hangzhou-finance.aliyuncs.com")},
        {QStringLiteral("cn-hangzhou-internal-prod-1"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-hangzhou-internal-test-1"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-hangzhou-internal-test-2"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-hangzhou-internal-test-3"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-hangzhou-test-306"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-hongkong-finance-pop"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-qingdao-nebula"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-shanghai-et15-b01"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-shanghai-et2-b01"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-shanghai-inner"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-shanghai-internal-test-1"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-shenzhen-inner"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-shenzhen-st4-d01"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-shenzhen-su18-b01"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-wuhan"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-yushanfang"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-zhangbei"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-zhangbei-na61-b01"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-zhangjiakou-na62-a01"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("cn-zhengzhou-nebula-1"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("eu-west-1-oxs"), QStringLiteral("rds.aliyuncs.com")},
        {QStringLiteral("rus-west-1-pop"), QStringLiteral("rds.aliyuncs.com")},
    };
    return table;
}

// The StarRocks SDK's table (alibabacloud-go starrocks-20221019 client.go, Init()): every entry is
// the regional starrocks.<region>.aliyuncs.com, which is also the rule for regions it omits.
const QStringList &starRocksMappedRegions()
{
    static const QStringList regions = {
        QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-5"), QStringLiteral("cn-beijing"),
        QStringLiteral("cn-hangzhou"),    QStringLiteral("cn-hongkong"),    QStringLiteral("cn-qingdao"),
        QStringLiteral("cn-shanghai"),    QStringLiteral("cn-shenzhen"),    QStringLiteral("cn-wulanchabu"),
        QStringLiteral("cn-zhangjiakou"), QStringLiteral("us-west-1"),      QStringLiteral("us-east-1"),
        QStringLiteral("eu-central-1"),
    };
    return regions;
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

QString AlibabaApi::host(Product product, const QString &region)
{
    if (product == Product::StarRocks) {
        // Without a region the SDK has no endpoint; the home region's is the useful default.
        return QStringLiteral("starrocks.%1.aliyuncs.com")
            .arg(region.isEmpty() ? QStringLiteral("cn-hangzhou") : region);
    }
    if (region.isEmpty())
        return QStringLiteral("rds.aliyuncs.com");
    return rdsEndpoints().value(region, QStringLiteral("rds.%1.aliyuncs.com").arg(region));
}

QStringList AlibabaApi::mappedRegions(Product product)
{
    if (product == Product::StarRocks)
        return starRocksMappedRegions();
    QStringList regions = rdsEndpoints().keys();
    regions.sort();
    return regions;
}

QUrl AlibabaApi::endpoint(const QString &region) const
{
    return m_config.apiEndpoint(host(m_product, region));
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
        // The SDK's value for ReqBodyType "json" (darabonba-openapi CallApi), signed as sent.
        request.contentType = "application/json; charset=utf-8";
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
