#pragma once

#include "providers/core/serviceconfig.h"
#include "providers/tencent/tc3protocol.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace bb {

class ApiCall;

// What a Tencent product service needs to make a call: the endpoint for the account's site (or
// its override), the TC3 protocol for the product's service name and version, and the client.
class TencentApi final
{
public:
    // `service` is the TC3 service ("sqlserver", "redis"), `product` the product key.
    TencentApi(ServiceConfig config, QString service, QString version, QString product);

    // https://<service>.intl.tencentcloudapi.com/ (International) or
    // https://<service>.tencentcloudapi.com/ (Mainland); the override replaces scheme, host and
    // port, while the service name used in signatures stays the product's.
    QUrl endpoint() const;
    // The endpoint for calls in `region`: the financial zones (ap-shanghai-fsi, ap-shenzhen-fsi)
    // are isolated and reachable only through their own regional host; others use endpoint().
    QUrl endpointFor(const QString &region) const;

    // POSTs `params` as compact JSON. The caller owns the call (parent it to its ServiceReply and
    // track() it there). `idempotent` false for calls that start something (see ApiRequest).
    ApiCall *call(const QString &action, const QString &region, const QString &instanceId,
                  const QJsonObject &params, double ratePerSecond, bool idempotent = true) const;
    // The request call() would send, for tests and for callers that tweak it.
    ApiRequest request(const QString &action, const QString &region, const QString &instanceId,
                       const QJsonObject &params, double ratePerSecond) const;

    ApiClient *client() const { return m_config.client; }
    const QString &product() const { return m_product; }
    const ServiceConfig &config() const { return m_config; }
    std::shared_ptr<const Tc3Protocol> protocol() const { return m_protocol; }

private:
    ServiceConfig m_config;
    QString m_service;
    QString m_product;
    std::shared_ptr<const Tc3Protocol> m_protocol;
};

} // namespace bb
