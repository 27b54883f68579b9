#include "app/cli/checkcommand.h"

#include "app/cli/accountchooser.h"
#include "app/cli/clioutput.h"
#include "app/cli/exitcodes.h"
#include "app/cli/nagioswriter.h"
#include "app/cli/outputformatter.h"
#include "app/cli/prometheuswriter.h"
#include "app/cli/recordjson.h"
#include "models/healthjudge.h"
#include "models/instancehealthprobe.h"
#include "providers/productregistry.h"
#include "session/appcontext.h"
#include "session/instanceenumerator.h"
#include "session/syncrun.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>

#include <algorithm>

namespace bb {

void CheckCommand::start()
{
    // The one read of the wall clock: everything judged in this run is judged at this moment.
    m_now = QDateTime::currentDateTimeUtc();
    m_productGiven = !options().product.isEmpty();
    if (!loadLocalCopies())
        return;
    QStringList products;
    if (m_productGiven) {
        products << options().product;
    } else {
        for (const ProductDescription &info : ProductRegistry::products())
            products << info.key;
    }
    openProducts(products);
}

bool CheckCommand::loadLocalCopies()
{
    // What `sync` reads: the given file, else the one beside the settings. Without either, no
    // instance is covered and the local-copy facts stay empty.
    const QString path = options().rulesFile.isEmpty() ? SyncRun::defaultRulesFile() : options().rulesFile;
    if (options().rulesFile.isEmpty() && !QFileInfo::exists(path))
        return true;
    const RuleFile file = RuleFile::read(path);
    if (!file.ok()) {
        fail(ExitCodes::Usage, file.error);
        return false;
    }
    QList<OffsiteRule> rules = file.rules;
    for (OffsiteRule &rule : rules) {
        // Relative destinations are the caller's working directory's, as `sync` reads them.
        rule.destination = QDir::cleanPath(QDir::current().absoluteFilePath(rule.destination));
    }
    QStringList errors;
    m_copies = LocalCopyIndex::load(rules, &errors);
    // An unreadable catalogue does not stop the check: its instances are judged without copies
    // (a warning each), and this says why.
    for (const QString &error : std::as_const(errors))
        context().output->info(tr("local copies: %1").arg(error));
    return true;
}

void CheckCommand::interrupt()
{
    if (m_enumerator)
        m_enumerator->abort();
    CliCommand::interrupt();
}

void CheckCommand::openProducts(const QStringList &products)
{
    QList<InstanceEnumerator::Source> sources;
    for (const QString &product : products) {
        AccountChooser::Choice choice = AccountChooser::choose(options(), context().app, product);
        if (choice.exitCode != ExitCodes::Ok) {
            // A saved account serves one cloud: the other cloud's products are not asked for.
            if (m_productGiven || choice.exitCode != ExitCodes::Usage)
                return fail(choice.exitCode, choice.error);
            continue;
        }
        sources.append({choice.account, product});
    }
    if (sources.isEmpty())
        return fail(ExitCodes::Usage, tr("the account serves none of the products"));
    m_enumerator = new InstanceEnumerator(context().app, this);
    // --region without --product: only the products offered there (a Tencent product answers an
    // Alibaba region with UnsupportedRegion).
    m_enumerator->setRegion(options().region, !m_productGiven);
    connect(m_enumerator, &InstanceEnumerator::serviceFailed, this,
            [this](const Account &, const QString &product, const ProviderError &error) {
                onServiceFailed(product, error);
            });
    connect(m_enumerator, &InstanceEnumerator::regionNotOffered, this,
            [this](const Account &, const QString &product, const QString &region) {
                context().output->verbose(tr("%1 skipped: not offered in %2").arg(product, region));
            });
    connect(m_enumerator, &InstanceEnumerator::listingFailed, this,
            [this](const Account &, const QString &, const QString &, const ProviderError &error) {
                m_enumerator->abort(); // the check cannot be whole: it ends with the provider's error
                fail(error);
            });
    connect(m_enumerator, &InstanceEnumerator::instancesListed, this,
            [this](const Account &account, const std::shared_ptr<BackupService> &service,
                   const QList<Instance> &instances) { onListed(account, service, instances); });
    connect(m_enumerator, &InstanceEnumerator::finished, this, &CheckCommand::listingDone);
    m_enumerator->start(sources);
}

void CheckCommand::onServiceFailed(const QString &product, const ProviderError &error)
{
    // Without --product, a cloud whose credentials are missing is skipped, with a word.
    if (m_productGiven || error.kind != ProviderError::Kind::Auth) {
        m_enumerator->abort();
        return fail(error);
    }
    context().output->info(tr("%1 skipped: %2").arg(product, error.toString()));
}

void CheckCommand::onListed(const Account &account, const std::shared_ptr<BackupService> &service,
                            const QList<Instance> &instances)
{
    for (const Instance &instance : instances) {
        if (options().instances.isEmpty() || options().instances.contains(instance.id))
            m_targets.append({account, service, instance});
    }
}

void CheckCommand::listingDone()
{
    if (m_enumerator->servicesOpened() == 0)
        return fail(ExitCodes::Credentials,
                    tr("no credentials for any cloud: set the vendors' environment variables or files, or "
                       "use --account or --sandbox"));
    // Instances asked for by id that no region listed: judged Critical, with the reason.
    const HealthJudge judge(m_now);
    for (const QString &id : options().instances) {
        const bool found = std::any_of(m_targets.cbegin(), m_targets.cend(),
                                       [&id](const Target &target) { return target.instance.id == id; });
        if (!found) {
            Instance missing;
            missing.id = id;
            missing.product = options().product;
            missing.region = options().region;
            m_results << judge.unreachable(missing, tr("no such instance in the regions checked"),
                                           options().maxAge.fallbackFor(missing));
        }
    }
    // Stable output: by product, region, instance id.
    std::sort(m_targets.begin(), m_targets.end(), [](const Target &a, const Target &b) {
        return std::tie(a.instance.product, a.instance.region, a.instance.id)
            < std::tie(b.instance.product, b.instance.region, b.instance.id);
    });
    for (const Target &target : std::as_const(m_targets))
        m_queue.enqueue(target);
    if (m_queue.isEmpty())
        return report();
    for (int i = 0; i < parallelListings && !m_queue.isEmpty(); ++i)
        judgeNext();
}

void CheckCommand::judgeNext()
{
    const Target target = m_queue.dequeue();
    ++m_inFlight;
    auto *probe = new InstanceHealthProbe(target.service, target.instance, m_now, options().maxAge, this);
    probe->setLocalCopies(m_copies.factsFor(target.account.id, target.account.alias, target.instance.product,
                                            target.instance.id, target.instance.name));
    connect(probe, &InstanceHealthProbe::note, this,
            [this](const QString &message) { context().output->info(message); });
    connect(probe, &InstanceHealthProbe::judged, this, [this, probe](const InstanceHealth &health) {
        probe->deleteLater();
        judged(health);
    });
    probe->start();
}

void CheckCommand::judged(const InstanceHealth &health)
{
    m_results << health;
    --m_inFlight;
    if (!m_queue.isEmpty())
        return judgeNext();
    if (m_inFlight == 0)
        report();
}

void CheckCommand::report()
{
    std::stable_sort(
        m_results.begin(), m_results.end(), [](const InstanceHealth &a, const InstanceHealth &b) {
            return std::tie(a.product, a.region, a.instanceId) < std::tie(b.product, b.region, b.instanceId);
        });
    HealthState worst = HealthState::Ok;
    for (const InstanceHealth &health : std::as_const(m_results))
        worst = std::max(worst, health.state);
    const int exitCode = ExitCodes::forHealth(worst);
    if (options().format == OutputFormat::Prometheus || options().format == OutputFormat::Nagios) {
        // Nagios: the runner (CliRunner::end) turns 0/7/8 into the plugin's 0/1/2.
        const QByteArray text = options().format == OutputFormat::Prometheus
            ? PrometheusWriter::text(m_results, m_now)
            : NagiosWriter::line(m_results);
        if (context().output->device()->write(text) != text.size())
            return fail(ExitCodes::LocalFile,
                        tr("cannot write the output: %1").arg(context().output->device()->errorString()));
        return finish(exitCode);
    }
    QList<QJsonObject> records;
    for (const InstanceHealth &health : std::as_const(m_results))
        records << RecordJson::fromHealth(health);
    finishList(OutputFormatter::forHealth(options().format), records, exitCode);
}

} // namespace bb
