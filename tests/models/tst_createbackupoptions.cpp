#include "models/createbackupoptions.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;

class TestCreateBackupOptions final : public QObject
{
    Q_OBJECT

private slots:
    void unsupportedProductExplains()
    {
        Capabilities caps;
        caps.noCreateReason = QStringLiteral("Backups follow the policy");
        const auto o = CreateBackupOptions::forProduct(caps);
        QVERIFY(!o.supported);
        QCOMPARE(o.unsupportedReason, caps.noCreateReason);
        CreateBackupRequest r;
        QString error;
        QVERIFY(!o.makeRequest(QStringLiteral("cn-hangzhou"), QStringLiteral("c-1"), {}, {}, {}, 0, false, &r,
                               &error));
        QCOMPARE(error, caps.noCreateReason);

        caps.noCreateReason.clear();
        QVERIFY(!CreateBackupOptions::forProduct(caps).unsupportedReason.isEmpty());
    }

    // A form like SQL Server's: databases, a name of at most 60 characters.
    void databasesAndName()
    {
        Capabilities caps;
        caps.createBackup = true;
        caps.perDatabaseCreate = true;
        caps.create.name = true;
        caps.create.nameLabel = "Backup name";
        caps.create.nameMaxLength = 60;
        const auto o = CreateBackupOptions::forProduct(caps);
        QCOMPARE(o.nameLabel, QStringLiteral("Backup name"));
        QVERIFY(o.supported);
        QVERIFY(o.databases);
        QVERIFY(o.name);
        QVERIFY(!o.storageDays);
        QVERIFY(o.methods.isEmpty());
        CreateBackupRequest r;
        QVERIFY(o.makeRequest(QStringLiteral("ap-guangzhou"), QStringLiteral("mssql-1"),
                              QStringLiteral("db1, db2\ndb1"), QStringLiteral("  before migration "), {}, 0,
                              false, &r, nullptr));
        QCOMPARE(r.instanceId, QStringLiteral("mssql-1"));
        QCOMPARE(r.region, QStringLiteral("ap-guangzhou"));
        QCOMPARE(r.databases, (QStringList {QStringLiteral("db1"), QStringLiteral("db2")}));
        QCOMPARE(r.name, QStringLiteral("before migration"));
        QString error;
        QVERIFY(!o.makeRequest(QStringLiteral("r"), QStringLiteral("i"), {}, QString(61, QLatin1Char('x')),
                               {}, 0, false, &r, &error));
        QVERIFY(error.contains(QLatin1String("60")));
    }

    void keepUntilInstanceRemoved()
    {
        Capabilities caps;
        caps.createBackup = true;
        caps.create.keepUntilRemoved = true;
        const auto o = CreateBackupOptions::forProduct(caps);
        QVERIFY(o.keepUntilRemoved);
        CreateBackupRequest r;
        QVERIFY(o.makeRequest(QStringLiteral("ap-guangzhou"), QStringLiteral("mssql-1"), {}, {}, {}, 0, true,
                              &r, nullptr));
        QVERIFY(r.keepUntilInstanceRemoved);
        QVERIFY(o.makeRequest(QStringLiteral("ap-guangzhou"), QStringLiteral("mssql-1"), {}, {}, {}, 0, false,
                              &r, nullptr));
        QVERIFY(!r.keepUntilInstanceRemoved);
    }

    // A form without the switch refuses a request that asks for it, rather than ignoring it.
    void formsWithoutKeepRefuseIt()
    {
        Capabilities caps;
        caps.createBackup = true;
        caps.create.storageDays = true;
        caps.create.storageDaysMax = 10;
        const auto o = CreateBackupOptions::forProduct(caps);
        QVERIFY(!o.keepUntilRemoved);
        CreateBackupRequest r;
        QString error;
        QVERIFY(!o.makeRequest(QStringLiteral("r"), QStringLiteral("i-1"), {}, {}, {}, 0, true, &r, &error));
        QVERIFY(!error.isEmpty());
    }

    // A form like Redis': a remark and 0-1825 days to keep the backup.
    void storageDays()
    {
        Capabilities caps;
        caps.createBackup = true;
        caps.create.name = true;
        caps.create.storageDays = true;
        caps.create.storageDaysMax = 1825;
        const auto o = CreateBackupOptions::forProduct(caps);
        QVERIFY(o.storageDays);
        QVERIFY(!o.databases);
        CreateBackupRequest r;
        QVERIFY(o.makeRequest(QStringLiteral("r"), QStringLiteral("crs-1"), {}, QStringLiteral("nightly"), {},
                              7, false, &r, nullptr));
        QCOMPARE(r.storageDays, 7);
        QVERIFY(!o.makeRequest(QStringLiteral("r"), QStringLiteral("crs-1"), {}, {}, {}, 5000, false, &r,
                               nullptr));
        QVERIFY(!o.makeRequest(QStringLiteral("r"), QString(), {}, {}, {}, 1, false, &r, nullptr));
    }

    // A form like RDS': a method of the product's list, no name.
    void methods()
    {
        Capabilities caps;
        caps.createBackup = true;
        caps.create.methods = {QStringLiteral("Physical"), QStringLiteral("Logical")};
        const auto o = CreateBackupOptions::forProduct(caps);
        QCOMPARE(o.methods.first(), QStringLiteral("Physical"));
        QVERIFY(!o.name);
        CreateBackupRequest r;
        QVERIFY(o.makeRequest(QStringLiteral("cn-hangzhou"), QStringLiteral("rm-1"), {}, {},
                              QStringLiteral("Logical"), 0, false, &r, nullptr));
        QCOMPARE(r.method, QStringLiteral("Logical"));
        QVERIFY(!o.makeRequest(QStringLiteral("cn-hangzhou"), QStringLiteral("rm-1"), {}, {},
                               QStringLiteral("Tape"), 0, false, &r, nullptr));
    }
};

BB_TEST_GUILESS_MAIN(TestCreateBackupOptions)
#include "tst_createbackupoptions.moc"
