#include "models/backupfilterproxy.h"
#include "models/backuptablemodel.h"
#include "models/csvexportjob.h"
#include "models/csvwriter.h"
#include "models/modelroles.h"
#include "support/backupfactory.h"
#include "support/testmain.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bb;
using bb::test::BackupFactory;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QList<int> allColumns()
{
    QList<int> columns;
    for (int c = 0; c < BackupTableModel::ColumnCount; ++c)
        columns.append(c);
    return columns;
}

// A sorted, filtered view over `rows` generated backups, some with hostile names.
struct View
{
    BackupTableModel model;
    BackupFilterProxy proxy;

    explicit View(int rows)
    {
        proxy.setSourceModel(&model);
        for (int first = 0; first < rows; first += 1000) {
            QList<Backup> page = BackupFactory::page(first, std::min(1000, rows - first));
            for (qsizetype i = 0; i < page.size(); i += 97)
                page[i].name = QStringLiteral("=HYPERLINK(\"x\"), \"quoted\"\nnext line");
            model.appendPage(page);
        }
        proxy.sort(BackupTableModel::SizeColumn, Qt::DescendingOrder);
        proxy.setStatusFilter({BackupStatus::Succeeded, BackupStatus::Failed});
    }
};

} // namespace

class tst_CsvExportJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    // The exact bytes, on a model whose text and raw values the test sets itself: header with
    // the raw companion, RFC 4180 quoting, the formula guard, UTF-8, BOM, CRLF.
    void writesExactBytes()
    {
        QStandardItemModel model(0, 2);
        model.setHeaderData(0, Qt::Horizontal, QStringLiteral("Name"));
        model.setHeaderData(1, Qt::Horizontal, QStringLiteral("Size"));
        model.setHeaderData(1, Qt::Horizontal, QStringLiteral("Size (bytes)"), ModelRoles::RawHeaderRole);
        const QList<std::pair<QString, qint64>> rows = {
            {QStringLiteral("plain"), 1024},
            {QStringLiteral("a,b"), 0},
            {QStringLiteral("say \"hi\""), 5},
            {QStringLiteral("=cmd|' /C calc'!A0"), 7},
            {QStringLiteral("备份\nü"), 1099511627776},
        };
        for (const auto &[name, bytes] : rows) {
            auto *size = new QStandardItem(QStringLiteral("%1 B").arg(bytes));
            size->setData(bytes, ModelRoles::RawRole);
            model.appendRow({new QStandardItem(name), size});
        }
        const QString file = path(QStringLiteral("exact.csv"));
        CsvExportJob job(&model, {1, 0}, file);
        job.setBom(true);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        QString error;
        QVERIFY2(job.start(&error), qPrintable(error));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(job.errorString().isEmpty());
        QCOMPARE(readAll(file),
                 QByteArray("\xEF\xBB\xBF"
                            "Size,Size (bytes),Name\r\n"
                            "1024 B,1024,plain\r\n"
                            "0 B,0,\"a,b\"\r\n"
                            "5 B,5,\"say \"\"hi\"\"\"\r\n"
                            "7 B,7,'=cmd|' /C calc'!A0\r\n"
                            "1099511627776 B,1099511627776,\"备份\nü\"\r\n"));
        QCOMPARE(job.rowsWritten(), 5);
    }

    // Many slices give the same bytes as CsvWriter writing the view in one go (current order,
    // current filter, the given columns, raw companions), and the event loop runs in between.
    void slicedExportEqualsOneShot()
    {
        View view(20000);
        const QList<int> columns = {BackupTableModel::NameColumn,      BackupTableModel::SizeColumn,
                                    BackupTableModel::StartColumn,     BackupTableModel::StatusColumn,
                                    BackupTableModel::DatabasesColumn, BackupTableModel::IdColumn};
        QBuffer expected;
        expected.open(QIODevice::WriteOnly);
        CsvWriter writer(&expected);
        writer.setBom(true);
        QVERIFY(writer.writeModel(&view.proxy, columns));
        QVERIFY(view.proxy.rowCount() > 5000);
        QVERIFY(view.proxy.rowCount() < view.model.rowCount());

        const QString file = path(QStringLiteral("sliced.csv"));
        CsvExportJob job(&view.proxy, columns, file);
        job.setBom(true);
        job.setSliceBudget(1);
        QList<int> written;
        connect(&job, &CsvExportJob::progress, this, [&written, &job](int done, int total) {
            QCOMPARE(total, job.totalRows());
            written.append(done);
        });
        // Counts event-loop turns while the export runs: proof that it yields.
        int heartbeats = 0;
        QTimer heartbeat;
        heartbeat.setInterval(0);
        connect(&heartbeat, &QTimer::timeout, this, [&heartbeats] { ++heartbeats; });
        heartbeat.start();
        QSignalSpy finished(&job, &CsvExportJob::finished);
        QVERIFY(job.start());
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(30000));
        heartbeat.stop();
        QVERIFY2(finished.first().first().toBool(), qPrintable(job.errorString()));

        QCOMPARE(readAll(file), expected.data());
        QCOMPARE(job.totalRows(), view.proxy.rowCount());
        QCOMPARE(job.rowsWritten(), view.proxy.rowCount());
        // Progress: several slices, strictly increasing, ending at the total.
        QVERIFY2(written.size() > 3, qPrintable(QString::number(written.size())));
        for (qsizetype i = 1; i < written.size(); ++i)
            QVERIFY2(written.at(i) > written.at(i - 1), qPrintable(QString::number(i)));
        QCOMPARE(written.last(), view.proxy.rowCount());
        QVERIFY2(heartbeats >= written.size() - 1, qPrintable(QString::number(heartbeats)));
    }

    // Until the last row is written the target does not exist (or keeps its old content); a
    // cancelled export leaves the old file as it was and no temporary file behind.
    void atomicAndCancellable()
    {
        View view(20000);
        const QString fresh = path(QStringLiteral("atomic/fresh.csv"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("atomic"))));
        {
            CsvExportJob job(&view.proxy, allColumns(), fresh);
            job.setSliceBudget(1);
            QSignalSpy progress(&job, &CsvExportJob::progress);
            QSignalSpy finished(&job, &CsvExportJob::finished);
            QVERIFY(job.start());
            QVERIFY(progress.wait(5000));
            QVERIFY(finished.isEmpty());
            QVERIFY(!QFile::exists(fresh)); // nothing at the path while it runs
            QVERIFY(finished.wait(30000));
            QVERIFY(finished.first().first().toBool());
            QVERIFY(QFile::exists(fresh));
        }

        const QString existing = path(QStringLiteral("atomic/existing.csv"));
        writeFile(existing, "old,content\r\n");
        CsvExportJob job(&view.proxy, allColumns(), existing);
        job.setSliceBudget(1);
        QSignalSpy progress(&job, &CsvExportJob::progress);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        QVERIFY(job.start());
        QVERIFY(progress.wait(5000));
        QCOMPARE(readAll(existing), QByteArray("old,content\r\n"));
        QVERIFY(job.rowsWritten() < job.totalRows());
        job.cancel();
        QCOMPARE(finished.size(), 1); // at once
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(job.wasCancelled());
        QVERIFY(!job.isRunning());
        QVERIFY(job.errorString().contains(QLatin1String("cancelled")));
        QCOMPARE(readAll(existing), QByteArray("old,content\r\n"));
        QCOMPARE(QDir(path(QStringLiteral("atomic"))).entryList(QDir::Files | QDir::Hidden),
                 (QStringList {QStringLiteral("existing.csv"), QStringLiteral("fresh.csv")}));
        // Nothing more happens after a cancel.
        const int slices = int(progress.size());
        QTest::qWait(50);
        QCOMPARE(progress.size(), slices);
        QCOMPARE(finished.size(), 1);
        job.cancel();
        QCOMPARE(finished.size(), 1);
    }

    // A job destroyed while running (the window closed) leaves no temporary file either.
    void destroyedWhileRunningDiscards()
    {
        View view(20000);
        const QString folder = path(QStringLiteral("destroyed"));
        QVERIFY(QDir().mkpath(folder));
        {
            CsvExportJob job(&view.proxy, allColumns(), folder + QStringLiteral("/x.csv"));
            job.setSliceBudget(1);
            QSignalSpy progress(&job, &CsvExportJob::progress);
            QVERIFY(job.start());
            QVERIFY(progress.wait(5000));
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // Rows added, removed, re-sorted or re-filtered mid-export (a refresh) would make a
    // position-based export skip or repeat rows: it aborts with a clear message instead and the
    // old file stays.
    void rowChangesAbort_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("page appended") << 0;
        QTest::newRow("re-sorted") << 1;
        QTest::newRow("filter typed") << 2;
        QTest::newRow("cleared (refresh)") << 3;
        QTest::newRow("row deleted") << 4;
        QTest::newRow("model destroyed") << 5;
    }

    void rowChangesAbort()
    {
        QFETCH(int, change);
        auto view = std::make_unique<View>(20000);
        const QString file = path(QStringLiteral("changed.csv"));
        writeFile(file, "previous export\r\n");
        CsvExportJob job(&view->proxy, allColumns(), file);
        job.setSliceBudget(1);
        QSignalSpy progress(&job, &CsvExportJob::progress);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        QVERIFY(job.start());
        QVERIFY(progress.wait(5000));
        QVERIFY(finished.isEmpty());
        switch (change) {
        case 0:
            view->model.appendPage(BackupFactory::page(50000, 100));
            break;
        case 1:
            view->proxy.sort(BackupTableModel::NameColumn, Qt::AscendingOrder);
            break;
        case 2:
            view->proxy.setFilterText(view->proxy.backupAt(0).id); // one row left
            break;
        case 3:
            view->model.clear();
            break;
        case 4:
            QVERIFY(view->model.removeBackup(view->proxy.backupAt(0)));
            break;
        default:
            view.reset();
            break;
        }
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!job.wasCancelled());
        QVERIFY2(job.errorString().contains(QLatin1String("changed during the export")),
                 qPrintable(job.errorString()));
        QCOMPARE(readAll(file), QByteArray("previous export\r\n"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("changed*")}, QDir::Files | QDir::Hidden),
                 QStringList {QStringLiteral("changed.csv")});
    }

    // A value changing in place (a detail loaded) keeps the rows where they are: the export
    // goes on, and every row is written exactly once.
    void valueChangesInPlaceContinue()
    {
        View view(20000);
        const QString file = path(QStringLiteral("inplace.csv"));
        CsvExportJob job(&view.proxy, {BackupTableModel::IdColumn, BackupTableModel::ChecksumColumn}, file);
        job.setSliceBudget(1);
        QSignalSpy progress(&job, &CsvExportJob::progress);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        QVERIFY(job.start());
        QVERIFY(progress.wait(5000));
        const int rows = view.proxy.rowCount();
        Backup last = view.proxy.backupAt(rows - 1); // not written yet
        last.checksum = {QStringLiteral("crc64-xz"), QStringLiteral("detail-loaded-checksum")};
        view.model.upsert(last); // same key: updated in place, same sort key
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(job.errorString()));
        const QByteArray content = readAll(file);
        QCOMPARE(content.count("\r\n"), rows + 1);
        QVERIFY(content.endsWith(last.id.toUtf8() + ",detail-loaded-checksum\r\n"));
    }

    void refusesWhatCannotStart()
    {
        View view(10);
        QString error;
        CsvExportJob nowhere(&view.proxy, allColumns(), path(QStringLiteral("no/such/dir/x.csv")));
        QSignalSpy finished(&nowhere, &CsvExportJob::finished);
        QVERIFY(!nowhere.start(&error));
        QVERIFY(error.contains(QLatin1String("Cannot write")));
        QVERIFY(!nowhere.isRunning());

        CsvExportJob noModel(nullptr, allColumns(), path(QStringLiteral("none.csv")));
        QVERIFY(!noModel.start(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("none.csv"))));

        CsvExportJob twice(&view.proxy, allColumns(), path(QStringLiteral("twice.csv")));
        QSignalSpy twiceFinished(&twice, &CsvExportJob::finished);
        QVERIFY(twice.start());
        QVERIFY(!twice.start(&error));
        QVERIFY(twiceFinished.wait(5000));
        QCOMPARE(twiceFinished.size(), 1);
        QTest::qWait(20);
        QVERIFY(finished.isEmpty()); // a refused start never signals
    }

    // An empty view still writes its header.
    void emptyViewWritesHeader()
    {
        View view(0);
        const QString file = path(QStringLiteral("empty.csv"));
        CsvExportJob job(&view.proxy, {BackupTableModel::IdColumn, BackupTableModel::SizeColumn}, file);
        QSignalSpy progress(&job, &CsvExportJob::progress);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        QVERIFY(job.start());
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first(), (QVariantList {0, 0}));
        QCOMPARE(readAll(file), QByteArray("Backup ID,Size,Size (bytes)\r\n"));
    }
};

BB_TEST_GUILESS_MAIN(tst_CsvExportJob)
#include "tst_csvexportjob.moc"
