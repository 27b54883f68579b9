#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace bb {

// TC3-HMAC-SHA256, Tencent Cloud API 3.0 (docs/providers.md#signing-both-products). Pure.
struct Tc3Input
{
    QByteArray secretId;
    QByteArray secretKey;
    QByteArray service; // from the product ("sqlserver", "redis"), never from the host
    qint64 timestamp = 0; // Unix seconds, the same value as X-TC-Timestamp
    QByteArray method = "POST";
    QByteArray canonicalQuery; // empty for POST
    // Headers to sign, any case and order; values are trimmed and lower-cased as TC3 requires.
    QList<QPair<QByteArray, QByteArray>> signedHeaders;
    QByteArray payload; // exact body bytes
};

struct Tc3Output
{
    QByteArray canonicalRequest;
    QByteArray hashedCanonicalRequest; // hex
    QByteArray credentialScope; // "2019-02-25/cvm/tc3_request" (UTC date)
    QByteArray stringToSign;
    QByteArray signedHeaderNames; // "content-type;host"
    QByteArray signature; // hex
    QByteArray authorization; // the whole Authorization header value
    // Derived keys, raw: SecretDate, SecretService, SecretSigning (docs/providers.md#signing-both-products)
    QByteArray secretDate;
    QByteArray secretService;
    QByteArray secretSigning;
};

Tc3Output signTc3(const Tc3Input &input);

} // namespace bb
