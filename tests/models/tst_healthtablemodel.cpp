// HealthTableModel: rows keyed by account, product and instance, updated in place, dropped when
// gone; sortable raw values; the model contract (QAbstractItemModelTester).

#include "models/displayformat.h"
#include "models/healthtablemodel.h"
#include "models/modelroles.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace bb;
using namespace Qt::StringLiterals;

namespace {

HealthTableModel::Row row(const QString &account, const QString &id, HealthState state, qint64 fullAge = 3600)
{
    HealthTableModel::Row r;
    r.accountId = account;
    r.accountName = account + u" name"_s;
    r.productName = u"ApsaraDB RDS"_s;
    r.health.product = u"alibaba-rds"_s;
    r.health.region = u"cn-hangzhou"_s;
    r.health.instanceId = id;
    r.health.state = state;
    r.health.newestFullAgeSeconds = fullAge;
    if (state != HealthState::Ok)
        r.health.reasons << u"reason of %1"_s.arg(id);
    return r;
}

} // namespace

class tst_HealthTableModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreKeyedAndUpdatedInPlace()
    {
        HealthTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHealth(row(u"a"_s, u"rm-1"_s, HealthState::Ok));
        model.setHealth(row(u"a"_s, u"rm-2"_s, HealthState::Warning));
        model.setHealth(row(u"b"_s, u"rm-1"_s, HealthState::Ok)); // same instance id, another account
        QCOMPARE(model.rowCount(), 3);

        QSignalSpy changed(&model, &HealthTableModel::dataChanged);
        model.setHealth(row(u"a"_s, u"rm-1"_s, HealthState::Critical, -1));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(changed.size(), 1);
        const QModelIndex state = model.index(0, HealthTableModel::State);
        QCOMPARE(model.data(state).toString(), HealthTableModel::stateText(HealthState::Critical));
        QCOMPARE(model.data(state, ModelRoles::RawRole).toInt(), int(HealthState::Critical));
        QCOMPARE(model.data(model.index(0, HealthTableModel::NewestFull)).toString(), u"none"_s);
        QCOMPARE(model.data(model.index(0, HealthTableModel::NewestFull), ModelRoles::RawRole).toLongLong(),
                 -1);
        QCOMPARE(model.data(state, Qt::ToolTipRole).toString(), u"reason of rm-1"_s);
        QCOMPARE(model.data(state, ModelRoles::StatusColorRole).value<QColor>(),
                 DisplayFormat::healthColor(HealthState::Critical));
        QCOMPARE(model.data(model.index(2, HealthTableModel::Account)).toString(), u"b name"_s);
        QCOMPARE(model.data(model.index(2, 0), HealthTableModel::AccountIdRole).toString(), u"b"_s);
        QCOMPARE(model.data(model.index(2, 0), HealthTableModel::InstanceIdRole).toString(), u"rm-1"_s);

        const std::array<int, 3> counts = model.counts();
        QCOMPARE(counts[0], 1);
        QCOMPARE(counts[1], 1);
        QCOMPARE(counts[2], 1);
    }

    void localCopyColumnReadsAndSortsByAge()
    {
        HealthTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HealthTableModel::Row uncovered = row(u"a"_s, u"rm-1"_s, HealthState::Ok);
        HealthTableModel::Row none = row(u"a"_s, u"rm-2"_s, HealthState::Warning);
        none.health.localCopyRule = u"nightly"_s;
        HealthTableModel::Row fresh = row(u"a"_s, u"rm-3"_s, HealthState::Ok);
        fresh.health.localCopyRule = u"nightly"_s;
        fresh.health.newestLocalCopy = QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC);
        fresh.health.newestLocalCopyAgeSeconds = 2 * 3600;
        for (const HealthTableModel::Row &r : {uncovered, none, fresh})
            model.setHealth(r);

        const auto cell = [&model](int r) {
            return model.index(r, HealthTableModel::LocalCopy);
        };
        QCOMPARE(model.headerData(HealthTableModel::LocalCopy, Qt::Horizontal).toString(), u"Local copy"_s);
        QCOMPARE(model.data(cell(0)).toString(), QString());
        QCOMPARE(model.data(cell(0), Qt::ToolTipRole), QVariant());
        QCOMPARE(model.data(cell(1)).toString(), u"none"_s);
        QVERIFY(model.data(cell(1), Qt::ToolTipRole).toString().contains(u"nightly"_s));
        QCOMPARE(model.data(cell(2)).toString(), DisplayFormat::duration(2 * 3600));
        QVERIFY(model.data(cell(2), Qt::ToolTipRole).toString().contains(u"2026-12-01 03:00:00"_s));
        QCOMPARE(model.data(cell(2), ModelRoles::RawRole).toLongLong(), 2 * 3600);
        QCOMPARE(model.data(cell(1), ModelRoles::RawRole).toLongLong(), -1);
    }

    void retainDropsWhatIsGone()
    {
        HealthTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString &id : {u"rm-1"_s, u"rm-2"_s, u"rm-3"_s})
            model.setHealth(row(u"a"_s, id, HealthState::Ok));
        model.retain({HealthTableModel::key(u"a"_s, u"alibaba-rds"_s, u"rm-3"_s),
                      HealthTableModel::key(u"a"_s, u"alibaba-rds"_s, u"rm-1"_s)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.row(0).health.instanceId, u"rm-1"_s);
        QCOMPARE(model.row(1).health.instanceId, u"rm-3"_s);
        // The index still finds rows after the removal: an update replaces, never appends.
        model.setHealth(row(u"a"_s, u"rm-3"_s, HealthState::Warning));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(toString(model.row(1).health.state), toString(HealthState::Warning));
    }
};

BB_TEST_GUILESS_MAIN(tst_HealthTableModel)
#include "tst_healthtablemodel.moc"
