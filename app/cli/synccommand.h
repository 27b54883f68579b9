#pragma once

#include "app/cli/clicommand.h"
#include "offsite/offsiterule.h"
#include "session/syncrun.h"

#include <QList>

#include <memory>

namespace bb {

// `sync`: runs each offsite rule (the --rules file's, or the one the options describe) with
// SyncRun, one after another, printing what each run does on stderr and, at the end, the plans
// with their reasons and a summary (a table, or JSON with --format json). Exit codes: 0 all
// copied, 9 something could not be copied (the summary says what), 10 another sync holds a
// destination's lock, the provider/network/credential codes when a listing failed, 130 on
// Ctrl-C (running files keep their .part for the next run).
class SyncCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncCommand)

public:
    explicit SyncCommand(CommandContext context, QObject *parent = nullptr);
    ~SyncCommand() override;
    void start() override;
    void interrupt() override;

    // The rule the one-rule options describe.
    static OffsiteRule ruleFromOptions(const CliOptions &options);

private:
    void runNext();
    void onRunFinished();
    void printAndFinish();
    int exitCode() const;

    QList<OffsiteRule> m_rules;
    QList<SyncReport> m_reports;
    std::shared_ptr<BackupService> m_service; // the running rule's
    SyncRun *m_run = nullptr;
    int m_worstSetup = 0; // an exit code from a rule that could not start (account, service)
    bool m_interrupted = false;
};

} // namespace bb
