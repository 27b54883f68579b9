#pragma once

#include "app/cli/clicommand.h"
#include "models/instancehealth.h"
#include "offsite/localcopyindex.h"
#include "providers/accounts/account.h"
#include "providers/core/instance.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QQueue>

#include <memory>

namespace bb {

class InstanceEnumerator;

// `check`: every instance of the chosen products (or only the --instance ones) judged OK, Warning
// or Critical by InstanceHealthProbe on its last 30 days of backups, against its own backup policy
// where the product publishes one, else --max-age; printed as a table, CSV, JSON, the Prometheus
// textfile format or a Nagios plugin line; exits 0, 7 (some Warning) or 8 (some Critical) once
// written (the runner turns these into the plugin's 0/1/2 for nagios).
// Without --product it judges every product the credentials reach: with --account the products of
// that account's cloud, with the environment's credentials the clouds that have them. The
// instances come from an InstanceEnumerator, as the window's fleet overview's do. The offsite rules
// (--rules FILE, else offsite.json beside the settings when it exists, as `sync` reads them) and
// their catalogues add each covered instance's newest verified local copy to the judgement.
class CheckCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckCommand)

public:
    using CliCommand::CliCommand;
    ~CheckCommand() override = default;
    void start() override;
    void interrupt() override;

    // Listings of backups at once: enough to overlap the round trips, few enough for the
    // providers' rate limits (the ApiClient's token buckets pace them anyway).
    static constexpr int parallelListings = 4;

private:
    struct Target
    {
        Account account;
        std::shared_ptr<BackupService> service;
        Instance instance;
    };

    // Reads the rules file and its catalogues into m_copies; false (and the command failed) when
    // a file given by --rules cannot be read.
    bool loadLocalCopies();
    void openProducts(const QStringList &products);
    void onServiceFailed(const QString &product, const ProviderError &error);
    void onListed(const Account &account, const std::shared_ptr<BackupService> &service,
                  const QList<Instance> &instances);
    void listingDone();
    void judgeNext();
    void judged(const InstanceHealth &health);
    void report();

    QDateTime m_now;
    bool m_productGiven = false;
    InstanceEnumerator *m_enumerator = nullptr;
    QList<Target> m_targets;
    QQueue<Target> m_queue;
    int m_inFlight = 0;
    QList<InstanceHealth> m_results;
    LocalCopyIndex m_copies;
};

} // namespace bb
