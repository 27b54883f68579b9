#include "providers/core/backupservice.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace bb;

namespace {

// The least a product must implement; everything else falls back to "unsupported".
class MinimalService final : public BackupService
{
public:
    QString product() const override { return QStringLiteral("test-product"); }
    ProductDescription description() const override { return {}; }
    QStringList knownRegions() const override { return {QStringLiteral("r1")}; }
    ServiceReply *listInstances(const QString &) override { return nullptr; }
    ServiceReply *listBackups(const QString &, const QString &, const BackupQuery &) override
    {
        return nullptr;
    }
};

// A product whose listing answers `rows` (on the next turn, like a real one) and whose detail
// call, when `withDetail`, marks the record it returns.
class ListingService final : public BackupService
{
public:
    QList<Backup> rows;
    bool withDetail = false;
    QList<BackupQuery> queries;

    QString product() const override { return QStringLiteral("listing-product"); }
    ProductDescription description() const override { return {}; }
    QStringList knownRegions() const override { return {QStringLiteral("r1")}; }
    ServiceReply *listInstances(const QString &) override { return nullptr; }
    ServiceReply *listBackups(const QString &, const QString &, const BackupQuery &query) override
    {
        queries.append(query);
        auto *reply = new ServiceReply;
        QTimer::singleShot(0, reply, [reply, rows = rows] {
            reply->addBackups(rows);
            reply->finish();
        });
        return reply;
    }
    ServiceReply *backupDetail(const Backup &backup) override
    {
        if (!withDetail)
            return BackupService::backupDetail(backup);
        auto *reply = new ServiceReply;
        Backup detailed = backup;
        detailed.name = QStringLiteral("from the detail call");
        QTimer::singleShot(0, reply, [reply, detailed] {
            reply->setBackup(detailed);
            reply->finish();
        });
        return reply;
    }
};

Backup row(const QString &id)
{
    Backup b;
    b.id = id;
    b.instanceId = QStringLiteral("i-1");
    b.name = QStringLiteral("listed");
    return b;
}

} // namespace

class TestBackupService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ProviderError>(); }

    void defaultsAreUnsupported_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("detail") << 0;
        QTest::newRow("create") << 1;
        QTest::newRow("resolve") << 2;
        QTest::newRow("describe") << 3;
        QTest::newRow("delete") << 4;
    }

    void defaultsAreUnsupported()
    {
        QFETCH(int, which);
        MinimalService service;
        ServiceReply *raw = nullptr;
        switch (which) {
        case 0:
            raw = service.backupDetail(Backup());
            break;
        case 1:
            raw = service.createBackup(CreateBackupRequest());
            break;
        case 2:
            raw = service.resolveDownload(Backup());
            break;
        case 3:
            raw = service.updateDescription(Backup(), QStringLiteral("x"));
            break;
        default:
            raw = service.deleteBackup(Backup());
            break;
        }
        std::unique_ptr<ServiceReply> reply(raw);
        QVERIFY(reply);
        QSignalSpy failed(reply.get(), &ServiceReply::failed);
        QTRY_COMPARE(failed.count(), 1);
        const ProviderError error = reply->error();
        QCOMPARE(error.kind, ProviderError::Kind::Unsupported);
        QCOMPARE(error.product, QStringLiteral("test-product"));
        QVERIFY(!error.action.isEmpty());
        QVERIFY(!error.retryable);
        QVERIFY(error.toString().contains(QStringLiteral("test-product")));
    }

    // The default findBackupById(): one listing filtered by id over the last defaultLookbackDays days,
    // then the detail call where the product has one.
    void defaultFindListsByIdThenAsksForTheDetail()
    {
        ListingService service;
        service.rows = {row(QStringLiteral("a")), row(QStringLiteral("b"))};
        service.withDetail = true;
        std::unique_ptr<ServiceReply> reply(
            service.findBackupById(QStringLiteral("r1"), QStringLiteral("i-1"), QStringLiteral("b")));
        QSignalSpy finished(reply.get(), &ServiceReply::finished);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(reply->backup().id, QStringLiteral("b"));
        QCOMPARE(reply->backup().name, QStringLiteral("from the detail call"));
        QCOMPARE(service.queries.size(), 1);
        const BackupQuery &query = service.queries.first();
        QCOMPARE(query.backupId, QStringLiteral("b"));
        QCOMPARE(query.since.daysTo(query.until), qint64(BackupService::defaultLookbackDays));
    }

    void defaultFindWithoutADetailCallKeepsTheListedRecord()
    {
        ListingService service;
        service.rows = {row(QStringLiteral("a"))};
        std::unique_ptr<ServiceReply> reply(
            service.findBackupById(QStringLiteral("r1"), QStringLiteral("i-1"), QStringLiteral("a")));
        QSignalSpy finished(reply.get(), &ServiceReply::finished);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(reply->backup().name, QStringLiteral("listed"));
    }

    void defaultFindOfAMissingIdIsBackupNotFound()
    {
        ListingService service;
        service.rows = {row(QStringLiteral("a"))};
        std::unique_ptr<ServiceReply> reply(
            service.findBackupById(QStringLiteral("r1"), QStringLiteral("i-1"), QStringLiteral("zz")));
        QSignalSpy failed(reply.get(), &ServiceReply::failed);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(reply->error().code, QStringLiteral("BackupNotFound"));
        QCOMPARE(reply->error().instanceId, QStringLiteral("i-1"));
        QVERIFY(reply->error().message.contains(QLatin1String("zz")));
    }

    void neutralFiltersMatchRecords()
    {
        BackupQuery query;
        Backup b = row(QStringLiteral("a"));
        b.status = BackupStatus::Succeeded;
        b.kind = BackupKind::Full;
        b.trigger = BackupTrigger::Manual;
        QVERIFY(query.matches(b));
        query.kind = BackupKind::Full;
        query.trigger = BackupTrigger::Manual;
        query.status = BackupStatus::Succeeded;
        QVERIFY(query.matches(b));
        query.trigger = BackupTrigger::Automatic;
        QVERIFY(!query.matches(b));
        query.trigger.reset();
        query.kind = BackupKind::Incremental;
        QVERIFY(!query.matches(b));
        query.kind.reset();
        query.status = BackupStatus::Failed;
        QVERIFY(!query.matches(b));
    }
};

BB_TEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
