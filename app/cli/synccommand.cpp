#include "app/cli/synccommand.h"

#include "app/cli/accountchooser.h"
#include "app/cli/clioutput.h"
#include "app/cli/exitcodes.h"
#include "models/displayformat.h"
#include "session/appcontext.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bb {

SyncCommand::SyncCommand(CommandContext context, QObject *parent)
    : CliCommand(std::move(context), parent)
{ }

SyncCommand::~SyncCommand() = default;

OffsiteRule SyncCommand::ruleFromOptions(const CliOptions &o)
{
    OffsiteRule rule;
    rule.name = QStringLiteral("command-line");
    rule.product = o.product;
    rule.instances = o.instances;
    rule.destination = o.dest;
    rule.newest = o.newest;
    rule.days = o.days;
    if (o.syncKind == QLatin1String("log"))
        rule.kinds = OffsiteRule::Kinds::Log;
    else if (o.syncKind == QLatin1String("all"))
        rule.kinds = OffsiteRule::Kinds::All;
    rule.network = o.network;
    rule.prune = !o.noPrune;
    if (!o.region.isEmpty())
        rule.regions = {o.region};
    return rule;
}

void SyncCommand::start()
{
    if (options().dest.isEmpty()) {
        // Without a one-rule run: the given rules file, else the one beside the settings.
        const QString path
            = options().rulesFile.isEmpty() ? SyncRun::defaultRulesFile() : options().rulesFile;
        if (options().rulesFile.isEmpty() && !QFileInfo::exists(path))
            return fail(ExitCodes::Usage,
                        tr("no rules: write %1 (docs/cli.md#sync), or give --rules FILE, or --dest DIR and "
                           "--product P for one rule")
                            .arg(QDir::toNativeSeparators(path)));
        const RuleFile file = RuleFile::read(path);
        if (!file.ok())
            return fail(ExitCodes::Usage, file.error);
        m_rules = file.rules;
    } else {
        m_rules = {ruleFromOptions(options())};
    }
    for (OffsiteRule &rule : m_rules) {
        // Relative destinations are the caller's working directory's, as --dir is.
        rule.destination = QDir::cleanPath(QDir::current().absoluteFilePath(rule.destination));
    }
    runNext();
}

void SyncCommand::runNext()
{
    if (m_interrupted)
        return;
    if (m_reports.size() == m_rules.size())
        return printAndFinish();
    const OffsiteRule rule = m_rules.at(m_reports.size());
    CliOptions chosen = options();
    if (!rule.account.isEmpty() && !chosen.sandbox)
        chosen.account = rule.account;
    const AccountChooser::Choice choice = AccountChooser::choose(chosen, context().app, rule.product);
    if (choice.exitCode != ExitCodes::Ok) {
        SyncReport report;
        report.rule = rule.name;
        report.destination = rule.destination;
        report.error = choice.error;
        context().output->error(tr("rule %1: %2").arg(rule.name, choice.error));
        m_worstSetup = m_worstSetup ? m_worstSetup : choice.exitCode;
        m_reports << report;
        return runNext();
    }
    const QStringList regions = !rule.regions.isEmpty() ? rule.regions
        : options().region.isEmpty() ? context().app->regionsFor(choice.account, rule.product)
                                     : QStringList {options().region};
    // The environment's transient account has no stable id; copies must still match across runs.
    const bool transient = !chosen.sandbox && chosen.account.isEmpty();
    const QString accountId = transient ? QString() : choice.account.id;
    context().app->openService(
        choice.account, rule.product,
        [this, rule, regions, accountId](std::shared_ptr<BackupService> service, const ProviderError &error) {
            if (m_interrupted)
                return;
            if (!service) {
                SyncReport report;
                report.rule = rule.name;
                report.destination = rule.destination;
                report.listingError = error;
                report.error = error.toString();
                context().output->error(tr("rule %1: %2").arg(rule.name, error.toString()));
                m_reports << report;
                return runNext();
            }
            m_service = std::move(service);
            SyncOptions syncOptions;
            syncOptions.dryRun = options().dryRun;
            syncOptions.verify = options().verify;
            m_run = new SyncRun(context().app, m_service.get(), regions, accountId, rule, syncOptions, this);
            connect(m_run, &SyncRun::message, this, [this, name = rule.name](const QString &line) {
                context().output->info(name + QStringLiteral(": ") + line);
            });
            connect(m_run, &SyncRun::finished, this, &SyncCommand::onRunFinished);
            m_run->start();
        });
}

void SyncCommand::onRunFinished()
{
    m_reports << m_run->report();
    const SyncReport &report = m_reports.constLast();
    if (!report.error.isEmpty())
        context().output->error(tr("rule %1: %2").arg(report.rule, report.error));
    m_run->deleteLater();
    m_run = nullptr;
    if (m_interrupted)
        return;
    runNext();
}

int SyncCommand::exitCode() const
{
    int code = ExitCodes::Ok;
    bool incomplete = false;
    for (const SyncReport &r : m_reports) {
        if (r.locked)
            code = code ? code : int(ExitCodes::SyncLocked);
        else if (r.listingError.isError())
            code = code ? code : ExitCodes::forError(r.listingError);
        else if (!r.error.isEmpty() && r.localError)
            code = code ? code : int(ExitCodes::LocalFile);
        if (!r.failures.isEmpty())
            incomplete = true;
    }
    if (code == ExitCodes::Ok && m_worstSetup)
        code = m_worstSetup;
    if (code == ExitCodes::Ok && incomplete)
        code = ExitCodes::SyncIncomplete;
    return code;
}

namespace {

QJsonArray pathsJson(const QList<CopyRecord> &copies)
{
    QJsonArray out;
    for (const CopyRecord &c : copies)
        out << c.path;
    return out;
}

} // namespace

void SyncCommand::printAndFinish()
{
    const bool dry = options().dryRun;
    QByteArray text;
    if (options().format == OutputFormat::Json) {
        QJsonArray rules;
        for (const SyncReport &r : std::as_const(m_reports)) {
            QJsonArray plan;
            for (const SyncItem &item : r.plan.items) {
                plan << QJsonObject {
                    {QStringLiteral("action"), SyncItem::actionName(item.action)},
                    {QStringLiteral("instance"), item.instanceId},
                    {QStringLiteral("backup"), item.backupId},
                    {QStringLiteral("start"), item.start.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("folder"), item.folder.isEmpty() ? QJsonValue() : item.folder},
                    {QStringLiteral("files"), pathsJson(item.copies)},
                    {QStringLiteral("reason"), item.reason}};
            }
            QJsonArray failures;
            for (const SyncFailure &f : r.failures) {
                failures << QJsonObject {{QStringLiteral("instance"), f.instanceId},
                                         {QStringLiteral("backup"), f.backupId},
                                         {QStringLiteral("file"), f.file},
                                         {QStringLiteral("error"), toString(f.downloadError)},
                                         {QStringLiteral("message"), f.message}};
            }
            rules << QJsonObject {{QStringLiteral("rule"), r.rule},
                                  {QStringLiteral("destination"), QDir::toNativeSeparators(r.destination)},
                                  {QStringLiteral("dry_run"), dry},
                                  {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : r.error},
                                  {QStringLiteral("plan"), plan},
                                  {QStringLiteral("fetched"), QJsonArray::fromStringList(r.fetched)},
                                  {QStringLiteral("fetched_bytes"), r.fetchedBytes},
                                  {QStringLiteral("pruned"), QJsonArray::fromStringList(r.pruned)},
                                  {QStringLiteral("prunes_held"), QJsonArray::fromStringList(r.prunesHeld)},
                                  {QStringLiteral("failures"), failures},
                                  {QStringLiteral("verified"), r.verified},
                                  {QStringLiteral("corrupt"), QJsonArray::fromStringList(r.corrupt)},
                                  {QStringLiteral("rebuilt"), r.rebuilt},
                                  {QStringLiteral("api_calls"), r.apiCalls},
                                  {QStringLiteral("elapsed_ms"), r.elapsedMs}};
        }
        text = QJsonDocument(rules).toJson(QJsonDocument::Indented);
    } else {
        QString out;
        for (const SyncReport &r : std::as_const(m_reports)) {
            out += tr("rule %1 -> %2").arg(r.rule, QDir::toNativeSeparators(r.destination)) + u'\n';
            for (const SyncItem &item : r.plan.items) {
                QString action = SyncItem::actionName(item.action);
                if (dry && item.action != SyncItem::Action::Keep)
                    action = tr("would %1").arg(action);
                out += QStringLiteral("  %1  %2  %3  %4  %5\n")
                           .arg(action, -11)
                           .arg(item.instanceId, item.backupId, item.start.toUTC().toString(Qt::ISODate),
                                item.reason);
            }
            for (const SyncFailure &f : r.failures)
                out += QStringLiteral("  ")
                    + tr("FAILED %1 %2 %3: %4").arg(f.instanceId, f.backupId, f.file, f.message) + u'\n';
            for (const QString &p : r.pruned)
                out += QStringLiteral("  ") + tr("removed %1").arg(p) + u'\n';
            if (!r.error.isEmpty())
                out += QStringLiteral("  ") + tr("error: %1").arg(r.error) + u'\n';
            out += QStringLiteral("  ")
                + tr("summary: %1 fetched (%2), %3 failed, %4 pruned, %5 kept, %6 verified, %7 corrupt; "
                     "%8 API calls in %9")
                      .arg(r.fetched.size())
                      .arg(DisplayFormat::size(r.fetchedBytes))
                      .arg(r.failures.size())
                      .arg(dry ? r.plan.count(SyncItem::Action::Prune) : r.pruned.size())
                      .arg(r.plan.count(SyncItem::Action::Keep))
                      .arg(r.verified)
                      .arg(r.corrupt.size())
                      .arg(r.apiCalls)
                      .arg(DisplayFormat::duration(qMax<qint64>(1, r.elapsedMs / 1000)))
                + u'\n';
        }
        text = out.toUtf8();
    }
    QIODevice *device = context().output->device();
    if (device->write(text) != text.size())
        return fail(ExitCodes::LocalFile, tr("cannot write the output: %1").arg(device->errorString()));
    finish(exitCode());
}

void SyncCommand::interrupt()
{
    m_interrupted = true;
    if (m_run) {
        m_run->abort();
        context().output->error(
            tr("interrupted: files being copied keep their .part; the next sync resumes them"));
    }
    CliCommand::interrupt();
}

} // namespace bb
