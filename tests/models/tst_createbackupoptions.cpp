#include "models/createbackupoptions.h"

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
        const auto o = CreateBackupOptions::forProduct(QStringLiteral("alibaba-starrocks"), caps);
        QVERIFY(!o.supported);
        QCOMPARE(o.unsupportedReason, caps.noCreateReason);
        CreateBackupRequest r;
        QString error;
        QVERIFY(
            !o.makeRequest(QStringLiteral("cn-hangzhou"), QStringLiteral("c-1"), {}, {}, {}, 0, &r, &error));
        QCOMPARE(error, caps.noCreateReason);

        caps.noCreateReason.clear();
        QVERIFY(!CreateBackupOptions::forProduct(QStringLiteral("x"), caps).unsupportedReason.isEmpty());
    }

    void sqlServerOffersDatabasesAndName()
    {
        Capabilities caps;
        caps.createBackup = true;
        caps.perDatabaseCreate = true;
        const auto o = CreateBackupOptions::forProduct(QStringLiteral("tencent-sqlserver"), caps);
        QVERIFY(o.supported);
        QVERIFY(o.databases);
        QVERIFY(o.name);
        QVERIFY(!o.storageDays);
        QVERIFY(o.methods.isEmpty());
        CreateBackupRequest r;
        QVERIFY(o.makeRequest(QStringLiteral("ap-guangzhou"), QStringLiteral("mssql-1"),
                              QStringLiteral("db1, db2\ndb1"), QStringLiteral("  before migration "), {}, 0,
                              &r, nullptr));
        QCOMPARE(r.instanceId, QStringLiteral("mssql-1"));
        QCOMPARE(r.region, QStringLiteral("ap-guangzhou"));
        QCOMPARE(r.databases, (QStringList {QStringLiteral("db1"), QStringLiteral("db2")}));
        QCOMPARE(r.name, QStringLiteral("before migration"));
        QString error;
        QVERIFY(!o.makeRequest(QStringLiteral("r"), QStringLiteral("i"), {}, QString(61, QLatin1Char('x')),
                               {}, 0, &r, &error));
        QVERIFY(error.contains(QLatin1String("60")));
    }

    void redisOffersStorageDays()
    {
        Capabilities caps;
        caps.createBackup = true;
        const auto o = CreateBackupOptions::forProduct(QStringLiteral("tencent-redis"), caps);
        QVERIFY(o.storageDays);
        QVERIFY(!o.databases);
        CreateBackupRequest r;
        QVERIFY(o.makeRequest(QStringLiteral("r"), QStringLiteral("crs-1"), {}, QStringLiteral("nightly"), {},
                              7, &r, nullptr));
        QCOMPARE(r.storageDays, 7);
        QVERIFY(!o.makeRequest(QStringLiteral("r"), QStringLiteral("crs-1"), {}, {}, {}, 5000, &r, nullptr));
        QVERIFY(!o.makeRequest(QStringLiteral("r"), QString(), {}, {}, {}, 1, &r, nullptr));
    }

    void rdsOffersMethods()
    {
        Capabilities caps;
        caps.createBackup = true;
        const auto o = CreateBackupOptions::forProduct(QStringLiteral("alibaba-rds"), caps);
        QCOMPARE(o.methods.first(), QStringLiteral("Physical"));
        QVERIFY(!o.name);
        CreateBackupRequest r;
        QVERIFY(o.makeRequest(QStringLiteral("cn-hangzhou"), QStringLiteral("rm-1"), {}, {},
                              QStringLiteral("Logical"), 0, &r, nullptr));
        QCOMPARE(r.method, QStringLiteral("Logical"));
        QVERIFY(!o.makeRequest(QStringLiteral("cn-hangzhou"), QStringLiteral("rm-1"), {}, {},
                               QStringLiteral("Tape"), 0, &r, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestCreateBackupOptions)
#include "tst_createbackupoptions.moc"
