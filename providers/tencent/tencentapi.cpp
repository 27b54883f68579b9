#include "providers/tencent/tencentapi.h"

#include "providers/core/apiclient.h"

#include <QJsonDocument>

namespace bb {

TencentApi::TencentApi(ServiceConfig config, QString service, QString version, QString product)
    : m_config(std::move(config))
    , m_service(std::move(service))
    , m_product(std::move(product))
    , m_protocol(std::make_shared<Tc3Protocol>(m_config.credentials, m_service, std::move(version)))
{ }

QUrl TencentApi::endpoint() const
{
    return endpointFor(QString());
}

QUrl TencentApi::endpointFor(const QString &region) const
{
    // TC3's canonical URI is always "/", which apiEndpoint() keeps even for an override.
    if (region.endsWith(QStringLiteral("-fsi")))
        return m_config.apiEndpoint(m_service + u'.' + region + QStringLiteral(".tencentcloudapi.com"));
    return m_config.apiEndpoint(m_config.site == Site::International
                                    ? m_service + QStringLiteral(".intl.tencentcloudapi.com")
                                    : m_service + QStringLiteral(".tencentcloudapi.com"));
}

ApiRequest TencentApi::request(const QString &action, const QString &region, const QString &instanceId,
                               const QJsonObject &params, double ratePerSecond) const
{
    ApiRequest request;
    request.product = m_product;
    request.action = action;
    request.instanceId = instanceId;
    request.region = region;
    request.method = "POST";
    request.url = endpointFor(region);
    request.body = QJsonDocument(params).toJson(QJsonDocument::Compact);
    request.contentType = Tc3Protocol::contentType;
    // Tencent limits each API per account: one bucket per product, action and key.
    request.rateKey = m_product + u'/' + action + u'/' + m_config.credentials.id;
    request.ratePerSecond = ratePerSecond;
    return request;
}

ApiCall *TencentApi::call(const QString &action, const QString &region, const QString &instanceId,
                          const QJsonObject &params, double ratePerSecond, bool idempotent) const
{
    ApiRequest api = request(action, region, instanceId, params, ratePerSecond);
    api.idempotent = idempotent;
    return m_config.client->send(api, m_protocol);
}

} // namespace bb
