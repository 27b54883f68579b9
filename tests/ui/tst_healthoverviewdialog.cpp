// HealthOverviewDialog: the fleet overview's table over FleetHealthController's model, worst
// first, filterable, with a summary; activating a row names the instance to open. The rows are
// put into the model directly (the controller's judging is tst_fleethealthcontroller's).

#include "models/healthtablemodel.h"
#include "providers/accounts/memorycredentialstore.h"
#include "session/appcontext.h"
#include "session/fleethealthcontroller.h"
#include "session/isolatedcontext.h"
#include "session/settings.h"
#include "support/testmain.h"
#include "ui/healthoverviewdialog.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;
using namespace Qt::StringLiterals;

namespace {

HealthTableModel::Row row(const QString &id, HealthState state, const QString &reason = {})
{
    HealthTableModel::Row r;
    r.accountId = u"acc-1"_s;
    r.accountName = u"production"_s;
    r.productName = u"ApsaraDB RDS"_s;
    r.health.product = u"alibaba-rds"_s;
    r.health.region = u"cn-hangzhou"_s;
    r.health.instanceId = id;
    r.health.state = state;
    if (!reason.isEmpty())
        r.health.reasons << reason;
    return r;
}

} // namespace

class tst_HealthOverviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void worstFirstFilterableAndActivatable()
    {
        QTemporaryDir dir;
        AppContext context(AppContext::Options::isolatedIn(dir.path(), new MemoryCredentialStore));
        FleetHealthController controller(&context);
        controller.model()->setHealth(row(u"rm-ok"_s, HealthState::Ok));
        controller.model()->setHealth(
            row(u"rm-crit"_s, HealthState::Critical, u"No full backup in 30 days."_s));
        controller.model()->setHealth(row(u"rm-warn"_s, HealthState::Warning, u"1 backup(s) failed."_s));

        HealthOverviewDialog dialog(&controller);
        dialog.show();
        QTableView *view = dialog.view();
        QCOMPARE(view->model()->rowCount(), 3);
        // Sorted by state, worst first.
        const auto idAt = [view](int r) {
            return view->model()->index(r, 0).data(HealthTableModel::InstanceIdRole).toString();
        };
        QCOMPARE(idAt(0), u"rm-crit"_s);
        QCOMPARE(idAt(1), u"rm-warn"_s);
        QCOMPARE(idAt(2), u"rm-ok"_s);
        QVERIFY2(dialog.summaryText().startsWith(u"1 critical, 1 warning, 1 OK"_s),
                 qPrintable(dialog.summaryText()));

        // The filter reaches the reasons too.
        dialog.filter()->setText(u"failed"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(idAt(0), u"rm-warn"_s);

        QSignalSpy activated(&dialog, &HealthOverviewDialog::instanceActivated);
        emit view->activated(view->model()->index(0, HealthTableModel::Reasons));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().value(0).toString(), u"acc-1"_s);
        QCOMPARE(activated.first().value(1).toString(), u"alibaba-rds"_s);
        QCOMPARE(activated.first().value(2).toString(), u"cn-hangzhou"_s);
        QCOMPARE(activated.first().value(3).toString(), u"rm-warn"_s);

        dialog.filter()->clear();
        QCOMPARE(view->model()->rowCount(), 3);
    }

    // The context menu's "Set expected backup age for this instance…": asks in hours, starting at
    // what the instance is held to now, and saves the instance's own threshold in Settings.
    void setsAnInstancesExpectedAge()
    {
        QTemporaryDir dir;
        AppContext context(AppContext::Options::isolatedIn(dir.path(), new MemoryCredentialStore));
        FleetHealthController controller(&context);
        HealthTableModel::Row judged = row(u"rm-warn"_s, HealthState::Warning, u"late"_s);
        judged.health.expectation.maxFullAgeSeconds = 2 * 86400;
        controller.model()->setHealth(judged);
        HealthOverviewDialog dialog(&controller);
        dialog.show();
        QVERIFY(dialog.setMaxAgeAction()->text().startsWith(u"Set expected backup age"_s));
        dialog.view()->setCurrentIndex(dialog.view()->model()->index(0, 0));

        const auto asking = [] {
            QInputDialog *ask = nullptr;
            static_cast<void>(QTest::qWaitFor([&ask] {
                ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                return ask != nullptr;
            }));
            return ask;
        };
        dialog.setMaxAgeAction()->trigger();
        QInputDialog *ask = asking();
        QVERIFY(ask);
        QVERIFY(ask->labelText().contains(u"rm-warn"_s));
        QCOMPARE(ask->intValue(), 48); // what it is held to now
        ask->setIntValue(12);
        ask->accept();
        QCOMPARE(context.settings()->healthThresholds().forInstance(u"rm-warn"_s), 12 * 3600);

        // Asked again, it starts at its own; 0 removes it.
        dialog.setMaxAgeAction()->trigger();
        ask = asking();
        QVERIFY(ask);
        QCOMPARE(ask->intValue(), 12);
        ask->setIntValue(0);
        ask->accept();
        QCOMPARE(context.settings()->healthThresholds().forInstance(u"rm-warn"_s), -1);

        QSignalSpy requested(&dialog, &HealthOverviewDialog::thresholdsRequested);
        dialog.thresholdsAction()->trigger();
        QCOMPARE(requested.size(), 1);
    }

    void refreshWithoutAccountsFinishesEmpty()
    {
        QTemporaryDir dir;
        AppContext context(AppContext::Options::isolatedIn(dir.path(), new MemoryCredentialStore));
        FleetHealthController controller(&context);
        HealthOverviewDialog dialog(&controller);
        QSignalSpy finished(&controller, &FleetHealthController::finished);
        controller.refresh();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!controller.isRunning());
        QCOMPARE(dialog.view()->model()->rowCount(), 0);
        QVERIFY2(dialog.summaryText().startsWith(u"0 critical, 0 warning, 0 OK"_s),
                 qPrintable(dialog.summaryText()));
    }
};

BB_TEST_MAIN(tst_HealthOverviewDialog)
#include "tst_healthoverviewdialog.moc"
