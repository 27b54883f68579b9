#pragma once

#include "providers/core/apiclient.h"
#include "providers/core/serviceconfig.h"

#include <QCoreApplication>

#include <functional>

namespace bb {

// Alibaba Cloud's V3 signature (ACS3-HMAC-SHA256) for one product, in either API style: RPC
// (ApsaraDB RDS: path "/", parameters in the query, errors as HTTP 4xx/5xx with Code/Message)
// or ROA (EMR Serverless StarRocks: a path per API, and a Success/ErrCode envelope in the body).
class Acs3Protocol final : public ApiProtocol
{
    Q_DECLARE_TR_FUNCTIONS(bb::Acs3Protocol)

public:
    enum class Style { Rpc, Roa };

    Acs3Protocol(Credentials credentials, QString version, Style style);

    Style style() const { return m_style; }
    const QString &version() const { return m_version; }
    // Replaces the random per-attempt nonce (tests reproduce the published vector with it).
    void setNonceSource(std::function<QByteArray()> source) { m_nonce = std::move(source); }

    void sign(QNetworkRequest &request, const ApiRequest &api, const QDateTime &nowUtc) const override;
    ApiResult interpret(int httpStatus, const QByteArray &body) const override;
    ApiResult interpretFor(const ApiRequest &api, int httpStatus, const QByteArray &body) const override;
    // The gateway's throttling hint: the larger TimeLeft of x-ratelimit-user-api and
    // x-ratelimit-user ("Limit:100,Remain:0,TimeLeft:500,Reset:..."), read as milliseconds the way
    // darabonba-openapi's GetThrottlingTimeLeft feeds its retry; -1 without one.
    qint64 retryAfterMs(const QList<QPair<QByteArray, QByteArray>> &headers) const override;
    // TimeLeft of one x-ratelimit-* value; -1 when absent or not a number.
    static qint64 timeLeft(const QByteArray &value);

    // x-acs-date: UTC "yyyy-MM-ddTHH:mm:ssZ".
    static QByteArray formatDate(const QDateTime &time);
    // The query of a URL as decoded name/value pairs, in order (what the server will decode).
    static QList<QPair<QByteArray, QByteArray>> queryPairs(const QUrl &url);
    // Kind, retryability and a plain-words hint for an Alibaba error code (docs/providers.md#errors).
    static void classify(ProviderError &error, const QString &action = QString());

private:
    ApiResult interpretRpc(const ApiRequest &api, int httpStatus, const QByteArray &body) const;
    ApiResult interpretRoa(const ApiRequest &api, int httpStatus, const QByteArray &body) const;

    Credentials m_credentials;
    QString m_version;
    Style m_style;
    std::function<QByteArray()> m_nonce;
};

} // namespace bb
