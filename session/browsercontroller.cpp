#include "session/browsercontroller.h"

#include "models/backupcreationtracker.h"
#include "models/backupfilterproxy.h"
#include "models/backuploader.h"
#include "models/backuptablemodel.h"
#include "models/csvexportjob.h"
#include "models/instancetreemodel.h"
#include "models/logmodel.h"
#include "providers/core/apiclient.h"
#include "providers/productregistry.h"
#include "session/appcontext.h"
#include "session/downloadplan.h"
#include "session/localcopyloader.h"
#include "session/syncrun.h"
#include "transfers/downloadidentity.h"
#include "transfers/downloadmanager.h"
#include "transfers/urlresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <memory>

namespace bb {

namespace {

// Deletes a reply once it is done and hands its outcome to one callback.
void onDone(ServiceReply *reply, QObject *context, std::function<void(ServiceReply *)> done)
{
    auto once = std::make_shared<std::function<void(ServiceReply *)>>(std::move(done));
    auto finish = [reply, once] {
        if (*once) {
            auto call = std::move(*once);
            *once = nullptr;
            call(reply);
        }
        reply->deleteLater();
    };
    QObject::connect(reply, &ServiceReply::finished, context, finish);
    QObject::connect(reply, &ServiceReply::failed, context, finish);
}

} // namespace

QString BrowserController::productName(const QString &key)
{
    const std::optional<ProductDescription> product = ProductRegistry::describe(key);
    return product ? product->displayName : key;
}

void BrowserController::applyProductNames()
{
    QHash<QString, QString> names;
    for (const ProductDescription &info : ProductRegistry::products())
        names.insert(info.key, info.displayName);
    m_table->setProductNames(names);
    m_tree->setProductNames(names);
}

BrowserController::BrowserController(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_tree(new InstanceTreeModel(this))
    , m_table(new BackupTableModel(this))
    , m_proxy(new BackupFilterProxy(this))
    , m_log(new LogModel(5000, this))
    , m_loader(new BackupLoader(m_table, this))
    , m_tracker(new BackupCreationTracker(m_table, this))
    , m_resolver(std::make_unique<ServiceUrlResolver>([this](const DownloadIdentity &identity) {
        return m_allServices.value(identity.account + QLatin1Char('/') + identity.product).get();
    }))
    , m_downloads(new DownloadManager(context->network(), m_resolver.get(), this))
    , m_localCopyRules(SyncRun::defaultRulesFile())
{
    // Restored downloads may resolve before anything of their account was selected.
    m_resolver->setOpener([this](const DownloadIdentity &identity, QObject *owner,
                                 std::function<void(const ProviderError &)> opened) {
        openDownloadService(identity, owner, std::move(opened));
    });
    // The sandbox's certificate (when running) is trusted for its file host as for its API.
    m_downloads->setSslConfiguration(m_context->apiClient()->sslConfiguration());
    m_proxy->setSourceModel(m_table);
    applyProductNames();
    connect(m_context->apiClient(), &ApiClient::requestLogged, m_log, &LogModel::append);
    connect(m_context, &AppContext::accountsChanged, this, &BrowserController::reloadAccounts);

    m_tree->setLoader(
        [this](const QString &accountId, const QString &product, const QString &region,
               InstanceTreeModel::LoadDone done) { loadRegions(accountId, product, region, done); });
    connect(m_tree, &InstanceTreeModel::loadFailed, this,
            [this](const QString &, const QString &, const QString &, const ProviderError &error) {
                emit errorOccurred(error.toString());
            });
    connect(m_tree, &InstanceTreeModel::regionLoaded, this, [this](const QModelIndex &region) {
        // A selection above a region that just loaded now has more instances to show.
        if (!m_selection.isValid() || m_tree->loadingCount() > 0)
            return;
        QModelIndex up = region;
        while (up.isValid() && up != QModelIndex(m_selection))
            up = up.parent();
        if (up.isValid())
            select(m_selection);
    });

    connect(m_loader, &BackupLoader::instanceLoaded, this,
            [this](const QString &product, const QString &instanceId, int count) {
                m_tree->setBackupCount(m_selectionAccount, product, instanceId, count);
            });
    connect(m_loader, &BackupLoader::instanceFailed, this, [this](const ProviderError &error) {
        m_selectionFailed = true;
        emit errorOccurred(error.toString());
    });
    connect(m_loader, &BackupLoader::idle, this, [this] {
        emit message(tr("%n backup(s) loaded", nullptr, m_table->rowCount()));
        emit listingWindowChanged();
        if (!m_selectionFailed)
            emit actionSucceeded();
        emit selectionLoaded();
    });
    m_loader->setClock([this] { return m_context->apiClient()->now(); });
    connect(m_loader, &BackupLoader::progressChanged, this, &BrowserController::listingWindowChanged);
    connect(m_tracker, &BackupCreationTracker::succeeded, this, [this](const Backup &backup) {
        emit message(tr("Backup %1 of %2 finished").arg(backup.id, backup.instanceId));
        recount(backup.product, backup.instanceId);
        emit actionSucceeded();
    });
    connect(m_tracker, &BackupCreationTracker::failed, this,
            [this](const ProviderError &error) { emit errorOccurred(error.toString()); });

    m_tracker->setScope([this](const Backup &backup) {
        return m_selectionScope.contains(scopeKey(backup.product, backup.instanceId));
    });
    m_autoRefresh.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_autoRefresh, &QTimer::timeout, this, &BrowserController::refresh);

    restoreDownloads();
}

void BrowserController::restoreDownloads()
{
    // The context already knows the built-in sandbox accounts (main starts the sandbox before
    // the window); restored downloads open their services only when they resolve anyway.
    const QString file = m_context->downloadsFile();
    m_downloads->setStateFile(file);
    QString why;
    if (m_downloads->load(&why))
        return;
    // Never overwrite a queue that could not be read: keep it aside for the user, or, when even
    // that fails, stop persisting for this session.
    const QString aside = file + QStringLiteral(".corrupt");
    QFile::remove(aside);
    QString message;
    if (QFile::rename(file, aside)) {
        message = tr("%1. It was kept as %2; the download queue starts empty.")
                      .arg(why, QDir::toNativeSeparators(aside));
    } else {
        m_downloads->setStateFile(QString());
        message = tr("%1. The download queue will not be saved in this session.").arg(why);
    }
    // Later: the window connects to errorOccurred after constructing the controller.
    QTimer::singleShot(0, this, [this, message] { emit errorOccurred(message); });
}

void BrowserController::openDownloadService(const DownloadIdentity &identity, QObject *context,
                                            std::function<void(const ProviderError &)> opened)
{
    const std::optional<Account> account = m_context->account(identity.account);
    if (!account) {
        ProviderError error;
        error.kind = ProviderError::Kind::Auth;
        error.product = identity.product;
        error.instanceId = identity.instanceId;
        error.action = QStringLiteral("resolveDownload");
        error.retryable = false;
        error.message = tr("The account of this download no longer exists.");
        QTimer::singleShot(0, context, [opened, error] { opened(error); });
        return;
    }
    QPointer<BrowserController> self(this);
    QPointer<QObject> alive(context);
    const QString key = identity.account + QLatin1Char('/') + identity.product;
    m_context->openService(
        *account, identity.product,
        [self, alive, key, opened](std::shared_ptr<BackupService> service, const ProviderError &error) {
            if (!self || !alive)
                return;
            if (service)
                self->m_allServices.insert(key, service);
            opened(service ? ProviderError() : error);
        });
}

BrowserController::~BrowserController()
{
    LocalCopyLoader::waitForAll(this);
    m_loader->abort();
    m_tracker->abortAll();
    // The proxy goes before its source: it must not re-sort a table that is being destroyed.
    delete m_proxy;
}

void BrowserController::reloadLocalCopies()
{
    LocalCopyLoader::load(this, m_localCopyRules,
                          [this](const LocalCopyIndex &index, const QStringList &errors) {
                              m_table->setLocalCopies(index.backupStates(), QDateTime::currentDateTimeUtc());
                              for (const QString &error : errors)
                                  emit errorOccurred(tr("Local copies: %1").arg(error));
                              emit localCopiesLoaded();
                          });
}

bool BrowserController::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        applyProductNames();
        const QList<QObject *> models {m_tree, m_table, m_log};
        for (QObject *model : models)
            QCoreApplication::sendEvent(model, event);
        emit listingWindowChanged();
    }
    return QObject::event(event);
}

void BrowserController::reloadAccounts()
{
    QList<InstanceTreeModel::AccountEntry> entries;
    for (const Account &account : m_context->accounts()) {
        InstanceTreeModel::AccountEntry entry {account.id, account.alias, {}};
        for (const QString &product : account.products)
            entry.products.append({product, productName(product), m_context->regionsFor(account, product)});
        entries.append(entry);
    }
    m_selection = QPersistentModelIndex();
    m_tree->setAccounts(entries);
    emit accountsReady();
}

void BrowserController::loadRegions(const QString &accountId, const QString &product, const QString &region,
                                    std::function<void(const QList<Instance> &, const ProviderError &)> done)
{
    const std::optional<Account> account = m_context->account(accountId);
    if (!account) {
        done({}, ProviderError::malformed(tr("The account no longer exists")));
        return;
    }
    QPointer<BrowserController> self(this);
    m_context->openService(
        *account, product,
        [self, region, done](std::shared_ptr<BackupService> service, const ProviderError &error) {
            if (!self)
                return;
            if (!service) {
                done({}, error);
                return;
            }
            ServiceReply *reply = service->listInstances(region);
            onDone(reply, self, [service, done](ServiceReply *r) { done(r->instances(), r->error()); });
        });
}

void BrowserController::select(const QModelIndex &treeIndex)
{
    const quint64 generation = ++m_selectionGeneration;
    m_selection = treeIndex;
    m_selectionAccount = treeIndex.data(InstanceTreeModel::AccountIdRole).toString();
    m_selectionScope.clear();
    m_services.clear();
    m_selectionFailed = false;
    m_loader->reset();
    emit capabilitiesChanged();
    emit listingWindowChanged();
    if (!treeIndex.isValid())
        return;

    // Selecting an account, product or region loads its regions' instances first; the
    // regionLoaded handler selects again once they are there.
    m_tree->load(treeIndex);

    const std::optional<Account> account = m_context->account(m_selectionAccount);
    if (!account)
        return;
    const QList<Instance> instances = m_tree->instancesUnder(treeIndex);
    for (const Instance &instance : instances)
        m_selectionScope.insert(scopeKey(instance.product, instance.id));
    QStringList products;
    const QString product = treeIndex.data(InstanceTreeModel::ProductRole).toString();
    if (!product.isEmpty())
        products = {product};
    else
        products = account->products;

    for (const QString &key : std::as_const(products)) {
        QPointer<BrowserController> self(this);
        m_context->openService(*account, key,
                               [self, generation, key, instances](std::shared_ptr<BackupService> service,
                                                                  const ProviderError &error) {
                                   if (!self || generation != self->m_selectionGeneration)
                                       return;
                                   if (!service) {
                                       emit self->errorOccurred(error.toString());
                                       return;
                                   }
                                   self->m_services.insert(key, service);
                                   self->m_allServices.insert(
                                       self->m_selectionAccount + QLatin1Char('/') + key, service);
                                   emit self->capabilitiesChanged();
                                   for (const Instance &instance : instances) {
                                       if (instance.product == key)
                                           self->m_loader->add({service, instance.region, instance.id, {}});
                                   }
                               });
    }
}

void BrowserController::refresh()
{
    m_tree->refresh();
    if (m_selection.isValid())
        select(m_selection);
}

void BrowserController::setListingWindow(const QDateTime &since, const QDateTime &until)
{
    m_loader->setWindow(since, until);
    emit listingWindowChanged();
}

void BrowserController::setRowFilters(const QSet<BackupStatus> &statuses, const QSet<BackupKind> &kinds)
{
    // An API filter takes one value: several statuses or kinds are listed unfiltered.
    BackupQuery filter;
    if (statuses.size() == 1)
        filter.status = *statuses.cbegin();
    if (kinds.size() == 1)
        filter.kind = *kinds.cbegin();
    m_loader->setFilter(filter);
    emit listingWindowChanged();
}

QString BrowserController::listingWindowText() const
{
    const QDateTime begin = m_loader->windowBegin();
    if (!begin.isValid())
        return {};
    const auto day = [](const QDateTime &time) {
        return time.toLocalTime().date().toString(Qt::ISODate);
    };
    const QString end = m_loader->windowIsOpenEnded() ? tr("now") : day(m_loader->windowEnd());
    if (m_loader->isLoading()) {
        return tr("Loading backups from %1 to %2… %3 of %4 parts")
            .arg(day(begin), end)
            .arg(m_loader->piecesDone())
            .arg(m_loader->piecesTotal());
    }
    return tr("Backups from %1 to %2").arg(day(begin), end);
}

void BrowserController::setAutoRefreshMinutes(int minutes)
{
    if (minutes <= 0) {
        m_autoRefresh.stop();
        return;
    }
    m_autoRefresh.start(minutes * 60 * 1000);
}

int BrowserController::autoRefreshMinutes() const
{
    return m_autoRefresh.isActive() ? m_autoRefresh.interval() / 60000 : 0;
}

Account BrowserController::selectionAccount() const
{
    return m_context->account(m_selectionAccount).value_or(Account {});
}

std::shared_ptr<BackupService> BrowserController::service(const QString &product) const
{
    return m_services.value(product);
}

std::optional<Capabilities> BrowserController::capabilities(const QString &product) const
{
    const auto service = m_services.value(product);
    if (!service)
        return std::nullopt;
    return service->capabilities();
}

void BrowserController::recount(const QString &product, const QString &instanceId)
{
    int count = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Backup &b = m_table->backupAt(row);
        count += b.product == product && b.instanceId == instanceId ? 1 : 0;
    }
    m_tree->setBackupCount(m_selectionAccount, product, instanceId, count);
}

void BrowserController::loadDetail(const Backup &backup)
{
    const auto service = m_services.value(backup.product);
    if (!service)
        return;
    ServiceReply *reply = service->backupDetail(backup);
    QPointer<BackupTableModel> table(m_table);
    connect(reply, &ServiceReply::backupChanged, this, [table](const Backup &updated) {
        // Only a row still shown: a detail that answers after the user selected another instance
        // would otherwise add the last instance's backup to this one's table.
        if (table && table->contains(updated))
            table->upsert(updated);
    });
    onDone(reply, this, [service](ServiceReply *) {
        // Products without a detail call answer Unsupported: the row already has everything.
    });
}

bool BrowserController::createBackup(const QString &product, const CreateBackupRequest &request,
                                     QString *error)
{
    const auto service = m_services.value(product);
    if (!service) {
        if (error)
            *error = tr("Select an instance of %1 first.").arg(productName(product));
        return false;
    }
    const Capabilities caps = service->capabilities();
    if (!caps.createBackup) {
        if (error)
            *error = caps.noCreateReason;
        return false;
    }
    m_tracker->create(service, request);
    emit message(tr("Creating a backup of %1…").arg(request.instanceId));
    return true;
}

bool BrowserController::deleteBackup(const Backup &backup, QString *error)
{
    const auto service = m_services.value(backup.product);
    if (!service || !service->capabilities().deleteBackup) {
        if (error)
            *error = tr("%1 backups cannot be deleted from here.").arg(productName(backup.product));
        return false;
    }
    ServiceReply *reply = service->deleteBackup(backup);
    QPointer<BackupTableModel> table(m_table);
    onDone(reply, this, [this, table, backup, service](ServiceReply *r) {
        if (r->hasFailed()) {
            emit errorOccurred(r->error().toString());
            return;
        }
        if (table)
            table->removeBackup(backup);
        recount(backup.product, backup.instanceId);
        emit message(tr("Backup %1 deleted").arg(backup.id));
        emit actionSucceeded();
    });
    return true;
}

QStringList BrowserController::startDownload(const Backup &backup, DownloadNetwork network,
                                             const QString &folder, QString *error)
{
    const auto service = m_services.value(backup.product);
    if (!service) {
        if (error)
            *error = tr("Select an instance of %1 first.").arg(productName(backup.product));
        return {};
    }
    const DownloadPlan plan = DownloadPlan::prepare(backup, *service, m_selectionAccount, folder);
    if (!plan.ok()) {
        if (error)
            *error = plan.message;
        return {};
    }
    DownloadOptions options;
    options.folder = plan.folder;
    options.network = network;
    m_resolver->remember(backup);
    QStringList ids;
    for (const DownloadIdentity &identity : plan.identities)
        ids.append(m_downloads->add(identity, options));
    if (ids.isEmpty() && error)
        *error = tr("Backup %1 has no files to download.").arg(backup.id);
    else
        emit message(tr("%n download(s) queued", nullptr, static_cast<int>(ids.size())));
    return ids;
}

void BrowserController::applyDownloadSettings(int parallel, int connectionsPerDownload, qint64 bandwidthKiBps)
{
    m_downloads->setMaxParallel(parallel);
    m_downloads->setConnectionsPerDownload(connectionsPerDownload);
    m_downloads->setBandwidthLimit(bandwidthKiBps * 1024);
}

CsvExportJob *BrowserController::exportCsv(const QString &path, const QList<int> &columns, bool bom,
                                           QString *error)
{
    if (m_export && m_export->isRunning()) {
        if (error)
            *error = tr("An export to %1 is still running.").arg(QDir::toNativeSeparators(m_export->path()));
        return nullptr;
    }
    auto *job = new CsvExportJob(m_proxy, columns, path, this);
    job->setBom(bom);
    if (!job->start(error)) {
        delete job;
        return nullptr;
    }
    connect(job, &CsvExportJob::finished, job, &QObject::deleteLater);
    m_export = job;
    return job;
}

} // namespace bb
