#include "models/backupcreationtracker.h"
#include "models/backuptablemodel.h"
#include "providers/productregistry.h"
#include "support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace bb;

// A backup created on the sandbox appears as a row at once and tracks to success in place.
class tst_BackupCreationTracker : public QObject
{
    Q_OBJECT

private slots:
    void createdRowTracksToSuccess()
    {
        sandbox::Sandbox::Options options;
        options.createDurationMs = 1200;
        test::SandboxFixture fixture(options);
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        std::shared_ptr<BackupService> service
            = ProductRegistry::create(QStringLiteral("tencent-sqlserver"), fixture.tencentConfig());
        QVERIFY(service);

        std::unique_ptr<ServiceReply> instances(service->listInstances(QStringLiteral("ap-guangzhou")));
        QSignalSpy listed(instances.get(), &ServiceReply::finished);
        QVERIFY(listed.wait(10000));
        QVERIFY(!instances->instances().isEmpty());
        const Instance instance = instances->instances().first();

        BackupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupCreationTracker tracker(&model);
        QSignalSpy succeeded(&tracker, &BackupCreationTracker::succeeded);
        QSignalSpy failed(&tracker, &BackupCreationTracker::failed);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        CreateBackupRequest request;
        request.region = instance.region;
        request.instanceId = instance.id;
        request.name = QStringLiteral("tracker-test");
        tracker.create(service, request);
        QCOMPARE(tracker.activeCount(), 1);
        QVERIFY2(succeeded.wait(20000),
                 failed.isEmpty() ? "timeout"
                                  : qPrintable(failed.first().first().value<ProviderError>().toString()));
        QCOMPARE(tracker.activeCount(), 0);
        QCOMPARE(model.rowCount(), 1); // one row, updated in place
        QCOMPARE(inserted.size(), 1);
        const Backup done = succeeded.first().first().value<Backup>();
        QCOMPARE(model.backupAt(0).id, done.id);
        QVERIFY(model.backupAt(0).status == BackupStatus::Succeeded);
    }
};

QTEST_GUILESS_MAIN(tst_BackupCreationTracker)
#include "tst_backupcreationtracker.moc"
