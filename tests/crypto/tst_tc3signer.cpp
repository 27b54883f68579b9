#include "providers/crypto/tc3signer.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;

// The three published CVM DescribeInstances examples (docs/providers.md#signing-both-products).
class TestTc3Signer : public QObject
{
    Q_OBJECT

private:
    static Tc3Input common()
    {
        Tc3Input input;
        input.service = "cvm";
        input.timestamp = 1551113065;
        input.method = "POST";
        // The Chinese name travels as literal \uXXXX escapes: these are the exact bytes.
        input.payload
            = R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";
        input.signedHeaders
            = {{"Content-Type", "application/json; charset=utf-8"}, {"Host", "cvm.tencentcloudapi.com"}};
        return input;
    }

private slots:
    void vectorA()
    {
        Tc3Input input = common();
        input.secretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
        input.secretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
        const Tc3Output out = signTc3(input);
        QCOMPARE(
            out.canonicalRequest,
            QByteArray(
                "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\n"
                "content-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
        QCOMPARE(out.hashedCanonicalRequest,
                 QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
        QCOMPARE(out.credentialScope, QByteArray("2019-02-25/cvm/tc3_request"));
        QCOMPARE(out.stringToSign,
                 QByteArray("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                            "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
        QCOMPARE(out.signedHeaderNames, QByteArray("content-type;host"));
        QCOMPARE(out.signature,
                 QByteArray("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
        QCOMPARE(
            out.authorization,
            QByteArray(
                "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
                "SignedHeaders=content-type;host, "
                "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
    }

    void vectorB()
    {
        Tc3Input input = common();
        input.secretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******";
        input.secretKey = "Gu5t9xGARNpq86cd98joQYCN3*******";
        const Tc3Output out = signTc3(input);
        QCOMPARE(out.hashedCanonicalRequest,
                 QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
        QCOMPARE(out.signature,
                 QByteArray("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c"));
    }

    void vectorC()
    {
        Tc3Input input = common();
        input.secretId = "AKID" + QByteArray(32, '*');
        input.secretKey = QByteArray(32, '*');
        // Header names and values in mixed case and any order: the signer normalises them.
        input.signedHeaders = {{"X-TC-Action", "DescribeInstances"},
                               {"Host", "cvm.tencentcloudapi.com"},
                               {"Content-Type", "application/json; charset=utf-8"}};
        const Tc3Output out = signTc3(input);
        QCOMPARE(out.canonicalRequest,
                 QByteArray(
                     "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n"
                     "x-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\n"
                     "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
        QCOMPARE(out.hashedCanonicalRequest,
                 QByteArray("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"));
        QCOMPARE(out.secretDate.toHex(),
                 QByteArray("da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0"));
        QCOMPARE(out.secretService.toHex(),
                 QByteArray("8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f"));
        QCOMPARE(out.secretSigning.toHex(),
                 QByteArray("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af"));
        QCOMPARE(out.signedHeaderNames, QByteArray("content-type;host;x-tc-action"));
        QCOMPARE(out.signature,
                 QByteArray("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"));
    }

    void anyInputChangeChangesTheSignature()
    {
        Tc3Input input = common();
        input.secretId = "id";
        input.secretKey = "key";
        const QByteArray base = signTc3(input).signature;

        Tc3Input other = input;
        other.payload += ' ';
        QVERIFY(signTc3(other).signature != base);
        other = input;
        other.timestamp += 1;
        QVERIFY(signTc3(other).signature != base);
        other = input;
        other.service = "sqlserver";
        QVERIFY(signTc3(other).signature != base);
        other = input;
        other.secretKey = "kez";
        QVERIFY(signTc3(other).signature != base);
    }

    void scopeDateIsUtc()
    {
        Tc3Input input = common();
        input.timestamp = 1551139199; // 2019-02-25 23:59:59 UTC, 2019-02-26 07:59:59 in UTC+8
        QCOMPARE(signTc3(input).credentialScope, QByteArray("2019-02-25/cvm/tc3_request"));
        input.timestamp = 1551139200;
        QCOMPARE(signTc3(input).credentialScope, QByteArray("2019-02-26/cvm/tc3_request"));
    }
};

BB_TEST_GUILESS_MAIN(TestTc3Signer)
#include "tst_tc3signer.moc"
