// FleetHealthController against the sandbox's accounts over HTTPS: every instance of every account
// judged once per refresh, rows updated in place, and an instance turning Critical reported.

#include "models/healthtablemodel.h"
#include "providers/accounts/memorycredentialstore.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxcontext.h"
#include "session/appcontext.h"
#include "session/fleethealthcontroller.h"
#include "session/isolatedcontext.h"
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
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_context
            = std::make_unique<AppContext>(test::isolatedOptions(m_dir.path(), new MemoryCredentialStore));
        QString error;
        QVERIFY2(m_context->startSandbox(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_context.reset(); }

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
};

BB_TEST_GUILESS_MAIN(tst_FleetHealthController)
#include "tst_fleethealthcontroller.moc"
