#pragma once

#include "providers/core/apiclient.h"
#include "providers/core/serviceconfig.h"

#include <QCoreApplication>

namespace bb {

// Tencent Cloud API 3.0 for one service: signs requests with TC3-HMAC-SHA256 (service name from
// the product, never from the host, so an endpoint override keeps signatures right) and reads
// the {"Response": {...}} envelope, classifying the documented error codes.
class Tc3Protocol final : public ApiProtocol
{
    Q_DECLARE_TR_FUNCTIONS(bb::Tc3Protocol)

public:
    static constexpr const char *contentType = "application/json; charset=utf-8";

    Tc3Protocol(Credentials credentials, QString service, QString version);

    const QString &service() const { return m_service; }
    const QString &version() const { return m_version; }

    void sign(QNetworkRequest &request, const ApiRequest &api, const QDateTime &nowUtc) const override;
    ApiResult interpret(int httpStatus, const QByteArray &body) const override;
    ApiResult interpretFor(const ApiRequest &api, int httpStatus, const QByteArray &body) const override;

    // Kind, retryability and a plain-words hint for a Tencent error code (docs/providers.md#error-codes).
    static void classify(ProviderError &error, const QString &action = QString());

private:
    Credentials m_credentials;
    QString m_service;
    QString m_version;
};

} // namespace bb
