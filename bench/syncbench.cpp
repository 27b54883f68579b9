// Offsite-copies benchmark (issue 16): a sync of 100 SQL Server instances x 30 days from the
// sandbox, listing and planning (a dry run: what a daily run does before its first byte), timed,
// with its API calls counted per action and set against the API's documented rate limits (the
// bound no client within them can beat: one second's burst, then calls / rate, per action). The sandbox
// answers at once, so what remains is this client: paging, token buckets, signing, parsing, planning. Run:
// syncbench [--instances 100] [--days 30] [--runs 3] [--output bench/results/offsite.md]

#include "offsite/offsiterule.h"
#include "providers/accounts/memorycredentialstore.h"
#include "providers/core/apiclient.h"
#include "providers/core/backupservice.h"
#include "sandbox/sandbox.h"
#include "sandbox/tencentsqlserveremulator.h"
#include "session/appcontext.h"
#include "session/syncrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QProcessEnvironment>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace bb;

namespace {

// The documented limits the SQL Server service enforces (providers/tencent/sqlserverservice.cpp).
const QMap<QString, double> documentedRate {
    {QStringLiteral("DescribeDBInstances"), 20},
    {QStringLiteral("DescribeBackups"), 60},
    {QStringLiteral("DescribeRegions"), 20},
};

struct RunResult
{
    bool ok = false;
    QString error;
    qint64 elapsedMs = 0;
    int calls = 0;
    QMap<QString, int> callsPerAction;
    int fetch = 0;
    double boundMs = 0; // the rate limits' lower bound
};

RunResult runOnce(int instances, int days)
{
    RunResult result;
    QTemporaryDir scratch;
    const AppContext::Options options
        = AppContext::Options::isolatedIn(scratch.path(), new MemoryCredentialStore);
    AppContext context(options);
    if (!context.startSandbox(&result.error))
        return result;
    // One data backup and three log backups a day per instance, over `days` days.
    QStringList ids;
    for (int i = 0; i < instances; ++i)
        ids << context.sandbox()->sqlServer().addBulkInstance(QStringLiteral("ap-chengdu"), days * 4, days);

    std::shared_ptr<BackupService> service;
    QEventLoop loop;
    context.openService(context.sandboxAccount(Cloud::Tencent), QStringLiteral("tencent-sqlserver"),
                        [&](std::shared_ptr<BackupService> opened, const ProviderError &error) {
                            service = std::move(opened);
                            if (!service)
                                result.error = error.toString();
                            loop.quit();
                        });
    loop.exec();
    if (!service)
        return result;

    OffsiteRule rule;
    rule.name = QStringLiteral("bench");
    rule.product = QStringLiteral("tencent-sqlserver");
    rule.instances = ids;
    rule.days = days;
    rule.newest = 7;
    rule.destination = scratch.filePath(QStringLiteral("offsite"));
    SyncOptions syncOptions;
    syncOptions.dryRun = true;

    QMetaObject::Connection counter
        = QObject::connect(context.apiClient(), &ApiClient::requestLogged,
                           [&](const ApiLogEntry &entry) { ++result.callsPerAction[entry.action]; });
    SyncRun run(&context, service.get(), {QStringLiteral("ap-chengdu")}, QString(), rule, syncOptions);
    QObject::connect(&run, &SyncRun::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &run, &SyncRun::start);
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(counter);
    const SyncReport &report = run.report();
    if (!report.error.isEmpty()) {
        result.error = report.error;
        return result;
    }
    result.elapsedMs = report.elapsedMs;
    result.calls = report.apiCalls;
    result.fetch = report.plan.count(SyncItem::Action::Fetch);
    for (auto it = result.callsPerAction.cbegin(); it != result.callsPerAction.cend(); ++it) {
        // ApiClient's bucket starts full with one second's worth (its burst), then refills at the
        // rate: no client within the limits finishes an action's calls sooner than this.
        const double rate = documentedRate.value(it.key(), 20);
        result.boundMs = std::max(result.boundMs, 1000.0 * std::max(0.0, it.value() - rate) / rate);
    }
    result.ok = result.fetch == instances * 7;
    if (!result.ok)
        result.error = QStringLiteral("planned %1 fetches, expected %2").arg(result.fetch).arg(instances * 7);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("instances"), QStringLiteral("instances"), QStringLiteral("N"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("days"), QStringLiteral("days of backups"), QStringLiteral("D"),
                      QStringLiteral("30")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("output"), QStringLiteral("append the results to FILE"), QStringLiteral("FILE")});
    parser.process(app);
    const int instances = std::clamp(parser.value(QStringLiteral("instances")).toInt(), 1, 2000);
    const int days = std::clamp(parser.value(QStringLiteral("days")).toInt(), 1, 30);
    const int runs = std::clamp(parser.value(QStringLiteral("runs")).toInt(), 1, 20);

    QList<RunResult> results;
    for (int i = 0; i < runs; ++i) {
        RunResult r = runOnce(instances, days);
        if (!r.ok) {
            std::fprintf(stderr, "syncbench: %s\n", qPrintable(r.error));
            return 1;
        }
        std::fprintf(stderr, "run %d: %lld ms, %d calls, bound %.0f ms\n", i + 1, r.elapsedMs, r.calls,
                     r.boundMs);
        results << r;
    }
    std::sort(results.begin(), results.end(),
              [](const RunResult &a, const RunResult &b) { return a.elapsedMs < b.elapsedMs; });
    const RunResult &median = results.at(results.size() / 2);

    QString text;
    QTextStream out(&text);
    out << "### syncbench --instances " << instances << " --days " << days << " --runs " << runs << "\n\n";
    out << "Machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture()
        << "\n\n";
    out << "| | median | runs (ms) |\n|---|---|---|\n";
    QStringList all;
    for (const RunResult &r : results)
        all << QString::number(r.elapsedMs);
    out << "| listing + planning (dry run) | " << median.elapsedMs << " ms | "
        << all.join(QStringLiteral(", ")) << " |\n";
    out << "| rate-limit bound (slowest action: (calls - 1 s burst) / documented rate) | "
        << qint64(median.boundMs) << " ms | |\n";
    out << "| ratio to the bound | "
        << QString::number(median.elapsedMs / std::max(1.0, median.boundMs), 'f', 2) << " | |\n\n";
    out << "| action | calls | documented rate | calls/s achieved |\n|---|---|---|---|\n";
    for (auto it = median.callsPerAction.cbegin(); it != median.callsPerAction.cend(); ++it) {
        out << "| " << it.key() << " | " << it.value() << " | " << documentedRate.value(it.key(), 20)
            << "/s | " << QString::number(1000.0 * it.value() / std::max<qint64>(1, median.elapsedMs), 'f', 1)
            << " |\n";
    }
    out << "\n"
        << median.calls << " API calls in all; " << median.fetch
        << " backups planned for fetching (newest 7 of " << instances << " instances).\n\n";
    out.flush();
    std::fputs(qPrintable(text), stdout);
    const QString output = parser.value(QStringLiteral("output"));
    if (!output.isEmpty()) {
        QFile file(output);
        if (!file.open(QIODevice::Append | QIODevice::Text))
            return 1;
        file.write(text.toUtf8());
    }
    return 0;
}
