#include "models/backupactions.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;

class TestBackupActions final : public QObject
{
    Q_OBJECT

private slots:
    void downloadNeedsSelectionAndCapability()
    {
        Capabilities caps;
        caps.download = true;
        Backup backup;
        backup.status = BackupStatus::Succeeded;

        QVERIFY(!BackupActions::download(caps, nullptr).enabled);
        QVERIFY(!BackupActions::download(caps, nullptr).reason.isEmpty());
        QVERIFY(!BackupActions::download(std::nullopt, &backup).enabled);
        QVERIFY(BackupActions::download(caps, &backup).enabled);
        QVERIFY(BackupActions::download(caps, &backup).reason.isEmpty());

        caps.download = false;
        caps.noDownloadReason = QStringLiteral("StarRocks backups stay in the cloud");
        const ActionState state = BackupActions::download(caps, &backup);
        QVERIFY(!state.enabled);
        QCOMPARE(state.reason, caps.noDownloadReason);
    }

    void downloadFollowsTheBackup()
    {
        Capabilities caps;
        caps.download = true;
        Backup backup;
        backup.status = BackupStatus::Failed;
        QVERIFY(!BackupActions::download(caps, &backup).enabled);
        backup.status = BackupStatus::Running;
        QVERIFY(!BackupActions::download(caps, &backup).enabled);
        backup.status = BackupStatus::Succeeded;
        backup.notDownloadableReason = QStringLiteral("archived");
        QCOMPARE(BackupActions::download(caps, &backup).reason, QStringLiteral("archived"));
    }

    void removeNeedsTheCapability()
    {
        Capabilities caps;
        Backup backup;
        backup.status = BackupStatus::Succeeded;
        QVERIFY(!BackupActions::remove(caps, &backup).enabled);
        caps.deleteBackup = true;
        QVERIFY(BackupActions::remove(caps, &backup).enabled);
        backup.status = BackupStatus::Creating;
        QVERIFY(!BackupActions::remove(caps, &backup).enabled);
    }

    void removeFollowsTheRecordsOwnRefusal()
    {
        Capabilities caps;
        caps.deleteBackup = true;
        Backup backup;
        backup.status = BackupStatus::Succeeded;
        backup.notDeletableReason = QStringLiteral("StoreStatus is Disabled");
        QCOMPARE(BackupActions::remove(caps, &backup).reason, QStringLiteral("StoreStatus is Disabled"));
        QVERIFY(!BackupActions::remove(caps, &backup).enabled);
        backup.notDeletableReason.clear();
        backup.status = BackupStatus::Deleted;
        QVERIFY(!BackupActions::remove(caps, &backup).enabled);
    }

    void editNeedsTheCapability()
    {
        Capabilities caps;
        Backup backup;
        backup.status = BackupStatus::Succeeded;
        QVERIFY(!BackupActions::edit(caps, &backup).enabled);
        QVERIFY(!BackupActions::edit(caps, nullptr).enabled);
        QVERIFY(!BackupActions::edit(std::nullopt, &backup).enabled);
        caps.editDescription = true;
        QVERIFY(BackupActions::edit(caps, &backup).enabled);
        backup.status = BackupStatus::Deleted;
        QVERIFY(!BackupActions::edit(caps, &backup).enabled);
    }

    void createExplainsWhy()
    {
        Capabilities caps;
        caps.noCreateReason = QStringLiteral("policies only");
        QVERIFY(!BackupActions::create(caps, false).enabled);
        QCOMPARE(BackupActions::create(caps, true).reason, QStringLiteral("policies only"));
        caps.createBackup = true;
        QVERIFY(BackupActions::create(caps, true).enabled);
        QVERIFY(!BackupActions::create(std::nullopt, true).enabled);
    }
};

BB_TEST_GUILESS_MAIN(TestBackupActions)
#include "tst_backupactions.moc"
