#include "models/backuploader.h"
#include "models/backuptablemodel.h"
#include "providers/productregistry.h"
#include "sandbox/sandbox.h"
#include "sandbox/tencentsqlserveremulator.h"
#include "support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace bb;

// Loads real listings from the sandbox over HTTPS into the table: one reply per instance, all
// at once, pages appended as they arrive.
class tst_BackupLoader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    std::shared_ptr<BackupService> m_service;
    QList<Instance> m_instances;

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_service = ProductRegistry::create(QStringLiteral("tencent-sqlserver"), m_sandbox->tencentConfig());
        QVERIFY(m_service);
        std::unique_ptr<ServiceReply> reply(m_service->listInstances(QStringLiteral("ap-guangzhou")));
        QSignalSpy done(reply.get(), &ServiceReply::finished);
        QVERIFY2(done.wait(10000), qPrintable(reply->error().toString()));
        m_instances = reply->instances();
        QVERIFY(m_instances.size() >= 2);
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_sandbox.reset();
    }

    void loadsEveryInstanceConcurrently()
    {
        BackupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupLoader loader(&model);
        QSignalSpy idle(&loader, &BackupLoader::idle);
        QSignalSpy loaded(&loader, &BackupLoader::instanceLoaded);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        QList<BackupLoader::Target> targets;
        for (const Instance &instance : std::as_const(m_instances))
            targets.append({m_service, instance.region, instance.id, {}});
        loader.load(targets);
        QCOMPARE(loader.pendingCount(), m_instances.size()); // all in flight at once
        QVERIFY(idle.wait(20000));
        QCOMPARE(loaded.size(), m_instances.size());
        QCOMPARE(loader.failedCount(), 0);
        QVERIFY(model.rowCount() > 0);
        int total = 0;
        for (const QList<QVariant> &args : std::as_const(loaded))
            total += args.at(2).toInt();
        QCOMPARE(model.rowCount(), total);
        QVERIFY(inserted.size() <= model.rowCount()); // pages, not rows one by one
        QSet<QString> ids;
        for (const Instance &instance : std::as_const(m_instances))
            ids.insert(instance.id);
        for (const Backup &backup : model.backups()) {
            QVERIFY(ids.contains(backup.instanceId));
            QCOMPARE(backup.product, QStringLiteral("tencent-sqlserver"));
        }
    }

    void failuresNameTheInstance()
    {
        BackupTableModel model;
        BackupLoader loader(&model);
        QSignalSpy idle(&loader, &BackupLoader::idle);
        QSignalSpy failed(&loader, &BackupLoader::instanceFailed);
        loader.add({m_service, QStringLiteral("ap-guangzhou"), QStringLiteral("mssql-doesnotexist"), {}});
        loader.add({m_service, m_instances.first().region, m_instances.first().id, {}});
        QVERIFY(idle.wait(20000));
        QCOMPARE(failed.size(), 1);
        const ProviderError error = failed.first().first().value<ProviderError>();
        QVERIFY2(error.toString().contains(QLatin1String("mssql-doesnotexist")),
                 qPrintable(error.toString()));
        QCOMPARE(loader.errors().size(), 1);
        QVERIFY(model.rowCount() > 0);
    }

    void resetAbortsAndClears()
    {
        BackupTableModel model;
        BackupLoader loader(&model);
        QSignalSpy idle(&loader, &BackupLoader::idle);
        for (const Instance &instance : std::as_const(m_instances))
            loader.add({m_service, instance.region, instance.id, {}});
        loader.reset();
        QCOMPARE(loader.pendingCount(), 0);
        QCOMPARE(model.rowCount(), 0);
        QTest::qWait(300);
        QCOMPARE(model.rowCount(), 0); // nothing from the aborted replies arrives
    }

    void pagesArrivingTogetherAreOneInsert()
    {
        // 31 pages (data and log listings of 3,000 backups) that arrive within a few hundred
        // milliseconds: one insert per page made the proxy and the view redo their work for each.
        const QString id
            = m_sandbox->sandbox().sqlServer().addBulkInstance(QStringLiteral("ap-guangzhou"), 3000);
        BackupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupLoader loader(&model);
        QSignalSpy idle(&loader, &BackupLoader::idle);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        loader.add({m_service, QStringLiteral("ap-guangzhou"), id, {}});
        QVERIFY(idle.wait(30000));
        QCOMPARE(loader.failedCount(), 0);
        QCOMPARE(model.rowCount(), 3000); // every row is in when idle() says so
        QVERIFY(inserted.size() >= 1);
        QVERIFY2(inserted.size() <= 15, qPrintable(QString::number(inserted.size())));
    }
};

QTEST_GUILESS_MAIN(tst_BackupLoader)
#include "tst_backuploader.moc"
