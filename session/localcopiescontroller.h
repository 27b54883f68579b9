#pragma once

#include "models/confirmation.h"
#include "offsite/copycatalogue.h"
#include "offsite/offsiterule.h"
#include "providers/core/cloud.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace bb {

class AppContext;
class BackupService;
class LocalCopiesModel;
class RuleListModel;
class SyncRun;

// What the window's "Local copies" view shows and does, without widgets: the rules file beside
// the settings, each rule's destination catalogue (per instance the newest local copy and its
// age in LocalCopiesModel, the last runs with their outcome), and "Run now" (every rule, one
// after another, through SyncRun, on the window's AppContext and accounts). The rules are edited
// through ruleList() (RuleListModel writes the file); every save reloads the view.
class LocalCopiesController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalCopiesController)

public:
    explicit LocalCopiesController(AppContext *app, QObject *parent = nullptr);
    ~LocalCopiesController() override;

    // Default: offsite.json beside the settings file (SyncRun::defaultRulesFile() for the real
    // settings, which the CLI reads too).
    void setRulesFile(const QString &path) { m_rulesFile = path; }
    QString rulesFile() const { return m_rulesFile; }

    LocalCopiesModel *model() const { return m_model; }
    // The rules as a table to edit; reload() reads it, a save reloads.
    RuleListModel *ruleList() const { return m_ruleList; }
    const QList<OffsiteRule> &rules() const;
    // Why the rules could not be read (translated); empty when they were (or there is no file).
    QString rulesError() const { return m_rulesError; }
    // The newest runs of every destination, newest first.
    const QList<SyncRunRecord> &runs() const { return m_runs; }

    // Re-reads the rules file and the catalogues.
    void reload();
    // Runs every rule now. Nothing is removed without a question: a dry run goes first, and when
    // it would prune local copies, pruneQuestion() asks (naming them) and the run waits for
    // runNow(true). runningChanged() and reload() follow.
    void runNow(bool pruneConfirmed = false);
    bool isRunning() const { return m_running; }

    // One line per run for people: "2026-12-07 03:00 prod-rds: ok, 3 copied, 2 removed".
    static QString describe(const SyncRunRecord &run);
    // The question before a run that removes these local copies (paths under their destinations).
    static Confirmation pruneConfirmation(const QStringList &paths);
    // The question before removing rule `row` of ruleList(): its name, product and destination,
    // and that the copies it made stay.
    Confirmation removeRuleConfirmation(int row) const;
    // The accounts a rule can name (aliases, built-in ones first), for the rule editor.
    QStringList accountNames() const;
    // Why `rule` cannot run here, beyond what the rules file itself checks (translated; empty
    // when it can): the account it names is on the other cloud than its product. A rule is
    // written for `sync` too, so an account unknown here is not a problem.
    QString accountProblem(const OffsiteRule &rule) const;
    // A new rule's starting point: the first account's first product, a destination under the
    // default download folder.
    OffsiteRule newRule() const;

signals:
    void pruneQuestion(const bb::Confirmation &confirmation);
    void reloaded();
    void runningChanged(bool running);
    void message(const QString &line); // what the run is doing, for the status line

private:
    static QString cloudName(Cloud cloud);
    void runRule(int index);
    void finishRuns();

    AppContext *m_app;
    LocalCopiesModel *m_model;
    RuleListModel *m_ruleList;
    QString m_rulesFile;
    QList<OffsiteRule> m_runRules; // what Run now runs: the rules as it started, whatever is saved since
    QString m_rulesError;
    QList<SyncRunRecord> m_runs;
    bool m_running = false;
    bool m_dryRun = false; // the first pass, finding what a run would remove
    QStringList m_wouldPrune;
    std::shared_ptr<BackupService> m_service;
    QPointer<SyncRun> m_run;
};

} // namespace bb

// pruneQuestion() carries it (queued connections and QSignalSpy need the type registered).
Q_DECLARE_METATYPE(bb::Confirmation)
