// GUI stall benchmark (issue 6 "Scale"): the longest GUI-thread stall while the real main window
// lists 100,000 backups through the sandbox with three downloads running. Target: <= 50 ms.
//
// One process, wired as backup-browser --sandbox is: AppContext (in-process sandbox over HTTPS,
// its certificate trusted explicitly), an offscreen MainWindow with its BrowserController,
// BackupLoader, table model, filter proxy, views, timeline and downloads panel. Per run:
//  1. the sandbox gets one extra SQL Server instance holding --rows backups;
//  2. a regular instance is selected in the tree and its three largest data backups (~1 GiB)
//     are downloaded as the Download action does; whenever one finishes another starts, so three
//     run until the listing is over;
//  3. a 1 ms precise QTimer ticks on the GUI thread: every gap between ticks is time the event
//     loop could not answer input or paint. First for --baseline-ms with downloads only, then from
//     selecting the big instance in the tree until every row is in and the window settled.
// Run: QT_QPA_PLATFORM=offscreen guistallbench [--rows N] [--runs N] [--folder DIR] [--verbose]
//
// --fleet N (issue 17): instead, the sandbox gets N more SQL Server instances (12 backups each
// over 6 days, spread over four regions), and the stall is measured from opening View → Fleet
// health until every instance of every account is judged and the window settled.

#include "models/backuploader.h"
#include "models/backuptablemodel.h"
#include "models/healthtablemodel.h"
#include "models/instancetreemodel.h"
#include "providers/accounts/memorycredentialstore.h"
#include "sandbox/sandbox.h"
#include "sandbox/tencentsqlserveremulator.h"
#include "session/appcontext.h"
#include "session/browsercontroller.h"
#include "session/fleethealthcontroller.h"
#include "session/settings.h"
#include "transfers/downloadmanager.h"
#include "ui/healthoverviewdialog.h"
#include "ui/icons.h"
#include "ui/instancetreepane.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcessEnvironment>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <sys/resource.h>

using namespace bb;

namespace {

constexpr double nsPerMs = 1e6;

// CLOCK_MONOTONIC on Linux: the clock `perf record -k CLOCK_MONOTONIC` stamps samples with, so a
// stall printed with --verbose can be matched with what the GUI thread ran during it.
// CPU time the calling thread has used: the part of a stall the GUI thread spent working, as
// opposed to waiting for a core (other processes, the sandbox, Qt's network thread).
qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Ticks every millisecond on the GUI thread and keeps each gap between ticks: a gap well above
// 1 ms is the event loop busy with something else (a stall the user would feel).
class Heartbeat final : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = nowNs();
            const qint64 cpu = threadCpuNs();
            m_gaps.append({now - m_last, now, cpu - m_lastCpu});
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_last = nowNs();
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    struct Gap
    {
        qint64 ns = 0;
        qint64 endNs = 0; // when the tick after the gap ran (the clock's time)
        qint64 cpuNs = 0; // GUI-thread CPU time inside the gap
    };
    const QList<Gap> &gaps() const { return m_gaps; }

private:
    QTimer m_timer;
    QList<Gap> m_gaps;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
};

// With --verbose: each event the GUI thread handles at the outermost level is timed in thread
// CPU, and those over a threshold are kept with their receiver and type, so a busy stall can be
// attributed without a profiler (the rare ones do not show up while perf is recording).
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    struct SlowEvent
    {
        qint64 endNs = 0;
        qint64 cpuNs = 0;
        QString what;
    };
    static constexpr qint64 thresholdNs = 2000000;

    void setTiming(bool on) { m_timing = on; }
    const QList<SlowEvent> &slowEvents() const { return m_slow; }
    void clearSlowEvents() { m_slow.clear(); }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_timing || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 cpu0 = threadCpuNs();
        const QEvent::Type type = event->type();
        const QString name = describe(receiver); // before: the receiver may be gone afterwards
        const bool handled = QApplication::notify(receiver, event);
        const qint64 cpu = threadCpuNs() - cpu0;
        --m_depth;
        if (cpu >= thresholdNs)
            m_slow.append({nowNs(), cpu, name + QStringLiteral(" event %1").arg(int(type))});
        return handled;
    }

private:
    static QString describe(QObject *object)
    {
        QString text = QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty())
            text += u'(' + object->objectName() + u')';
        if (QObject *parent = object->parent())
            text += QStringLiteral(" in ") + QString::fromLatin1(parent->metaObject()->className());
        return text;
    }

    bool m_timing = false;
    int m_depth = 0;
    QList<SlowEvent> m_slow;
};

TimedApplication *timedApp()
{
    return static_cast<TimedApplication *>(QCoreApplication::instance());
}

struct Stats
{
    double maxMs = 0;
    double p99Ms = 0;
    double p999Ms = 0;
    int over16 = 0;
    int over50 = 0;
    int ticks = 0;
    qint64 maxEndNs = 0;
    // The same over the GUI thread's own CPU time inside each gap: what the app itself did, with
    // the time it waited for a core left out (the machine is shared).
    double maxBusyMs = 0;
    double p99BusyMs = 0;
    int busyOver16 = 0;
    int busyOver50 = 0;
};

Stats statsOf(const QList<Heartbeat::Gap> &gaps)
{
    Stats s;
    if (gaps.isEmpty())
        return s;
    QList<qint64> ns;
    ns.reserve(gaps.size());
    for (const Heartbeat::Gap &g : gaps) {
        ns.append(g.ns);
        if (g.ns > 16 * nsPerMs)
            ++s.over16;
        if (g.ns > 50 * nsPerMs)
            ++s.over50;
        if (g.ns / nsPerMs > s.maxMs) {
            s.maxMs = g.ns / nsPerMs;
            s.maxEndNs = g.endNs;
        }
    }
    QList<qint64> busy;
    busy.reserve(gaps.size());
    for (const Heartbeat::Gap &g : gaps) {
        busy.append(g.cpuNs);
        s.maxBusyMs = std::max(s.maxBusyMs, g.cpuNs / nsPerMs);
        s.busyOver16 += g.cpuNs > 16 * nsPerMs ? 1 : 0;
        s.busyOver50 += g.cpuNs > 50 * nsPerMs ? 1 : 0;
    }
    std::sort(busy.begin(), busy.end());
    s.p99BusyMs = busy.at(std::min<qsizetype>(busy.size() - 1, busy.size() * 99 / 100)) / nsPerMs;
    std::sort(ns.begin(), ns.end());
    s.ticks = static_cast<int>(ns.size());
    s.p99Ms = ns.at(std::min<qsizetype>(ns.size() - 1, ns.size() * 99 / 100)) / nsPerMs;
    s.p999Ms = ns.at(std::min<qsizetype>(ns.size() - 1, ns.size() * 999 / 1000)) / nsPerMs;
    return s;
}

// Renices the threads of this process called `name` (Linux: a thread is a task under
// /proc/self/task; setpriority() on its id sets that thread's nice value alone). Returns how many.
int reniceThreads(const QString &name, int nice)
{
    int count = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || QString::fromUtf8(comm.readAll()).trimmed() != name)
            continue;
        if (setpriority(PRIO_PROCESS, static_cast<id_t>(tid.toUInt()), nice) == 0)
            ++count;
    }
    return count;
}

// Spins the event loop (as the app's own loop would run) until `done` or the deadline.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 bytesUnder(const QString &folder)
{
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

struct RunResult
{
    bool ok = false;
    QString error;
    Stats baseline; // downloads only
    Stats listing; // downloads + listing
    double listingMs = 0;
    int rows = 0;
    int pages = 0;
    double slowestInsertMs = 0;
    double insertTotalMs = 0;
    double downloadMBps = 0; // all downloads together, during the listing window
    double baselineMBps = 0;
    int downloadsStarted = 0;
    QStringList longest; // the longest stalls, with what overlapped them
};

struct Config
{
    int rows = 100000;
    int downloads = 3;
    int baselineMs = 3000;
    int settleMs = 1000;
    QString folder;
    bool verbose = false;
    // A variant, not the app: the in-process sandbox stands in for the remote cloud, whose CPU
    // is not on the user's machine. Nice value for its server thread; 0 leaves it as the app runs it.
    int sandboxNice = 0;
};

// The app's context as `backup-browser --sandbox` makes it, with every file in `scratch` (the
// download queue too, never the user's). Null with *error when the sandbox cannot start.
std::unique_ptr<AppContext> sandboxContext(const QTemporaryDir &scratch, QString *error)
{
    const AppContext::Options options
        = AppContext::Options::isolatedIn(scratch.path(), new MemoryCredentialStore);
    auto context = std::make_unique<AppContext>(options);
    if (!context->startSandbox(error))
        return nullptr;
    return context;
}

RunResult runOnce(const Config &config, int run)
{
    RunResult result;
    QTemporaryDir scratch(config.folder.isEmpty() ? QDir::tempPath() + QStringLiteral("/guistall-XXXXXX")
                                                  : config.folder + QStringLiteral("/guistall-XXXXXX"));
    if (!scratch.isValid()) {
        result.error = QStringLiteral("cannot create a scratch folder");
        return result;
    }
    const QString downloads = scratch.filePath(QStringLiteral("downloads"));
    QDir().mkpath(downloads);

    auto context = sandboxContext(scratch, &result.error);
    if (!context)
        return result;
    if (config.sandboxNice != 0 && reniceThreads(QStringLiteral("bb-sandbox"), config.sandboxNice) != 1) {
        result.error = QStringLiteral("cannot renice the sandbox thread");
        return result;
    }
    context->settings()->setDownloadFolder(downloads);
    const QString bulkId
        = context->sandbox()->sqlServer().addBulkInstance(QStringLiteral("ap-guangzhou"), config.rows);

    auto window = std::make_unique<MainWindow>(context.get());
    window->resize(1400, 860);
    window->show();
    BrowserController *controller = window->controller();

    controller->tree()->load();
    if (!waitFor([&] { return controller->tree()->loadingCount() == 0; }, 60000)) {
        result.error = QStringLiteral("the tree did not load");
        return result;
    }
    const QModelIndex bulk
        = controller->tree()->firstInstance([&](const Instance &i) { return i.id == bulkId; });
    const QModelIndex small = controller->tree()->firstInstance(
        [&](const Instance &i) { return i.product == u"tencent-sqlserver" && i.id != bulkId; });
    if (!bulk.isValid() || !small.isValid()) {
        result.error = QStringLiteral("instances not in the tree");
        return result;
    }

    // The download sources: the largest successful data backups of a regular instance.
    bool loaded = false;
    auto onLoaded = QObject::connect(controller, &BrowserController::selectionLoaded, [&] { loaded = true; });
    window->treePane()->setCurrentSourceIndex(small);
    if (!waitFor([&] { return loaded; }, 60000)) {
        result.error = QStringLiteral("the regular instance did not list");
        return result;
    }
    QList<Backup> sources;
    for (const Backup &b : controller->table()->backups()) {
        if (b.status == BackupStatus::Succeeded && b.kind == BackupKind::Full && b.sizeBytes > 0
            && b.notDownloadableReason.isEmpty())
            sources.append(b);
    }
    std::sort(sources.begin(), sources.end(),
              [](const Backup &a, const Backup &b) { return a.sizeBytes > b.sizeBytes; });
    sources = sources.mid(0, 6);
    if (sources.size() < config.downloads) {
        result.error = QStringLiteral("not enough downloadable backups");
        return result;
    }

    // Three downloads, started as the Download action does, and a new one whenever one ends.
    int next = 0;
    bool keepDownloading = true;
    auto startOne = [&] {
        const Backup &b = sources.at(next++ % sources.size());
        QString why;
        if (controller->startDownload(b, DownloadNetwork::External, downloads, &why).isEmpty())
            std::fprintf(stderr, "download refused: %s\n", qPrintable(why));
        else
            ++result.downloadsStarted;
    };
    QObject::connect(controller->downloads(), &DownloadManager::downloadFinished, window.get(), [&] {
        if (keepDownloading)
            startOne();
    });
    QObject::connect(controller->downloads(), &DownloadManager::downloadFailed, window.get(),
                     [](const QString &, const QString &message) {
                         std::fprintf(stderr, "download failed: %s\n", qPrintable(message));
                     });
    for (int i = 0; i < config.downloads; ++i)
        startOne();
    // Until bytes flow (the first URL resolution and TLS handshakes are not what is measured).
    if (!waitFor([&] { return bytesUnder(downloads) > 64 * 1024 * 1024; }, 60000)) {
        result.error = QStringLiteral("the downloads did not start");
        return result;
    }

    Heartbeat heartbeat;

    // Baseline: downloads only.
    qint64 bytes0 = bytesUnder(downloads);
    heartbeat.start();
    spin(config.baselineMs);
    heartbeat.stop();
    result.baselineMBps = (bytesUnder(downloads) - bytes0) / 1e6 / (config.baselineMs / 1000.0);
    result.baseline = statsOf(heartbeat.gaps());

    // What ran on the GUI thread around the stalls: page inserts (model + proxy + view).
    struct Span
    {
        qint64 begin;
        qint64 end;
        int rows;
    };
    QList<Span> inserts;
    qint64 insertBegin = 0;
    BackupTableModel *table = controller->table();
    auto c1
        = QObject::connect(table, &QAbstractItemModel::rowsAboutToBeInserted, [&] { insertBegin = nowNs(); });
    auto c2 = QObject::connect(table, &QAbstractItemModel::rowsInserted,
                               [&](const QModelIndex &, int first, int last) {
                                   inserts.append({insertBegin, nowNs(), last - first + 1});
                               });

    loaded = false;
    bytes0 = bytesUnder(downloads);
    timedApp()->clearSlowEvents();
    heartbeat.start();
    const qint64 listStart = nowNs();
    window->treePane()->setCurrentSourceIndex(bulk);
    const bool listed = waitFor([&] { return loaded; }, 600000);
    const qint64 listEnd = nowNs();
    spin(config.settleMs);
    heartbeat.stop();
    const qint64 windowEnd = nowNs();
    result.downloadMBps = (bytesUnder(downloads) - bytes0) / 1e6 / ((windowEnd - listStart) / 1e9);
    keepDownloading = false;
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    QObject::disconnect(onLoaded);
    if (!listed) {
        result.error = QStringLiteral("the listing did not finish");
        return result;
    }

    result.listing = statsOf(heartbeat.gaps());
    result.listingMs = (listEnd - listStart) / nsPerMs;
    result.rows = table->rowCount();
    result.pages = static_cast<int>(inserts.size());
    for (const Span &s : inserts) {
        result.slowestInsertMs = std::max(result.slowestInsertMs, (s.end - s.begin) / nsPerMs);
        result.insertTotalMs += (s.end - s.begin) / nsPerMs;
    }

    auto describe = [&](const QList<Heartbeat::Gap> &gaps, int count) {
        for (int i = 0; i < std::min<qsizetype>(gaps.size(), count); ++i) {
            const Heartbeat::Gap &g = gaps.at(i);
            const qint64 begin = g.endNs - g.ns;
            double insertMs = 0;
            int insertRows = 0;
            for (const Span &s : inserts) {
                const qint64 overlap = std::min(s.end, g.endNs) - std::max(s.begin, begin);
                if (overlap > 0) {
                    insertMs += overlap / nsPerMs;
                    insertRows += s.rows;
                }
            }
            QString line
                = QStringLiteral(
                      "%1 ms (GUI thread busy %2 ms) at +%3 ms (page inserts inside: %4 ms, %5 rows)")
                      .arg(g.ns / nsPerMs, 0, 'f', 1)
                      .arg(g.cpuNs / nsPerMs, 0, 'f', 1)
                      .arg((begin - listStart) / nsPerMs, 0, 'f', 0)
                      .arg(insertMs, 0, 'f', 1)
                      .arg(insertRows);
            if (config.verbose) {
                line += QStringLiteral(" monotonic %1..%2 s")
                            .arg(begin / 1e9, 0, 'f', 6)
                            .arg(g.endNs / 1e9, 0, 'f', 6);
                for (const TimedApplication::SlowEvent &e : timedApp()->slowEvents()) {
                    if (e.endNs > begin && e.endNs <= g.endNs)
                        line += QStringLiteral("\n      %1 ms in %2")
                                    .arg(e.cpuNs / nsPerMs, 0, 'f', 1)
                                    .arg(e.what);
                }
            }
            result.longest.append(line);
        }
    };
    QList<Heartbeat::Gap> sorted = heartbeat.gaps();
    std::sort(sorted.begin(), sorted.end(),
              [](const Heartbeat::Gap &a, const Heartbeat::Gap &b) { return a.ns > b.ns; });
    describe(sorted, config.verbose ? 10 : 5);
    if (config.verbose) {
        std::sort(sorted.begin(), sorted.end(),
                  [](const Heartbeat::Gap &a, const Heartbeat::Gap &b) { return a.cpuNs > b.cpuNs; });
        result.longest.append(QStringLiteral("(busiest)"));
        describe(sorted, 8);
    }
    result.ok = result.rows == config.rows;
    if (!result.ok)
        result.error = QStringLiteral("listed %1 rows, expected %2").arg(result.rows).arg(config.rows);

    // Stop the downloads before the window and the sandbox go.
    DownloadManager *manager = controller->downloads();
    for (int row = manager->count() - 1; row >= 0; --row)
        manager->cancel(manager->id(row));
    spin(200);
    window.reset();
    context.reset();
    Q_UNUSED(run);
    return result;
}

struct FleetResult
{
    bool ok = false;
    QString error;
    Stats stats;
    int instances = 0;
    double refreshMs = 0;
};

// --fleet: the fleet overview's first refresh over `instances` extra instances.
FleetResult runFleetOnce(const Config &config, int instances)
{
    FleetResult result;
    QTemporaryDir scratch;
    auto context = sandboxContext(scratch, &result.error);
    if (!context)
        return result;
    const QStringList regions {QStringLiteral("ap-guangzhou"), QStringLiteral("ap-shanghai"),
                               QStringLiteral("ap-beijing"), QStringLiteral("ap-singapore")};
    for (int i = 0; i < instances; ++i)
        context->sandbox()->sqlServer().addBulkInstance(regions.at(i % regions.size()), 12);

    auto window = std::make_unique<MainWindow>(context.get());
    window->resize(1400, 860);
    window->show();
    BrowserController *controller = window->controller();
    controller->tree()->load();
    if (!waitFor([&] { return controller->tree()->loadingCount() == 0; }, 120000)) {
        result.error = QStringLiteral("the tree did not load");
        return result;
    }
    spin(config.settleMs);

    Heartbeat heartbeat;
    timedApp()->clearSlowEvents();
    heartbeat.start();
    const qint64 start = nowNs();
    HealthOverviewDialog *overview = window->showFleetHealth();
    bool finished = false;
    QObject::connect(overview->controller(), &FleetHealthController::finished, [&] { finished = true; });
    const bool done = waitFor([&] { return finished; }, 900000);
    result.refreshMs = (nowNs() - start) / nsPerMs;
    spin(config.settleMs);
    heartbeat.stop();
    if (!done) {
        result.error = QStringLiteral("the overview did not finish");
        return result;
    }
    result.stats = statsOf(heartbeat.gaps());
    result.instances = overview->controller()->model()->rowCount();
    result.ok = result.instances >= instances;
    if (!result.ok)
        result.error = QStringLiteral("%1 rows for %2 extra instances").arg(result.instances).arg(instances);
    window.reset();
    context.reset();
    return result;
}

void printStats(const char *label, const Stats &s)
{
    std::printf(
        "  %-22s longest %7.1f ms  p99 %5.1f ms  p99.9 %6.1f ms  >16 ms: %4d  >50 ms: %4d  (%d ticks)\n",
        label, s.maxMs, s.p99Ms, s.p999Ms, s.over16, s.over50, s.ticks);
    std::printf("  %-22s longest %7.1f ms  p99 %5.1f ms                 >16 ms: %4d  >50 ms: %4d\n",
                "  of it GUI thread busy", s.maxBusyMs, s.p99BusyMs, s.busyOver16, s.busyOver50);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guistallbench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Longest GUI-thread stall while listing 100,000 backups with three downloads running"));
    parser.addHelpOption();
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Backups in the big instance."),
                                  QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs."), QStringLiteral("n"),
                                  QStringLiteral("3"));
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    QStringLiteral("Where the downloads go (deleted after each run)."),
                                    QStringLiteral("dir"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        QStringLiteral("List the longest and the busiest stalls, with their monotonic times and the "
                       "GUI-thread events inside that took over 2 ms of CPU."));
    const QCommandLineOption sandboxNice(
        QStringLiteral("sandbox-nice"),
        QStringLiteral("Variant: run the in-process sandbox's server thread at this nice value "
                       "(it stands in for the remote cloud). Default 0, as the app runs it."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption fleet(
        QStringLiteral("fleet"),
        QStringLiteral("Instead: the fleet overview's refresh with this many extra instances."),
        QStringLiteral("n"));
    parser.addOptions({rows, runs, folder, verbose, sandboxNice, fleet});
    parser.process(app);

    Icons::init();
    Theme::apply(app, Settings::Theme::Light);

    Config config;
    config.rows = parser.value(rows).toInt();
    config.folder = parser.value(folder);
    config.verbose = parser.isSet(verbose);
    app.setTiming(config.verbose);
    config.sandboxNice = parser.value(sandboxNice).toInt();
    const int runCount = std::max(1, parser.value(runs).toInt());

    if (parser.isSet(fleet)) {
        const int instances = parser.value(fleet).toInt();
        std::printf("guistallbench --fleet: %d extra instances, %s, Qt %s, %s\n", instances,
                    qPrintable(QSysInfo::prettyProductName()), qVersion(),
                    qPrintable(QGuiApplication::platformName()));
        double worst = 0;
        for (int run = 1; run <= runCount; ++run) {
            const FleetResult r = runFleetOnce(config, instances);
            std::printf("run %d: %s\n", run, r.ok ? "ok" : qPrintable(QStringLiteral("FAILED: ") + r.error));
            printStats("fleet overview", r.stats);
            std::printf("  %d instances judged in %.0f ms\n", r.instances, r.refreshMs);
            std::fflush(stdout);
            if (!r.ok)
                return 1;
            worst = std::max(worst, r.stats.maxMs);
        }
        std::printf("longest stall over %d runs: %.1f ms wall (target <= 50 ms): %s\n", runCount, worst,
                    worst <= 50 ? "met" : "NOT met");
        return 0;
    }

    std::printf(
        "guistallbench: %d backups, %d downloads, %s, Qt %s, %s%s\n", config.rows, config.downloads,
        qPrintable(QSysInfo::prettyProductName()), qVersion(), qPrintable(QGuiApplication::platformName()),
        config.sandboxNice != 0
            ? qPrintable(QStringLiteral(", VARIANT: sandbox thread at nice %1").arg(config.sandboxNice))
            : "");
    QList<RunResult> results;
    for (int run = 1; run <= runCount; ++run) {
        const RunResult r = runOnce(config, run);
        std::printf("run %d: %s\n", run, r.ok ? "ok" : qPrintable(QStringLiteral("FAILED: ") + r.error));
        printStats("downloads only", r.baseline);
        printStats("listing + downloads", r.listing);
        std::printf("  listing %.0f ms, %d rows in %d inserts (%.0f ms in all), slowest %.1f ms; "
                    "downloads %.0f MB/s while listing (%.0f MB/s alone), %d started\n",
                    r.listingMs, r.rows, r.pages, r.insertTotalMs, r.slowestInsertMs, r.downloadMBps,
                    r.baselineMBps, r.downloadsStarted);
        for (const QString &line : r.longest)
            std::printf("    stall %s\n", qPrintable(line));
        std::fflush(stdout);
        if (!r.ok)
            return 1;
        results.append(r);
    }
    double worst = 0;
    double worstBusy = 0;
    for (const RunResult &r : results) {
        worst = std::max(worst, r.listing.maxMs);
        worstBusy = std::max(worstBusy, r.listing.maxBusyMs);
    }
    std::printf(
        "longest stall over %d runs: %.1f ms wall (target <= 50 ms): %s; GUI thread busy at most %.1f ms "
        "in one stall\n",
        runCount, worst, worst <= 50 ? "met" : "NOT met", worstBusy);
    return 0;
}
