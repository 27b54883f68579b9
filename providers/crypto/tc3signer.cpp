#include "providers/crypto/tc3signer.h"

#include "providers/crypto/canonicalheaders.h"
#include "providers/crypto/digest.h"

#include <QDateTime>

namespace bb {

Tc3Output signTc3(const Tc3Input &input)
{
    Tc3Output out;

    // TC3 lower-cases both names and values of the signed headers.
    const CanonicalHeaders headers = canonicalHeaders(input.signedHeaders, true);
    out.signedHeaderNames = headers.names;

    out.canonicalRequest = input.method.toUpper() + '\n' + "/\n" + input.canonicalQuery + '\n' + headers.lines
        + '\n' + out.signedHeaderNames + '\n' + digest::sha256Hex(input.payload);
    out.hashedCanonicalRequest = digest::sha256Hex(out.canonicalRequest);

    // The scope date is the UTC date of the timestamp: a local date breaks every call made
    // between local midnight and the UTC date change.
    const QByteArray date = QDateTime::fromSecsSinceEpoch(input.timestamp, Qt::UTC)
                                .toString(QStringLiteral("yyyy-MM-dd"))
                                .toLatin1();
    out.credentialScope = date + '/' + input.service + "/tc3_request";
    out.stringToSign = "TC3-HMAC-SHA256\n" + QByteArray::number(input.timestamp) + '\n' + out.credentialScope
        + '\n' + out.hashedCanonicalRequest;

    out.secretDate = digest::hmacSha256("TC3" + input.secretKey, date);
    out.secretService = digest::hmacSha256(out.secretDate, input.service);
    out.secretSigning = digest::hmacSha256(out.secretService, "tc3_request");
    out.signature = digest::hmacSha256(out.secretSigning, out.stringToSign).toHex();

    out.authorization = "TC3-HMAC-SHA256 Credential=" + input.secretId + '/' + out.credentialScope
        + ", SignedHeaders=" + out.signedHeaderNames + ", Signature=" + out.signature;
    return out;
}

} // namespace bb
