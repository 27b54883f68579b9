// backup-browser-sandbox: the built-in emulator as a standalone server, for manual use and benches.

#include "sandbox/sandbox.h"
#include "sandbox/tencentsqlserveremulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <csignal>

namespace {

// Only an atomic flag is safe to touch in a signal handler; a timer turns it into quit().
volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backup-browser-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Serves the Backup Browser sandbox (local emulator of the cloud APIs) until Ctrl-C."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption httpPort(
        QStringLiteral("port-http"),
        QCoreApplication::translate("main", "HTTP port (default: any free port)."), QStringLiteral("port"),
        QStringLiteral("0"));
    const QCommandLineOption httpsPort(
        QStringLiteral("port-https"),
        QCoreApplication::translate("main", "HTTPS port (default: any free port)."), QStringLiteral("port"),
        QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("main", "Seed of the generated data."),
                                  QStringLiteral("number"));
    parser.addOptions({httpPort, httpsPort, seed});
    parser.process(app);

    QTextStream err(stderr);
    bb::sandbox::Sandbox::Options options;
    bool ok = true;
    options.httpPort = static_cast<quint16>(parser.value(httpPort).toUInt(&ok));
    if (ok)
        options.httpsPort = static_cast<quint16>(parser.value(httpsPort).toUInt(&ok));
    if (ok && parser.isSet(seed))
        options.seed = parser.value(seed).toUInt(&ok);
    if (!ok) {
        err << QCoreApplication::translate("main", "Invalid number in the options.") << Qt::endl;
        return 2;
    }

    bb::sandbox::Sandbox sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        err << QCoreApplication::translate("main", "The sandbox could not start: %1").arg(error) << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    const QString certPath = dir.filePath(QStringLiteral("sandbox-cert.pem"));
    QFile cert(certPath);
    if (!dir.isValid() || !cert.open(QIODevice::WriteOnly) || cert.write(sandbox.certificatePem()) < 0) {
        err << QCoreApplication::translate("main", "Could not write the certificate to %1").arg(certPath)
            << Qt::endl;
        return 1;
    }
    cert.close();

    QTextStream out(stdout);
    out << QCoreApplication::translate("main", "Backup Browser sandbox is running.") << '\n'
        << "HTTP:        " << sandbox.httpUrl().toString() << '\n'
        << "HTTPS:       " << sandbox.httpsUrl().toString() << '\n'
        << "Certificate: " << QDir::toNativeSeparators(certPath) << '\n'
        << "Tencent:     SecretId " << bb::sandbox::SandboxKeys::tencentSecretId << "  SecretKey "
        << bb::sandbox::SandboxKeys::tencentSecretKey << '\n'
        << "Alibaba:     AccessKeyId " << bb::sandbox::SandboxKeys::alibabaAccessKeyId << "  AccessKeySecret "
        << bb::sandbox::SandboxKeys::alibabaAccessKeySecret << '\n'
        << QCoreApplication::translate("main", "SQL Server instances:") << '\n';
    for (const auto &instance : sandbox.sqlServer().instances())
        out << "  " << instance.id << "  " << instance.region << "  " << instance.backups.size()
            << " backups\n";
    out << QCoreApplication::translate("main", "Press Ctrl-C to stop.") << Qt::endl;

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &app, [] {
        if (g_stop)
            QCoreApplication::quit();
    });
    stopCheck.start(200);
    const int rc = QCoreApplication::exec();
    sandbox.stop();
    return rc;
}
