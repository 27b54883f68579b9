// backup-browser: the desktop application.
#include "app/core/appcontext.h"
#include "app/core/settings.h"
#include "app/core/version.h"
#include "models/instancetreemodel.h"
#include "translations/languagemanager.h"
#include "ui/backuptablepane.h"
#include "ui/browsercontroller.h"
#include "ui/icons.h"
#include "ui/instancetreepane.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPixmap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// --screenshot: load the sandbox's first instance, select a row, start a download, then grab
// the window into a PNG and quit. Driven by the models' signals, with a deadline so it always
// ends.
void driveScreenshot(bb::MainWindow &window, const QString &file, QTemporaryDir *downloads)
{
    bb::BrowserController *controller = window.controller();
    auto grab = std::make_shared<std::function<void()>>();
    *grab = [&window, file] {
        const bool ok = window.grab().save(file, "PNG");
        std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "could not save",
                     qPrintable(QDir::toNativeSeparators(file)));
        QCoreApplication::exit(ok ? 0 : 1);
    };
    QObject::connect(controller->tree(), &bb::InstanceTreeModel::regionLoaded, &window,
                     [&window, controller] {
                         if (controller->tree()->loadingCount() == 0 && !controller->selection().isValid()) {
                             window.treePane()->view()->expandAll();
                             window.selectFirstInstance();
                         }
                     });
    QObject::connect(controller, &bb::BrowserController::selectionLoaded, &window,
                     [&window, downloads, grab] {
                         if (window.tablePane()->currentBackup())
                             return;
                         window.selectFirstBackup(true);
                         if (downloads->isValid())
                             window.downloadSelected(false);
                         QTimer::singleShot(2500, &window, [grab] { (*grab)(); });
                     });
    QTimer::singleShot(30000, &window, [grab] { (*grab)(); }); // deadline
    controller->tree()->load();
}

} // namespace

int main(int argc, char *argv[])
{
    // --version must work without a display, so it is answered before QApplication exists.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("backup-browser %s\n", BB_VERSION);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backup-browser"));
    QCoreApplication::setOrganizationName(QStringLiteral("backup-browser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BB_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral(BB_APP_NAME));
    QGuiApplication::setDesktopFileName(QStringLiteral("backup-browser"));
    bb::Icons::init();
    QApplication::setWindowIcon(bb::Icons::named(QStringLiteral("backup-browser")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(BB_APP_NAME));
    parser.addHelpOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start the built-in sandbox and show its accounts."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Load, save a PNG of the window, and quit."),
        QStringLiteral("file"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Use this language (e.g. zh_CN) instead of the settings'."),
        QStringLiteral("code"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Use this theme (system, light, dark) instead of the settings'."),
        QStringLiteral("name"));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QCoreApplication::translate("main", "Print the version and exit."));
    parser.addOptions({sandbox, screenshot, language, theme, version});
    parser.process(app);

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
    window.show();

    if (parser.isSet(screenshot)) {
        driveScreenshot(window, parser.value(screenshot), scratch.get());
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
