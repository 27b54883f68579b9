#include "providers/productregistry.h"
#include "providers/tencent/sqlserverservice.h"
#include "sandbox/tencentsqlserveremulator.h"
#include "support/sandboxfixture.h"
#include "support/signedrequest.h"
#include "support/testmain.h"
#include "ui/createbackupdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace bb;

class TestCreateBackupDialog final : public QObject
{
    Q_OBJECT

private:
    // What the product itself says its create form is.
    static Capabilities capabilitiesOf(const QString &product)
    {
        const std::optional<ProductDescription> described = ProductRegistry::describe(product);
        return described ? described->capabilities : Capabilities {};
    }

    static Instance instance(const QString &product)
    {
        Instance i;
        i.id = QStringLiteral("inst-1");
        i.name = QStringLiteral("orders");
        i.product = product;
        i.region = QStringLiteral("ap-guangzhou");
        return i;
    }

private slots:
    void sqlServerCollectsDatabasesAndName()
    {
        const Capabilities caps = capabilitiesOf(QStringLiteral("tencent-sqlserver"));
        CreateBackupDialog dialog(instance(QStringLiteral("tencent-sqlserver")), caps);
        QVERIFY(dialog.databasesEdit());
        QVERIFY(dialog.nameEdit());
        QVERIFY(!dialog.methodCombo());
        QVERIFY(!dialog.daysSpin());
        dialog.databasesEdit()->setPlainText(QStringLiteral("sales, hr"));
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("pre-migration"));
        dialog.createButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.request().instanceId, QStringLiteral("inst-1"));
        QCOMPARE(dialog.request().region, QStringLiteral("ap-guangzhou"));
        QCOMPARE(dialog.request().databases, (QStringList {QStringLiteral("sales"), QStringLiteral("hr")}));
        QCOMPARE(dialog.request().name, QStringLiteral("pre-migration"));
    }

    void sqlServerCanKeepUntilInstanceRemoved()
    {
        const Capabilities caps = capabilitiesOf(QStringLiteral("tencent-sqlserver"));
        CreateBackupDialog dialog(instance(QStringLiteral("tencent-sqlserver")), caps);
        QVERIFY(dialog.keepCheck());
        QVERIFY(!dialog.keepCheck()->isChecked()); // the API's default: follow the retention policy
        QVERIFY(!dialog.keepCheck()->toolTip().isEmpty());
        dialog.createButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.request().keepUntilInstanceRemoved);

        CreateBackupDialog keep(instance(QStringLiteral("tencent-sqlserver")), caps);
        keep.keepCheck()->click();
        keep.createButton()->click();
        QCOMPARE(keep.result(), int(QDialog::Accepted));
        QVERIFY(keep.request().keepUntilInstanceRemoved);
    }

    void otherProductsDoNotOfferKeep()
    {
        for (const char *product : {"tencent-redis", "alibaba-rds", "alibaba-starrocks"}) {
            CreateBackupDialog dialog(instance(QLatin1String(product)),
                                      capabilitiesOf(QLatin1String(product)));
            QVERIFY2(!dialog.keepCheck(), product);
            QVERIFY2(!dialog.findChild<QCheckBox *>(), product);
        }
    }

    // The request the dialog builds reaches the sandbox's SQL Server, which records the backup's
    // StorageStrategy (it answers DescribeBackups filtered by it).
    void sandboxRecordsKeepUntilInstanceRemoved()
    {
        sandbox::Sandbox::Options options;
        options.createDurationMs = 300;
        test::SandboxFixture fixture(options);
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        Instance target;
        for (const auto &i : fixture.sandbox().sqlServer().instances()) {
            if (i.status == 2) {
                target = instance(QStringLiteral("tencent-sqlserver"));
                target.id = i.id;
                target.region = i.region;
                break;
            }
        }
        QVERIFY(!target.id.isEmpty());
        TencentSqlServerService service(fixture.tencentConfig());
        service.setPollIntervals(100, 300);

        CreateBackupDialog dialog(target, service.capabilities());
        QVERIFY(dialog.keepCheck());
        dialog.keepCheck()->setChecked(true);
        dialog.createButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        std::unique_ptr<ServiceReply> reply(service.createBackup(dialog.request()));
        QElapsedTimer timer;
        timer.start();
        while (!reply->isFinished() && timer.elapsed() < 15000)
            QTest::qWait(20);
        QVERIFY(reply->isFinished());
        QVERIFY2(!reply->hasFailed(), qPrintable(reply->error().toString()));
        const QString id = reply->backup().id;
        QVERIFY(!id.isEmpty());

        auto listed = [&](int storageStrategy) {
            test::Tc3Call call;
            call.endpoint = fixture.endpoint();
            call.service = "sqlserver";
            call.version = "2018-03-28";
            call.action = "DescribeBackups";
            call.region = target.region.toUtf8();
            const QJsonObject params {{QStringLiteral("InstanceId"), target.id},
                                      {QStringLiteral("StartTime"), QStringLiteral("2000-01-01 00:00:00")},
                                      {QStringLiteral("EndTime"), QStringLiteral("2100-01-01 00:00:00")},
                                      {QStringLiteral("BackupId"), id.toLongLong()},
                                      {QStringLiteral("StorageStrategy"), storageStrategy}};
            call.body = QJsonDocument(params).toJson(QJsonDocument::Compact);
            const test::RawReply raw
                = test::sendTc3(fixture.network(), fixture.sandbox().clientSslConfiguration(), call);
            return raw.json.value(QStringLiteral("Response"))
                .toObject()
                .value(QStringLiteral("TotalCount"))
                .toInt(-1);
        };
        QCOMPARE(listed(1), 1);
        QCOMPARE(listed(0), 0);
    }

    void redisRejectsTooLongNameInline()
    {
        const Capabilities caps = capabilitiesOf(QStringLiteral("tencent-redis"));
        CreateBackupDialog dialog(instance(QStringLiteral("tencent-redis")), caps);
        QVERIFY(dialog.daysSpin());
        QVERIFY(!dialog.databasesEdit());
        dialog.nameEdit()->setText(QString(201, QLatin1Char('x')));
        dialog.createButton()->click();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(!dialog.errorText().isEmpty());
        dialog.nameEdit()->setText(QStringLiteral("ok"));
        dialog.daysSpin()->setValue(7);
        dialog.createButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.request().storageDays, 7);
    }

    void rdsOffersMethods()
    {
        const Capabilities caps = capabilitiesOf(QStringLiteral("alibaba-rds"));
        CreateBackupDialog dialog(instance(QStringLiteral("alibaba-rds")), caps);
        QVERIFY(dialog.methodCombo());
        QCOMPARE(dialog.methodCombo()->count(), 3);
        dialog.methodCombo()->setCurrentIndex(1);
        dialog.createButton()->click();
        QCOMPARE(dialog.request().method, QStringLiteral("Logical"));
    }

    void starRocksExplainsWhy()
    {
        Capabilities caps;
        caps.noCreateReason = QStringLiteral("StarRocks backups follow the instance's backup policy.");
        CreateBackupDialog dialog(instance(QStringLiteral("alibaba-starrocks")), caps);
        auto *why = dialog.findChild<QLabel *>(QStringLiteral("unsupportedReason"));
        QVERIFY(why);
        QCOMPARE(why->text(), caps.noCreateReason);
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok));
        QVERIFY(!dialog.createButton());
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Close));
        QVERIFY(!dialog.nameEdit());
    }
};

BB_TEST_MAIN(TestCreateBackupDialog)
#include "tst_createbackupdialog.moc"
