#include "providers/core/apiclient.h"
#include "support/testmain.h"
#include "ui/backupdetailpane.h"
#include "ui/urlfield.h"

#include <QApplication>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace bb;

class TestBackupDetailPane final : public QObject
{
    Q_OBJECT

private:
    static Backup sample()
    {
        Backup b;
        b.id = QStringLiteral("3060346");
        b.product = QStringLiteral("tencent-sqlserver");
        b.instanceId = QStringLiteral("mssql-1a2b3c4d");
        b.region = QStringLiteral("ap-guangzhou");
        b.name = QStringLiteral("nightly");
        b.status = BackupStatus::Failed;
        b.statusRaw = QStringLiteral("2");
        b.kind = BackupKind::Full;
        b.start = QDateTime(QDate(2026, 11, 22), QTime(18, 10, 0), QTimeZone::utc());
        b.end = b.start.addSecs(125);
        b.sizeBytes = 1610612736; // 1.5 GiB
        b.databases = {QStringLiteral("sales"), QStringLiteral("hr")};
        b.externalUrl = QUrl(QStringLiteral("https://cos.example.com/b.bak?sign=SECRET123"));
        BackupFile file;
        file.name = QStringLiteral("sales.bak");
        file.database = QStringLiteral("sales");
        file.sizeBytes = 1024;
        file.externalUrl = QUrl(QStringLiteral("https://cos.example.com/sales.bak?sign=SECRET456"));
        file.extra = {{QStringLiteral("SubTaskState"), QStringLiteral("FINISHED")}};
        b.files = {file};
        b.extra = {{QStringLiteral("BackupWay"), QStringLiteral("1")},
                   {QStringLiteral("GroupId"), QStringLiteral("g-1")}};
        return b;
    }

private slots:
    void showsPlaceholderUntilABackupIsSet()
    {
        BackupDetailPane pane;
        QVERIFY(pane.isEmpty());
        QVERIFY(pane.fieldText(QStringLiteral("Size")).isEmpty());
    }

    void showsEveryField()
    {
        BackupDetailPane pane;
        pane.setBackup(sample());
        QCOMPARE(pane.fieldText(QStringLiteral("Backup ID")), QStringLiteral("3060346"));
        QCOMPARE(pane.fieldText(QStringLiteral("Databases")), QStringLiteral("sales, hr"));
        // The product by its name; the internal key only on hover.
        QCOMPARE(pane.fieldText(QStringLiteral("Product")), QStringLiteral("Tencent Cloud SQL Server"));
        QCOMPARE(pane.fieldToolTip(QStringLiteral("Product")), QStringLiteral("tencent-sqlserver"));
        QVERIFY2(pane.fieldText(QStringLiteral("Size")).contains(QLatin1String("1.5")),
                 qPrintable(pane.fieldText(QStringLiteral("Size"))));
        QVERIFY(pane.fieldToolTip(QStringLiteral("Size"))
                    .remove(QLatin1Char(','))
                    .contains(QLatin1String("1610612736")));
        // Local time shown, UTC on hover.
        QCOMPARE(pane.fieldText(QStringLiteral("Start")),
                 pane.backup().start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QVERIFY(pane.fieldToolTip(QStringLiteral("Start")).contains(QLatin1String("UTC")));
        QVERIFY(pane.fieldToolTip(QStringLiteral("Start")).contains(QLatin1String("18:10:00")));
        QVERIFY(!pane.fieldText(QStringLiteral("Duration")).isEmpty());
        QVERIFY(pane.fieldText(QStringLiteral("Internal URL")).contains(QStringLiteral("—")));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("statusBadge"))->text(),
                 pane.fieldText(QStringLiteral("Status")));
    }

    void masksUrlsUntilRevealed()
    {
        BackupDetailPane pane;
        pane.setBackup(sample());
        const QString shown = pane.fieldText(QStringLiteral("External URL"));
        QVERIFY(!shown.contains(QLatin1String("SECRET123")));
        QCOMPARE(shown, ApiClient::maskUrl(sample().externalUrl));
        auto *field = pane.findChild<UrlField *>();
        QVERIFY(field);
        field->revealButton()->click();
        QVERIFY(pane.fieldText(QStringLiteral("External URL")).contains(QLatin1String("SECRET123")));
        // Files are masked too.
        QVERIFY(!pane.filesTable()->item(0, 4)->text().contains(QLatin1String("SECRET456")));
    }

    void aFailedBackupSaysWhy()
    {
        BackupDetailPane pane;
        Backup failed = sample();
        failed.extra.append({QStringLiteral("ErrorMessage"), QStringLiteral("disk full on the data volume")});
        pane.setBackup(failed);
        QCOMPARE(pane.fieldText(QStringLiteral("Failure")),
                 QStringLiteral("ErrorMessage: disk full on the data volume"));
        // Without the provider's failure fields, the raw status is all there is: it says so.
        pane.setBackup(sample());
        QVERIFY2(pane.fieldText(QStringLiteral("Failure")).contains(QLatin1String("\"2\"")),
                 qPrintable(pane.fieldText(QStringLiteral("Failure"))));
        // A backup that did not fail has no such row.
        Backup fine = sample();
        fine.status = BackupStatus::Succeeded;
        pane.setBackup(fine);
        QVERIFY(pane.fieldText(QStringLiteral("Failure")).isEmpty());
    }

    void badgeIsNeverClippedAndTheTitleKeepsItsName()
    {
        // A narrow pane and a long name: the title gives way (wraps, full name on hover), the
        // status badge keeps the width its text needs.
        BackupDetailPane pane;
        pane.resize(240, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        for (BackupStatus status : {BackupStatus::Succeeded, BackupStatus::Failed, BackupStatus::Exporting}) {
            Backup b = sample();
            b.status = status;
            b.name = QStringLiteral("mssql-uxmppwhu_202612061210_a_rather_long_backup_name");
            pane.setBackup(b);
            QApplication::processEvents();
            auto *badge = pane.findChild<QLabel *>(QStringLiteral("statusBadge"));
            QVERIFY(badge);
            QVERIFY2(badge->width() >= badge->sizeHint().width(),
                     qPrintable(QStringLiteral("%1: %2 < %3")
                                    .arg(badge->text())
                                    .arg(badge->width())
                                    .arg(badge->sizeHint().width())));
            const auto *title = pane.findChild<QLabel *>(QStringLiteral("backupTitle"));
            QVERIFY(title);
            QCOMPARE(title->toolTip(), b.name);
        }
    }

    void nestsFilesAndProviderFields()
    {
        BackupDetailPane pane;
        pane.setBackup(sample());
        QTableWidget *files = pane.filesTable();
        QCOMPARE(files->rowCount(), 1);
        QCOMPARE(files->item(0, 0)->text(), QStringLiteral("sales.bak"));
        QCOMPARE(files->horizontalHeaderItem(6)->text(), QStringLiteral("SubTaskState"));
        QCOMPARE(files->item(0, 6)->text(), QStringLiteral("FINISHED"));
        QTableWidget *extra = pane.extraTable();
        QCOMPARE(extra->rowCount(), 2);
        QCOMPARE(extra->item(1, 0)->text(), QStringLiteral("GroupId"));
        QCOMPARE(extra->item(1, 1)->text(), QStringLiteral("g-1"));

        Backup bare = sample();
        bare.files.clear();
        bare.extra.clear();
        pane.setBackup(bare);
        QCOMPARE(pane.extraTable()->rowCount(), 0);
        pane.clear();
        QVERIFY(pane.isEmpty());
    }
};

BB_TEST_MAIN(TestBackupDetailPane)
#include "tst_backupdetailpane.moc"
