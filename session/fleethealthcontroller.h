#pragma once

#include "models/healthtablemodel.h"
#include "models/healththresholds.h"
#include "offsite/localcopyindex.h"
#include "providers/accounts/account.h"
#include "providers/core/instance.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace bb {

class AppContext;
class BackupService;
class InstanceEnumerator;
class InstanceHealthProbe;

// The window's fleet overview without widgets: judges every instance of every account (the
// sandbox's and the saved ones) the way `check` does (InstanceHealthProbe, with the thresholds
// the user set in Settings where `check` has --max-age) and keeps the results in a HealthTableModel,
// refreshed on demand and on a timer. At most `parallelProbes` instances are judged at once; the ApiClient's
// token buckets pace the calls. An account or region that cannot be listed is reported and the
// rest goes on. Each refresh first reads the offsite rules file and their catalogues off the GUI
// thread (LocalCopyIndex), so the newest verified local copy is judged too.
class FleetHealthController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetHealthController)

public:
    static constexpr int parallelProbes = 4;

    explicit FleetHealthController(AppContext *context, QObject *parent = nullptr);
    ~FleetHealthController() override;

    HealthTableModel *model() const { return m_model; }

    // Judges every instance anew; rows update in place and rows of instances gone are dropped at
    // the end. A refresh while one runs is ignored.
    void refresh();
    bool isRunning() const { return m_running; }
    // Minutes between automatic refreshes (0: off).
    void setRefreshMinutes(int minutes);
    int refreshMinutes() const;
    // Changing the thresholds in Settings judges the fleet again (once the refresh running ends).
    // Gives one instance its own expected age of the newest full backup (0: the product's or
    // global one again) and saves it in Settings.
    void setInstanceMaxAge(const QString &instanceId, qint64 seconds);
    HealthThresholds thresholds() const;

    // The offsite rules whose catalogues say which instances have verified local copies. Default:
    // offsite.json beside the settings (SyncRun::defaultRulesFile(), what `sync` and the Local
    // copies view read); no file, no local copies judged.
    void setRulesFile(const QString &path) { m_rulesFile = path; }
    QString rulesFile() const { return m_rulesFile; }

    // The clock judgements are made at (tests pin it).
    void setClock(std::function<QDateTime()> nowUtc) { m_now = std::move(nowUtc); }

signals:
    // judged of total instances (total grows while regions are still listing).
    void progressChanged(int judged, int total);
    void finished();
    // One instance judged (the model's row is updated too).
    void instanceJudged(const QString &accountId, const bb::InstanceHealth &health);
    // An instance judged Critical that was not at the previous refresh (not on the first one, nor
    // on one that judges again because the thresholds changed: the user's change, not the
    // backups', made the difference, and a tightened threshold would flood the desktop).
    void turnedCritical(const QString &instance, const QString &reason);
    // An account, product or region that could not be listed (translated, names what).
    void errorOccurred(const QString &message);

private:
    struct Target
    {
        Account account;
        std::shared_ptr<BackupService> service;
        Instance instance;
    };

    void onListed(const Account &account, const std::shared_ptr<BackupService> &service,
                  const QList<Instance> &instances);
    void finishWhenDone();
    void startNext();
    void onJudged(const Target &target, const InstanceHealth &health);
    void thresholdsChanged();
    // quiet: judging again for new thresholds (no turnedCritical).
    void startRefresh(bool quiet);
    // Reads the rules file and its catalogues on a worker thread into m_copies, then `then`.
    void loadLocalCopies(std::function<void()> then);

    AppContext *m_context;
    HealthTableModel *m_model;
    InstanceEnumerator *m_enumerator;
    QTimer m_timer;
    std::function<QDateTime()> m_now;
    bool m_running = false;
    bool m_firstDone = false;
    bool m_again = false; // the thresholds changed while a refresh ran: judge again at its end
    bool m_quiet = false; // this refresh judges again for new thresholds
    HealthThresholds m_thresholds; // Settings' at the start of the refresh
    quint64 m_generation = 0;
    QDateTime m_checkedAt;
    int m_total = 0;
    int m_judged = 0;
    int m_inFlight = 0;
    QQueue<Target> m_queue;
    QSet<QString> m_seen; // HealthTableModel::key of every instance of this refresh
    QHash<QString, HealthState> m_previous; // states of the last completed refresh
    QString m_rulesFile;
    LocalCopyIndex m_copies; // this refresh's
};

} // namespace bb
