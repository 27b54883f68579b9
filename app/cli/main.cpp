// backup-browser-cli: the command-line twin of Backup Browser (contract: docs/cli.md, --help, man page).

#include "app/cli/cliparser.h"
#include "app/cli/clirunner.h"
#include "app/cli/exitcodes.h"
#include "app/cli/nagioswriter.h"
#include "session/appcontext.h"
#include "session/version.h"
#include "translations/languagemanager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

// Leaves without running the global destructors and exit handlers (see the end of main()): the
// output is flushed first. Also after --help and --version: a clean-clone CI run once got a cut
// --help, the process having died in the exit handlers before stdout was flushed.
[[noreturn]] static void leave(int code)
{
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backup-browser"));
    QCoreApplication::setOrganizationName(QStringLiteral("backup-browser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BB_VERSION));
    // Messages, --help and table headings follow the system language (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG) as other command-line tools do; JSON and CSV keys never change.
    bb::LanguageManager::install(app, QStringLiteral("system"));

    const bb::CliParser::Result parsed
        = bb::CliParser(QDateTime::currentDateTimeUtc()).parse(QCoreApplication::arguments().mid(1));
    if (!parsed.ok()) {
        // A Nagios plugin's bad command line is UNKNOWN (3), said on standard output.
        if (bb::NagiosWriter::requested(QCoreApplication::arguments().mid(1))) {
            std::fputs(bb::NagiosWriter::unknown(parsed.error).constData(), stdout);
            leave(bb::NagiosWriter::Unknown);
        }
        std::fprintf(stderr, "backup-browser-cli: %s\n%s\n", qUtf8Printable(parsed.error),
                     qUtf8Printable(QCoreApplication::translate("main", "Try 'backup-browser-cli --help'.")));
        leave(bb::ExitCodes::Usage);
    }
    if (parsed.options.help) {
        std::fputs(qUtf8Printable(bb::CliParser::helpText()), stdout);
        leave(bb::ExitCodes::Ok);
    }
    if (parsed.options.version) {
        std::printf("%s\n", qUtf8Printable(bb::CliRunner::versionText()));
        leave(bb::ExitCodes::Ok);
    }

    // The libraries' diagnostics are for --verbose; without it stderr carries the CLI's own
    // messages only (every failure is reported there with its code and RequestId).
    if (parsed.options.verbosity != bb::Verbosity::Verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("bb.*=false"));

    int code = bb::ExitCodes::Ok;
    {
        bb::AppContext context;
        bb::CliRunner runner(parsed.options, &context);
        QObject::connect(&runner, &bb::CliRunner::finished, &app,
                         [](int exitCode) { QCoreApplication::exit(exitCode); });
        QTimer::singleShot(0, &runner, &bb::CliRunner::start);
        code = QCoreApplication::exec();
    }
    // Every object of ours is gone here: outputs written and committed, our threads joined. Qt's own
    // worker threads may still be winding down (QNetworkAccessManager waits at most 5 s for its HTTP
    // thread, then lets it run on), and such a thread finishing while exit() destroys Qt's globals
    // crashed the CLI now and then after its work was done (SIGSEGV in QSslSocket::close from the
    // thread's storage, "pure virtual method called", a double free). Nothing is left to save, so
    // leave without running the global destructors.
    leave(code);
}
