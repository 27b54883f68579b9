#include "app/cli/clirunner.h"

#include "app/cli/accountchooser.h"
#include "app/cli/backupscommand.h"
#include "app/cli/checkcommand.h"
#include "app/cli/clioutput.h"
#include "app/cli/createcommand.h"
#include "app/cli/deletecommand.h"
#include "app/cli/downloadcommand.h"
#include "app/cli/editcommand.h"
#include "app/cli/exitcodes.h"
#include "app/cli/instancescommand.h"
#include "app/cli/interruptwatcher.h"
#include "app/cli/nagioswriter.h"
#include "app/cli/productscommand.h"
#include "app/cli/showcommand.h"
#include "app/cli/synccommand.h"
#include "providers/core/apiclient.h"
#include "sandbox/sandbox.h"
#include "session/appcontext.h"
#include "session/version.h"

#include <QIODevice>
#include <QSslSocket>

namespace bb {

CliRunner::CliRunner(CliOptions options, AppContext *app, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_app(app)
    , m_output(std::make_unique<CliOutput>(m_options.outputFile, m_options.verbosity))
    , m_interrupts(new InterruptWatcher(this))
{
    connect(m_interrupts, &InterruptWatcher::interrupted, this, &CliRunner::onInterrupted);
}

CliRunner::~CliRunner()
{
    // Commands hold replies and tasks that talk to the context's network: go first.
    delete m_command;
}

QString CliRunner::versionText()
{
    return QStringLiteral("backup-browser-cli %1 (Qt %2, %3)")
        .arg(QStringLiteral(BB_VERSION), QString::fromLatin1(qVersion()),
             QSslSocket::sslLibraryVersionString());
}

void CliRunner::start()
{
    QString error;
    if (!m_output->open(&error))
        return fail(ExitCodes::LocalFile, error);

    if (m_options.verbosity == Verbosity::Verbose) {
        connect(m_app->apiClient(), &ApiClient::requestLogged, this, [this](const ApiLogEntry &entry) {
            QString line
                = QStringLiteral("%1 %2 HTTP %3").arg(entry.product, entry.action).arg(entry.httpStatus);
            if (!entry.code.isEmpty())
                line += u' ' + entry.code;
            line += QStringLiteral(" RequestId %1 %2 ms")
                        .arg(entry.requestId.isEmpty() ? QStringLiteral("-") : entry.requestId)
                        .arg(entry.durationMs);
            if (entry.attempt > 1)
                line += QStringLiteral(" attempt %1").arg(entry.attempt);
            m_output->verbose(line + u' ' + entry.maskedUrl);
        });
    }

    if (m_options.command == QLatin1String("products"))
        return runCommand(nullptr, {}, {});

    if (m_options.sandbox) {
        if (!m_app->startSandbox(&error))
            return fail(ExitCodes::Network, tr("cannot start the sandbox: %1").arg(error));
        m_output->verbose(
            tr("sandbox listening on %1 and %2")
                .arg(m_app->sandbox()->httpUrl().toString(), m_app->sandbox()->httpsUrl().toString()));
    }
    // check opens a service per product itself (it may judge all of them); sync one per rule.
    if (m_options.command == QLatin1String("check") || m_options.command == QLatin1String("sync"))
        return runCommand(nullptr, {}, {});

    Account account;
    if (!pickAccount(&account))
        return;
    const QString product = m_options.product;
    m_app->openService(
        account, product,
        [this, account](std::shared_ptr<BackupService> service, const ProviderError &openError) {
            if (!service) {
                m_output->error(openError.toString());
                return end(ExitCodes::forError(openError));
            }
            QString region = m_options.region;
            if (region.isEmpty())
                region = account.regions.value(0);
            if (region.isEmpty())
                region = service->knownRegions().value(0);
            // The environment's transient account has no stable id; downloads
            // must still resume across runs, so it goes without one.
            const bool transient = !m_options.sandbox && m_options.account.isEmpty();
            runCommand(std::move(service), transient ? QString() : account.id, region);
        });
}

bool CliRunner::pickAccount(Account *account)
{
    const AccountChooser::Choice choice = AccountChooser::choose(m_options, m_app, m_options.product);
    if (choice.exitCode != ExitCodes::Ok) {
        fail(choice.exitCode, choice.error);
        return false;
    }
    *account = choice.account;
    return true;
}

void CliRunner::runCommand(std::shared_ptr<BackupService> service, const QString &accountId,
                           const QString &region)
{
    if (m_interrupted)
        return end(ExitCodes::Interrupted);
    CommandContext context {m_options, m_output.get(), m_app, std::move(service), region, accountId};
    const QString &command = m_options.command;
    if (command == QLatin1String("products"))
        m_command = new ProductsCommand(std::move(context), this);
    else if (command == QLatin1String("instances"))
        m_command = new InstancesCommand(std::move(context), this);
    else if (command == QLatin1String("backups"))
        m_command = new BackupsCommand(std::move(context), this);
    else if (command == QLatin1String("show"))
        m_command = new ShowCommand(std::move(context), this);
    else if (command == QLatin1String("create") || command == QLatin1String("track"))
        m_command = new CreateCommand(std::move(context), this);
    else if (command == QLatin1String("edit"))
        m_command = new EditCommand(std::move(context), this);
    else if (command == QLatin1String("delete"))
        m_command = new DeleteCommand(std::move(context), this);
    else if (command == QLatin1String("check"))
        m_command = new CheckCommand(std::move(context), this);
    else if (command == QLatin1String("sync"))
        m_command = new SyncCommand(std::move(context), this);
    else
        m_command = new DownloadCommand(std::move(context), this);
    connect(m_command, &CliCommand::done, this, &CliRunner::end);
    m_command->start();
}

void CliRunner::onInterrupted()
{
    m_interrupted = true;
    if (m_command)
        m_command->interrupt();
    else
        end(ExitCodes::Interrupted);
}

void CliRunner::fail(int exitCode, const QString &message)
{
    m_output->error(message);
    end(exitCode);
}

void CliRunner::end(int exitCode)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_options.format == OutputFormat::Nagios) {
        // A plugin answers on standard output whatever happened: the judgement (0/1/2), or
        // UNKNOWN (3) with the reason the check could not run.
        const NagiosWriter::Code code = NagiosWriter::pluginCode(exitCode);
        if (code == NagiosWriter::Unknown) {
            const QString why
                = exitCode == ExitCodes::Interrupted ? tr("interrupted") : m_output->lastError();
            if (QIODevice *out = m_output->device())
                out->write(NagiosWriter::unknown(why));
        }
        QString error;
        m_output->commit(&error);
        m_output->clearProgress();
        emit finished(code);
        return;
    }
    if (ExitCodes::wroteResult(exitCode)) {
        QString error;
        if (!m_output->commit(&error)) {
            m_output->error(error);
            exitCode = ExitCodes::LocalFile;
        }
    }
    m_output->clearProgress();
    emit finished(exitCode);
}

} // namespace bb
