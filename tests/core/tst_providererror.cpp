#include "providers/core/providererror.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;

// The one-line error message names the call, the instance, the provider's code and RequestId.
class TestProviderError : public QObject
{
    Q_OBJECT

private slots:
    void fullLine()
    {
        ProviderError error;
        error.kind = ProviderError::Kind::Auth;
        error.product = QStringLiteral("tencent-sqlserver");
        error.action = QStringLiteral("DescribeBackups");
        error.instanceId = QStringLiteral("mssql-1a2b3c4d");
        error.code = QStringLiteral("AuthFailure.SignatureFailure");
        error.message = QStringLiteral("The provided credentials could not be validated.");
        error.requestId = QStringLiteral("6b3c5a4e-0000");
        error.hint = QStringLiteral("Check the SecretKey.");
        const QString line = error.toString();
        QCOMPARE(
            line,
            QStringLiteral("DescribeBackups on mssql-1a2b3c4d (tencent-sqlserver) failed: "
                           "AuthFailure.SignatureFailure: The provided credentials could not be validated. "
                           "— Check the SecretKey. [RequestId 6b3c5a4e-0000]"));
        QVERIFY(error.isError());
    }

    void networkErrorWithoutContext()
    {
        const ProviderError error = ProviderError::network(QStringLiteral("Connection refused"));
        QCOMPARE(error.kind, ProviderError::Kind::Network);
        QVERIFY(error.retryable);
        QCOMPARE(error.toString(), QStringLiteral("Request failed: Connection refused"));
        QVERIFY(!ProviderError::network(QStringLiteral("x"), false).retryable);
    }

    void httpStatusShownWhenNoCode()
    {
        ProviderError error = ProviderError::malformed(QStringLiteral("Not JSON"));
        error.httpStatus = 502;
        error.action = QStringLiteral("DescribeBackups");
        QCOMPARE(error.kind, ProviderError::Kind::Malformed);
        QVERIFY(!error.retryable);
        QCOMPARE(error.toString(), QStringLiteral("DescribeBackups failed: Not JSON (HTTP 502)"));
    }

    void codeFamilies()
    {
        ProviderError error;
        error.code = QStringLiteral("Throttling.User");
        QVERIFY(error.codeInFamily(QLatin1String("Throttling")));
        QVERIFY(!error.codeInFamily(QLatin1String("Throttling.Api")));
        error.code = QStringLiteral("Throttling");
        QVERIFY(error.codeInFamily(QLatin1String("Throttling")));
        error.code = QStringLiteral("ThrottlingX");
        QVERIFY(!error.codeInFamily(QLatin1String("Throttling")));
        error.code.clear();
        QVERIFY(!error.codeInFamily(QLatin1String("Throttling")));
    }

    void noErrorByDefault() { QVERIFY(!ProviderError().isError()); }
};

BB_TEST_GUILESS_MAIN(TestProviderError)
#include "tst_providererror.moc"
