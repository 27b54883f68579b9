#include "session/localcopiescontroller.h"

#include "models/displayformat.h"
#include "offsite/localcopiesmodel.h"
#include "offsite/rulelistmodel.h"
#include "providers/core/backupservice.h"
#include "providers/productregistry.h"
#include "session/appcontext.h"
#include "session/settings.h"
#include "session/syncrun.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace bb {

LocalCopiesController::LocalCopiesController(AppContext *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_model(new LocalCopiesModel(this))
    , m_ruleList(new RuleListModel(this))
{
    // Beside the settings: the same file as the CLI's default for the real settings, and a
    // temporary one for an isolated context (tests, a second profile).
    const QString settings = app->settings()->filePath();
    m_rulesFile = settings.isEmpty() ? SyncRun::defaultRulesFile()
                                     : QFileInfo(settings).dir().filePath(QStringLiteral("offsite.json"));
    // A saved rule shows at once: its catalogue, its runs. A run under way keeps its own copy.
    connect(m_ruleList, &RuleListModel::saved, this, &LocalCopiesController::reload);
}

LocalCopiesController::~LocalCopiesController()
{
    delete m_run; // before the service it runs on
}

const QList<OffsiteRule> &LocalCopiesController::rules() const
{
    return m_ruleList->rules();
}

void LocalCopiesController::reload()
{
    m_ruleList->load(m_rulesFile);
    m_rulesError = m_ruleList->error();
    QList<CopyRecord> copies;
    m_runs.clear();
    QStringList opened;
    for (const OffsiteRule &rule : rules()) {
        // A destination that was never synced has no catalogue: nothing to show, nothing created.
        if (opened.contains(rule.destination)
            || !QFileInfo::exists(CopyCatalogue::databasePath(rule.destination)))
            continue;
        opened << rule.destination;
        CopyCatalogue catalogue(rule.destination);
        QString error;
        if (!catalogue.open(&error)) {
            m_rulesError = error;
            continue;
        }
        copies += catalogue.copies();
        m_runs += catalogue.runs();
    }
    std::sort(m_runs.begin(), m_runs.end(),
              [](const SyncRunRecord &a, const SyncRunRecord &b) { return a.started > b.started; });
    m_model->setCopies(copies, QDateTime::currentDateTimeUtc());
    emit reloaded();
}

void LocalCopiesController::runNow(bool pruneConfirmed)
{
    if (m_running)
        return;
    reload();
    if (rules().isEmpty())
        return;
    m_runRules = rules();
    m_running = true;
    m_dryRun = !pruneConfirmed;
    m_wouldPrune.clear();
    emit runningChanged(true);
    runRule(0);
}

QString LocalCopiesController::describe(const SyncRunRecord &run)
{
    QString outcome = run.outcome;
    if (run.outcome == QLatin1String("ok"))
        outcome = tr("ok");
    else if (run.outcome == QLatin1String("incomplete"))
        outcome = tr("incomplete");
    else if (run.outcome == QLatin1String("failed"))
        outcome = tr("failed");
    else if (run.outcome == QLatin1String("interrupted"))
        outcome = tr("interrupted");
    QString line = tr("%1 %2: %3, %4 copied, %5 not copied, %6 removed")
                       .arg(DisplayFormat::localTime(run.started), run.rule, outcome)
                       .arg(run.fetched)
                       .arg(run.failed)
                       .arg(run.pruned);
    if (!run.message.isEmpty())
        line += QStringLiteral(" (") + run.message + u')';
    return line;
}

Confirmation LocalCopiesController::pruneConfirmation(const QStringList &paths)
{
    Confirmation c;
    c.title = tr("Remove local copies");
    c.question = tr("Remove %n local copy file(s) that fell out of the rules?", nullptr, int(paths.size()));
    const int shown = 10;
    for (const QString &path : paths.mid(0, shown))
        c.facts << QDir::toNativeSeparators(path);
    if (paths.size() > shown)
        c.facts << tr("and %n more", nullptr, int(paths.size() - shown));
    c.consequence = tr("Only the local files go; the backups in the cloud are not touched.");
    c.acceptLabel = tr("Run and remove");
    return c;
}

Confirmation LocalCopiesController::removeRuleConfirmation(int row) const
{
    const OffsiteRule &rule = m_ruleList->rule(row);
    return Confirmation::removeOffsiteRule(rule.name, ProductRegistry::displayName(rule.product),
                                           rule.destination, rules().size() == 1 ? m_rulesFile : QString());
}

QStringList LocalCopiesController::accountNames() const
{
    QStringList names;
    for (const Account &account : m_app->accounts())
        names << account.alias;
    return names;
}

QString LocalCopiesController::accountProblem(const OffsiteRule &rule) const
{
    const std::optional<Account> account
        = rule.account.isEmpty() ? std::nullopt : m_app->account(rule.account);
    const std::optional<Cloud> productCloud = ProductRegistry::cloudOf(rule.product);
    if (!account || !productCloud || account->cloud == *productCloud)
        return {};
    // Its keys would be sent to the other cloud's API, which can only refuse them.
    return tr("account: %1 is an account of %2, but %3 is a product of %4")
        .arg(rule.account, cloudName(account->cloud), ProductRegistry::displayName(rule.product),
             cloudName(*productCloud));
}

QString LocalCopiesController::cloudName(Cloud cloud)
{
    return cloud == Cloud::Alibaba ? tr("Alibaba Cloud") : tr("Tencent Cloud");
}

OffsiteRule LocalCopiesController::newRule() const
{
    OffsiteRule rule;
    QStringList names;
    for (const OffsiteRule &existing : rules())
        names << existing.name;
    for (int n = int(names.size()) + 1; rule.name.isEmpty() || names.contains(rule.name); ++n)
        rule.name = QStringLiteral("rule-%1").arg(n);
    const QList<Account> accounts = m_app->accounts();
    if (!accounts.isEmpty() && !accounts.first().products.isEmpty()) {
        rule.account = accounts.first().alias;
        rule.product = accounts.first().products.first();
    } else {
        rule.product = ProductRegistry::keys().value(0);
    }
    rule.destination = QDir(m_app->settings()->downloadFolder()).filePath(QStringLiteral("offsite"));
    return rule;
}

void LocalCopiesController::runRule(int index)
{
    if (index >= m_runRules.size())
        return finishRuns();
    const OffsiteRule rule = m_runRules.at(index);
    // The rule's account by name; without one, the first account that browses the product (the
    // sandbox's when it runs).
    std::optional<Account> account;
    if (!rule.account.isEmpty()) {
        account = m_app->account(rule.account);
    } else {
        for (const Account &a : m_app->accounts()) {
            if (a.products.contains(rule.product)) {
                account = a;
                break;
            }
        }
    }
    if (!account) {
        emit message(tr("rule %1: no account for %2")
                         .arg(rule.name, rule.account.isEmpty() ? rule.product : rule.account));
        return runRule(index + 1);
    }
    if (const QString problem = accountProblem(rule); !problem.isEmpty()) {
        emit message(tr("rule %1: %2").arg(rule.name, problem));
        return runRule(index + 1);
    }
    const QStringList regions
        = !rule.regions.isEmpty() ? rule.regions : m_app->regionsFor(*account, rule.product);
    const QString accountId = account->id;
    m_app->openService(
        *account, rule.product,
        [this, index, rule, regions, accountId](std::shared_ptr<BackupService> service,
                                                const ProviderError &error) {
            if (!service) {
                emit message(tr("rule %1: %2").arg(rule.name, error.toString()));
                return runRule(index + 1);
            }
            m_service = std::move(service);
            SyncOptions options;
            options.dryRun = m_dryRun;
            m_run = new SyncRun(m_app, m_service.get(), regions, accountId, rule, options, this);
            connect(m_run, &SyncRun::message, this, [this, name = rule.name](const QString &line) {
                emit message(name + QStringLiteral(": ") + line);
            });
            connect(m_run, &SyncRun::finished, this, [this, index, root = rule.destination] {
                for (const SyncItem &item : m_run->report().plan.items) {
                    for (const CopyRecord &copy : item.copies) {
                        if (item.action == SyncItem::Action::Prune)
                            m_wouldPrune << QDir(root).filePath(copy.path);
                    }
                }
                m_run->deleteLater();
                runRule(index + 1);
            });
            m_run->start();
        });
}

void LocalCopiesController::finishRuns()
{
    if (m_dryRun) {
        m_dryRun = false;
        if (m_wouldPrune.isEmpty()) {
            // Nothing would be removed: the real run needs no question.
            return runRule(0);
        }
        m_running = false;
        emit runningChanged(false);
        emit pruneQuestion(pruneConfirmation(m_wouldPrune));
        return;
    }
    m_running = false;
    reload();
    emit runningChanged(false);
}

} // namespace bb
