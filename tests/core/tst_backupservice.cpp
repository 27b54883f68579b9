#include "providers/core/backupservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace bb;

namespace {

// The least a product must implement; everything else falls back to "unsupported".
class MinimalService final : public BackupService
{
public:
    QString product() const override { return QStringLiteral("test-product"); }
    Capabilities capabilities() const override { return {}; }
    QStringList knownRegions() const override { return {QStringLiteral("r1")}; }
    ServiceReply *listInstances(const QString &) override { return nullptr; }
    ServiceReply *listBackups(const QString &, const QString &, const BackupQuery &) override
    {
        return nullptr;
    }
};

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
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
