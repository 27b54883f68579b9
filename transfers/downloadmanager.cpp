#include "transfers/downloadmanager.h"

#include "transfers/backgroundsaver.h"
#include "transfers/bandwidthlimiter.h"
#include "transfers/downloadtask.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDownloadManager, "bb.transfers.manager")

using namespace Qt::StringLiterals;

namespace bb {

namespace {
constexpr int stateFormatVersion = 1;
constexpr int saveDelayMs = 500;
constexpr qint64 maxStateFileBytes = 16 * 1024 * 1024;
} // namespace

struct DownloadManager::Entry
{
    QString id;
    DownloadTask *task = nullptr;
    std::unique_ptr<Job> job;
};

// Adapts a task to the scheduler's view of it.
class DownloadManager::Job final : public SchedulableJob
{
public:
    explicit Job(DownloadTask *task)
        : m_task(task)
    { }
    Status schedulingStatus() const override
    {
        switch (m_task->state()) {
        case DownloadState::Queued:
            return Status::Waiting;
        case DownloadState::Resolving:
        case DownloadState::Downloading:
        case DownloadState::Verifying:
            return Status::Running;
        case DownloadState::Paused:
            return Status::Stopped;
        case DownloadState::Done:
        case DownloadState::Failed:
        case DownloadState::Cancelled:
            return Status::Finished;
        }
        return Status::Finished;
    }
    void startJob() override { m_task->start(); }
    void requeueJob() override { m_task->requeue(); }

private:
    DownloadTask *m_task;
};

DownloadManager::DownloadManager(QNetworkAccessManager *network, UrlResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_resolver(resolver)
    , m_limiter(new BandwidthLimiter(this))
    , m_saveTimer(new QTimer(this))
    , m_scheduleTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &DownloadManager::saveInBackground);
    // Scheduling runs on the next turn, never inside a task's own signal.
    m_scheduleTimer->setSingleShot(true);
    m_scheduleTimer->setInterval(0);
    connect(m_scheduleTimer, &QTimer::timeout, this, &DownloadManager::schedule);
}

DownloadManager::~DownloadManager()
{
    if (!m_stateFile.isEmpty())
        save(); // waits: the saver stops after it, and nothing may be lost on quitting
    for (const auto &entry : m_entries)
        disconnect(entry->task, nullptr, this, nullptr);
    // Tasks are children: they checkpoint their sidecars as they go.
}

void DownloadManager::setSslConfiguration(const QSslConfiguration &config)
{
    m_ssl = config;
    for (const auto &entry : m_entries)
        entry->task->setSslConfiguration(config);
}

void DownloadManager::setMaxParallel(int count)
{
    m_scheduler.setMaxRunning(count);
    scheduleSoon();
}

void DownloadManager::setBandwidthLimit(qint64 bytesPerSecond)
{
    m_limiter->setLimit(bytesPerSecond);
}

void DownloadManager::setConnectionsPerDownload(int count)
{
    m_connections = std::clamp(count, 1, 16);
    for (const auto &entry : m_entries) {
        DownloadTask *task = entry->task;
        if (task->state() != DownloadState::Queued)
            continue;
        DownloadOptions options = task->options();
        options.connections = m_connections;
        task->setOptions(options); // applies when it starts
    }
}

qint64 DownloadManager::bandwidthLimit() const
{
    return m_limiter->limit();
}

void DownloadManager::setStateFile(const QString &path)
{
    if (path == m_stateFile)
        return;
    m_saver.reset(); // writes what it still holds for the old file
    m_stateFile = path;
    if (path.isEmpty())
        return;
    m_saver = std::make_unique<BackgroundSaver>(path);
    connect(m_saver.get(), &BackgroundSaver::failed, this, [path](const QString &reason) {
        qCWarning(lcDownloadManager) << saveErrorMessage(path, reason);
    });
}

DownloadTask *DownloadManager::task(int row) const
{
    return row >= 0 && row < count() ? m_entries[size_t(row)]->task : nullptr;
}

QString DownloadManager::id(int row) const
{
    return row >= 0 && row < count() ? m_entries[size_t(row)]->id : QString();
}

int DownloadManager::rowOf(const QString &id) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i]->id == id)
            return int(i);
    }
    return -1;
}

DownloadManager::Entry *DownloadManager::entryById(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : m_entries[size_t(row)].get();
}

DownloadTask *DownloadManager::taskById(const QString &id) const
{
    Entry *entry = entryById(id);
    return entry ? entry->task : nullptr;
}

QString DownloadManager::add(const DownloadIdentity &identity, const DownloadOptions &options)
{
    for (const auto &entry : m_entries) {
        const DownloadTask *task = entry->task;
        if (task->identity().sameFile(identity) && task->options().folder == options.folder
            && task->state() != DownloadState::Done && task->state() != DownloadState::Cancelled) {
            resume(entry->id);
            return entry->id;
        }
    }
    DownloadOptions withConnections = options;
    withConnections.connections = m_connections;
    return addEntry(QUuid::createUuid().toString(QUuid::WithoutBraces), identity, withConnections);
}

QString DownloadManager::addEntry(const QString &id, const DownloadIdentity &identity,
                                  const DownloadOptions &options)
{
    auto entry = std::make_unique<Entry>();
    entry->id = id;
    entry->task = new DownloadTask(m_network, m_resolver, identity, options, this);
    entry->task->setSslConfiguration(m_ssl);
    entry->task->setBandwidthLimiter(m_limiter);
    entry->job = std::make_unique<Job>(entry->task);
    Entry *raw = entry.get();
    const int row = count();
    m_entries.push_back(std::move(entry));

    DownloadTask *task = raw->task;
    connect(task, &DownloadTask::stateChanged, this,
            [this, raw](DownloadState state) { onTaskStateChanged(raw, state); });
    const auto changed = [this, raw] {
        const int at = rowOf(raw->id);
        if (at >= 0)
            emit taskChanged(at);
    };
    connect(task, &DownloadTask::progressChanged, this, changed);
    connect(task, &DownloadTask::statusTextChanged, this, changed);
    connect(task, &DownloadTask::finished, this,
            [this, raw](const QString &path) { emit downloadFinished(raw->id, path); });
    connect(task, &DownloadTask::failed, this,
            [this, raw](DownloadError, const QString &message) { emit downloadFailed(raw->id, message); });
    emit taskAdded(row);
    saveSoon();
    scheduleSoon();
    return id;
}

void DownloadManager::onTaskStateChanged(Entry *entry, DownloadState)
{
    const int row = rowOf(entry->id);
    if (row >= 0)
        emit taskChanged(row);
    saveSoon();
    scheduleSoon();
}

bool DownloadManager::setConnections(const QString &id, int count)
{
    Entry *entry = entryById(id);
    if (!entry)
        return false;
    DownloadTask *task = entry->task;
    // A running download's ranges are already split and in flight; it takes a new count when it
    // starts again, which a pause and resume give without losing a byte.
    const DownloadState state = task->state();
    if (state != DownloadState::Queued && state != DownloadState::Paused && state != DownloadState::Failed)
        return false;
    DownloadOptions options = task->options();
    options.connections = std::clamp(count, 1, 16);
    task->setOptions(options);
    saveSoon();
    emit taskChanged(rowOf(id));
    return true;
}

void DownloadManager::pause(const QString &id)
{
    if (Entry *entry = entryById(id))
        entry->task->pause();
}

void DownloadManager::resume(const QString &id)
{
    Entry *entry = entryById(id);
    if (!entry)
        return;
    entry->task->requeue();
    scheduleSoon();
}

void DownloadManager::cancel(const QString &id)
{
    if (Entry *entry = entryById(id))
        entry->task->cancel();
}

void DownloadManager::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    DownloadTask *task = m_entries[size_t(row)]->task;
    if (task->state() != DownloadState::Done && task->state() != DownloadState::Failed
        && task->state() != DownloadState::Paused)
        task->cancel();
    emit taskAboutToBeRemoved(row);
    disconnect(task, nullptr, this, nullptr);
    m_entries.erase(m_entries.begin() + row);
    task->deleteLater();
    emit taskRemoved(row);
    saveSoon();
    scheduleSoon();
}

void DownloadManager::pauseAll()
{
    for (const auto &entry : m_entries) {
        if (entry->task->isActive() || entry->task->state() == DownloadState::Queued)
            entry->task->pause();
    }
}

void DownloadManager::resumeAll()
{
    for (const auto &entry : m_entries) {
        if (entry->task->state() == DownloadState::Paused || entry->task->state() == DownloadState::Failed)
            entry->task->requeue();
    }
    scheduleSoon();
}

void DownloadManager::removeFinished()
{
    for (int row = count() - 1; row >= 0; --row) {
        const DownloadState state = m_entries[size_t(row)]->task->state();
        if (state == DownloadState::Done || state == DownloadState::Cancelled)
            remove(m_entries[size_t(row)]->id);
    }
}

bool DownloadManager::isBusy() const
{
    for (const auto &entry : m_entries) {
        if (entry->task->isActive() || entry->task->state() == DownloadState::Queued)
            return true;
    }
    return false;
}

void DownloadManager::scheduleSoon()
{
    if (!m_scheduleTimer->isActive())
        m_scheduleTimer->start();
}

void DownloadManager::schedule()
{
    QList<SchedulableJob *> queue;
    queue.reserve(count());
    for (const auto &entry : m_entries)
        queue << entry->job.get();
    m_scheduler.schedule(queue);
    const bool busy = isBusy();
    if (m_wasBusy && !busy)
        emit idle();
    m_wasBusy = busy;
}

void DownloadManager::saveSoon()
{
    if (!m_stateFile.isEmpty() && !m_saveTimer->isActive())
        m_saveTimer->start();
}

void DownloadManager::saveInBackground()
{
    if (m_saver)
        m_saver->write(stateSnapshot());
}

bool DownloadManager::save(QString *error)
{
    if (!m_saver)
        return true;
    m_saveTimer->stop(); // this snapshot is the latest
    QString reason;
    if (m_saver->writeAndWait(stateSnapshot(), &reason))
        return true;
    const QString message = saveErrorMessage(m_stateFile, reason);
    qCWarning(lcDownloadManager) << message;
    if (error)
        *error = message;
    return false;
}

QString DownloadManager::saveErrorMessage(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("bb::DownloadManager", "Cannot save the download queue to %1: %2")
        .arg(path, reason);
}

// Built on this thread (the tasks live here); only the bytes go to the saver's thread.
QByteArray DownloadManager::stateSnapshot() const
{
    QJsonArray entries;
    for (const auto &entry : m_entries) {
        const DownloadTask *task = entry->task;
        QString state;
        switch (task->state()) {
        case DownloadState::Queued:
        case DownloadState::Resolving:
        case DownloadState::Downloading:
        case DownloadState::Verifying:
            state = u"queued"_s;
            break;
        case DownloadState::Paused:
            state = u"paused"_s;
            break;
        case DownloadState::Failed:
            state = u"failed"_s;
            break;
        case DownloadState::Done:
            state = u"done"_s;
            break;
        case DownloadState::Cancelled:
            continue;
        }
        const DownloadOptions &options = task->options();
        entries.append(QJsonObject {
            {u"id"_s, entry->id},
            {u"identity"_s, task->identity().toJson()},
            {u"folder"_s, options.folder},
            {u"network"_s, options.network == DownloadNetwork::Internal ? u"internal"_s : u"external"_s},
            {u"fallbackToExternal"_s, options.fallbackToExternal},
            {u"overwrite"_s, toString(options.overwrite)},
            {u"connections"_s, options.connections},
            {u"state"_s, state},
            {u"target"_s, task->targetPath()},
            {u"error"_s, task->errorString()},
        });
    }
    const QJsonObject root {
        {u"version"_s, stateFormatVersion},
        {u"maxParallel"_s, maxParallel()},
        {u"downloads"_s, entries},
    };
    return QJsonDocument(root).toJson();
}

bool DownloadManager::load(QString *error)
{
    if (m_stateFile.isEmpty() || !QFile::exists(m_stateFile))
        return true;
    QFile file(m_stateFile);
    QJsonParseError parseError;
    QJsonDocument document;
    if (file.open(QIODevice::ReadOnly) && file.size() <= maxStateFileBytes)
        document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (root.value(u"version"_s).toInt() != stateFormatVersion) {
        if (error)
            *error = QCoreApplication::translate("bb::DownloadManager", "Cannot read the download queue %1")
                         .arg(m_stateFile);
        return false;
    }
    if (root.contains(u"maxParallel"_s))
        m_scheduler.setMaxRunning(root.value(u"maxParallel"_s).toInt(DownloadScheduler::defaultMaxRunning));
    const QJsonArray downloads = root.value(u"downloads"_s).toArray();
    for (const QJsonValue &value : downloads) {
        const QJsonObject json = value.toObject();
        const DownloadIdentity identity = DownloadIdentity::fromJson(json.value(u"identity"_s).toObject());
        const QString id = json.value(u"id"_s).toString();
        if (!identity.isValid() || id.isEmpty() || rowOf(id) >= 0)
            continue;
        DownloadOptions options;
        options.folder = json.value(u"folder"_s).toString();
        options.network = json.value(u"network"_s).toString() == u"internal"_s ? DownloadNetwork::Internal
                                                                               : DownloadNetwork::External;
        options.fallbackToExternal = json.value(u"fallbackToExternal"_s).toBool(true);
        options.overwrite = overwritePolicyFromString(json.value(u"overwrite"_s).toString());
        // Queues saved before downloads over several connections have none: today's default.
        options.connections = std::clamp(json.value(u"connections"_s).toInt(m_connections), 1, 16);
        const DownloadState state = downloadStateFromString(json.value(u"state"_s).toString());
        const QString newId = addEntry(id, identity, options);
        if (state != DownloadState::Queued) {
            taskById(newId)->restore(state, json.value(u"target"_s).toString(),
                                     json.value(u"error"_s).toString());
        }
    }
    return true;
}

} // namespace bb
