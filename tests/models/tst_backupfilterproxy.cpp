#include "models/backupfilterproxy.h"
#include "models/backuptablemodel.h"
#include "models/modelroles.h"
#include "support/backupfactory.h"

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

} // namespace

class tst_BackupFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void naturalSortOnNames()
    {
        BackupTableModel model;
        BackupFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
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
        BackupTableModel model;
        BackupFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
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

    void textFilter()
    {
        BackupTableModel model;
        BackupFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
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

    void statusAndDateFilters()
    {
        BackupTableModel model;
        BackupFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
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

QTEST_GUILESS_MAIN(tst_BackupFilterProxy)
#include "tst_backupfilterproxy.moc"
