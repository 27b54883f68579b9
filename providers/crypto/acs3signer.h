#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace bb {

// ACS3-HMAC-SHA256, Alibaba's V3 signature (docs/providers.md#signing-and-headers-both-products). Pure.
struct Acs3Input
{
    QByteArray accessKeyId;
    QByteArray accessKeySecret;
    QByteArray method = "POST";
    QByteArray canonicalUri = "/"; // RPC: "/"; ROA: the RFC 3986-encoded path
    // Query parameters, unencoded; the signer sorts and RFC 3986-encodes them.
    QList<QPair<QByteArray, QByteArray>> query;
    // Headers to sign (host, content-type, every x-acs-*), any case and order.
    QList<QPair<QByteArray, QByteArray>> signedHeaders;
    QByteArray hashedPayload; // the x-acs-content-sha256 value (hex)
};

struct Acs3Output
{
    QByteArray canonicalQuery;
    QByteArray canonicalRequest;
    QByteArray hashedCanonicalRequest; // hex
    QByteArray stringToSign;
    QByteArray signedHeaderNames;
    QByteArray signature; // hex
    QByteArray authorization;
};

Acs3Output signAcs3(const Acs3Input &input);

// RFC 3986 percent-encoding as ACS3 wants it: unreserved kept, space %20, '*' %2A, '~' kept.
QByteArray acsPercentEncode(QByteArrayView value);

} // namespace bb
