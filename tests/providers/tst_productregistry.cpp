#include "providers/productregistry.h"
#include "support/testmain.h"

#include <QSet>
#include <QTest>

using namespace bb;

// The registry is the one list of products: what it says of a product is what the product's own
// service says, and every product it lists is complete enough for the UI and the CLI. The checks
// run over whatever the registry holds, so a product added to it is held to them at once.
class TestProductRegistry final : public QObject
{
    Q_OBJECT

private slots:
    // The first four, in the order the app shows them; more may follow.
    void listsTheProductsInOrder()
    {
        QCOMPARE(ProductRegistry::keys().mid(0, 4),
                 (QStringList {QStringLiteral("tencent-sqlserver"), QStringLiteral("tencent-redis"),
                               QStringLiteral("alibaba-rds"), QStringLiteral("alibaba-starrocks")}));
        QCOMPARE(ProductRegistry::products().size(), ProductRegistry::keys().size());
    }

    void keysAreUniqueAndNamed()
    {
        QSet<QString> seen;
        for (const ProductDescription &product : ProductRegistry::products()) {
            QVERIFY2(!product.key.isEmpty(), qPrintable(product.displayName));
            QVERIFY2(!seen.contains(product.key), qPrintable(product.key));
            seen.insert(product.key);
            QVERIFY2(!product.displayName.isEmpty(), qPrintable(product.key));
            QVERIFY2(product.displayName != product.key, qPrintable(product.key));
        }
    }

    void cloudsComeFromTheDescriptions()
    {
        QCOMPARE(ProductRegistry::cloudOf(QStringLiteral("tencent-redis")), std::optional(Cloud::Tencent));
        QCOMPARE(ProductRegistry::cloudOf(QStringLiteral("alibaba-starrocks")),
                 std::optional(Cloud::Alibaba));
        // An unknown key belongs to no cloud (it used to count as Tencent's).
        QCOMPARE(ProductRegistry::cloudOf(QStringLiteral("tencent-unknown")), std::nullopt);
        QCOMPARE(ProductRegistry::cloudOf(QString()), std::nullopt);
        QVERIFY(!ProductRegistry::isKnown(QStringLiteral("alibaba-")));
        QVERIFY(!ProductRegistry::describe(QStringLiteral("x")));
        QVERIFY(!ProductRegistry::create(QStringLiteral("x"), {}));

        const QStringList tencent = ProductRegistry::keys(Cloud::Tencent);
        const QStringList alibaba = ProductRegistry::keys(Cloud::Alibaba);
        QVERIFY(tencent.contains(QStringLiteral("tencent-sqlserver")));
        QVERIFY(!tencent.contains(QStringLiteral("alibaba-rds")));
        QVERIFY(alibaba.contains(QStringLiteral("alibaba-rds")));
        QCOMPARE(tencent.size() + alibaba.size(), ProductRegistry::keys().size());
        for (const QString &key : tencent)
            QCOMPARE(ProductRegistry::cloudOf(key), std::optional(Cloud::Tencent));
    }

    void keysWhereFollowsTheCapabilities()
    {
        const QStringList deleting = ProductRegistry::keysWhere(
            [](const ProductDescription &product) { return product.capabilities.deleteBackup; });
        QVERIFY(deleting.contains(QStringLiteral("alibaba-rds")));
        QVERIFY(deleting.contains(QStringLiteral("alibaba-starrocks")));
        QVERIFY(!deleting.contains(QStringLiteral("tencent-sqlserver")));
        QVERIFY(ProductRegistry::keysWhere([](const ProductDescription &) { return false; }).isEmpty());
    }

    // The registry's entry and the service it builds describe the same product.
    void servicesDescribeThemselves()
    {
        for (const ProductDescription &product : ProductRegistry::products()) {
            const std::unique_ptr<BackupService> service = ProductRegistry::create(product.key, {});
            QVERIFY2(service, qPrintable(product.key));
            QCOMPARE(service->product(), product.key);
            QCOMPARE(service->description(), product);
            QCOMPARE(service->capabilities(), product.capabilities);
            QCOMPARE(*ProductRegistry::describe(product.key), product);
            QVERIFY2(!service->knownRegions().isEmpty(), qPrintable(product.key));
        }
    }

    // What the UI shows instead of a dead button is there whenever the button is.
    void descriptionsAreComplete()
    {
        for (const ProductDescription &product : ProductRegistry::products()) {
            const Capabilities &can = product.capabilities;
            const char *key = qPrintable(product.key);
            QVERIFY2(can.historyDays > 0, key);
            QVERIFY2(can.sizeSlack >= 0 && can.sizeSlack < 1024 * 1024, key);
            if (!can.download)
                QVERIFY2(!can.noDownloadReason.isEmpty(), key);
            if (can.createBackup) {
                const CreateForm &form = can.create;
                QVERIFY2(!form.name || (!form.nameLabel.isEmpty() && form.nameMaxLength > 0), key);
                QVERIFY2(!form.storageDays || form.storageDaysMin <= form.storageDaysMax, key);
                QVERIFY2(!form.methods.contains(QString()), key);
            } else {
                QVERIFY2(!can.noCreateReason.isEmpty(), key);
                QVERIFY2(!can.trackCreate, key); // nothing to follow
                QVERIFY2(can.create == CreateForm {}, key);
            }
        }
    }
};

BB_TEST_GUILESS_MAIN(TestProductRegistry)
#include "tst_productregistry.moc"
