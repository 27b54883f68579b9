#include "downloadtestsupport.h"
#include "providers/productregistry.h"
#include "support/sandboxfixture.h"
#include "transfers/downloadtask.h"
#include "transfers/urlresolver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// ServiceUrlResolver end to end: a backup listed by the sandbox's ApsaraDB RDS emulator, its URL
// resolved through BackupService::resolveDownload(), downloaded and checked against the RDS
// Checksum; when every signed URL is revoked mid-file, the service is asked again.
class TestServiceUrlResolver : public QObject
{
    Q_OBJECT

private slots:
    void pickMatchesNameAndDatabase();
    void downloadsAListedBackupAndReResolves();
};

void TestServiceUrlResolver::pickMatchesNameAndDatabase()
{
    bb::DownloadIdentity id;
    id.fileName = u"db2.bak"_s;
    id.database = u"db2"_s;
    const QList<bb::BackupFile> files = {
        {u"db1.bak"_s, 1, u"db1"_s, QUrl(u"https://h/int1"_s), QUrl(u"https://h/ext1"_s), {}, {}},
        {u"db2.bak"_s,
         2,
         u"db2"_s,
         QUrl(u"https://h/int2"_s),
         QUrl(u"https://h/ext2"_s),
         {u"crc64-xz"_s, u"7"_s},
         {}},
    };
    bb::ProviderError error;
    const bb::ResolvedSource source = bb::ServiceUrlResolver::pick(id, bb::Backup(), files, &error);
    QVERIFY(!error.isError());
    QCOMPARE(source.externalUrl, QUrl(u"https://h/ext2"_s));
    QCOMPARE(source.size, 2);
    QCOMPARE(source.checksum.value, u"7"_s);

    id.fileName = u"gone.bak"_s;
    id.database = u"gone"_s;
    bb::ServiceUrlResolver::pick(id, bb::Backup(), files, &error);
    QVERIFY(error.isError());
    QVERIFY(error.message.contains(u"gone.bak"_s));

    bb::Backup whole; // a backup that is one file carries its URLs itself
    whole.externalUrl = QUrl(u"https://h/whole"_s);
    error = {};
    QCOMPARE(bb::ServiceUrlResolver::pick(id, whole, {}, &error).externalUrl, whole.externalUrl);
    QVERIFY(!error.isError());
}

void TestServiceUrlResolver::downloadsAListedBackupAndReResolves()
{
    bb::test::SandboxFixture fixture;
    QString error;
    QVERIFY2(fixture.start(&error), qPrintable(error));
    auto service = bb::ProductRegistry::create(u"alibaba-rds"_s, fixture.alibabaConfig(true));
    QVERIFY(service);

    std::unique_ptr<bb::ServiceReply> instances(service->listInstances(u"ap-southeast-1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(instances->isFinished(), 10000);
    QVERIFY2(!instances->hasFailed(), qPrintable(instances->error().toString()));
    bb::Instance mysql;
    for (const bb::Instance &in : instances->instances()) {
        if (in.engine.startsWith(u"MySQL"_s) && mysql.id.isEmpty())
            mysql = in;
    }
    QVERIFY(!mysql.id.isEmpty());
    bb::BackupQuery query;
    query.since = QDateTime::currentDateTimeUtc().addDays(-31);
    query.until = QDateTime::currentDateTimeUtc();
    query.statusRaw = u"Success"_s;
    std::unique_ptr<bb::ServiceReply> listing(service->listBackups(mysql.region, mysql.id, query));
    QTRY_VERIFY_WITH_TIMEOUT(listing->isFinished(), 10000);
    QVERIFY2(!listing->hasFailed(), qPrintable(listing->error().toString()));
    bb::Backup chosen;
    for (const bb::Backup &b : listing->backups()) {
        if (b.sizeBytes > 512 * 1024 && b.sizeBytes < 8 * 1024 * 1024 && !b.checksum.isEmpty()
            && (chosen.id.isEmpty() || b.sizeBytes < chosen.sizeBytes))
            chosen = b;
    }
    QVERIFY2(!chosen.id.isEmpty(), "no RDS backup between 512 KiB and 8 MiB with a checksum");

    const QList<bb::DownloadIdentity> identities = bb::DownloadIdentity::forBackup(chosen, u"sandbox"_s);
    QCOMPARE(identities.size(), 1);
    int lookups = 0;
    bb::ServiceUrlResolver resolver([&](const bb::DownloadIdentity &identity) -> bb::BackupService * {
        ++lookups;
        return identity.product == service->product() ? service.get() : nullptr;
    });
    QTemporaryDir dir;
    bb::DownloadOptions options;
    options.folder = dir.path();
    options.backoffBaseMs = 20;
    bb::DownloadTask task(&fixture.network(), &resolver, identities.first(), options);
    task.setSslConfiguration(fixture.sandbox().clientSslConfiguration());

    bb::sandbox::FileFaultPlan plan;
    plan.bytesPerSecond = 1024 * 1024; // the first progress report comes before the drop
    plan.dropNext = 1;
    plan.dropAfterBytes = 256 * 1024;
    fixture.sandbox().fileHost().faults().set(plan);
    bool expired = false;
    connect(&task, &bb::DownloadTask::progressChanged, this, [&](const bb::DownloadProgress &progress) {
        if (!expired && progress.received > 0) {
            expired = true;
            fixture.sandbox().fileHost().faults().expireAllNow();
        }
    });
    task.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        task.state() == bb::DownloadState::Done || task.state() == bb::DownloadState::Failed, 20000);
    QVERIFY2(task.state() == bb::DownloadState::Done, qPrintable(task.errorString()));
    QVERIFY(expired);
    QCOMPARE(lookups, 2); // the first URL, and a fresh one after the revocation
    const auto digest = bb::test::digestOf(task.targetPath());
    QCOMPARE(digest.size, chosen.sizeBytes);
    QCOMPARE(QString::number(digest.crc), chosen.checksum.value);
}

QTEST_GUILESS_MAIN(TestServiceUrlResolver)
#include "tst_serviceurlresolver.moc"
