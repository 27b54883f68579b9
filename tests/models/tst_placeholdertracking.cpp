// BackupCreationTracker with services whose create record changes id on the way (RDS shows
// "job-<BackupJobId>" until the backup is listed): the row appears at once, tracks live and ends
// as the listed backup in the same row, never as a leftover placeholder next to it. Against the
// sandbox's RDS emulator over a real socket, and with a hand-driven reply.
#include "models/backupcreationtracker.h"
#include "models/backuptablemodel.h"
#include "providers/alibaba/rdsservice.h"
#include "providers/core/servicereply.h"
#include "sandbox/alibabardsemulator.h"
#include "support/replywait.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace bb;

class tst_PlaceholderTracking : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::shared_ptr<AlibabaRdsService> m_service;

    Instance runningMySql(const QString &region)
    {
        std::unique_ptr<ServiceReply> reply(m_service->listInstances(region));
        if (!test::waitForReply(reply.get()) || reply->hasFailed())
            return {};
        for (const Instance &in : reply->instances()) {
            if (in.engine.startsWith(QLatin1String("MySQL")) && in.status == InstanceStatus::Running)
                return in;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        sandbox::Sandbox::Options options;
        options.createDurationMs = 800; // long enough for polls to see the job mid-way
        m_fixture = std::make_unique<test::SandboxFixture>(options);
        QString error;
        QVERIFY2(m_fixture->start(&error), qPrintable(error));
        m_service = std::make_shared<AlibabaRdsService>(m_fixture->alibabaConfig());
        m_service->setPollInterval(20, 60);
    }

    void rdsRowTracksLiveAndEndsInPlace()
    {
        const Instance in = runningMySql(QStringLiteral("cn-hangzhou"));
        QVERIFY(!in.id.isEmpty());
        BackupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupCreationTracker tracker(&model);
        QSignalSpy succeeded(&tracker, &BackupCreationTracker::succeeded);
        QSignalSpy failed(&tracker, &BackupCreationTracker::failed);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        CreateBackupRequest request;
        request.region = in.region;
        request.instanceId = in.id;
        tracker.create(m_service, request);
        // The row is there while the job runs, keyed by the job, with its progress.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        const Backup placeholder = model.backupAt(0);
        QVERIFY2(placeholder.id.startsWith(QLatin1String("job-")), qPrintable(placeholder.id));
        QVERIFY(placeholder.status == BackupStatus::Creating || placeholder.status == BackupStatus::Running);
        QVERIFY(!placeholder.extraValue(QStringLiteral("Progress")).isEmpty());
        QVERIFY(succeeded.isEmpty());

        QVERIFY2(succeeded.wait(20000),
                 failed.isEmpty() ? "timeout"
                                  : qPrintable(failed.first().first().value<ProviderError>().toString()));
        const Backup done = succeeded.first().first().value<Backup>();
        QVERIFY(!done.id.startsWith(QLatin1String("job-")));
        QCOMPARE(model.rowCount(), 1); // one row, replaced in place
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(model.backupAt(0).id, done.id);
        QVERIFY(model.backupAt(0).status == BackupStatus::Succeeded);
        QCOMPARE(model.rowOf(placeholder.product, placeholder.instanceId, placeholder.id), -1);
    }

    void rdsFailedJobLeavesAFailedRow()
    {
        const Instance in = runningMySql(QStringLiteral("cn-shanghai"));
        QVERIFY(!in.id.isEmpty());
        m_fixture->sandbox().alibabaRds().failNextJobs(in.id, 1);
        BackupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupCreationTracker tracker(&model);
        QSignalSpy failed(&tracker, &BackupCreationTracker::failed);
        CreateBackupRequest request;
        request.region = in.region;
        request.instanceId = in.id;
        tracker.create(m_service, request);
        QVERIFY(failed.wait(20000));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.backupAt(0).id.startsWith(QLatin1String("job-")));
        QVERIFY(model.backupAt(0).status == BackupStatus::Failed);
        QCOMPARE(tracker.activeCount(), 0);
    }

    void idChangeReplacesTheRow()
    {
        // Any service: whenever the reply's record changes id, the row follows it.
        BackupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupCreationTracker tracker(&model);
        auto *reply = new ServiceReply;
        tracker.track(nullptr, reply);
        Backup b;
        b.product = QStringLiteral("tencent-sqlserver");
        b.instanceId = QStringLiteral("mssql-1");
        b.status = BackupStatus::Creating;
        reply->setBackup(b); // no id yet: no row
        QCOMPARE(model.rowCount(), 0);
        b.id = QStringLiteral("0"); // what a flow says while creating
        reply->setBackup(b);
        QCOMPARE(model.rowCount(), 1);
        b.id = QStringLiteral("3101");
        reply->setBackup(b);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.backupAt(0).id, QStringLiteral("3101"));
        QSignalSpy succeeded(&tracker, &BackupCreationTracker::succeeded);
        b.status = BackupStatus::Succeeded;
        reply->setBackup(b);
        reply->finish();
        QTRY_COMPARE(succeeded.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.backupAt(0).status == BackupStatus::Succeeded);
    }
};

BB_TEST_GUILESS_MAIN(tst_PlaceholderTracking)
#include "tst_placeholdertracking.moc"
