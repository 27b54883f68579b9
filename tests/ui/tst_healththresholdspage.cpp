// HealthThresholdsPage: the Fleet health page of Settings shows the thresholds in hours and gives
// back what the user set, keeping what they left alone exactly as stored.

#include "providers/productregistry.h"
#include "support/testmain.h"
#include "ui/healththresholdspage.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace bb;
using namespace Qt::StringLiterals;

class tst_HealthThresholdsPage : public QObject
{
    Q_OBJECT

private slots:
    void defaultsGiveNothingBack()
    {
        HealthThresholdsPage page;
        QCOMPARE(page.globalSpin()->value(), 26); // the default, shown
        for (const QString &key : ProductRegistry::keys()) {
            QVERIFY2(page.productSpin(key), qPrintable(key));
            QCOMPARE(page.productSpin(key)->value(), 0); // "same as every instance"
        }
        QCOMPARE(page.instanceTable()->rowCount(), 0);
        QVERIFY(page.thresholds().isEmpty()); // left alone: still the default, nothing stored
        QVERIFY(!page.addButton()->isEnabled());
    }

    void showsAndEditsEveryLevel()
    {
        HealthThresholds stored;
        stored.setGlobalSeconds(2 * 86400);
        stored.setForProduct(u"tencent-redis"_s, 90 * 60); // minutes, from a hand-edited file
        stored.setForInstance(u"rm-b"_s, 12 * 3600);
        stored.setForInstance(u"rm-a"_s, 6 * 3600);
        HealthThresholdsPage page;
        page.setThresholds(stored);
        QCOMPARE(page.globalSpin()->value(), 48);
        QCOMPARE(page.productSpin(u"tencent-redis"_s)->value(), 2); // rounded up, never stricter
        QCOMPARE(page.instanceTable()->rowCount(), 2);
        QCOMPARE(page.instanceTable()->item(0, 0)->text(), u"rm-a"_s); // sorted
        QVERIFY(page.thresholds() == stored); // untouched: exactly as stored, 90 minutes too

        page.globalSpin()->setValue(30);
        page.productSpin(u"tencent-redis"_s)->setValue(0); // back to every instance's
        page.productSpin(u"alibaba-rds"_s)->setValue(8);
        // Added: a new instance, and one already listed (its row takes the new value).
        page.newInstanceEdit()->setText(u"  crs-1 "_s);
        QVERIFY(page.addButton()->isEnabled());
        page.newInstanceSpin()->setValue(4);
        page.addButton()->click();
        QVERIFY(page.newInstanceEdit()->text().isEmpty());
        page.newInstanceEdit()->setText(u"rm-a"_s);
        page.newInstanceSpin()->setValue(3);
        page.addButton()->click();
        QCOMPARE(page.instanceTable()->rowCount(), 3);
        // Removed: rm-b.
        page.instanceTable()->selectRow(1);
        QCOMPARE(page.instanceTable()->item(1, 0)->text(), u"rm-b"_s);
        QVERIFY(page.removeButton()->isEnabled());
        page.removeButton()->click();

        const HealthThresholds edited = page.thresholds();
        QCOMPARE(edited.globalSeconds(), 30 * 3600);
        QCOMPARE(edited.forProduct(u"tencent-redis"_s), -1);
        QCOMPARE(edited.forProduct(u"alibaba-rds"_s), 8 * 3600);
        QCOMPARE(edited.instances().size(), 2);
        QCOMPARE(edited.forInstance(u"rm-a"_s), 3 * 3600);
        QCOMPARE(edited.forInstance(u"crs-1"_s), 4 * 3600);
        QCOMPARE(edited.forInstance(u"rm-b"_s), -1);
    }
};

BB_TEST_MAIN(tst_HealthThresholdsPage)
#include "tst_healththresholdspage.moc"
