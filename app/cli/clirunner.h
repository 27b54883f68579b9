#pragma once

#include "app/cli/clioptions.h"
#include "providers/core/providererror.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace bb {

class AppContext;
class CliCommand;
class CliOutput;
class InterruptWatcher;
struct Account;

// Runs one parsed CLI invocation on the event loop: opens the output, starts the sandbox when
// asked, picks the account (--sandbox, --account, else the vendors' environment credentials),
// opens the product's service, runs the command, and reports the exit code through finished().
// Nothing blocks: every step continues from a callback.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    CliRunner(CliOptions options, AppContext *app, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();
    // "backup-browser-cli 0.1.0 (Qt 6.4.2, OpenSSL 3.0.11)".
    static QString versionText();

signals:
    void finished(int exitCode);

private:
    bool pickAccount(Account *account);
    void runCommand(std::shared_ptr<class BackupService> service, const QString &accountId,
                    const QString &region);
    void onInterrupted();
    void end(int exitCode);
    void fail(int exitCode, const QString &message);

    CliOptions m_options;
    AppContext *m_app;
    std::unique_ptr<CliOutput> m_output;
    InterruptWatcher *m_interrupts;
    CliCommand *m_command = nullptr;
    bool m_interrupted = false;
    bool m_ended = false;
};

} // namespace bb
