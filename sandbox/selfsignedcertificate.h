#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace bb::sandbox {

// A fresh EC P-256 key and a self-signed certificate for 127.0.0.1 (subjectAltName IP:127.0.0.1,
// DNS:localhost), made with OpenSSL at start-up so no key ever ships with the program.
class SelfSignedCertificate final
{
public:
    // Returns an invalid (null) certificate and sets `error` when OpenSSL fails.
    static SelfSignedCertificate generate(int validDays = 30, QString *error = nullptr);

    bool isValid() const { return !m_certificate.isNull() && !m_key.isNull(); }
    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &key() const { return m_key; }
    QByteArray certificatePem() const { return m_certificatePem; }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_certificatePem;
};

} // namespace bb::sandbox
