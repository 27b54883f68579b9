// TencentErrorHints (with the TC3 classification it completes): every error code the Tencent
// seed pages document (seeds 000 DescribeBackupByFlowId, 001 CreateBackup, 002
// DescribeBackupDetail, section 6) is fed through a real socket as the cloud's error envelope, and
// the error the user reads names the call, the instance, the code, the message and the RequestId,
// with the hint for that code, matched exactly or by its documented family, never by a prefix of
// an unrelated code.
#include "providers/core/apiclient.h"
#include "providers/tencent/tencentapi.h"
#include "providers/tencent/tencenterrorhints.h"
#include "support/calloutcome.h"
#include "support/sandboxfixture.h"
#include "support/scriptedhttpserver.h"
#include "support/testmain.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace bb;
using bb::test::ScriptedHttpServer;

class TestTencentErrorHints : public QObject
{
    Q_OBJECT

private:
    // One call answered with the error envelope for `code`, as the user finally sees it.
    static ProviderError feed(const QString &service, const QString &action, const QString &code,
                              const QString &message, int *attempts = nullptr)
    {
        ScriptedHttpServer server;
        if (!server.listen())
            return {};
        const QByteArray body
            = QJsonDocument(
                  QJsonObject {{QStringLiteral("Response"),
                                QJsonObject {{QStringLiteral("Error"),
                                              QJsonObject {{QStringLiteral("Code"), code},
                                                           {QStringLiteral("Message"), message}}},
                                             {QStringLiteral("RequestId"), QStringLiteral("req-") + code}}}})
                  .toJson(QJsonDocument::Compact);
        // Retried codes get the same answer every time.
        server.setFallback(ScriptedHttpServer::Response::json(200, body));
        QNetworkAccessManager network;
        ApiClient client(&network);
        client.setOptions(test::SandboxFixture::fastOptions());
        ServiceConfig config;
        config.client = &client;
        config.credentials = {QStringLiteral("AKIDexample"), QStringLiteral("secretExample"), QString()};
        config.endpointOverride = server.url();
        const TencentApi api(config, service,
                             service == u"redis" ? QStringLiteral("2018-04-12")
                                                 : QStringLiteral("2018-03-28"),
                             QStringLiteral("tencent-") + service);
        std::unique_ptr<ApiCall> call(
            api.call(action, QStringLiteral("ap-guangzhou"), QStringLiteral("mssql-1a2b3c4d"), {}, 20));
        const test::CallOutcome outcome = test::waitForCall(call.get());
        ProviderError error = outcome.error;
        TencentErrorHints::explain(error);
        if (attempts)
            *attempts = outcome.attempts;
        return error;
    }

private slots:
    void everySeedErrorCode_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message"); // as the page describes the code
        QTest::addColumn<QString>("hint"); // a phrase of the hint the user must see
        QTest::addColumn<bool>("auth"); // a credentials/permission error (CLI exit 5)
        const auto row = [](const char *service, const char *action, const char *code, const char *message,
                            const char *hint, bool auth = false) {
            QTest::addRow("%s %s", action, code)
                << QString::fromLatin1(service) << QString::fromLatin1(action) << QString::fromLatin1(code)
                << QString::fromLatin1(message) << QString::fromLatin1(hint) << auth;
        };
        // Seed 000: DescribeBackupByFlowId.
        row("sqlserver", "DescribeBackupByFlowId", "FailedOperation.DBError", "Database error.",
            "control database");
        row("sqlserver", "DescribeBackupByFlowId", "InternalError.CosError", "COS API error.", "(COS)");
        row("sqlserver", "DescribeBackupByFlowId", "InternalError.DBError", "Database error",
            "control database");
        row("sqlserver", "DescribeBackupByFlowId", "InvalidParameter.InputIllegal", "Input error.",
            "rejected a parameter of this request as invalid");
        row("sqlserver", "DescribeBackupByFlowId", "ResourceNotFound.BackupNotFound",
            "The backup does not exist.", "does not exist any more");
        row("sqlserver", "DescribeBackupByFlowId", "ResourceNotFound.InstanceNotFound",
            "The instance does not exist.", "instance does not exist in this region");
        row("sqlserver", "DescribeBackupByFlowId", "UnauthorizedOperation.PermissionDenied",
            "CAM authentication error.", "CAM permission for DescribeBackupByFlowId", true);
        // Seed 001: CreateBackup.
        row("sqlserver", "CreateBackup", "FailedOperation.DBError", "Database error.", "control database");
        row("sqlserver", "CreateBackup", "FailedOperation.GcsError",
            "The operation failed or the network timed out.", "failed or timed out inside Tencent Cloud");
        row("sqlserver", "CreateBackup", "InternalError", "Internal error.", "internal error");
        row("sqlserver", "CreateBackup", "InternalError.DBError", "Database error", "control database");
        row("sqlserver", "CreateBackup", "InternalError.GcsError", "GCS API error.", "internal task service");
        row("sqlserver", "CreateBackup", "InternalError.SystemError", "System error.", "system error");
        row("sqlserver", "CreateBackup", "InternalError.UnknownError", "Unknown error.", "unknown error");
        row("sqlserver", "CreateBackup", "InvalidParameter", "Invalid parameter.",
            "rejected a parameter of this request.");
        row("sqlserver", "CreateBackup", "InvalidParameter.InputIllegal", "Input error.", "as invalid");
        row("sqlserver", "CreateBackup", "InvalidParameter.ParamsAssertFailed",
            "An error occurred while converting parameter assertion.", "could not convert a parameter");
        row("sqlserver", "CreateBackup", "InvalidParameterValue.BackupNameIsIllegal",
            "The backup name contains invalid characters.", "backup name contains characters");
        row("sqlserver", "CreateBackup", "LimitExceeded.TooManyDB", "The database limit is exceeded.",
            "Too many databases");
        row("sqlserver", "CreateBackup", "ResourceNotFound.DBNotFound", "The database does not exist.",
            "named databases does not exist");
        row("sqlserver", "CreateBackup", "ResourceNotFound.InstanceNotFound", "The instance does not exist.",
            "instance does not exist in this region");
        row("sqlserver", "CreateBackup", "ResourceUnavailable.DBInvalidStatus", "Invalid database status.",
            "database is in a state");
        row("sqlserver", "CreateBackup", "ResourceUnavailable.InstanceStatusInvalid",
            "Invalid instance status.", "instance is busy or not running");
        row("sqlserver", "CreateBackup", "UnauthorizedOperation.PermissionDenied",
            "CAM authentication error.", "CAM permission for CreateBackup", true);
        // Seed 002: DescribeBackupDetail (Redis).
        row("redis", "DescribeBackupDetail", "FailedOperation.SystemError",
            "Internal system error, which is irrelevant to the business.", "unrelated to the request");
        row("redis", "DescribeBackupDetail", "InternalError.DbOperationFailed",
            "Internal system error with the database operation.", "Redis control database");
        row("redis", "DescribeBackupDetail", "InternalError.InternalError", "Internal error.",
            "internal error");
        row("redis", "DescribeBackupDetail", "InvalidParameter.PermissionDenied",
            "The API has no CAM permissions.", "CAM permission for DescribeBackupDetail", true);
        row("redis", "DescribeBackupDetail", "InvalidParameterValue.BackupNotExists",
            "The backup does not exist.", "does not exist any more");
        row("redis", "DescribeBackupDetail", "ResourceNotFound.InstanceNotExists",
            "No Redis instance is found by the serialId.", "No Redis instance has this ID");
        row("redis", "DescribeBackupDetail", "UnauthorizedOperation.NoCAMAuthed", "No CAM permissions.",
            "CAM permission for DescribeBackupDetail", true);
    }

    void everySeedErrorCode()
    {
        QFETCH(QString, service);
        QFETCH(QString, action);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        QFETCH(bool, auth);
        const ProviderError error = feed(service, action, code, message);
        QCOMPARE(error.code, code);
        QCOMPARE(error.message, message);
        QCOMPARE(error.requestId, QStringLiteral("req-") + code);
        QCOMPARE(error.action, action);
        QCOMPARE(error.kind == ProviderError::Kind::Auth, auth);
        QVERIFY2(error.hint.contains(hint), qPrintable(error.hint));
        // What the user reads names the call, the instance, the code, the message and the RequestId.
        const QString shown = error.toString();
        for (const QString &part : {action, QStringLiteral("mssql-1a2b3c4d"), code, message, error.requestId})
            QVERIFY2(shown.contains(part), qPrintable(shown + QStringLiteral(" lacks ") + part));
    }

    // Exact codes, then the documented family (the part before the first dot): a hint written for
    // one code never reaches another code of the same family, nor one that merely starts alike.
    void matchingIsExactOrByFamily()
    {
        const QString inputIllegal
            = TencentErrorHints::hintFor(QStringLiteral("InvalidParameter.InputIllegal"));
        const QString family = TencentErrorHints::hintFor(QStringLiteral("InvalidParameter"));
        QVERIFY(!inputIllegal.isEmpty() && !family.isEmpty() && inputIllegal != family);
        QCOMPARE(TencentErrorHints::hintFor(QStringLiteral("InvalidParameter.SomethingElse")), family);
        // "InvalidParameterValue" is a family of its own, not a longer "InvalidParameter".
        QCOMPARE(TencentErrorHints::hintFor(QStringLiteral("InvalidParameterValue.Other")),
                 TencentErrorHints::hintFor(QStringLiteral("InvalidParameterValue")));
        QVERIFY(TencentErrorHints::hintFor(QStringLiteral("InvalidParameterValue.Other")) != family);
        // The instance hint is for the instance codes only, not every missing resource.
        const QString instanceGone
            = TencentErrorHints::hintFor(QStringLiteral("ResourceNotFound.InstanceNotFound"));
        QVERIFY(TencentErrorHints::hintFor(QStringLiteral("ResourceNotFound.DBNotFound")) != instanceGone);
        QVERIFY(TencentErrorHints::hintFor(QStringLiteral("ResourceNotFound.Other")) != instanceGone);
        QVERIFY(TencentErrorHints::hintFor(QStringLiteral("ResourceNotFound.InstanceNotFoundX"))
                != instanceGone);
        // No hint for a code in no documented family.
        QVERIFY(TencentErrorHints::hintFor(QStringLiteral("Frobnicated.Code")).isEmpty());
        QVERIFY(TencentErrorHints::hintFor(QString()).isEmpty());
        // The permission code dressed as a parameter error is a permission error, not a parameter one.
        const ProviderError denied
            = feed(QStringLiteral("redis"), QStringLiteral("DescribeBackupDetail"),
                   QStringLiteral("InvalidParameter.PermissionDenied"), QStringLiteral("no"));
        QVERIFY(!denied.hint.contains(QLatin1String("rejected a parameter")));
    }

    // Server-side failures are retried (the request did not do anything), business refusals not.
    void transientCodesAreRetried()
    {
        int attempts = 0;
        feed(QStringLiteral("sqlserver"), QStringLiteral("DescribeBackupByFlowId"),
             QStringLiteral("InternalError.DBError"), QStringLiteral("Database error"), &attempts);
        QCOMPARE(attempts, test::SandboxFixture::fastOptions().maxAttempts);
        feed(QStringLiteral("sqlserver"), QStringLiteral("CreateBackup"),
             QStringLiteral("ResourceNotFound.DBNotFound"), QStringLiteral("The database does not exist."),
             &attempts);
        QCOMPARE(attempts, 1);
    }
};

BB_TEST_GUILESS_MAIN(TestTencentErrorHints)
#include "tst_tencenterrorhints.moc"
