#include "models/backupfilterproxy.h"
#include "models/backuptablemodel.h"
#include "models/modelroles.h"
#include "support/backupfactory.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace bb;
using bb::test::BackupFactory;

namespace {

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, column).data(role).toString());
    return out;
}

// A table, the proxy over it, and the model tester watching the proxy.
struct Harness
{
    BackupTableModel model;
    BackupFilterProxy proxy;
    std::unique_ptr<QAbstractItemModelTester> tester;
    Harness()
    {
        proxy.setSourceModel(&model);
        tester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
};

} // namespace

class tst_BackupFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void naturalSortOnNames()
    {
        Harness h;
        BackupTableModel &model = h.model;
        BackupFilterProxy &proxy = h.proxy;
        QList<Backup> page;
        for (const char *name : {"backup10", "Backup2", "backup1", "alpha"}) {
            Backup backup = BackupFactory::make(int(page.size()));
            backup.name = QString::fromLatin1(name);
            page.append(backup);
        }
        model.appendPage(page);
        proxy.sort(BackupTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, BackupTableModel::NameColumn),
                 (QStringList {QStringLiteral("alpha"), QStringLiteral("backup1"), QStringLiteral("Backup2"),
                               QStringLiteral("backup10")}));
        proxy.sort(BackupTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, BackupTableModel::NameColumn).constFirst(), QStringLiteral("backup10"));
    }

    void sortsOnRawValues()
    {
        Harness h;
        BackupTableModel &model = h.model;
        BackupFilterProxy &proxy = h.proxy;
        model.appendPage(BackupFactory::page(0, 300));
        Backup unknown = BackupFactory::make(999);
        unknown.sizeBytes = -1;
        model.appendPage({unknown});

        proxy.sort(BackupTableModel::SizeColumn, Qt::AscendingOrder);
        QVERIFY(
            proxy.index(0, BackupTableModel::SizeColumn).data(ModelRoles::RawRole).isNull()); // unknown first
        qint64 previous = -1;
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const qint64 size
                = proxy.index(row, BackupTableModel::SizeColumn).data(ModelRoles::RawRole).toLongLong();
            QVERIFY(size >= previous);
            previous = size;
        }

        proxy.sort(BackupTableModel::StartColumn, Qt::DescendingOrder);
        QDateTime last = proxy.index(0, BackupTableModel::StartColumn).data(ModelRoles::RawRole).toDateTime();
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QDateTime start
                = proxy.index(row, BackupTableModel::StartColumn).data(ModelRoles::RawRole).toDateTime();
            QVERIFY(start <= last);
            last = start;
        }

        // New pages land in sorted position.
        Backup newest = BackupFactory::make(5000);
        model.appendPage({newest});
        QCOMPARE(proxy.backupAt(0).id, newest.id);
    }

    // Pages whose rows scatter across the sorted order arrive as one layout change; selection
    // (persistent indexes) follows its row.
    void scatteredPagesKeepPersistentIndexes()
    {
        Harness h;
        BackupTableModel &model = h.model;
        BackupFilterProxy &proxy = h.proxy;
        proxy.sort(BackupTableModel::IdColumn, Qt::AscendingOrder);
        QList<Backup> even;
        QList<Backup> odd;
        for (int n = 0; n < 40; ++n)
            (n % 2 ? odd : even).append(BackupFactory::make(n));
        model.appendPage(even);
        const QPersistentModelIndex tenth = proxy.index(5, 0); // id 100010
        QCOMPARE(tenth.data().toString(), QStringLiteral("100010"));
        model.appendPage(odd);
        QCOMPARE(proxy.rowCount(), 40);
        for (int row = 0; row < 40; ++row)
            QCOMPARE(proxy.backupAt(row).id, QString::number(100000 + row));
        QCOMPARE(tenth.row(), 10);
        QCOMPARE(tenth.data().toString(), QStringLiteral("100010"));

        // Filtering it away invalidates it; the others stay put.
        const QPersistentModelIndex eleventh = proxy.index(11, 0);
        proxy.setFilterText(QStringLiteral("100011"));
        QVERIFY(!tenth.isValid());
        QCOMPARE(eleventh.row(), 0);
    }

    // A row whose data changes (a create tracking to success) is re-filtered and re-placed.
    void changedRowsRevalidated()
    {
        Harness h;
        BackupTableModel &model = h.model;
        BackupFilterProxy &proxy = h.proxy;
        model.appendPage(BackupFactory::page(0, 12));
        proxy.setStatusFilter({BackupStatus::Running});
        proxy.sort(BackupTableModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), 2); // n = 3, 9

        Backup creating = BackupFactory::make(50);
        creating.status = BackupStatus::Running;
        creating.sizeBytes = 1;
        model.upsert(creating);
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(proxy.backupAt(2).id, creating.id); // smallest last

        Backup bigger = creating;
        bigger.sizeBytes = qint64(1) << 40;
        model.upsert(bigger);
        QTRY_COMPARE(proxy.backupAt(0).id, creating.id); // re-placed on the next turn

        Backup done = bigger;
        done.status = BackupStatus::Succeeded;
        model.upsert(done);
        QTRY_COMPARE(proxy.rowCount(), 2); // no longer matches the status filter
    }

    // The Local copy column's states arrive in one batch: sorted by it, rows are placed again on
    // the next turn; sorted by another column, nothing moves.
    void localCopyStatesResortOnlyWhenSortedByThem()
    {
        Harness h;
        h.model.appendPage(BackupFactory::page(0, 4));
        h.proxy.sort(BackupTableModel::LocalCopyColumn, Qt::DescendingOrder);
        const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
        const auto key = [&h](int row) {
            const Backup &b = h.model.backupAt(row);
            return BackupTableModel::localCopyKey(b.product, b.instanceId, b.id);
        };
        const QString second = h.model.backupAt(2).id;
        const QString first = h.model.backupAt(1).id;
        h.model.setLocalCopies({{key(2), {LocalCopyState::Kind::Verified, now.addSecs(-60)}},
                                {key(1), {LocalCopyState::Kind::Verified, now.addSecs(-7200)}},
                                {key(3), {LocalCopyState::Kind::Failed, {}}}},
                               now);
        // Newest verification first, then the older one, then the failed copy, then none.
        QTRY_COMPARE(h.proxy.backupAt(0).id, second);
        QCOMPARE(h.proxy.backupAt(1).id, first);
        QCOMPARE(h.proxy.backupAt(2).id, h.model.backupAt(3).id);
        QCOMPARE(h.proxy.backupAt(3).id, h.model.backupAt(0).id);

        h.proxy.sort(BackupTableModel::IdColumn, Qt::AscendingOrder);
        const QStringList ids = column(h.proxy, BackupTableModel::IdColumn);
        h.model.setLocalCopies({}, now);
        QCoreApplication::processEvents();
        QCOMPARE(column(h.proxy, BackupTableModel::IdColumn), ids);
        QCOMPARE(column(h.proxy, BackupTableModel::LocalCopyColumn), QStringList(4, QString()));
    }

    void sourceDestroyedFirst()
    {
        auto *model = new BackupTableModel;
        BackupFilterProxy proxy;
        proxy.setSourceModel(model);
        model->appendPage(BackupFactory::page(0, 5));
        QCOMPARE(proxy.rowCount(), 5);
        delete model;
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!proxy.index(0, 0).isValid());
    }

    void textFilter()
    {
        Harness h;
        BackupTableModel &model = h.model;
        BackupFilterProxy &proxy = h.proxy;
        model.appendPage(BackupFactory::page(0, 60));

        proxy.setFilterText(QStringLiteral("100007")); // id
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("BACKUP7_")); // name, case-insensitive
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("db3")); // database
        QCOMPARE(proxy.rowCount(), 9);
        proxy.setFilterText(QStringLiteral("failed")); // status
        QCOMPARE(proxy.rowCount(), 10);
        proxy.setFilterFixedString(QStringLiteral("Orders")); // the shadowing slot, every row
        QCOMPARE(proxy.rowCount(), 60);
        proxy.setFilterText(QStringLiteral("no such thing"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 60);
    }

    // Issue 21: the kind filter, alone and with the status filter.
    void kindFilter()
    {
        Harness h;
        h.model.appendPage(BackupFactory::page(0, 60)); // every third a log backup
        h.proxy.setKindFilter({BackupKind::Log});
        QCOMPARE(h.proxy.rowCount(), 20);
        for (int row = 0; row < h.proxy.rowCount(); ++row)
            QVERIFY(h.proxy.backupAt(row).kind == BackupKind::Log);
        h.proxy.setKindFilter({BackupKind::Log, BackupKind::Full});
        QCOMPARE(h.proxy.rowCount(), 60);
        h.proxy.setKindFilter({BackupKind::Snapshot});
        QCOMPARE(h.proxy.rowCount(), 0);
        h.proxy.setKindFilter({BackupKind::Full});
        h.proxy.setStatusFilter({BackupStatus::Failed});
        for (int row = 0; row < h.proxy.rowCount(); ++row)
            QVERIFY(h.proxy.backupAt(row).kind == BackupKind::Full
                    && h.proxy.backupAt(row).status == BackupStatus::Failed);
        QVERIFY(h.proxy.rowCount() > 0 && h.proxy.rowCount() < 20);
        h.proxy.setKindFilter({});
        h.proxy.setStatusFilter({});
        QCOMPARE(h.proxy.rowCount(), 60);
    }

    void statusAndDateFilters()
    {
        Harness h;
        BackupTableModel &model = h.model;
        BackupFilterProxy &proxy = h.proxy;
        model.appendPage(BackupFactory::page(0, 60));

        proxy.setStatusFilter({BackupStatus::Failed, BackupStatus::Running});
        QCOMPARE(proxy.rowCount(), 20);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const BackupStatus status = proxy.backupAt(row).status;
            QVERIFY(status == BackupStatus::Failed || status == BackupStatus::Running);
        }
        proxy.setStatusFilter({});
        QCOMPARE(proxy.rowCount(), 60);

        const QDateTime from = BackupFactory::make(10).start;
        const QDateTime to = BackupFactory::make(19).start;
        proxy.setDateRange(from, to);
        QCOMPARE(proxy.rowCount(), 10);
        proxy.setDateRange(from, {});
        QCOMPARE(proxy.rowCount(), 50);
        proxy.setStatusFilter({BackupStatus::Failed});
        proxy.setFilterText(QStringLiteral("db"));
        QCOMPARE(proxy.rowCount(), 8); // rows 14, 20, ..., 56 (n % 6 == 2, n >= 10)
        proxy.setDateRange({}, {});
        proxy.setStatusFilter({});
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 60);
    }
};

BB_TEST_GUILESS_MAIN(tst_BackupFilterProxy)
#include "tst_backupfilterproxy.moc"
