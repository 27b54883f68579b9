// HealthThresholds: the user's expected ages of the newest full backup, and the precedence both
// `check` and the window judge by (instance over product over global over the default).

#include "models/healththresholds.h"
#include "support/testmain.h"

#include <QTest>

using namespace bb;
using namespace Qt::StringLiterals;

namespace {

Instance instance(const QString &product, const QString &id)
{
    Instance i;
    i.product = product;
    i.id = id;
    return i;
}

} // namespace

class tst_HealthThresholds : public QObject
{
    Q_OBJECT

private slots:
    void nothingSetIsTheDefault()
    {
        const HealthThresholds none;
        QVERIFY(none.isEmpty());
        const HealthExpectation e = none.fallbackFor(instance(u"alibaba-rds"_s, u"rm-1"_s));
        QCOMPARE(e.maxFullAgeSeconds, HealthExpectation().maxFullAgeSeconds);
        QVERIFY(e.source == HealthExpectation::Source::Default);
        QVERIFY(!none.overridesPolicy(u"rm-1"_s));
    }

    void mostSpecificCounts()
    {
        HealthThresholds t;
        t.setGlobalSeconds(2 * 86400);
        QVERIFY(t.setForProduct(u"alibaba-rds"_s, 3 * 86400));
        QVERIFY(t.setForInstance(u"rm-1"_s, 12 * 3600));

        const HealthExpectation own = t.fallbackFor(instance(u"alibaba-rds"_s, u"rm-1"_s));
        QCOMPARE(own.maxFullAgeSeconds, 12 * 3600);
        QVERIFY(own.source == HealthExpectation::Source::User);
        QVERIFY(t.overridesPolicy(u"rm-1"_s)); // the instance's own counts over its policy
        QCOMPARE(t.fallbackFor(instance(u"alibaba-rds"_s, u"rm-2"_s)).maxFullAgeSeconds, 3 * 86400);
        QVERIFY(!t.overridesPolicy(u"rm-2"_s)); // a product's does not
        const HealthExpectation global = t.fallbackFor(instance(u"tencent-redis"_s, u"crs-1"_s));
        QCOMPARE(global.maxFullAgeSeconds, 2 * 86400);
        QVERIFY(global.source == HealthExpectation::Source::User);

        // Removing one falls back to the next.
        QVERIFY(t.setForInstance(u"rm-1"_s, 0));
        QCOMPARE(t.fallbackFor(instance(u"alibaba-rds"_s, u"rm-1"_s)).maxFullAgeSeconds, 3 * 86400);
        QVERIFY(t.setForProduct(u"alibaba-rds"_s, -1));
        QCOMPARE(t.fallbackFor(instance(u"alibaba-rds"_s, u"rm-1"_s)).maxFullAgeSeconds, 2 * 86400);
        t.setGlobalSeconds(0);
        QVERIFY(t.isEmpty());
    }

    void boundedAgainstHostileValues()
    {
        HealthThresholds t;
        t.setGlobalSeconds(1); // a second would make everything critical at once: a minute at least
        QCOMPARE(t.globalSeconds(), HealthThresholds::minSeconds);
        QVERIFY(t.setForInstance(u"rm-1"_s, std::numeric_limits<qint64>::max()));
        QCOMPARE(t.forInstance(u"rm-1"_s), HealthThresholds::maxSeconds);
        QVERIFY(!t.setForInstance(QString(), 3600));
        QVERIFY(!t.setForInstance(QString(HealthThresholds::maxKeyLength + 1, u'x'), 3600));
        QVERIFY(!t.setForProduct(QString(), 3600));
        QCOMPARE(t.instances().size(), 1);

        // At most maxInstances instances; changing one already there still works.
        for (int i = t.instances().size(); i < HealthThresholds::maxInstances; ++i)
            QVERIFY(t.setForInstance(u"i-%1"_s.arg(i), 3600));
        QVERIFY(!t.setForInstance(u"one-too-many"_s, 3600));
        QVERIFY(t.setForInstance(u"rm-1"_s, 7200));
        QCOMPARE(t.forInstance(u"rm-1"_s), 7200);
    }

    void equality()
    {
        HealthThresholds a;
        HealthThresholds b;
        QVERIFY(a == b);
        a.setForProduct(u"tencent-redis"_s, 3600);
        QVERIFY(a != b);
        b.setForProduct(u"tencent-redis"_s, 3600);
        QVERIFY(a == b);
    }
};

BB_TEST_GUILESS_MAIN(tst_HealthThresholds)
#include "tst_healththresholds.moc"
