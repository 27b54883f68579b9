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
        QVERIFY(!o.makeRequest(QStringLiteral("cn-hangzhou"), QStringLiteral("c-1"), {}, {}, {}, 0, false, &r,
                               &error));
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

    void sqlServerCanKeepUntilInstanceRemoved()
    {
        Capabilities caps;
        caps.createBackup = true;
        const auto o = CreateBackupOptions::forProduct(QStringLiteral("tencent-sqlserver"), caps);
        QVERIFY(o.keepUntilRemoved);
        CreateBackupRequest r;
        QVERIFY(o.makeRequest(QStringLiteral("ap-guangzhou"), QStringLiteral("mssql-1"), {}, {}, {}, 0, true,
                              &r, nullptr));
        QVERIFY(r.keepUntilInstanceRemoved);
        QVERIFY(o.makeRequest(QStringLiteral("ap-guangzhou"), QStringLiteral("mssql-1"), {}, {}, {}, 0, false,
                              &r, nullptr));
        QVERIFY(!r.keepUntilInstanceRemoved);
    }

    void otherProductsCannotKeepUntilInstanceRemoved()
    {
        Capabilities caps;
        caps.createBackup = true;
        for (const char *product : {"tencent-redis", "alibaba-rds", "alibaba-starrocks"}) {
            const auto o = CreateBackupOptions::forProduct(QLatin1String(product), caps);
            QVERIFY2(!o.keepUntilRemoved, product);
            CreateBackupRequest r;
            QString error;
            QVERIFY2(
                !o.makeRequest(QStringLiteral("r"), QStringLiteral("i-1"), {}, {}, {}, 0, true, &r, &error),
                product);
            QVERIFY(!error.isEmpty());
        }
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
                              7, false, &r, nullptr));
        QCOMPARE(r.storageDays, 7);
        QVERIFY(!o.makeRequest(QStringLiteral("r"), QStringLiteral("crs-1"), {}, {}, {}, 5000, false, &r,
                               nullptr));
        QVERIFY(!o.makeRequest(QStringLiteral("r"), QString(), {}, {}, {}, 1, false, &r, nullptr));
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
                              QStringLiteral("Logical"), 0, false, &r, nullptr));
        QCOMPARE(r.method, QStringLiteral("Logical"));
        QVERIFY(!o.makeRequest(QStringLiteral("cn-hangzhou"), QStringLiteral("rm-1"), {}, {},
                               QStringLiteral("Tape"), 0, false, &r, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestCreateBackupOptions)
#include "tst_createbackupoptions.moc"
