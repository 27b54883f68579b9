// InstanceEnumerator against the sandbox's accounts over HTTPS: every (account, product) listed
// region by region, failures named and the rest listed, one region only, abort.

#include "providers/accounts/memorycredentialstore.h"
#include "session/appcontext.h"
#include "session/instanceenumerator.h"
#include "session/sandboxsession.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace Qt::StringLiterals;

namespace {

// What one run reported, collected from the signals.
struct Outcome
{
    QHash<QString, QList<Instance>> instances; // by product
    QStringList regionsListed; // product/region of each listing
    QList<ProviderError> serviceFailures;
    QStringList listingFailures; // product/region
    QStringList notOffered; // product/region
    int finished = 0;
};

} // namespace

class tst_InstanceEnumerator : public QObject
{
    Q_OBJECT

private:
    test::SandboxSession m_context;

    QList<InstanceEnumerator::Source> everySandboxSource() const
    {
        QList<InstanceEnumerator::Source> sources;
        for (const Account &account : m_context->sandboxAccounts()) {
            for (const QString &product : account.products)
                sources.append({account, product});
        }
        return sources;
    }

    static void collect(InstanceEnumerator &enumerator, Outcome &outcome)
    {
        QObject::connect(&enumerator, &InstanceEnumerator::instancesListed, &enumerator,
                         [&outcome](const Account &, const std::shared_ptr<BackupService> &service,
                                    const QList<Instance> &instances) {
                             QVERIFY(service);
                             for (const Instance &instance : instances) {
                                 outcome.instances[instance.product].append(instance);
                                 outcome.regionsListed.append(instance.product + u'/' + instance.region);
                             }
                         });
        QObject::connect(&enumerator, &InstanceEnumerator::serviceFailed, &enumerator,
                         [&outcome](const Account &, const QString &, const ProviderError &error) {
                             outcome.serviceFailures.append(error);
                         });
        QObject::connect(
            &enumerator, &InstanceEnumerator::listingFailed, &enumerator,
            [&outcome](const Account &, const QString &product, const QString &region,
                       const ProviderError &) { outcome.listingFailures.append(product + u'/' + region); });
        QObject::connect(&enumerator, &InstanceEnumerator::regionNotOffered, &enumerator,
                         [&outcome](const Account &, const QString &product, const QString &region) {
                             outcome.notOffered.append(product + u'/' + region);
                         });
        QObject::connect(&enumerator, &InstanceEnumerator::finished, &enumerator,
                         [&outcome] { ++outcome.finished; });
    }

private slots:
    void initTestCase() { QVERIFY(m_context.start()); }
    void cleanupTestCase() { m_context.stop(); }

    void listsEveryProductOfEveryAccount()
    {
        InstanceEnumerator enumerator(m_context.get());
        Outcome outcome;
        collect(enumerator, outcome);
        const QList<InstanceEnumerator::Source> sources = everySandboxSource();
        QVERIFY(sources.size() >= 4);
        enumerator.start(sources);
        QVERIFY(enumerator.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(outcome.finished, 1, 60000);
        QVERIFY(!enumerator.isRunning());
        QVERIFY(outcome.serviceFailures.isEmpty());
        QVERIFY2(outcome.listingFailures.isEmpty(), qPrintable(outcome.listingFailures.join(u", "_s)));
        QCOMPARE(enumerator.servicesOpened(), int(sources.size()));
        for (const InstanceEnumerator::Source &source : sources)
            QVERIFY2(!outcome.instances.value(source.product).isEmpty(), qPrintable(source.product));
        // More than one region of a product is listed (the product's known regions).
        QSet<QString> regions(outcome.regionsListed.cbegin(), outcome.regionsListed.cend());
        QVERIFY(regions.size() > sources.size());
        QTest::qWait(100);
        QCOMPARE(outcome.finished, 1); // once
    }

    void oneRegionOnly()
    {
        InstanceEnumerator enumerator(m_context.get());
        Outcome outcome;
        collect(enumerator, outcome);
        // An Alibaba region: the Tencent products do not offer it and are not asked.
        enumerator.setRegion(u"cn-hangzhou"_s, true);
        enumerator.start(everySandboxSource());
        QTRY_COMPARE_WITH_TIMEOUT(outcome.finished, 1, 60000);
        QVERIFY(outcome.listingFailures.isEmpty());
        QVERIFY(outcome.notOffered.contains(u"tencent-sqlserver/cn-hangzhou"_s));
        QVERIFY(outcome.notOffered.contains(u"tencent-redis/cn-hangzhou"_s));
        QVERIFY(!outcome.instances.value(u"alibaba-rds"_s).isEmpty());
        for (const QString &listed : std::as_const(outcome.regionsListed))
            QVERIFY2(listed.endsWith(u"/cn-hangzhou"_s), qPrintable(listed));

        // Without skipping, a product asked for a region it does not serve answers with its error,
        // named with the region, and the others are still listed.
        Outcome asked;
        InstanceEnumerator strict(m_context.get());
        collect(strict, asked);
        strict.setRegion(u"cn-hangzhou"_s, false);
        strict.start(everySandboxSource());
        QTRY_COMPARE_WITH_TIMEOUT(asked.finished, 1, 60000);
        QVERIFY2(asked.listingFailures.contains(u"tencent-redis/cn-hangzhou"_s),
                 qPrintable(asked.listingFailures.join(u", "_s)));
        QVERIFY(asked.notOffered.isEmpty());
        QVERIFY(!asked.instances.value(u"alibaba-rds"_s).isEmpty());
    }

    void serviceWithoutCredentialsIsReported()
    {
        // A saved account with no secret and no vendor credentials in the (empty) environment.
        Account account;
        account.id = Account::newId();
        account.alias = u"no-secrets"_s;
        account.cloud = Cloud::Tencent;
        account.products = {u"tencent-redis"_s};
        QList<InstanceEnumerator::Source> sources {{account, u"tencent-redis"_s}};
        const Account sandbox = m_context->sandboxAccount(Cloud::Alibaba);
        sources.append({sandbox, u"alibaba-starrocks"_s});

        InstanceEnumerator enumerator(m_context.get());
        Outcome outcome;
        collect(enumerator, outcome);
        enumerator.start(sources);
        QTRY_COMPARE_WITH_TIMEOUT(outcome.finished, 1, 60000);
        QCOMPARE(outcome.serviceFailures.size(), 1);
        QVERIFY(outcome.serviceFailures.first().kind == ProviderError::Kind::Auth);
        QCOMPARE(enumerator.servicesOpened(), 1);
        QVERIFY(!outcome.instances.value(u"alibaba-starrocks"_s).isEmpty());
    }

    void nothingToListFinishesAtOnce()
    {
        InstanceEnumerator enumerator(m_context.get());
        Outcome outcome;
        collect(enumerator, outcome);
        enumerator.start({});
        QCOMPARE(outcome.finished, 1);
        QVERIFY(!enumerator.isRunning());
    }

    void abortSilencesTheRun()
    {
        InstanceEnumerator enumerator(m_context.get());
        Outcome outcome;
        collect(enumerator, outcome);
        // Aborted from the first region's answer, while the other regions are still listing.
        int answers = 0;
        const QMetaObject::Connection first
            = connect(&enumerator, &InstanceEnumerator::instancesListed, this, [&enumerator, &answers] {
                  if (++answers == 1)
                      enumerator.abort();
              });
        enumerator.start(everySandboxSource());
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 60000);
        QVERIFY(!enumerator.isRunning());
        QTest::qWait(1500);
        QCOMPARE(answers, 1); // nothing after the abort
        QCOMPARE(outcome.finished, 0);
        disconnect(first);

        // It starts again afterwards.
        enumerator.start(everySandboxSource());
        QTRY_COMPARE_WITH_TIMEOUT(outcome.finished, 1, 60000);
    }
};

BB_TEST_GUILESS_MAIN(tst_InstanceEnumerator)
#include "tst_instanceenumerator.moc"
