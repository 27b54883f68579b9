// backup-browser: the desktop application.
#include "models/instancetreemodel.h"
#include "offsite/rulelistmodel.h"
#include "session/appcontext.h"
#include "session/browsercontroller.h"
#include "session/fleethealthcontroller.h"
#include "session/localcopiescontroller.h"
#include "session/settings.h"
#include "session/version.h"
#include "translations/languagemanager.h"
#include "ui/backuptablepane.h"
#include "ui/healthoverviewdialog.h"
#include "ui/icons.h"
#include "ui/instancetreepane.h"
#include "ui/localcopiesdialog.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPixmap>
#include <QPointer>
#include <QSize>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// --screenshot: load the sandbox, select what the scene names, then grab the window into a
// PNG and quit. Scenes: "instance" (the first instance, a full backup selected, a download
// running), and the morning check of docs/walkthrough-morning-check.md: "account" (the whole
// first account), "failed" (its failed backups), "failed-24h" (failed in the last 24 hours); and
// "health": the fleet overview once every instance is judged (the dialog, not the window);
// "local-copies": the Local copies view after a first run of one rule (two RDS instances, the
// newest backup each, into the scratch download folder).
// Driven by the models' signals, with a deadline so it always ends.
void driveScreenshot(bb::MainWindow &window, const QString &file, const QString &scene,
                     QTemporaryDir *downloads)
{
    bb::BrowserController *controller = window.controller();
    const bool account = scene != QLatin1String("instance");
    auto grab = std::make_shared<std::function<void()>>();
    auto target = std::make_shared<QPointer<QWidget>>(&window);
    *grab = [target, file] {
        const bool ok = *target && (*target)->grab().save(file, "PNG");
        std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "could not save",
                     qPrintable(QDir::toNativeSeparators(file)));
        QCoreApplication::exit(ok ? 0 : 1);
    };
    QObject::connect(controller->tree(), &bb::InstanceTreeModel::regionLoaded, &window,
                     [&window, controller, account] {
                         if (controller->tree()->loadingCount() == 0 && !controller->selection().isValid()) {
                             window.treePane()->view()->expandAll();
                             if (account)
                                 window.treePane()->setCurrentSourceIndex(controller->tree()->index(0, 0));
                             else
                                 window.selectFirstInstance();
                         }
                     });
    auto done = std::make_shared<bool>(false);
    QObject::connect(
        controller, &bb::BrowserController::selectionLoaded, &window,
        [&window, downloads, grab, target, scene, account, done] {
            if (*done)
                return;
            *done = true;
            if (scene == QLatin1String("health")) {
                bb::HealthOverviewDialog *overview = window.showFleetHealth();
                overview->resize(window.size() * 0.9);
                *target = overview;
                QObject::connect(overview->controller(), &bb::FleetHealthController::finished, overview,
                                 [grab] { QTimer::singleShot(500, [grab] { (*grab)(); }); });
                return;
            }
            if (scene == QLatin1String("local-copies")) {
                bb::LocalCopiesDialog *copies = window.showLocalCopies();
                copies->resize(window.size() * 0.9);
                *target = copies;
                bb::LocalCopiesController *local = copies->controller();
                bb::OffsiteRule rule = local->newRule();
                rule.name = QStringLiteral("nightly-rds");
                rule.product = QStringLiteral("alibaba-rds");
                rule.account.clear(); // the first account that browses the product: the Alibaba sandbox
                rule.instances = {QStringLiteral("rm-szgu0wesdog6kx"), QStringLiteral("rm-4syatqgn7fvfjc")};
                rule.newest = 1;
                const QString error = local->ruleList()->add(rule);
                if (!error.isEmpty())
                    std::fprintf(stderr, "backup-browser: %s\n", qPrintable(error));
                QObject::connect(local, &bb::LocalCopiesController::runningChanged, copies,
                                 [grab](bool running) {
                                     if (!running)
                                         QTimer::singleShot(1000, [grab] { (*grab)(); });
                                 });
                local->runNow();
                return;
            }
            bb::BackupTablePane *table = window.tablePane();
            if (scene.startsWith(QLatin1String("failed")))
                table->setStatusFilter({bb::BackupStatus::Failed});
            if (scene.endsWith(QLatin1String("24h")))
                table->setDateRange(bb::BackupTablePane::DateRange::Last24Hours);
            window.selectFirstBackup(!account);
            if (!account && downloads->isValid())
                window.downloadSelected(false);
            QTimer::singleShot(2500, &window, [grab] { (*grab)(); });
        });
    // A deadline, so it always ends (the fleet overview judges every instance first).
    const bool slow = scene == QLatin1String("health") || scene == QLatin1String("local-copies");
    QTimer::singleShot(slow ? 90000 : 30000, &window, [grab] { (*grab)(); });
    controller->tree()->load();
}

// The command line, described once: main() parses it with a QCoreApplication first when only
// --help or --version is asked (they must answer without a display), then with the QApplication.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption sandbox {
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start the built-in sandbox and show its accounts.")};
    QCommandLineOption screenshot {
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Load, save a PNG of the window, and quit."),
        QStringLiteral("file")};
    QCommandLineOption size {
        QStringLiteral("size"),
        QCoreApplication::translate("main", "With --screenshot: the window's size, e.g. 1280x720."),
        QStringLiteral("WIDTHxHEIGHT")};
    QCommandLineOption scene {
        QStringLiteral("scene"),
        QCoreApplication::translate(
            "main", "With --screenshot: instance, account, failed, failed-24h, health or local-copies."),
        QStringLiteral("name"), QStringLiteral("instance")};
    QCommandLineOption language {
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Use this language (e.g. zh_CN) instead of the settings'."),
        QStringLiteral("code")};
    QCommandLineOption theme {
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Use this theme (system, light, dark) instead of the settings'."),
        QStringLiteral("name")};

    CommandLine()
    {
        parser.setApplicationDescription(QStringLiteral(BB_APP_NAME));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({sandbox, screenshot, size, scene, language, theme});
    }
};

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("backup-browser"));
    QCoreApplication::setOrganizationName(QStringLiteral("backup-browser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BB_VERSION));
}

// True when the arguments only ask for --help or --version (or are wrong): answered on a
// QCoreApplication, so no window system is touched.
bool answersWithoutWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0 || std::strcmp(a, "-?") == 0
            || std::strcmp(a, "--help-all") == 0 || std::strcmp(a, "--version") == 0
            || std::strcmp(a, "-v") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (answersWithoutWindow(argc, argv)) {
        QCoreApplication core(argc, argv);
        setApplicationNames();
        bb::LanguageManager::install(core, QString()); // the system language
        CommandLine cli;
        cli.parser.process(core); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(QStringLiteral(BB_APP_NAME));
    QGuiApplication::setDesktopFileName(QStringLiteral("backup-browser"));
    bb::Icons::init();
    QApplication::setWindowIcon(bb::Icons::named(QStringLiteral("backup-browser")));

    CommandLine cli;
    QCommandLineParser &parser = cli.parser;
    const QCommandLineOption &sandbox = cli.sandbox;
    const QCommandLineOption &screenshot = cli.screenshot;
    const QCommandLineOption &language = cli.language;
    const QCommandLineOption &theme = cli.theme;
    parser.process(app);
    QSize screenshotSize;
    if (parser.isSet(cli.size)) {
        const QStringList parts = parser.value(cli.size).split(u'x');
        if (parts.size() == 2)
            screenshotSize = QSize(parts.at(0).toInt(), parts.at(1).toInt());
        if (!screenshotSize.isValid() || screenshotSize.width() < 320 || screenshotSize.height() < 240
            || screenshotSize.width() > 8192 || screenshotSize.height() > 8192) {
            std::fprintf(
                stderr, "backup-browser: %s\n",
                qPrintable(QCoreApplication::translate("main", "--size wants WIDTHxHEIGHT, e.g. 1280x720.")));
            return 1;
        }
    }

    bb::AppContext::Options options;
    std::unique_ptr<QTemporaryDir> scratch;
    if (parser.isSet(screenshot)) {
        // A screenshot run must neither read nor change the user's settings and accounts.
        scratch = std::make_unique<QTemporaryDir>();
        options.settingsFile = scratch->filePath(QStringLiteral("settings.ini"));
        options.accountsFile = scratch->filePath(QStringLiteral("accounts.ini"));
        options.downloadsFile = scratch->filePath(QStringLiteral("downloads.json"));
    }
    bb::AppContext context(options);
    if (scratch)
        context.settings()->setDownloadFolder(scratch->filePath(QStringLiteral("downloads")));
    bb::LanguageManager::install(
        app, parser.isSet(language) ? parser.value(language) : context.settings()->language());

    if (parser.isSet(sandbox) || parser.isSet(screenshot)) {
        QString error;
        if (!context.startSandbox(&error)) {
            std::fprintf(stderr, "backup-browser: %s\n", qPrintable(error));
            return 1;
        }
    }
    if (parser.isSet(theme))
        context.settings()->setTheme(bb::Settings::themeFromString(parser.value(theme)));

    // The theme before any widget: icons pick their colours from the palette when they are made.
    bb::Theme::apply(app, context.settings()->theme());
    bb::MainWindow window(&context);
    if (screenshotSize.isValid())
        window.resize(screenshotSize);
    window.show();

    if (parser.isSet(screenshot)) {
        driveScreenshot(window, parser.value(screenshot), parser.value(cli.scene), scratch.get());
    } else if (parser.isSet(sandbox)) {
        // Open on something to look at: the sandbox's first instance.
        QObject::connect(window.controller()->tree(), &bb::InstanceTreeModel::regionLoaded, &window,
                         [&window] {
                             if (window.controller()->tree()->loadingCount() == 0
                                 && !window.controller()->selection().isValid()) {
                                 window.treePane()->view()->expandAll();
                                 window.selectFirstInstance();
                             }
                         });
        window.controller()->tree()->load();
    }
    return QApplication::exec();
}
