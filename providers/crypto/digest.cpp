#include "providers/crypto/digest.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace bb::digest {

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &length,
               EVP_sha256(), nullptr);
    return out;
}

QByteArray sha256Hex(QByteArrayView data)
{
    return sha256(data).toHex();
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), int(key.size()), reinterpret_cast<const unsigned char *>(data.data()),
         size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &length);
    return out;
}

} // namespace bb::digest
