#include "ui/createbackupdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace bb;

class TestCreateBackupDialog final : public QObject
{
    Q_OBJECT

private:
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
        Capabilities caps;
        caps.createBackup = true;
        caps.perDatabaseCreate = true;
        CreateBackupDialog dialog(instance(QStringLiteral("tencent-sqlserver")), caps);
        QVERIFY(dialog.databasesEdit());
        QVERIFY(dialog.nameEdit());
        QVERIFY(!dialog.methodCombo());
        QVERIFY(!dialog.daysSpin());
        dialog.databasesEdit()->setPlainText(QStringLiteral("sales, hr"));
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("pre-migration"));
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.request().instanceId, QStringLiteral("inst-1"));
        QCOMPARE(dialog.request().region, QStringLiteral("ap-guangzhou"));
        QCOMPARE(dialog.request().databases, (QStringList {QStringLiteral("sales"), QStringLiteral("hr")}));
        QCOMPARE(dialog.request().name, QStringLiteral("pre-migration"));
    }

    void redisRejectsTooLongNameInline()
    {
        Capabilities caps;
        caps.createBackup = true;
        CreateBackupDialog dialog(instance(QStringLiteral("tencent-redis")), caps);
        QVERIFY(dialog.daysSpin());
        QVERIFY(!dialog.databasesEdit());
        dialog.nameEdit()->setText(QString(201, QLatin1Char('x')));
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(!dialog.errorText().isEmpty());
        dialog.nameEdit()->setText(QStringLiteral("ok"));
        dialog.daysSpin()->setValue(7);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.request().storageDays, 7);
    }

    void rdsOffersMethods()
    {
        Capabilities caps;
        caps.createBackup = true;
        CreateBackupDialog dialog(instance(QStringLiteral("alibaba-rds")), caps);
        QVERIFY(dialog.methodCombo());
        QCOMPARE(dialog.methodCombo()->count(), 3);
        dialog.methodCombo()->setCurrentIndex(1);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
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
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Close));
        QVERIFY(!dialog.nameEdit());
    }
};

QTEST_MAIN(TestCreateBackupDialog)
#include "tst_createbackupdialog.moc"
