#pragma once

#include "providers/alibaba/acs3protocol.h"
#include "providers/core/serviceconfig.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace bb {

class ApiCall;

using QueryParams = QList<QPair<QString, QString>>;

// What an Alibaba product service needs to make a call: the regional endpoint (or the account's
// override), the ACS3 protocol in the product's style, and the shared client.
class AlibabaApi final
{
public:
    enum class Product { Rds, StarRocks };

    // RDS: RPC, 2014-08-15. StarRocks: ROA, 2022-10-19. `productKey` is e.g. "alibaba-rds".
    AlibabaApi(ServiceConfig config, Product product, QString productKey);

    // The host the vendor SDK uses for a region: its EndpointMap entry (RDS: rds.aliyuncs.com for
    // most, rds-vpc.cn-hangzhou-finance.aliyuncs.com for cn-hangzhou-finance), else its regional
    // rule <product>.<region>.aliyuncs.com.
    static QString host(Product product, const QString &region);
    // The regions the SDK's EndpointMap lists (tests check every one).
    static QStringList mappedRegions(Product product);
    // https://host(region)/; the account's override replaces scheme, host and port.
    QUrl endpoint(const QString &region) const;

    // An RPC call: POST "/", `params` (plus RegionId when not given) in the query, empty body.
    ApiCall *rpc(const QString &action, const QString &region, const QString &instanceId,
                 const QueryParams &params, double ratePerSecond, bool idempotent = true) const;
    // An ROA call: `method` on `path`, `query` in the query string, `body` as compact JSON when set.
    ApiCall *roa(const QByteArray &method, const QString &path, const QString &action, const QString &region,
                 const QString &instanceId, const QueryParams &query, const std::optional<QJsonObject> &body,
                 double ratePerSecond, bool idempotent = true) const;

    // The requests rpc() and roa() send, for tests and for callers that tweak them.
    ApiRequest rpcRequest(const QString &action, const QString &region, const QString &instanceId,
                          const QueryParams &params, double ratePerSecond) const;
    ApiRequest roaRequest(const QByteArray &method, const QString &path, const QString &action,
                          const QString &region, const QString &instanceId, const QueryParams &query,
                          const std::optional<QJsonObject> &body, double ratePerSecond) const;

    // Array parameters, flattened the Alibaba way: Name.1, Name.2, ... (1-based).
    static QueryParams flatten(const QString &name, const QStringList &values);
    // Nested JSON flattened: objects as Name.Key, arrays as Name.1 ..., scalars as text.
    static QueryParams flatten(const QString &name, const QJsonValue &value);
    // The query string as sent: RFC 3986 (space %20, '*' %2A, '~' kept), so the server decodes
    // exactly what was signed.
    static QString encodeQuery(const QueryParams &params);

    ApiClient *client() const { return m_config.client; }
    const QString &productKey() const { return m_productKey; }
    std::shared_ptr<Acs3Protocol> protocol() const { return m_protocol; }

private:
    ApiRequest baseRequest(const QString &action, const QString &region, const QString &instanceId,
                           double ratePerSecond) const;

    ServiceConfig m_config;
    Product m_product;
    QString m_productKey;
    std::shared_ptr<Acs3Protocol> m_protocol;
};

} // namespace bb
