// FleetHealthController against the sandbox's accounts over HTTPS: every instance of every account
// judged once per refresh, rows updated in place, and an instance turning Critical reported.

#include "models/displayformat.h"
#include "models/healthtablemodel.h"
#include "offsite/copycatalogue.h"
#include "providers/accounts/memorycredentialstore.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxcontext.h"
#include "session/appcontext.h"
#include "session/fleethealthcontroller.h"
#include "session/sandboxsession.h"
#include "session/settings.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace Qt::StringLiterals;

class tst_FleetHealthController : public QObject
{
    Q_OBJECT

private:
    test::SandboxSession m_context;

private slots:
    void initTestCase() { QVERIFY(m_context.start()); }
    void cleanupTestCase() { m_context.stop(); }

    // Each test starts from the default thresholds (no controller is running between tests).
    void init() { m_context->settings()->setHealthThresholds(HealthThresholds()); }

    void judgesEveryInstanceOfEveryAccount()
    {
        FleetHealthController controller(m_context.get());
        const QDateTime anchor = m_context->sandbox()->context().anchorUtc;
        controller.setClock([anchor] { return anchor; });
        QSignalSpy finished(&controller, &FleetHealthController::finished);
        QSignalSpy critical(&controller, &FleetHealthController::turnedCritical);
        QSignalSpy errors(&controller, &FleetHealthController::errorOccurred);
        controller.refresh();
        QVERIFY(controller.isRunning());
        controller.refresh(); // ignored while running
        QVERIFY(finished.wait(90000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));

        HealthTableModel *model = controller.model();
        // One row per instance of each sandbox account and product, each product represented.
        QSet<QString> products;
        int expected = 0;
        for (const Account &account : m_context->accounts())
            expected += int(account.products.size());
        for (int i = 0; i < model->rowCount(); ++i)
            products.insert(model->row(i).health.product);
        QCOMPARE(products.size(), expected);
        QVERIFY(model->rowCount() > expected);
        // The sandbox's fleet is made with failing and shrinking instances: not all OK.
        const std::array<int, 3> counts = model->counts();
        QVERIFY2(counts[1] + counts[2] > 0, "the seeded failures show");
        QVERIFY(counts[0] > 0);
        QCOMPARE(critical.size(), 0); // nothing is reported on the first refresh

        // A day later nothing new was made: every daily schedule is late, and an instance that
        // becomes Critical is reported once.
        const int rows = model->rowCount();
        controller.setClock([anchor] { return anchor.addDays(3); });
        controller.refresh();
        QVERIFY(finished.wait(90000));
        QCOMPARE(model->rowCount(), rows); // updated in place
        QVERIFY(model->counts()[2] > counts[2]);
        QVERIFY(critical.size() > 0);
        QCOMPARE(critical.size(), model->counts()[2] - counts[2]);
    }

    // The thresholds set in Settings judge the fleet again, with check's precedence: an
    // instance's own over its published policy, the policy over its product's threshold.
    void thresholdsInSettingsRejudge()
    {
        FleetHealthController controller(m_context.get());
        const QDateTime anchor = m_context->sandbox()->context().anchorUtc;
        controller.setClock([anchor] { return anchor; });
        QSignalSpy finished(&controller, &FleetHealthController::finished);
        QSignalSpy notified(&controller, &FleetHealthController::turnedCritical);
        const QString strictRds = u"rm-szgu0wesdog6kx"_s;
        const QString otherRds = u"rm-4syatqgn7fvfjc"_s;
        controller.refresh();
        // Thresholds saved while the first refresh runs (it judges by those of its start): a
        // minute for both products and for one RDS instance. The fleet is judged again by them at
        // its end, without a refresh asked for.
        HealthThresholds minute;
        minute.setForProduct(u"alibaba-rds"_s, 60);
        minute.setForProduct(u"alibaba-starrocks"_s, 60);
        m_context->settings()->setHealthThresholds(minute);
        controller.setInstanceMaxAge(strictRds, 60);
        QCOMPARE(m_context->settings()->healthThresholds().forInstance(strictRds), 60);
        QVERIFY(finished.wait(90000));

        // The first judgement, by the defaults and the policies (RDS publishes its policy,
        // StarRocks does not: docs/providers.md).
        for (const QString &id : {strictRds, otherRds}) {
            QCOMPARE(toString(health(controller, id).state), toString(HealthState::Ok));
            QVERIFY(health(controller, id).expectation.source == HealthExpectation::Source::Policy);
        }
        const QList<InstanceHealth> starrocksBefore = ofProduct(controller, u"alibaba-starrocks"_s);
        QVERIFY(!starrocksBefore.isEmpty());
        for (const InstanceHealth &h : starrocksBefore)
            QVERIFY(h.expectation.source == HealthExpectation::Source::Default);

        QVERIFY(controller.isRunning()); // judging again
        QVERIFY(finished.wait(90000));
        QCOMPARE(finished.size(), 2);

        // The instance's own minute counts over its policy: critical, with the reason.
        const InstanceHealth strict = health(controller, strictRds);
        QCOMPARE(toString(strict.state), toString(HealthState::Critical));
        QCOMPARE(strict.expectation.maxFullAgeSeconds, 60);
        QVERIFY(strict.expectation.source == HealthExpectation::Source::User);
        QVERIFY(!strict.reasons.isEmpty());
        // The user's threshold made it critical, not its backups: no desktop notification.
        QCOMPARE(notified.size(), 0);
        // The product's minute does not: the other RDS instance keeps its policy and is OK.
        QCOMPARE(toString(health(controller, otherRds).state), toString(HealthState::Ok));
        QVERIFY(health(controller, otherRds).expectation.source == HealthExpectation::Source::Policy);
        // StarRocks publishes none: the product's minute is what its instances are held to.
        int critical = 0;
        for (const InstanceHealth &h : ofProduct(controller, u"alibaba-starrocks"_s)) {
            QCOMPARE(h.expectation.maxFullAgeSeconds, 60);
            QVERIFY(h.expectation.source == HealthExpectation::Source::User);
            if (h.newestFullAgeSeconds > 120) { // more than twice the minute old
                QCOMPARE(toString(h.state), toString(HealthState::Critical));
                ++critical;
            }
        }
        QVERIFY(critical > 0);
    }

    // The offsite rules file and its catalogues (real SQLite) are read off the GUI thread at each
    // refresh: a covered instance gets its newest verified copy's age, and a warning when that
    // copy lags the cloud's newest full backup by more than the expected age, or when it has none.
    void localCopiesFromTheCatalogues()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDateTime anchor = m_context->sandbox()->context().anchorUtc;
        const QString stale = u"rm-szgu0wesdog6kx"_s;
        const QString without = u"rm-4syatqgn7fvfjc"_s;
        const QString copies = dir.filePath(u"copies"_s);
        {
            CopyCatalogue catalogue(copies);
            QString error;
            QVERIFY2(catalogue.open(&error), qPrintable(error));
            CopyRecord copy;
            copy.rule = u"nightly"_s;
            copy.product = u"alibaba-rds"_s;
            copy.instanceId = stale;
            copy.backupId = u"old"_s;
            copy.backupStart = anchor.addDays(-10);
            copy.fileName = u"old.tar"_s;
            copy.path = u"old.tar"_s;
            copy.size = 1;
            copy.crc64 = u"1"_s;
            copy.copiedAt = copy.verifiedAt = anchor.addDays(-10).addSecs(3600);
            QVERIFY2(catalogue.record(copy, &error), qPrintable(error));
        }
        QFile rules(dir.filePath(u"offsite.json"_s));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(uR"({"rules": [
            {"name": "nightly", "product": "alibaba-rds", "instances": ["%1"], "destination": "%2"},
            {"name": "weekly", "product": "alibaba-rds", "instances": ["%3"], "destination": "%4"}]})"_s
                        .arg(stale, copies, without, dir.filePath(u"never"_s))
                        .toUtf8());
        rules.close();

        FleetHealthController controller(m_context.get());
        controller.setRulesFile(rules.fileName());
        controller.setClock([anchor] { return anchor; });
        QSignalSpy finished(&controller, &FleetHealthController::finished);
        QSignalSpy errors(&controller, &FleetHealthController::errorOccurred);
        controller.refresh();
        QVERIFY(finished.wait(90000));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));

        const InstanceHealth old = health(controller, stale);
        QCOMPARE(old.localCopyRule, u"nightly"_s);
        QCOMPARE(old.newestLocalCopy, anchor.addDays(-10));
        QCOMPARE(old.newestLocalCopyAgeSeconds, 10 * 86400);
        QCOMPARE(toString(old.state), toString(HealthState::Warning));
        QVERIFY2(old.reasons.join(u'|').contains(u"local copy (rule nightly)"_s),
                 qPrintable(old.reasons.join(u'|')));

        const InstanceHealth none = health(controller, without);
        QCOMPARE(none.localCopyRule, u"weekly"_s);
        QCOMPARE(none.newestLocalCopyAgeSeconds, -1);
        QVERIFY2(none.reasons.join(u'|').contains(u"no backup has a verified local copy"_s),
                 qPrintable(none.reasons.join(u'|')));
        // The overview's column says it too.
        HealthTableModel *model = controller.model();
        bool shown = false;
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->row(i).health.instanceId == stale)
                shown = model->data(model->index(i, HealthTableModel::LocalCopy)).toString()
                    == DisplayFormat::duration(10 * 86400);
        }
        QVERIFY(shown);
        // Instances no rule covers have no local copy facts.
        for (const InstanceHealth &h : ofProduct(controller, u"tencent-redis"_s))
            QVERIFY(h.localCopyRule.isEmpty());
    }

private:
    static InstanceHealth health(FleetHealthController &controller, const QString &instanceId)
    {
        for (int i = 0; i < controller.model()->rowCount(); ++i) {
            if (controller.model()->row(i).health.instanceId == instanceId)
                return controller.model()->row(i).health;
        }
        return {};
    }

    static QList<InstanceHealth> ofProduct(FleetHealthController &controller, const QString &product)
    {
        QList<InstanceHealth> list;
        for (int i = 0; i < controller.model()->rowCount(); ++i) {
            if (controller.model()->row(i).health.product == product)
                list << controller.model()->row(i).health;
        }
        return list;
    }
};

BB_TEST_GUILESS_MAIN(tst_FleetHealthController)
#include "tst_fleethealthcontroller.moc"
