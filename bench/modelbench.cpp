// Model benchmark (issue 6 "Scale"): at 100,000 backups, how long filling the table page by
// page, sorting, a filter keystroke and a CSV export take on the GUI thread, and how long the
// sliced CSV export (CsvExportJob) holds the event loop at most.
// Run: modelbench [--rows N] [--output bench/results/models.md]

#include "models/backupfilterproxy.h"
#include "models/backuptablemodel.h"
#include "models/csvexportjob.h"
#include "models/csvwriter.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <utility>

using namespace bb;

namespace {

// Backups shaped like a big SQL Server + Redis account: 40 instances, a data backup an hour
// and log backups in between, some failed, sizes from KB to hundreds of GB.
QList<Backup> generatePage(int first, int count)
{
    static const BackupStatus statuses[]
        = {BackupStatus::Succeeded, BackupStatus::Succeeded, BackupStatus::Succeeded,
           BackupStatus::Failed,    BackupStatus::Running,   BackupStatus::Expired};
    const QDateTime origin(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QList<Backup> page;
    page.reserve(count);
    quint64 state = 0x9E3779B97F4A7C15ULL * quint64(first + 1);
    for (int i = first; i < first + count; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        const int instance = i % 40;
        Backup b;
        b.id = QString::number(1000000 + i);
        b.product = instance < 30 ? QStringLiteral("tencent-sqlserver") : QStringLiteral("tencent-redis");
        b.instanceId = QStringLiteral("mssql-%1").arg(instance, 8, 16, QLatin1Char('0'));
        b.region = instance % 2 ? QStringLiteral("ap-guangzhou") : QStringLiteral("ap-shanghai");
        b.kind = i % 4 == 0 ? BackupKind::Full : BackupKind::Log;
        b.name = QStringLiteral("%1_%2_%3.bak")
                     .arg(b.instanceId,
                          b.kind == BackupKind::Full ? QStringLiteral("data") : QStringLiteral("log"))
                     .arg(i);
        b.status = statuses[state % 6];
        b.statusRaw = QString::number(int(b.status));
        b.trigger = state % 11 == 0 ? BackupTrigger::Manual : BackupTrigger::Automatic;
        b.method = BackupMethod::Physical;
        b.start = origin.addSecs(qint64(i) * 900 + qint64(state % 600));
        b.end = b.start.addSecs(30 + qint64(state % 7200));
        b.expire = b.start.addDays(7);
        b.sizeBytes = qint64(state % (200ULL * 1024 * 1024 * 1024));
        b.databases = {QStringLiteral("db%1").arg(state % 50), QStringLiteral("orders")};
        page.append(b);
    }
    return page;
}

struct Result
{
    QString what;
    double ms;
    QString target;
    double cpuMs = -1;
};

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of this thread: on a shared machine wall time includes waiting for a core, CPU time
// is what the GUI thread would actually spend.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall and CPU time of one step.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_cpu = threadCpuMs();
        m_wall.start();
    }
    Result result(const QString &what, const QString &target = {}) const
    {
        return {what, elapsedMs(m_wall), target, threadCpuMs() - m_cpu};
    }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("rows to generate"),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption outputOption(QStringLiteral("output"), QStringLiteral("markdown report"),
                                          QStringLiteral("FILE"), QStringLiteral("bench/results/models.md"));
    parser.addOption(rowsOption);
    parser.addOption(outputOption);
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    constexpr int pageSize = 100;

    // Generated up front: the bench measures the models, not the generator.
    QList<QList<Backup>> pages;
    for (int first = 0; first < rows; first += pageSize)
        pages.append(generatePage(first, std::min(pageSize, rows - first)));

    QList<Result> results;
    Stopwatch timer;

    // 1. Fill page by page into the model behind a sorted proxy, as the GUI does.
    BackupTableModel model;
    BackupFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(BackupTableModel::StartColumn, Qt::DescendingOrder);
    Result slowestPage {QStringLiteral("slowest single page append (CPU-slowest)"), 0,
                        QStringLiteral("≤ 50 ms (stall)"), 0};
    timer.restart();
    for (const QList<Backup> &page : std::as_const(pages)) {
        const Stopwatch one;
        model.appendPage(page);
        const Result r = one.result(slowestPage.what, slowestPage.target);
        if (r.cpuMs > slowestPage.cpuMs)
            slowestPage = r;
    }
    results.append(timer.result(
        QStringLiteral("fill %1 rows in %2-row pages (sorted proxy attached)").arg(rows).arg(pageSize)));
    results.append(slowestPage);

    // 1b. The same rows in the slices BackupLoader inserts while a listing streams in (at most
    // maxRowsPerInsert): the slowest slices are what the GUI thread feels, and where they happen
    // (growth of the table's storage, its key index, the proxy's order) tells why.
    QString slicesLine;
    {
        constexpr int sliceRows = 1000;
        BackupTableModel sliced;
        BackupFilterProxy slicedProxy;
        slicedProxy.setSourceModel(&sliced);
        slicedProxy.sort(BackupTableModel::StartColumn, Qt::DescendingOrder);
        struct Slice
        {
            double cpuMs;
            int before;
        };
        QList<Slice> slices;
        QList<Backup> slice;
        timer.restart();
        for (const QList<Backup> &page : std::as_const(pages)) {
            slice += page;
            if (slice.size() < sliceRows && &page != &pages.constLast())
                continue;
            const int before = sliced.rowCount();
            const Stopwatch one;
            sliced.appendPage(std::exchange(slice, {}));
            slices.append({one.result({}).cpuMs, before});
        }
        results.append(
            timer.result(QStringLiteral("fill %1 rows in %2-row slices").arg(rows).arg(sliceRows)));
        QList<Slice> byCost = slices;
        std::sort(byCost.begin(), byCost.end(),
                  [](const Slice &a, const Slice &b) { return a.cpuMs > b.cpuMs; });
        QList<double> costs;
        for (const Slice &s : std::as_const(slices))
            costs.append(s.cpuMs);
        std::sort(costs.begin(), costs.end());
        results.append({QStringLiteral("slowest %1-row slice (CPU), at %2 rows")
                            .arg(sliceRows)
                            .arg(byCost.first().before),
                        byCost.first().cpuMs, QStringLiteral("≤ 8 ms (one event-loop turn)"),
                        byCost.first().cpuMs});
        slicesLine = QStringLiteral("%1-row slices: median %2 ms CPU; slowest:")
                         .arg(sliceRows)
                         .arg(costs.at(costs.size() / 2), 0, 'f', 1);
        for (qsizetype i = 0; i < std::min<qsizetype>(8, byCost.size()); ++i)
            slicesLine += QStringLiteral(" %1 ms at %2 rows;")
                              .arg(byCost.at(i).cpuMs, 0, 'f', 1)
                              .arg(byCost.at(i).before);
    }

    // 2. Sorting.
    timer.restart();
    proxy.sort(BackupTableModel::SizeColumn, Qt::DescendingOrder);
    results.append(timer.result(QStringLiteral("sort by size"), QStringLiteral("≤ 150 ms")));
    timer.restart();
    proxy.sort(BackupTableModel::StartColumn, Qt::AscendingOrder);
    results.append(timer.result(QStringLiteral("sort by start"), QStringLiteral("≤ 150 ms")));
    timer.restart();
    proxy.sort(BackupTableModel::NameColumn, Qt::AscendingOrder);
    results.append(timer.result(QStringLiteral("sort by name (natural)"), QStringLiteral("≤ 150 ms")));
    proxy.sort(BackupTableModel::StartColumn, Qt::DescendingOrder);

    // 2b. The Local copy column (issue 16): the catalogues' states of every other row arrive in
    // one batch (BrowserController::reloadLocalCopies), the proxy catches up, then a sort by it.
    {
        QHash<QString, LocalCopyState> states;
        const QDateTime verified(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
        for (int row = 0; row < model.rowCount(); row += 2) {
            const Backup &b = model.backupAt(row);
            states.insert(BackupTableModel::localCopyKey(b.product, b.instanceId, b.id),
                          {LocalCopyState::Kind::Verified, verified.addSecs(row)});
        }
        timer.restart();
        model.setLocalCopies(states, verified.addDays(7));
        QCoreApplication::processEvents(); // the proxy's queued revalidation of the changed rows
        results.append(
            timer.result(QStringLiteral("local copy states of %1 rows in one batch").arg(states.size()),
                         QStringLiteral("≤ 50 ms")));
        timer.restart();
        proxy.sort(BackupTableModel::LocalCopyColumn, Qt::DescendingOrder);
        results.append(timer.result(QStringLiteral("sort by local copy"), QStringLiteral("≤ 150 ms")));
        proxy.sort(BackupTableModel::StartColumn, Qt::DescendingOrder);
    }

    // 3. Filter keystrokes: typing "log_7" one character at a time, then clearing it.
    const QString typed = QStringLiteral("log_7");
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        timer.restart();
        proxy.setFilterFixedString(typed.left(n));
        results.append(timer.result(
            QStringLiteral("filter keystroke \"%1\" → %2 rows").arg(typed.left(n)).arg(proxy.rowCount()),
            QStringLiteral("≤ 50 ms")));
    }
    timer.restart();
    proxy.setFilterFixedString(QString());
    results.append(timer.result(QStringLiteral("clear the filter → %1 rows").arg(proxy.rowCount()),
                                QStringLiteral("≤ 50 ms")));
    timer.restart();
    proxy.setFilterFixedString(QStringLiteral("db4"));
    results.append(
        timer.result(QStringLiteral("filter keystroke \"db4\" (new search) → %1 rows").arg(proxy.rowCount()),
                     QStringLiteral("≤ 50 ms")));
    proxy.setFilterFixedString(QString());
    timer.restart();
    proxy.setStatusFilter({BackupStatus::Failed});
    results.append(timer.result(QStringLiteral("status filter \"failed\" → %1 rows").arg(proxy.rowCount()),
                                QStringLiteral("≤ 50 ms")));
    proxy.setStatusFilter({});

    // 4. CSV export of the whole view (every column, raw companions), into memory.
    QList<int> columns;
    for (int c = 0; c < BackupTableModel::ColumnCount; ++c)
        columns.append(c);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    timer.restart();
    CsvWriter writer(&buffer);
    writer.setBom(true);
    writer.writeModel(&proxy, columns);
    results.append(timer.result(QStringLiteral("CSV export of %1 rows, all columns (%2 MB)")
                                    .arg(proxy.rowCount())
                                    .arg(double(buffer.size()) / 1e6, 0, 'f', 1)));

    // 5. The same export as the GUI runs it (CsvExportJob to a file, slices between event-loop
    // turns): total time, and the longest the event loop waited between two turns, which is
    // what a user would feel as a stall. A zero-interval timer ticks on every turn.
    QTemporaryDir scratch;
    CsvExportJob job(&proxy, columns, scratch.filePath(QStringLiteral("export.csv")));
    job.setBom(true);
    QEventLoop loop;
    QObject::connect(&job, &CsvExportJob::finished, &loop, &QEventLoop::quit);
    QElapsedTimer sinceTurn;
    qint64 longestGapNs = 0;
    QTimer heartbeat;
    heartbeat.setInterval(0);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longestGapNs = std::max(longestGapNs, sinceTurn.nsecsElapsed());
        sinceTurn.restart();
    });
    int slices = 0;
    QObject::connect(&job, &CsvExportJob::progress, [&slices] { ++slices; });
    timer.restart();
    sinceTurn.start();
    heartbeat.start();
    const bool started = job.start();
    if (started)
        loop.exec();
    heartbeat.stop();
    const Result exported
        = timer.result(QStringLiteral("CSV export job of %1 rows to a file, all columns (%2 slices)")
                           .arg(proxy.rowCount())
                           .arg(slices));
    results.append(exported);
    const QString exportLine
        = QStringLiteral("CSV export 100k rows: total %1 ms, longest GUI slice %2 ms "
                         "(longest gap between event-loop turns; the job's own longest "
                         "slice %3 ms, budget %4 ms, %5 slices%6)")
              .arg(exported.ms, 0, 'f', 0)
              .arg(double(longestGapNs) / 1e6, 0, 'f', 1)
              .arg(double(job.longestSliceNs()) / 1e6, 0, 'f', 1)
              .arg(job.sliceBudget())
              .arg(slices)
              .arg(started && job.errorString().isEmpty() ? QString()
                                                          : QStringLiteral(", FAILED: ") + job.errorString());

    // Report.
    QString table;
    QTextStream out(&table);
    out << "| measurement | wall (ms) | CPU (ms) | target |\n|---|---:|---:|---|\n";
    for (const Result &r : std::as_const(results))
        out << "| " << r.what << " | " << QString::number(r.ms, 'f', 1) << " | "
            << QString::number(r.cpuMs, 'f', 1) << " | " << r.target << " |\n";
    out.flush();
    std::fputs(table.toUtf8().constData(), stdout);
    std::fputs((QLatin1Char('\n') + exportLine + QLatin1Char('\n')).toUtf8().constData(), stdout);
    std::fputs((slicesLine + QLatin1Char('\n')).toUtf8().constData(), stdout);

    const QString path = parser.value(outputOption);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream md(&file);
        md << "# Model benchmark (bench/modelbench)\n\n"
           << "Generated by `modelbench --rows " << rows << "` on " << QSysInfo::prettyProductName() << ", "
           << QSysInfo::currentCpuArchitecture() << ", Qt " << qVersion() << ", "
           << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ". One run; the machine is shared, so "
           << "read the numbers as orders of magnitude.\n\n"
           << table << "\n"
           << exportLine << "\n\n"
           << slicesLine << "\n"
           << "\nWall time includes waiting for a core on a shared 2-core machine; CPU time is what the GUI "
              "thread itself spends. For comparison, the first version (a QSortFilterProxyModel with a "
              "raw-role "
              "lessThan, and an exact reserve per page) measured on the same machine: fill 66.6 s, sort by "
              "size "
              "620 ms, by start 472 ms, by name 1561 ms, a filter keystroke up to 2841 ms, clearing the "
              "filter "
              "725 ms (wall). QSortFilterProxyModel inserts each new row into its sorted mapping one by one "
              "and "
              "re-derives the mapping per interval, which is quadratic at this size; BackupFilterProxy keeps "
              "all "
              "rows in sort order with cached keys, so a page is one merge and a keystroke one linear "
              "pass.\n";
    }
    return 0;
}
