#include "session/syncrun.h"

#include "offsite/filedigest.h"
#include "providers/core/apiclient.h"
#include "providers/core/backupservice.h"
#include "providers/core/servicereply.h"
#include "session/appcontext.h"
#include "session/downloadplan.h"
#include "transfers/bandwidthlimiter.h"
#include "transfers/downloadtask.h"
#include "transfers/filenamesanitizer.h"
#include "transfers/urlresolver.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

namespace bb {

struct SyncRun::Fetch
{
    SyncItem item;
    Backup backup; // the detailed record
    QString folder; // absolute
    QList<DownloadIdentity> pending;
    QPointer<DownloadTask> task;
    QPointer<ServiceReply> detail;
    int files = 0;
    bool failed = false;
    QSet<QString> claimed; // the target paths it will write
};

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.elapsed();
}

// Removes a copy's file and sidecar, then the folders the layout made that are now empty (up to
// the root, never the root itself).
bool removeCopy(const QString &root, const QString &relative, QString *error)
{
    // The catalogue is a file on disk like any other: a path in it that leads out of the root
    // ("../x", an absolute one) is never followed to a removal.
    const QString top = QDir::cleanPath(QDir(root).absolutePath());
    const QString path = QDir::cleanPath(QDir(top).filePath(relative));
    if (QDir::isAbsolutePath(relative) || !path.startsWith(top + u'/')) {
        if (error)
            *error = SyncRun::tr("the catalogue names %1, which is not inside %2; left alone")
                         .arg(relative, QDir::toNativeSeparators(root));
        return false;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = SyncRun::tr("cannot remove %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile::remove(CopyCatalogue::sidecarPath(path));
    QDir dir = QFileInfo(path).dir();
    while (dir.absolutePath() != top && dir.absolutePath().startsWith(top) && dir.isEmpty()) {
        const QString name = dir.dirName();
        if (!dir.cdUp() || !dir.rmdir(name))
            break;
    }
    return true;
}

} // namespace

SyncRun::SyncRun(AppContext *app, BackupService *service, QStringList regions, QString accountId,
                 OffsiteRule rule, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_service(service)
    , m_regions(std::move(regions))
    , m_accountId(std::move(accountId))
    , m_rule(std::move(rule))
    , m_options(std::move(options))
{
    if (!m_options.nowUtc.isValid())
        m_options.nowUtc = QDateTime::currentDateTimeUtc();
    m_report.rule = m_rule.name;
    m_report.destination = m_rule.destination;
}

SyncRun::~SyncRun()
{
    m_stop->store(true);
    for (const QPointer<ServiceReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
    for (QThread *thread : findChildren<QThread *>()) {
        thread->wait();
    }
    disconnect(m_apiCounter);
}

QString SyncRun::defaultRulesFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("offsite.json"));
}

QString SyncRun::lockPath(const QString &root)
{
    return QDir(CopyCatalogue::stateFolder(root)).filePath(QStringLiteral("sync.lock"));
}

void SyncRun::offThread(std::function<void()> work, std::function<void()> then)
{
    QThread *thread = QThread::create(std::move(work));
    thread->setParent(this);
    connect(thread, &QThread::finished, this, [thread, then = std::move(then)] {
        thread->deleteLater();
        then();
    });
    thread->start(QThread::LowPriority);
}

void SyncRun::start()
{
    m_started = monotonicMs();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_apiCounter
        = connect(m_app->apiClient(), &ApiClient::requestLogged, this, [this] { ++m_report.apiCalls; });

    const QString root = m_rule.destination;
    if (!QDir().mkpath(CopyCatalogue::stateFolder(root))) {
        m_report.localError = true;
        m_report.error = tr("cannot create the destination %1").arg(QDir::toNativeSeparators(root));
        return done();
    }
    // One run per destination at a time: two would fetch the same files into the same .part.
    m_lock = std::make_unique<QLockFile>(lockPath(root));
    m_lock->setStaleLockTime(0); // a lock whose process died is stale, however long it ran
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        m_report.locked = true;
        m_report.error = tr("another sync (process %1 on %2) is using %3; try again when it has ended")
                             .arg(pid)
                             .arg(host, QDir::toNativeSeparators(root));
        m_lock.reset();
        return done();
    }

    m_catalogue = std::make_unique<CopyCatalogue>(root);
    bool missing = false;
    QString error;
    if (!m_catalogue->open(&error, &missing)) {
        m_report.localError = true;
        m_report.error = error;
        return done();
    }
    if (missing) {
        const int found = m_catalogue->rebuildFromDisk(&error, &m_report.partials);
        if (found < 0) {
            m_report.localError = true;
            m_report.error = error;
            return done();
        }
        m_report.rebuilt = found;
        if (found > 0)
            emit message(
                tr("the catalogue was missing: rebuilt from %n copy sidecar(s) on disk", nullptr, found));
    }

    if (m_options.verify) {
        for (const CopyRecord &copy : m_catalogue->copies(m_rule.name)) {
            if (QFileInfo::exists(m_catalogue->absolutePath(copy.path)))
                m_toVerify << copy;
        }
        return verifyNext();
    }
    listInstances();
}

void SyncRun::verifyNext()
{
    if (m_stop->load())
        return done();
    if (m_toVerify.isEmpty())
        return listInstances();
    const CopyRecord copy = m_toVerify.takeFirst();
    auto digest = std::make_shared<FileDigest>();
    const QString path = m_catalogue->absolutePath(copy.path);
    offThread([digest, path, stop = m_stop] { *digest = FileDigest::of(path, stop.get()); },
              [this, digest, copy] {
                  if (m_stop->load())
                      return done();
                  const bool matched
                      = digest->ok() && digest->size == copy.size && digest->crc64 == copy.crc64;
                  QString error;
                  const QDateTime now = QDateTime::currentDateTimeUtc();
                  if (!m_options.dryRun && !m_catalogue->markVerified(copy.path, now, matched, &error))
                      emit message(error);
                  if (matched) {
                      ++m_report.verified;
                      if (!m_options.dryRun) {
                          CopyRecord updated = copy;
                          updated.verifiedAt = now;
                          updated.corrupt = false;
                          m_catalogue->writeSidecar(updated, nullptr);
                      }
                  } else {
                      m_report.corrupt << copy.path;
                      emit message(tr("%1 does not match the catalogue (size %2, CRC-64 %3; expected %4, %5)")
                                       .arg(copy.path)
                                       .arg(digest->size)
                                       .arg(digest->crc64, QString::number(copy.size), copy.crc64));
                  }
                  verifyNext();
              });
}

void SyncRun::listInstances()
{
    m_regionsPending = int(m_regions.size());
    if (m_regions.isEmpty()) {
        m_report.error = tr("no region to list %1 in").arg(m_rule.product);
        return done();
    }
    for (const QString &region : std::as_const(m_regions)) {
        ServiceReply *reply = m_service->listInstances(region);
        m_replies << reply;
        connect(reply, &ServiceReply::failed, this,
                [this, reply](const ProviderError &error) { onListingFailed(reply, error); });
        connect(reply, &ServiceReply::finished, this, [this, reply, region] {
            reply->deleteLater();
            for (const Instance &instance : reply->instances()) {
                if (m_rule.selectsInstance(instance.id, instance.name))
                    m_instances.append({region, instance.id});
            }
            if (--m_regionsPending == 0 && !m_finished)
                listNextInstances();
        });
    }
}

void SyncRun::onListingFailed(ServiceReply *reply, const ProviderError &error)
{
    // One listing that fails stops the rule: a plan from a partial listing would prune copies of
    // backups the cloud still has.
    reply->deleteLater();
    if (m_report.listingError.isError() || m_finished)
        return;
    m_report.listingError = error;
    m_report.error = error.toString();
    done();
}

void SyncRun::listNextInstances()
{
    if (m_finished)
        return;
    if (m_instances.isEmpty() && m_listingsRunning == 0)
        return planAndRun();
    const QDateTime until = m_options.nowUtc;
    BackupQuery query;
    query.since = until.addDays(-qint64(m_rule.listDays()));
    query.until = until;
    while (m_listingsRunning < listingsInFlight && !m_instances.isEmpty()) {
        const auto [region, instance] = m_instances.takeFirst();
        ++m_listingsRunning;
        ServiceReply *reply = m_service->listBackups(region, instance, query);
        m_replies << reply;
        connect(reply, &ServiceReply::failed, this,
                [this, reply](const ProviderError &error) { onListingFailed(reply, error); });
        // Rows may be completed by updates after finished() (Tencent Redis sizes): wait for them.
        const auto take = [this, reply] {
            reply->deleteLater();
            const QList<Backup> &rows = reply->backups();
            m_listed += rows.mid(0, maxBackupsPerInstance);
            --m_listingsRunning;
            listNextInstances();
        };
        connect(reply, &ServiceReply::updatesSettled, this, take);
        connect(reply, &ServiceReply::finished, this, [reply, take] {
            if (reply->isSettled())
                take();
        });
    }
}

void SyncRun::planAndRun()
{
    SyncInput input;
    input.rule = m_rule;
    input.listed = m_listed;
    input.copies = m_catalogue->copies(m_rule.name);
    input.nowUtc = m_options.nowUtc;
    // What --verify found, also in a dry run (which does not write it to the catalogue).
    for (CopyRecord &copy : input.copies) {
        if (m_report.corrupt.contains(copy.path))
            copy.corrupt = true;
    }
    for (const CopyRecord &copy : std::as_const(input.copies)) {
        const QFileInfo info(m_catalogue->absolutePath(copy.path));
        if (info.isFile())
            input.diskSizes.insert(copy.path, info.size());
    }
    m_report.plan = SyncPlanner::plan(input);
    m_report.planned = true;
    if (m_options.dryRun)
        return done();

    auto resolver = std::make_unique<ServiceUrlResolver>(
        [service = m_service](const DownloadIdentity &) -> BackupService * { return service; });
    m_resolver = std::move(resolver);
    m_limiter = new BandwidthLimiter(this);
    m_limiter->setLimit(m_rule.bytesPerSecond);
    for (const SyncItem &item : std::as_const(m_report.plan.items)) {
        if (item.action == SyncItem::Action::Fetch)
            m_fetchQueue << item;
    }
    startFetches();
}

void SyncRun::startFetches()
{
    if (m_finished)
        return;
    while (!m_stop->load() && int(m_running.size()) < m_rule.connections && !m_fetchQueue.isEmpty())
        startFetch(m_fetchQueue.takeFirst());
    if (m_running.isEmpty())
        prune();
}

void SyncRun::startFetch(const SyncItem &item)
{
    auto fetch = std::make_shared<Fetch>();
    fetch->item = item;
    m_running << fetch;
    // Its local files are incomplete or bad (the plan says why): they were ours, they go.
    for (const CopyRecord &copy : item.copies) {
        QString error;
        if (!removeCopy(m_catalogue->root(), copy.path, &error) || !m_catalogue->remove(copy.path, &error)) {
            SyncFailure failure {
                item.instanceId, item.backupId, copy.fileName, error, DownloadError::FileError, {}};
            return fetchFailed(fetch, failure);
        }
    }
    emit message(tr("fetching %1 of %2 (%3)").arg(item.backupId, item.instanceId, item.reason));
    // The listing may lack what only the detail call has (Redis shards, SQL Server per-database
    // files); products without one keep the listed record.
    ServiceReply *detail = m_service->backupDetail(item.backup);
    fetch->detail = detail;
    m_replies << detail;
    const auto go = [this, fetch](const Backup &backup) {
        fetch->backup = backup;
        static_cast<ServiceUrlResolver *>(m_resolver.get())->remember(backup);
        const QString folder = QDir(m_rule.destination).filePath(fetch->item.folder);
        DownloadPlan plan = DownloadPlan::prepare(backup, *m_service, m_accountId, folder);
        if (!plan.ok()) {
            SyncFailure failure {fetch->item.instanceId,
                                 fetch->item.backupId,
                                 {},
                                 plan.message,
                                 plan.problem == DownloadPlan::Problem::Folder ? DownloadError::FileError
                                                                               : DownloadError::Resolve,
                                 {}};
            return fetchFailed(fetch, failure);
        }
        // Two backups may map to the same path (the layout names a day; Redis names manual
        // backups by their remark): one whose name is taken on disk or by another running fetch
        // goes into a folder named after its id instead, never over the other one.
        const auto taken = [this, &plan](const DownloadIdentity &identity) {
            const QString target = QDir(plan.folder).filePath(identity.fileName);
            return m_claimed.contains(target) || QFileInfo::exists(target);
        };
        if (std::any_of(plan.identities.cbegin(), plan.identities.cend(), taken)) {
            const QString own = FileNameSanitizer::joinUnder(plan.folder, backup.id);
            DownloadPlan apart = own.isEmpty() ? DownloadPlan()
                                               : DownloadPlan::prepare(backup, *m_service, m_accountId, own);
            if (own.isEmpty() || !apart.ok()) {
                SyncFailure failure {fetch->item.instanceId,
                                     fetch->item.backupId,
                                     {},
                                     own.isEmpty() ? tr("cannot make a folder named after the backup in %1")
                                                         .arg(QDir::toNativeSeparators(plan.folder))
                                                   : apart.message,
                                     DownloadError::FileError,
                                     {}};
                return fetchFailed(fetch, failure);
            }
            plan = std::move(apart);
        }
        for (const DownloadIdentity &identity : std::as_const(plan.identities))
            fetch->claimed << QDir(plan.folder).filePath(identity.fileName);
        m_claimed += fetch->claimed;
        fetch->folder = plan.folder;
        fetch->pending = plan.identities;
        fetch->files = int(plan.identities.size());
        for (DownloadIdentity &identity : fetch->pending) {
            if (identity.region.isEmpty())
                identity.region = backup.region;
        }
        startNextFile(fetch);
    };
    connect(detail, &ServiceReply::finished, this, [detail, go, item] {
        detail->deleteLater();
        go(detail->backup().id.isEmpty() ? item.backup : detail->backup());
    });
    connect(detail, &ServiceReply::failed, this, [this, detail, go, fetch, item](const ProviderError &error) {
        detail->deleteLater();
        if (error.kind == ProviderError::Kind::Unsupported)
            return go(item.backup);
        fetchFailed(fetch,
                    {item.instanceId, item.backupId, {}, error.toString(), DownloadError::Resolve, error});
    });
}

void SyncRun::startNextFile(const std::shared_ptr<Fetch> &fetch)
{
    if (m_stop->load() || fetch->pending.isEmpty())
        return fetchEnded(fetch);
    DownloadOptions options;
    options.folder = fetch->folder;
    options.network = m_rule.network;
    options.connections = m_rule.connectionsPerFile;
    // A file of that name that is not in the catalogue is someone's: never replaced.
    options.overwrite = OverwritePolicy::Numbered;
    auto *task
        = new DownloadTask(m_app->network(), m_resolver.get(), fetch->pending.takeFirst(), options, this);
    fetch->task = task;
    task->setSslConfiguration(m_app->apiClient()->sslConfiguration());
    task->setBandwidthLimiter(m_limiter);
    connect(task, &DownloadTask::finished, this, [this, fetch, task](const QString &path) {
        task->deleteLater();
        onFileDone(fetch, path);
    });
    connect(task, &DownloadTask::failed, this, [this, fetch, task](DownloadError error, const QString &text) {
        task->deleteLater();
        if (error == DownloadError::Cancelled || m_stop->load())
            return fetchEnded(fetch);
        QString line = text;
        if (task->partKept())
            line += u' ' + tr("(partial file kept: the next run resumes it)");
        fetchFailed(
            fetch,
            {fetch->item.instanceId, fetch->item.backupId, task->identity().fileName, line, error, {}});
    });
    task->start();
}

void SyncRun::onFileDone(const std::shared_ptr<Fetch> &fetch, const QString &path)
{
    // DownloadTask verified the bytes against the provider's size and CRC where it publishes one;
    // the catalogue records the local file's own CRC-64, read back once, for --verify later.
    auto digest = std::make_shared<FileDigest>();
    const DownloadIdentity identity = fetch->task ? fetch->task->identity() : DownloadIdentity();
    offThread([digest, path, stop = m_stop] { *digest = FileDigest::of(path, stop.get()); },
              [this, fetch, digest, path, identity] {
                  if (!digest->ok()) {
                      if (m_stop->load())
                          return fetchEnded(fetch);
                      return fetchFailed(fetch,
                                         {fetch->item.instanceId,
                                          fetch->item.backupId,
                                          identity.fileName,
                                          digest->error,
                                          DownloadError::FileError,
                                          {}});
                  }
                  CopyRecord record;
                  record.rule = m_rule.name;
                  record.account = m_accountId;
                  record.product = fetch->backup.product;
                  record.region = fetch->backup.region;
                  record.instanceId = fetch->item.instanceId;
                  record.backupId = fetch->item.backupId;
                  record.backupStart = fetch->backup.start.toUTC();
                  record.kind = fetch->backup.kind;
                  record.backupFiles = fetch->files;
                  record.fileName = QFileInfo(path).fileName();
                  record.path = QDir(m_rule.destination).relativeFilePath(path);
                  record.size = digest->size;
                  record.crc64 = digest->crc64;
                  record.copiedAt = QDateTime::currentDateTimeUtc();
                  record.verifiedAt = record.copiedAt;
                  QString error;
                  if (!m_catalogue->writeSidecar(record, &error) || !m_catalogue->record(record, &error)) {
                      m_report.localError = true;
                      return fetchFailed(fetch,
                                         {fetch->item.instanceId,
                                          fetch->item.backupId,
                                          record.fileName,
                                          error,
                                          DownloadError::FileError,
                                          {}});
                  }
                  m_report.fetched << record.path;
                  m_report.fetchedBytes += record.size;
                  emit message(tr("copied %1").arg(record.path));
                  startNextFile(fetch);
              });
}

void SyncRun::fetchFailed(const std::shared_ptr<Fetch> &fetch, SyncFailure failure)
{
    fetch->failed = true;
    m_failedInstances.insert(fetch->item.instanceId);
    emit message(
        tr("could not copy %1 of %2: %3").arg(fetch->item.backupId, fetch->item.instanceId, failure.message));
    m_report.failures << failure;
    fetchEnded(fetch);
}

void SyncRun::fetchEnded(const std::shared_ptr<Fetch> &fetch)
{
    if (!m_running.removeOne(fetch))
        return;
    m_claimed -= fetch->claimed;
    if (m_stop->load()) {
        if (m_running.isEmpty())
            done();
        return;
    }
    startFetches();
}

void SyncRun::prune()
{
    if (m_finished)
        return;
    for (const SyncItem &item : std::as_const(m_report.plan.items)) {
        if (item.action != SyncItem::Action::Prune)
            continue;
        // The copies stay while the newer ones meant to replace them are not all there.
        if (m_failedInstances.contains(item.instanceId)) {
            if (!m_report.prunesHeld.contains(item.instanceId))
                m_report.prunesHeld << item.instanceId;
            continue;
        }
        for (const CopyRecord &copy : item.copies) {
            QString error;
            if (!removeCopy(m_catalogue->root(), copy.path, &error)
                || !m_catalogue->remove(copy.path, &error)) {
                m_report.localError = true;
                m_report.failures << SyncFailure {
                    item.instanceId, item.backupId, copy.fileName, error, DownloadError::FileError, {}};
                continue;
            }
            m_report.pruned << copy.path;
            emit message(tr("removed the local copy %1 (%2)").arg(copy.path, item.reason));
        }
    }
    done();
}

void SyncRun::abort()
{
    if (m_finished)
        return;
    m_stop->store(true);
    m_report.interrupted = true;
    for (const QPointer<ServiceReply> &reply : std::as_const(m_replies)) {
        if (reply && !reply->isFinished())
            reply->abort();
    }
    bool waiting = false;
    for (const std::shared_ptr<Fetch> &fetch : std::as_const(m_running)) {
        if (fetch->task && fetch->task->isActive()) {
            fetch->task->pause(); // keeps the .part; the next run resumes it
            waiting = waiting || fetch->task->isActive();
        }
    }
    if (!waiting && findChildren<QThread *>().isEmpty())
        done();
}

void SyncRun::done()
{
    if (m_finished)
        return;
    m_finished = true;
    disconnect(m_apiCounter);
    m_report.elapsedMs = monotonicMs() - m_started;
    if (m_catalogue && m_catalogue->isOpen() && !m_options.dryRun) {
        SyncRunRecord run;
        run.rule = m_rule.name;
        run.started = m_startedAt;
        run.finished = QDateTime::currentDateTimeUtc();
        run.fetched = int(m_report.fetched.size());
        run.failed = int(m_report.failures.size());
        run.pruned = int(m_report.pruned.size());
        run.outcome = m_report.interrupted ? QStringLiteral("interrupted")
            : !m_report.error.isEmpty()    ? QStringLiteral("failed")
            : !m_report.failures.isEmpty() ? QStringLiteral("incomplete")
                                           : QStringLiteral("ok");
        run.message = !m_report.error.isEmpty() ? m_report.error
            : !m_report.failures.isEmpty()      ? m_report.failures.constFirst().message
                                                : QString();
        QString error;
        if (!m_catalogue->recordRun(run, &error))
            emit message(error);
    }
    m_lock.reset();
    emit finished();
}

} // namespace bb
