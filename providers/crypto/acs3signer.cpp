#include "providers/crypto/acs3signer.h"

#include "providers/crypto/canonicalheaders.h"
#include "providers/crypto/digest.h"

#include <algorithm>

namespace bb {

QByteArray acsPercentEncode(QByteArrayView value)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(value.size() * 3);
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
            || u == '-' || u == '_' || u == '.' || u == '~';
        if (unreserved) {
            out.append(c);
        } else {
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0x0f]);
        }
    }
    return out;
}

Acs3Output signAcs3(const Acs3Input &input)
{
    Acs3Output out;

    // Sorted by the unencoded name (then value, so repeated names are deterministic), as the
    // SDKs' sorted maps do; then each side encoded.
    auto query = input.query;
    std::sort(query.begin(), query.end());
    QByteArrayList pairs;
    pairs.reserve(query.size());
    for (const auto &item : query)
        pairs.append(acsPercentEncode(item.first) + '=' + acsPercentEncode(item.second));
    out.canonicalQuery = pairs.join('&');

    // Unlike TC3, ACS3 keeps header values as they are (only trimmed).
    const CanonicalHeaders headers = canonicalHeaders(input.signedHeaders, false);
    out.signedHeaderNames = headers.names;

    out.canonicalRequest = input.method.toUpper() + '\n' + input.canonicalUri + '\n' + out.canonicalQuery
        + '\n' + headers.lines + '\n' + out.signedHeaderNames + '\n' + input.hashedPayload;
    out.hashedCanonicalRequest = digest::sha256Hex(out.canonicalRequest);
    out.stringToSign = "ACS3-HMAC-SHA256\n" + out.hashedCanonicalRequest;
    out.signature = digest::hmacSha256(input.accessKeySecret, out.stringToSign).toHex();
    out.authorization = "ACS3-HMAC-SHA256 Credential=" + input.accessKeyId
        + ",SignedHeaders=" + out.signedHeaderNames + ",Signature=" + out.signature;
    return out;
}

} // namespace bb
