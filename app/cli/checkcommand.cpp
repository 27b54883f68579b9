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

#include <QIODevice>

#include <algorithm>

namespace bb {

void CheckCommand::start()
{
    // The one read of the wall clock: everything judged in this run is judged at this moment.
    m_now = QDateTime::currentDateTimeUtc();
    m_productGiven = !options().product.isEmpty();
    QStringList products;
    if (m_productGiven) {
        products << options().product;
    } else {
        for (const ProductDescription &info : ProductRegistry::products())
            products << info.key;
    }
    openProducts(products);
}

void CheckCommand::openProducts(const QStringList &products)
{
    QList<QPair<QString, AccountChooser::Choice>> chosen;
    for (const QString &product : products) {
        AccountChooser::Choice choice = AccountChooser::choose(options(), context().app, product);
        if (choice.exitCode != ExitCodes::Ok) {
            // A saved account serves one cloud: the other cloud's products are not asked for.
            if (m_productGiven || choice.exitCode != ExitCodes::Usage)
                return fail(choice.exitCode, choice.error);
            continue;
        }
        chosen.append({product, std::move(choice)});
    }
    m_pending = int(chosen.size());
    if (chosen.isEmpty())
        return fail(ExitCodes::Usage, tr("the account serves none of the products"));
    for (const auto &entry : std::as_const(chosen)) {
        // Named copies, not a structured binding: clang (the Windows-target check) cannot capture those.
        const QString product = entry.first;
        const AccountChooser::Choice &choice = entry.second;
        const QStringList regions = options().region.isEmpty()
            ? context().app->regionsFor(choice.account, product)
            : QStringList {options().region};
        context().app->openService(
            choice.account, product,
            [this, product, regions](std::shared_ptr<BackupService> service, const ProviderError &error) {
                onServiceOpened(product, regions, std::move(service), error);
            });
    }
}

void CheckCommand::onServiceOpened(const QString &product, const QStringList &regions,
                                   std::shared_ptr<BackupService> service, const ProviderError &error)
{
    if (!service) {
        // Without --product, a cloud whose credentials are missing is skipped, with a word.
        if (m_productGiven || error.kind != ProviderError::Kind::Auth)
            return fail(error);
        context().output->info(tr("%1 skipped: %2").arg(product, error.toString()));
        return listingDone();
    }
    ++m_opened;
    // --region without --product: only the products offered there (a Tencent product answers an
    // Alibaba region with UnsupportedRegion).
    if (!m_productGiven && !options().region.isEmpty()
        && !service->knownRegions().contains(options().region)) {
        context().output->verbose(tr("%1 skipped: not offered in %2").arg(product, options().region));
        return listingDone();
    }
    m_pending += int(regions.size());
    for (const QString &region : regions) {
        ServiceReply *reply = service->listInstances(region);
        watch(reply);
        connect(reply, &ServiceReply::failed, this,
                [this](const ProviderError &listError) { fail(listError); });
        connect(reply, &ServiceReply::finished, this, [this, reply, service] {
            for (const Instance &instance : reply->instances()) {
                if (options().instances.isEmpty() || options().instances.contains(instance.id))
                    m_targets.append({service, instance});
            }
            reply->deleteLater();
            listingDone();
        });
    }
    listingDone(); // the opening itself
}

void CheckCommand::listingDone()
{
    if (--m_pending > 0)
        return;
    if (m_opened == 0)
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
