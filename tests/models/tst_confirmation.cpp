#include "models/confirmation.h"
#include "models/displayformat.h"
#include "support/testmain.h"

#include <QDir>
#include <QTest>

using namespace bb;

class TestConfirmation final : public QObject
{
    Q_OBJECT

private:
    static Backup starRocksBackup()
    {
        Backup b;
        b.id = QStringLiteral("bk-20261204-0001");
        b.product = QStringLiteral("alibaba-starrocks");
        b.instanceId = QStringLiteral("c-sr-prod");
        b.region = QStringLiteral("cn-hangzhou");
        b.name = QStringLiteral("nightly");
        b.status = BackupStatus::Succeeded;
        b.sizeBytes = 1610612736;
        b.start = QDateTime(QDate(2026, 12, 4), QTime(2, 0), Qt::UTC);
        return b;
    }

private slots:
    void deleteBackupNamesWhatGoes()
    {
        const Backup b = starRocksBackup();
        const QDateTime now(QDate(2026, 12, 7), QTime(3, 0), Qt::UTC);
        const Confirmation c = Confirmation::deleteBackup(b, QStringLiteral("EMR Serverless StarRocks"), now);
        QVERIFY(c.question.contains(b.id));
        QVERIFY(c.question.contains(b.instanceId));
        const QString text = c.text();
        QVERIFY(text.contains(QLatin1String("Name: nightly")));
        QVERIFY(text.contains(QLatin1String("EMR Serverless StarRocks")));
        QVERIFY(text.contains(QLatin1String("cn-hangzhou")));
        QVERIFY2(text.contains(DisplayFormat::size(b.sizeBytes)), qPrintable(text));
        QVERIFY2(text.contains(DisplayFormat::exactBytes(b.sizeBytes)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("3 days ago")), qPrintable(text));
        QVERIFY(text.contains(DisplayFormat::status(BackupStatus::Succeeded)));
        QVERIFY(c.consequence.contains(QLatin1String("cannot be undone")));
        QCOMPARE(c.acceptLabel, QStringLiteral("Delete backup"));
    }

    void deleteBackupLeavesOutWhatIsUnknown()
    {
        Backup b = starRocksBackup();
        b.name.clear();
        b.sizeBytes = -1;
        b.start = QDateTime();
        const Confirmation c = Confirmation::deleteBackup(b, QStringLiteral("RDS"), QDateTime());
        const QString text = c.text();
        QVERIFY(!text.contains(QLatin1String("Name:")));
        QVERIFY(!text.contains(QLatin1String("Size:")));
        QVERIFY(!text.contains(QLatin1String("Started:")));
        QVERIFY(text.contains(b.id));
    }

    void ageReadsInDaysOrHours()
    {
        const QDateTime now(QDate(2026, 12, 7), QTime(3, 0), Qt::UTC);
        QCOMPARE(Confirmation::age(now.addDays(-10), now), QStringLiteral("10 days"));
        QCOMPARE(Confirmation::age(now.addSecs(-3 * 3600 - 120), now),
                 DisplayFormat::duration(3 * 3600 + 120));
        QVERIFY(Confirmation::age(now.addSecs(60), now).isEmpty()); // a clock ahead of ours
        QVERIFY(Confirmation::age(QDateTime(), now).isEmpty());
    }

    void removeAccountNamesIt()
    {
        const Confirmation c
            = Confirmation::removeAccount(QStringLiteral("Production"), QStringLiteral("Alibaba Cloud"));
        QVERIFY(c.question.contains(QLatin1String("\"Production\"")));
        QVERIFY(c.question.contains(QLatin1String("Alibaba Cloud")));
        QVERIFY(c.consequence.contains(QLatin1String("keychain")));
        QCOMPARE(c.acceptLabel, QStringLiteral("Remove account"));
    }

    void removeOffsiteRuleNamesItAndKeepsTheCopies()
    {
        const Confirmation c = Confirmation::removeOffsiteRule(QStringLiteral("nightly"),
                                                               QStringLiteral("TencentDB for Redis"),
                                                               QStringLiteral("/srv/copies"), {});
        QVERIFY(c.question.contains(QLatin1String("\"nightly\"")));
        QVERIFY(c.text().contains(QLatin1String("TencentDB for Redis")));
        QVERIFY(c.text().contains(QDir::toNativeSeparators(QStringLiteral("/srv/copies"))));
        QVERIFY(c.consequence.contains(QLatin1String("NOT deleted")));
        QVERIFY(c.consequence.contains(QLatin1String("cloud")));
        QVERIFY(!c.text().contains(QLatin1String("last rule")));
        QCOMPARE(c.acceptLabel, QStringLiteral("Remove rule"));
        const Confirmation last = Confirmation::removeOffsiteRule(
            QStringLiteral("nightly"), QStringLiteral("Redis"), QStringLiteral("/srv/copies"),
            QStringLiteral("/home/u/.config/offsite.json"));
        QVERIFY(last.text().contains(QLatin1String("last rule")));
        QVERIFY(
            last.text().contains(QDir::toNativeSeparators(QStringLiteral("/home/u/.config/offsite.json"))));
    }

    void cancelDownloadNamesFileAndBytes()
    {
        const Confirmation c = Confirmation::cancelDownload(QStringLiteral("db1.bak.tar"),
                                                            512 * 1024 * 1024LL, 1024 * 1024 * 1024LL);
        QVERIFY(c.question.contains(QLatin1String("db1.bak.tar")));
        QVERIFY(c.text().contains(DisplayFormat::size(512 * 1024 * 1024LL)));
        QVERIFY(c.text().contains(DisplayFormat::size(1024 * 1024 * 1024LL)));
        const Confirmation unknownTotal = Confirmation::cancelDownload(QStringLiteral("x"), 10, -1);
        QVERIFY(unknownTotal.text().contains(DisplayFormat::size(10)));
    }

    void overwriteAndAgainAndQuit()
    {
        const Confirmation o = Confirmation::overwriteFile(QStringLiteral("/tmp/backups.csv"), 2048);
        QVERIFY(o.question.contains(QLatin1String("backups.csv")));
        QVERIFY(o.text().contains(DisplayFormat::exactBytes(2048)));
        const Confirmation a
            = Confirmation::downloadAgain(QStringLiteral("db1.bak"), QStringLiteral("/d/db1.bak"));
        QVERIFY(a.question.contains(QLatin1String("db1.bak")));
        QVERIFY(a.text().contains(QLatin1String("/d/db1.bak"))
                || a.text().contains(QLatin1String("\\d\\db1.bak")));
        const Confirmation q = Confirmation::quitWithDownloads(2, 3 * 1024 * 1024);
        QVERIFY2(q.question.contains(QLatin1String(": 2.")), qPrintable(q.question));
        QVERIFY(q.text().contains(DisplayFormat::size(3 * 1024 * 1024)));
    }
};

BB_TEST_GUILESS_MAIN(TestConfirmation)
#include "tst_confirmation.moc"
