#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace bb::digest {

// SHA-256 and HMAC-SHA256 through OpenSSL EVP (Qt 6.4's QCryptographicHash is ~10x slower).
QByteArray sha256(QByteArrayView data); // raw 32 bytes
QByteArray sha256Hex(QByteArrayView data); // lower-case hex
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data); // raw 32 bytes

} // namespace bb::digest
