#include "models/backuptablemodel.h"
#include "models/displayformat.h"
#include "models/modelroles.h"
#include "support/backupfactory.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace bb;
using bb::test::BackupFactory;
using namespace Qt::StringLiterals;

class tst_BackupTableModel : public QObject
{
    Q_OBJECT

private:
    // Translates one status, as a .qm would, so the test needs no translation files.
    class GermanStatus final : public QTranslator
    {
    public:
        QString translate(const char *context, const char *source, const char *, int) const override
        {
            if (QLatin1String(context) == QLatin1String("bb::DisplayFormat")
                && QLatin1String(source) == QLatin1String("Succeeded"))
                return QStringLiteral("Erfolgreich");
            return {};
        }
        bool isEmpty() const override { return false; }
    };

private slots:
    void languageChangeRepaintsAndRefreshesSearch()
    {
        BackupTableModel model;
        Backup backup = BackupFactory::make(1);
        backup.status = BackupStatus::Succeeded;
        model.appendPage({backup});
        QVERIFY(!model.searchText(0).contains(QLatin1String("erfolgreich")));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);

        GermanStatus german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&model, &change);
        QCoreApplication::removeTranslator(&german);

        QVERIFY(model.searchText(0).contains(QLatin1String("erfolgreich")));
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.at(0).at(2).toInt(), BackupTableModel::ColumnCount - 1);
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.at(0).at(1).toModelIndex(), model.index(0, BackupTableModel::ColumnCount - 1));
    }

    void onePagePerInsert()
    {
        BackupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendPage(BackupFactory::page(0, 100));
        model.appendPage(BackupFactory::page(100, 100));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 100);
        QCOMPARE(inserted.at(1).at(2).toInt(), 199);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.columnCount(), int(BackupTableModel::ColumnCount));
        model.appendPage({});
        QCOMPARE(inserted.size(), 2);
    }

    void roles()
    {
        BackupTableModel model;
        Backup backup = BackupFactory::make(1);
        backup.sizeBytes = 1536;
        model.appendPage({backup});
        const QModelIndex size = model.index(0, BackupTableModel::SizeColumn);
        QCOMPARE(size.data(ModelRoles::RawRole).toLongLong(), 1536);
        QCOMPARE(size.data(Qt::DisplayRole).toString(),
                 QLocale().formattedDataSize(1536, 1, QLocale::DataSizeIecFormat));
        QVERIFY(size.data(Qt::ToolTipRole).toString().contains(QLocale().toString(1536)));

        const QModelIndex start = model.index(0, BackupTableModel::StartColumn);
        QCOMPARE(start.data(ModelRoles::RawRole).toDateTime(), backup.start);
        QCOMPARE(start.data(ModelRoles::RawRole).toDateTime().timeSpec(), Qt::UTC);
        QCOMPARE(start.data(Qt::DisplayRole).toString(),
                 backup.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QVERIFY(start.data(Qt::ToolTipRole).toString().contains(QLatin1String("UTC")));

        const QModelIndex status = model.index(0, BackupTableModel::StatusColumn);
        QCOMPARE(status.data(ModelRoles::RawRole).toInt(), int(backup.status));
        QVERIFY(status.data(ModelRoles::StatusColorRole).value<QColor>().isValid());
        QCOMPARE(model.index(0, BackupTableModel::NameColumn).data(ModelRoles::RecordRole).value<Backup>(),
                 backup);
        QCOMPARE(model.index(0, BackupTableModel::DatabasesColumn).data().toString(),
                 QStringLiteral("db1, orders"));
        QCOMPARE(model.index(0, BackupTableModel::DurationColumn).data(ModelRoles::RawRole).toLongLong(),
                 backup.start.secsTo(backup.end));

        // Unknown size and time: no raw value, a dash / empty text.
        Backup unknown = BackupFactory::make(2);
        unknown.sizeBytes = -1;
        unknown.end = QDateTime();
        model.appendPage({unknown});
        QVERIFY(model.index(1, BackupTableModel::SizeColumn).data(ModelRoles::RawRole).isNull());
        QVERIFY(model.index(1, BackupTableModel::EndColumn).data(ModelRoles::RawRole).isNull());
        QVERIFY(model.index(1, BackupTableModel::DurationColumn).data().toString().isEmpty());
    }

    // Every column's sort key, raw value and display read the same field: a text column's text
    // is its sort key and raw value, an enum's value its sort key and raw value, a time's
    // milliseconds its sort key and its UTC value its raw value.
    void everyColumnReadsItsField()
    {
        BackupTableModel model;
        Backup backup = BackupFactory::make(3);
        backup.checksum = {QStringLiteral("crc64-xz"), QStringLiteral("11051210869376104954")};
        model.appendPage({backup});

        const QList<std::pair<int, QString>> texts = {
            {BackupTableModel::IdColumn, backup.id},
            {BackupTableModel::NameColumn, backup.name},
            {BackupTableModel::InstanceColumn, backup.instanceId},
            {BackupTableModel::ProductColumn, backup.product},
            {BackupTableModel::RegionColumn, backup.region},
            {BackupTableModel::DatabasesColumn, QStringLiteral("db3, orders")},
            {BackupTableModel::ChecksumColumn, backup.checksum.value},
        };
        for (const auto &[column, text] : texts) {
            QVERIFY2(!BackupTableModel::isNumericColumn(column), qPrintable(QString::number(column)));
            QCOMPARE(model.textKey(0, column), QStringView(text));
            QCOMPARE(model.index(0, column).data().toString(), text);
            if (column != BackupTableModel::DatabasesColumn)
                QCOMPARE(model.rawValue(0, column).toString(), text);
        }
        QCOMPARE(model.rawValue(0, BackupTableModel::DatabasesColumn).toStringList(), backup.databases);

        const QList<std::pair<int, int>> enums = {
            {BackupTableModel::StatusColumn, int(backup.status)},
            {BackupTableModel::KindColumn, int(backup.kind)},
            {BackupTableModel::TriggerColumn, int(backup.trigger)},
            {BackupTableModel::MethodColumn, int(backup.method)},
        };
        for (const auto &[column, value] : enums) {
            QVERIFY(BackupTableModel::isNumericColumn(column));
            QCOMPARE(model.numericKey(0, column), qint64(value));
            QCOMPARE(model.rawValue(0, column).toInt(), value);
            QVERIFY(model.textKey(0, column).isEmpty());
        }
        QCOMPARE(model.index(0, BackupTableModel::KindColumn).data().toString(),
                 DisplayFormat::kind(backup.kind));
        QCOMPARE(model.index(0, BackupTableModel::TriggerColumn).data().toString(),
                 DisplayFormat::trigger(backup.trigger));

        const QList<std::pair<int, QDateTime>> times = {
            {BackupTableModel::StartColumn, backup.start},
            {BackupTableModel::EndColumn, backup.end},
            {BackupTableModel::ExpireColumn, backup.expire},
        };
        for (const auto &[column, time] : times) {
            QVERIFY(BackupTableModel::isNumericColumn(column));
            QCOMPARE(model.numericKey(0, column), time.toMSecsSinceEpoch());
            QCOMPARE(model.rawValue(0, column).toDateTime(), time);
            QCOMPARE(model.index(0, column).data().toString(), DisplayFormat::localTime(time));
            QCOMPARE(model.index(0, column).data(Qt::ToolTipRole).toString(),
                     DisplayFormat::utcTooltip(time));
        }

        QCOMPARE(model.numericKey(0, BackupTableModel::SizeColumn), backup.sizeBytes);
        QCOMPARE(model.numericKey(0, BackupTableModel::DurationColumn), backup.start.msecsTo(backup.end));
        QVERIFY(BackupTableModel::isNumericColumn(BackupTableModel::SizeColumn));
        QVERIFY(BackupTableModel::isNumericColumn(BackupTableModel::DurationColumn));
        QCOMPARE(model.index(0, BackupTableModel::ChecksumColumn).data(Qt::ToolTipRole).toString(),
                 backup.checksum.algorithm);

        // Outside the columns: nothing, and no crash.
        QVERIFY(!BackupTableModel::isNumericColumn(BackupTableModel::ColumnCount));
        QVERIFY(model.textKey(0, BackupTableModel::ColumnCount).isEmpty());
        QVERIFY(model.rawValue(0, -1).isNull());
        QCOMPARE(model.numericKey(0, BackupTableModel::ColumnCount), 0);
    }

    // Issue 16: the Local copy column from the offsite catalogues' states, its sort key (no copy,
    // failed, then verified from the longest ago) and its CSV value; rows added later pick their
    // state up too.
    void localCopyColumn()
    {
        BackupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage(BackupFactory::page(0, 4));
        const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
        const auto key = [&model](int row) {
            const Backup &b = model.backupAt(row);
            return BackupTableModel::localCopyKey(b.product, b.instanceId, b.id);
        };
        QHash<QString, LocalCopyState> states;
        states.insert(key(0), {LocalCopyState::Kind::Verified, now.addSecs(-2 * 3600)});
        states.insert(key(1), {LocalCopyState::Kind::Failed, {}});
        states.insert(key(2), {LocalCopyState::Kind::Verified, now.addSecs(-10 * 3600)});
        const Backup later = BackupFactory::make(9);
        states.insert(BackupTableModel::localCopyKey(later.product, later.instanceId, later.id),
                      {LocalCopyState::Kind::Verified, now.addSecs(-60)});

        QSignalSpy changed(&model, &BackupTableModel::dataChanged);
        model.setLocalCopies(states, now);
        QCOMPARE(changed.size(), 1); // one batch for the column
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, BackupTableModel::LocalCopyColumn));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(3, BackupTableModel::LocalCopyColumn));

        const auto cell = [&model](int row, int role = Qt::DisplayRole) {
            return model.index(row, BackupTableModel::LocalCopyColumn).data(role);
        };
        QCOMPARE(cell(0).toString(), u"Verified %1 ago"_s.arg(DisplayFormat::duration(2 * 3600)));
        QCOMPARE(cell(1).toString(), u"Copy failed verification"_s);
        QCOMPARE(cell(3).toString(), QString());
        QVERIFY(
            cell(0, Qt::ToolTipRole).toString().contains(DisplayFormat::utcTooltip(now.addSecs(-2 * 3600))));
        QCOMPARE(cell(0, ModelRoles::RawRole).toDateTime(), now.addSecs(-2 * 3600));
        QCOMPARE(cell(1, ModelRoles::RawRole).toString(), u"failed"_s);
        QVERIFY(cell(3, ModelRoles::RawRole).isNull());
        QCOMPARE(model.headerData(BackupTableModel::LocalCopyColumn, Qt::Horizontal).toString(),
                 u"Local copy"_s);
        // Shown by default; the window hides it while no backup has a local copy state.
        QVERIFY(BackupTableModel::isDefaultVisible(BackupTableModel::LocalCopyColumn));
        QVERIFY(model.hasLocalCopies());

        QVERIFY(BackupTableModel::isNumericColumn(BackupTableModel::LocalCopyColumn));
        const auto sortKey = [&model](int row) {
            return model.numericKey(row, BackupTableModel::LocalCopyColumn);
        };
        QVERIFY(sortKey(3) < sortKey(1)); // none before failed
        QVERIFY(sortKey(1) < sortKey(2)); // failed before verified
        QVERIFY(sortKey(2) < sortKey(0)); // verified longer ago first

        model.appendPage({later});
        QCOMPARE(cell(4).toString(), u"Verified %1 ago"_s.arg(DisplayFormat::duration(60)));

        // New states replace the old ones.
        model.setLocalCopies({}, now);
        QVERIFY(!model.hasLocalCopies());
        QCOMPARE(cell(0).toString(), QString());
        QCOMPARE(sortKey(0), sortKey(3));
    }

    void headers()
    {
        BackupTableModel model;
        for (int column = 0; column < BackupTableModel::ColumnCount; ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(BackupTableModel::SizeColumn, Qt::Horizontal, ModelRoles::RawHeaderRole)
                     .isNull());
        QVERIFY(model.headerData(BackupTableModel::NameColumn, Qt::Horizontal, ModelRoles::RawHeaderRole)
                    .isNull());
    }

    void upsertUpdatesInPlace()
    {
        BackupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage(BackupFactory::page(0, 10));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        Backup creating = BackupFactory::make(50);
        creating.status = BackupStatus::Creating;
        model.upsert(creating);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 11);

        Backup done = creating;
        done.status = BackupStatus::Succeeded;
        done.sizeBytes = 4242;
        model.upsert(done);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 11);
        const int row = model.rowOf(done.product, done.instanceId, done.id);
        QCOMPARE(row, 10);
        QVERIFY(model.backupAt(row).status == BackupStatus::Succeeded);
        QVERIFY(model.searchText(row).contains(QLatin1String("succeeded")));

        // The same id on another instance is another backup.
        model.upsert(BackupFactory::make(50, QStringLiteral("mssql-0002")));
        QCOMPARE(model.rowCount(), 12);

        // A page repeating rows updates them and inserts only the new ones.
        model.appendPage(BackupFactory::page(5, 10));
        QCOMPARE(model.rowCount(), 17);
    }

    void replaceTakesThePlaceholderRow()
    {
        BackupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage(BackupFactory::page(0, 3));
        Backup placeholder = BackupFactory::make(90);
        placeholder.id = QStringLiteral("job-4762614");
        placeholder.status = BackupStatus::Creating;
        model.upsert(placeholder);
        QCOMPARE(model.rowCount(), 4);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // The listed backup takes the placeholder's row in place: no insert, no remove.
        Backup done = BackupFactory::make(90);
        done.status = BackupStatus::Succeeded;
        model.replace(placeholder, done);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowOf(done.product, done.instanceId, done.id), 3);
        QCOMPARE(model.rowOf(placeholder.product, placeholder.instanceId, placeholder.id), -1);
        QVERIFY(model.searchText(3).contains(done.id.toCaseFolded()));

        // Replacing again with the same key is an update in place.
        done.sizeBytes = 77;
        model.replace(done, done);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.backupAt(3).sizeBytes, 77);

        // A refresh listed the backup already: the placeholder row goes, nothing is duplicated.
        model.upsert(placeholder);
        QCOMPARE(model.rowCount(), 5);
        model.replace(placeholder, done);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(placeholder.product, placeholder.instanceId, placeholder.id), -1);
        QCOMPARE(model.rowOf(done.product, done.instanceId, done.id), 3);

        // No placeholder row (the table was cleared meanwhile): the backup is simply added.
        model.clear();
        model.replace(placeholder, done);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.backupAt(0).id, done.id);
    }

    void removeAndClear()
    {
        BackupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendPage(BackupFactory::page(0, 5));
        QVERIFY(model.removeBackup(BackupFactory::make(2)));
        QVERIFY(!model.removeBackup(BackupFactory::make(2)));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(QStringLiteral("tencent-sqlserver"), QStringLiteral("mssql-0001"),
                             BackupFactory::make(4).id),
                 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.appendPage(BackupFactory::page(0, 3));
        QCOMPARE(model.rowCount(), 3);
    }

    // Rows are stored in chunks of 1,024 and found through a key index: across several chunks,
    // with duplicates inside a page, an update and a delete near the start, every row must
    // still be found where it is and hold its own record.
    void manyRowsAcrossChunks()
    {
        BackupTableModel model;
        QList<Backup> page = BackupFactory::page(0, 2500);
        page.append(BackupFactory::make(7)); // the same key twice in one page: one row
        model.appendPage(page);
        model.appendPage(BackupFactory::page(2500, 1000));
        QCOMPARE(model.rowCount(), 3500);
        Backup renamed = BackupFactory::make(3000);
        renamed.name = QStringLiteral("renamed");
        model.upsert(renamed);
        QCOMPARE(model.rowCount(), 3500);
        QVERIFY(model.removeBackup(BackupFactory::make(10)));
        QCOMPARE(model.rowCount(), 3499);
        const QList<Backup> rows = model.backups();
        QCOMPARE(rows.size(), 3499);
        for (int row = 0; row < model.rowCount(); ++row) {
            const Backup &backup = model.backupAt(row);
            QCOMPARE(rows.at(row), backup);
            QCOMPARE(model.rowOf(backup.product, backup.instanceId, backup.id), row);
            QCOMPARE(model.index(row, BackupTableModel::IdColumn).data().toString(), backup.id);
        }
        QCOMPARE(model.backupAt(2999).name, QStringLiteral("renamed"));
        QCOMPARE(model.backupAt(10).id, BackupFactory::make(11).id);
        QCOMPARE(model.rowOf(QStringLiteral("tencent-sqlserver"), QStringLiteral("mssql-0001"),
                             BackupFactory::make(10).id),
                 -1);
    }
};

BB_TEST_GUILESS_MAIN(tst_BackupTableModel)
#include "tst_backuptablemodel.moc"
