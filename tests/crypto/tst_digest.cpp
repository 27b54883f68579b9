#include "providers/crypto/digest.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;

// SHA-256 (FIPS 180-2 examples) and HMAC-SHA256 (RFC 4231 test cases 1 and 2) through OpenSSL.
class TestDigest : public QObject
{
    Q_OBJECT

private slots:
    void sha256()
    {
        QCOMPARE(digest::sha256Hex(""),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(digest::sha256Hex("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(digest::sha256("abc").size(), 32);
        QCOMPARE(digest::sha256("abc").toHex(), digest::sha256Hex("abc"));
    }

    void hmac()
    {
        QCOMPARE(digest::hmacSha256(QByteArray(20, '\x0b'), "Hi There").toHex(),
                 QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
        QCOMPARE(digest::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        QCOMPARE(digest::hmacSha256("", "").toHex(),
                 QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
    }
};

BB_TEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
