#include "sandbox/selfsignedcertificate.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace bb::sandbox {

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Ext = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QString openSslError(const char *what)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(buffer));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    Ext ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

} // namespace

SelfSignedCertificate SelfSignedCertificate::generate(int validDays, QString *error)
{
    SelfSignedCertificate result;
    const auto failed = [&](const char *what) {
        if (error)
            *error = openSslError(what);
        return SelfSignedCertificate();
    };

    PKey key(EVP_EC_gen("P-256"));
    if (!key)
        return failed("EC P-256 key generation");

    Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return failed("X509_new");
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return failed("RAND_bytes");
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialSet = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    if (!serialSet)
        return failed("serial number");
    // Valid from an hour ago, so a client clock slightly behind ours still accepts it.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(validDays) * 24 * 3600);
    if (X509_set_pubkey(cert.get(), key.get()) != 1)
        return failed("X509_set_pubkey");

    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Backup Browser sandbox"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("127.0.0.1"),
                               -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);

    // The same extensions `openssl req -x509` writes, plus the names and purpose of a TLS server.
    // CA:TRUE lets clients put this very certificate in their CA list as its own trust anchor.
    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), NID_subject_key_identifier, "hash")
        || !addExtension(cert.get(), NID_authority_key_identifier, "keyid:always")
        || !addExtension(cert.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost"))
        return failed("X509v3 extensions");

    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return failed("X509_sign");

    Bio certBio(BIO_new(BIO_s_mem()));
    Bio keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return failed("PEM export");

    result.m_certificatePem = bioBytes(certBio.get());
    result.m_certificate = QSslCertificate(result.m_certificatePem, QSsl::Pem);
    result.m_key = QSslKey(bioBytes(keyBio.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (!result.isValid()) {
        if (error)
            *error = QStringLiteral("Qt could not load the generated certificate or key");
        return SelfSignedCertificate();
    }
    return result;
}

} // namespace bb::sandbox
