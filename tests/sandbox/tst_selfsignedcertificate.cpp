#include "sandbox/selfsignedcertificate.h"
#include "support/testmain.h"

#include <QSslCertificateExtension>
#include <QTest>

using bb::sandbox::SelfSignedCertificate;

class tst_SelfSignedCertificate : public QObject
{
    Q_OBJECT

private slots:
    void namesAndKey()
    {
        QString error;
        const SelfSignedCertificate generated = SelfSignedCertificate::generate(30, &error);
        QVERIFY2(generated.isValid(), qPrintable(error));
        const QSslCertificate &cert = generated.certificate();
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList {QStringLiteral("127.0.0.1")});
        QCOMPARE(cert.issuerInfo(QSslCertificate::CommonName), QStringList {QStringLiteral("127.0.0.1")});
        const auto names = cert.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QCOMPARE(generated.key().algorithm(), QSsl::Ec);
        QCOMPARE(generated.key().length(), 256);
        QCOMPARE(generated.key().type(), QSsl::PrivateKey);
        QCOMPARE(cert.publicKey().algorithm(), QSsl::Ec);
        QVERIFY(cert.isSelfSigned());
        QVERIFY(generated.certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
    }

    void validity()
    {
        const SelfSignedCertificate generated = SelfSignedCertificate::generate(7);
        QVERIFY(generated.isValid());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(generated.certificate().effectiveDate() <= now);
        QVERIFY(generated.certificate().expiryDate() > now.addDays(6));
        QVERIFY(generated.certificate().expiryDate() <= now.addDays(7).addSecs(60));
    }

    void freshEveryTime()
    {
        const SelfSignedCertificate a = SelfSignedCertificate::generate();
        const SelfSignedCertificate b = SelfSignedCertificate::generate();
        QVERIFY(a.isValid() && b.isValid());
        QVERIFY(a.certificate() != b.certificate());
        QVERIFY(a.certificate().serialNumber() != b.certificate().serialNumber());
        QVERIFY(a.key().toPem() != b.key().toPem());
    }

    void extensions()
    {
        const SelfSignedCertificate generated = SelfSignedCertificate::generate();
        QStringList names;
        for (const QSslCertificateExtension &ext : generated.certificate().extensions())
            names.append(ext.name());
        QVERIFY2(names.contains(QStringLiteral("subjectAltName")), qPrintable(names.join(u',')));
        QVERIFY(names.contains(QStringLiteral("basicConstraints")));
        QVERIFY(names.contains(QStringLiteral("extendedKeyUsage")));
    }
};

BB_TEST_GUILESS_MAIN(tst_SelfSignedCertificate)
#include "tst_selfsignedcertificate.moc"
