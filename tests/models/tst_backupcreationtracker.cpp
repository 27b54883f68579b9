#include "models/backupcreationtracker.h"
#include "models/backuptablemodel.h"
#include "providers/productregistry.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace bb;

// A backup created on the sandbox appears as a row at once and tracks to success in place.
class tst_BackupCreationTracker : public QObject
{
    Q_OBJECT

private:
    static sandbox::Sandbox::Options options(int createDurationMs)
    {
        sandbox::Sandbox::Options options;
        options.createDurationMs = createDurationMs;
        return options;
    }

    // Starts the sandbox and opens SQL Server on it; its first instance in ap-guangzhou.
    static bool openFirstSqlServer(test::SandboxFixture &fixture, std::shared_ptr<BackupService> *service,
                                   Instance *instance)
    {
        QString error;
        if (!fixture.start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        *service = ProductRegistry::create(QStringLiteral("tencent-sqlserver"), fixture.tencentConfig());
        if (!*service)
            return false;
        std::unique_ptr<ServiceReply> instances((*service)->listInstances(QStringLiteral("ap-guangzhou")));
        QSignalSpy listed(instances.get(), &ServiceReply::finished);
        if (!listed.wait(10000) || instances->instances().isEmpty())
            return false;
        *instance = instances->instances().first();
        return true;
    }

private slots:
    void createdRowTracksToSuccess()
    {
        test::SandboxFixture fixture(options(1200));
        std::shared_ptr<BackupService> service;
        Instance instance;
        QVERIFY(openFirstSqlServer(fixture, &service, &instance));

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

    // The user selected another instance while the backup was being made: it finishes, is
    // reported, and its row stays out of the other instance's table.
    void aCreationOutsideTheScopeAddsNoRow()
    {
        test::SandboxFixture fixture(options(600));
        std::shared_ptr<BackupService> service;
        Instance instance;
        QVERIFY(openFirstSqlServer(fixture, &service, &instance));

        BackupTableModel model;
        BackupCreationTracker tracker(&model);
        QStringList asked;
        tracker.setScope([&](const Backup &backup) {
            asked.append(backup.instanceId);
            return backup.instanceId == QLatin1String("another-instance");
        });
        QSignalSpy succeeded(&tracker, &BackupCreationTracker::succeeded);
        QSignalSpy failed(&tracker, &BackupCreationTracker::failed);
        CreateBackupRequest request;
        request.region = instance.region;
        request.instanceId = instance.id;
        request.name = QStringLiteral("out-of-scope");
        tracker.create(service, request);
        QVERIFY2(succeeded.wait(20000),
                 failed.isEmpty() ? "timeout"
                                  : qPrintable(failed.first().first().value<ProviderError>().toString()));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(asked.contains(instance.id)); // the scope was asked, and said no
    }
};

BB_TEST_GUILESS_MAIN(tst_BackupCreationTracker)
#include "tst_backupcreationtracker.moc"
