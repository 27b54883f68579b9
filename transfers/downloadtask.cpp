#include "transfers/downloadtask.h"

#include "providers/core/apiclient.h"
#include "transfers/bandwidthlimiter.h"
#include "transfers/filenamesanitizer.h"
#include "transfers/httpgetreply.h"
#include "transfers/partsidecar.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QTimer>

#include <filesystem>
#include <limits>
#include <mutex>

Q_LOGGING_CATEGORY(lcDownload, "bb.transfers.download")

namespace bb {

namespace {

constexpr qint64 chunkSize = 256 * 1024;
// Chunks queued for the disk before the task stops reading (the socket then holds the rest).
constexpr qint64 maxQueuedBytes = 8 * 1024 * 1024;
constexpr qint64 rebuildChunk = 8 * 1024 * 1024;
// One readChunks() pass reads (and, over HTTPS, decrypts) for at most this long, then lets the
// event loop run and continues on its next turn. Unbounded, a pass read whatever the socket held,
// up to the writer's 8 MiB per task: with three downloads that kept the GUI thread from input and
// painting for 10-57 ms at a time (bench/guistallbench).
constexpr qint64 readPassBudgetNs = 3 * 1000 * 1000;
constexpr qsizetype maxErrorBody = 4096;
constexpr int maxNumberedNames = 1000;
// The fetch budget of a small file: a few retries of it always fit.
constexpr qint64 minFetchBudget = 1024 * 1024;

bool isUnreachable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

// Answers that the same request cannot turn into a file: a malformed or conflicting response
// (the head parser's verdict), a redirect loop or one to plain HTTP.
bool isPermanentProtocolError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return true;
    default:
        return false;
    }
}

QString bytesText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Content-Range: bytes 100-199/1000 → first 100, total 1000 (total -1 for "*").
bool parseContentRange(const QByteArray &header, qint64 *first, qint64 *total)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes "))
        return false;
    const QByteArray spec = value.mid(6);
    const qsizetype dash = spec.indexOf('-');
    const qsizetype slash = spec.indexOf('/');
    if (dash <= 0 || slash < dash)
        return false;
    bool ok = false;
    *first = spec.left(dash).toLongLong(&ok);
    if (!ok)
        return false;
    const QByteArray totalText = spec.mid(slash + 1);
    *total = totalText == "*" ? -1 : totalText.toLongLong(&ok);
    return ok;
}

bool isCrc64(const Checksum &checksum)
{
    return !checksum.isEmpty() && checksum.algorithm.contains(QStringLiteral("crc64"), Qt::CaseInsensitive);
}

// Targets whose .part and sidecar a writer thread has yet to remove (cancel() queues the removal):
// a new download of the same file, in any task, must not resume into a .part that is about to go.
std::mutex removalsMutex;
QHash<QString, int> removals; // target → removals queued

void beginRemoval(const QString &target)
{
    std::lock_guard lock(removalsMutex);
    ++removals[target];
}

void endRemoval(const QString &target)
{
    std::lock_guard lock(removalsMutex);
    if (--removals[target] <= 0)
        removals.remove(target);
}

bool isBeingRemoved(const QString &target)
{
    std::lock_guard lock(removalsMutex);
    return removals.contains(target);
}

} // namespace

// What the rename of a verified .part came to, on the writer's thread.
struct DownloadTask::FinalRename
{
    enum class Outcome { Renamed, CannotRename, CannotReplace, Exists };
    Outcome outcome = Outcome::CannotRename;
    QString destination;
    QString error; // CannotReplace: the system's reason

    // Renames `part` to `target`, or under the overwrite policy to a numbered name or over the
    // existing file; never replaces a file the policy does not allow to replace.
    static FinalRename run(const QString &part, const QString &target, OverwritePolicy policy)
    {
        const QFileInfo first(target);
        QString destination = target;
        for (int n = 1;; ++n) {
            // QFile::rename never replaces an existing file (renameat2 RENAME_NOREPLACE / link+unlink).
            if (QFile::rename(part, destination))
                return {Outcome::Renamed, destination, {}};
            if (!QFileInfo::exists(destination) || n >= maxNumberedNames)
                return {Outcome::CannotRename, destination, {}};
            if (policy == OverwritePolicy::Overwrite) {
                std::error_code error;
                std::filesystem::rename(std::filesystem::path(part.toStdU16String()),
                                        std::filesystem::path(destination.toStdU16String()), error);
                if (error)
                    return {Outcome::CannotReplace, destination, QString::fromLocal8Bit(error.message())};
                return {Outcome::Renamed, destination, {}};
            }
            if (policy == OverwritePolicy::Ask)
                return {Outcome::Exists, destination, {}};
            destination = first.absolutePath() + u'/' + FileNameSanitizer::numbered(first.fileName(), n);
        }
    }
};

DownloadTask::DownloadTask(QNetworkAccessManager *network, UrlResolver *resolver, DownloadIdentity identity,
                           DownloadOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_resolver(resolver)
    , m_identity(std::move(identity))
    , m_options(std::move(options))
    , m_retryTimer(new QTimer(this))
    , m_throttleTimer(new QTimer(this))
    , m_tick(new QTimer(this))
{
    m_writer = new PartWriter(maxQueuedBytes, this);
    connect(m_writer, &PartWriter::roomAvailable, this, &DownloadTask::readChunks);
    connect(m_writer, &PartWriter::drained, this, &DownloadTask::onDrained);
    connect(m_writer, &PartWriter::failed, this, &DownloadTask::onWriteFailed);
    connect(m_writer, &PartWriter::openFailed, this, &DownloadTask::onOpenFailed);
    m_retryTimer->setSingleShot(true);
    m_throttleTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (!checkFreeSpace())
            return;
        if (m_restartNext)
            restartFromZero();
        if (m_haveSource)
            sendRequest();
        else
            resolve();
    });
    connect(m_throttleTimer, &QTimer::timeout, this, &DownloadTask::readChunks);
    connect(m_tick, &QTimer::timeout, this, &DownloadTask::onTick);
    m_progress.total = m_identity.expectedSize;
}

DownloadTask::~DownloadTask()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        delete m_reply;
    }
    flushChunk();
    const bool rebuilding = m_rebuildPos >= 0; // the sidecar stays as it is
    stopRebuild(); // else the writer's destructor would read the rest of the .part
    // The final sidecar is queued after the last chunks; the writer (a child, destroyed after this)
    // finishes what is queued before its thread ends. A rename in flight is finished there too,
    // with its sidecar's removal: no sidecar after it.
    if (!rebuilding && !m_finalizing && (m_writer->isOpen() || !m_writer->isIdle()))
        checkpoint(true);
}

void DownloadTask::setBandwidthLimiter(BandwidthLimiter *limiter)
{
    if (m_limiter)
        disconnect(m_limiter, nullptr, this, nullptr);
    m_limiter = limiter;
    if (limiter) {
        connect(limiter, &BandwidthLimiter::limitChanged, this, [this] {
            if (m_reply)
                m_reply->setReadBufferSize(m_limiter->suggestedReadBuffer());
            readChunks();
        });
    }
}

QString DownloadTask::partPath() const
{
    return m_target.isEmpty() ? QString() : PartSidecar::partPath(m_target);
}

bool DownloadTask::isActive() const
{
    return m_state == DownloadState::Resolving || m_state == DownloadState::Downloading
        || m_state == DownloadState::Verifying;
}

void DownloadTask::setState(DownloadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void DownloadTask::setStatusText(const QString &text)
{
    if (m_statusText == text)
        return;
    m_statusText = text;
    emit statusTextChanged(text);
}

QUrl DownloadTask::currentUrl() const
{
    return m_useInternal ? m_source.internalUrl : m_source.externalUrl;
}

QString DownloadTask::maskedUrl() const
{
    return ApiClient::maskUrl(currentUrl());
}

void DownloadTask::start()
{
    if (isActive() || m_state == DownloadState::Done)
        return;
    if (!m_writer->isIdle()) {
        // An earlier attempt's chunks are still on their way to the disk: resume from the .part
        // and its sidecar once they are written (onDrained).
        ++m_generation;
        m_startWhenDrained = true;
        setState(DownloadState::Resolving);
        m_writer->notifyWhenDrained();
        return;
    }
    startNow();
}

void DownloadTask::startNow()
{
    ++m_generation;
    m_error = DownloadError::None;
    m_errorString.clear();
    m_failures = 0;
    m_resolvesInRow = 0;
    m_bestReceived = 0;
    m_runAttempts = 0;
    m_fetched = 0;
    m_usedFallback = false;
    m_haveSource = false;
    m_serverTotal = -1;
    m_useInternal = m_options.network == DownloadNetwork::Internal;
    setStatusText({});
    setState(DownloadState::Queued);
    if (!chooseTarget())
        return;
    loadResumeState();
    if (!checkFreeSpace())
        return;
    if (m_rebuildPos >= 0) {
        rebuildCrc();
        return;
    }
    if (m_identity.expectedSize >= 0 && m_received == m_identity.expectedSize && m_received > 0) {
        verify(); // a complete .part from an earlier run (e.g. stopped at TargetExists)
        return;
    }
    resolve();
}

bool DownloadTask::chooseTarget()
{
    if (!m_target.isEmpty() && !isBeingRemoved(m_target) && QFileInfo::exists(partPath()))
        return true; // keep resuming into the same slot
    const QString first = FileNameSanitizer::joinUnder(m_options.folder, m_identity.fileName);
    if (first.isEmpty()) {
        fail(DownloadError::FileError,
             tr("Cannot save into \"%1\": the folder does not exist or the name resolves outside it")
                 .arg(m_options.folder));
        return false;
    }
    const QFileInfo firstInfo(first);
    const QString dir = firstInfo.absolutePath();
    const QString name = firstInfo.fileName();
    for (int n = 0; n < maxNumberedNames; ++n) {
        const QString candidate = dir + u'/' + FileNameSanitizer::numbered(name, n);
        const QFileInfo part(PartSidecar::partPath(candidate));
        if (part.isSymLink())
            continue; // never write through a link someone planted
        if (isBeingRemoved(candidate))
            continue; // a cancelled download's .part, about to be removed
        if (part.exists()) {
            const auto state = PartSidecar::read(candidate);
            if (!state || state->identity.sameFile(m_identity)) {
                m_target = candidate;
                return true;
            }
            continue; // another download's partial file
        }
        const QFileInfo target(candidate);
        if (target.exists() || target.isSymLink()) {
            if (m_options.overwrite == OverwritePolicy::Overwrite) {
                m_target = candidate;
                return true;
            }
            if (m_options.overwrite == OverwritePolicy::Ask) {
                m_target = candidate;
                fail(DownloadError::TargetExists, tr("\"%1\" already exists").arg(candidate));
                return false;
            }
            continue;
        }
        // Another entry's name but for case ("Data.bak"): the same file on Windows and macOS,
        // so taken on every OS (there the checks above already saw it).
        const QString candidateName = QFileInfo(candidate).fileName();
        if (!FileNameSanitizer::caseTwin(dir, candidateName).isEmpty()
            || !FileNameSanitizer::caseTwin(dir, PartSidecar::partPath(candidateName)).isEmpty())
            continue;
        m_target = candidate;
        return true;
    }
    fail(DownloadError::FileError, tr("No free file name for \"%1\" in \"%2\"").arg(name, dir));
    return false;
}

bool DownloadTask::checkFreeSpace()
{
    const qint64 total = m_serverTotal >= 0 ? m_serverTotal : m_identity.expectedSize;
    if (total < 0 || m_target.isEmpty())
        return true;
    const QString dir = QFileInfo(m_target).absolutePath();
    QStorageInfo storage(dir);
    storage.refresh();
    if (!storage.isValid())
        return true;
    const qint64 needed = std::max<qint64>(0, total - m_received);
    if (storage.bytesAvailable() < needed) {
        fail(DownloadError::DiskFull,
             tr("Not enough free space in \"%1\": %2 more needed, %3 available")
                 .arg(dir, bytesText(needed), bytesText(storage.bytesAvailable())));
        return false;
    }
    return true;
}

void DownloadTask::loadResumeState()
{
    m_writing = false;
    m_crc = Crc64();
    m_received = 0;
    m_rebuildPos = -1;
    m_serverCrc.clear();
    // Removals go to the writer's thread (an unlink waits in ext4's discard), before the .part is
    // opened there again.
    if (m_restartNext) {
        m_restartNext = false;
        removePartLater();
        return;
    }
    const QFileInfo part(partPath());
    if (!part.exists()) {
        if (QFileInfo::exists(PartSidecar::sidecarPath(m_target)))
            m_writer->later([sidecar = PartSidecar::sidecarPath(m_target)] { QFile::remove(sidecar); });
        return;
    }
    const qint64 partSize = part.size();
    if (m_identity.expectedSize >= 0 && partSize > m_identity.expectedSize + m_identity.sizeSlack()) {
        removePartLater();
        return;
    }
    const auto state = PartSidecar::read(m_target);
    if (state && state->identity.sameFile(m_identity) && state->crcBytes <= partSize) {
        m_crc = Crc64(state->crcValue);
        m_received = state->crcBytes;
        m_serverCrc = state->serverCrc;
        if (m_identity.expectedSize < 0)
            m_identity.expectedSize = state->identity.expectedSize;
        if (m_identity.checksum.isEmpty())
            m_identity.checksum = state->identity.checksum;
        if (state->crcBytes < partSize)
            m_rebuildPos = state->crcBytes;
    } else if (partSize > 0) {
        m_rebuildPos = 0;
    }
    qCInfo(lcDownload) << "resuming" << m_identity.key() << "with" << partSize << "bytes in the .part;"
                       << (m_rebuildPos >= 0 ? "re-reading from byte" : "CRC state covers them all")
                       << m_rebuildPos;
}

void DownloadTask::rebuildCrc()
{
    // The saved CRC state does not cover the whole .part (a crash between checkpoints, or no
    // sidecar): read the uncovered bytes once, on the writer's thread. On this one each 8 MiB
    // slice waited for the disk (a cold .part after a restart, other downloads writing).
    auto rebuild = std::make_shared<CrcRebuild>();
    rebuild->position = m_rebuildPos;
    rebuild->crc = m_crc;
    m_rebuild = rebuild;
    m_writer->later([rebuild, part = partPath()] {
        QFile file(part);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(rebuild->position)) {
            rebuild->error = file.errorString();
            return;
        }
        QByteArray buffer(rebuildChunk, Qt::Uninitialized);
        while (!rebuild->stop) {
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n < 0) {
                rebuild->error = file.errorString();
                return;
            }
            if (n == 0)
                return;
            rebuild->crc.update(QByteArrayView(buffer.constData(), n));
            rebuild->position += n;
        }
    });
    m_writer->notifyWhenDrained();
    m_tick->start(std::clamp(m_options.stallTimeoutMs / 4, 50, 1000)); // progress while it reads
    // Last: a slot may pause or cancel at once.
    setStatusText(tr("Checking the partial file"));
    setState(DownloadState::Verifying);
}

void DownloadTask::onRebuilt()
{
    const std::shared_ptr<CrcRebuild> rebuild = std::move(m_rebuild);
    m_tick->stop();
    if (!rebuild->error.isEmpty()) {
        fail(DownloadError::FileError, tr("Cannot read \"%1\": %2").arg(partPath(), rebuild->error));
        return;
    }
    m_crc = rebuild->crc;
    m_received = rebuild->position;
    m_rebuildPos = -1;
    updateProgress(false);
    setStatusText({});
    if (m_identity.expectedSize >= 0 && m_received == m_identity.expectedSize && m_received > 0) {
        verify();
        return;
    }
    resolve();
}

void DownloadTask::stopRebuild()
{
    m_rebuildPos = -1;
    if (m_rebuild) {
        m_rebuild->stop = true; // the writer's thread stops after the slice it is reading
        m_rebuild.reset();
    }
}

void DownloadTask::resolve()
{
    setState(DownloadState::Resolving);
    m_haveSource = false;
    const quint64 generation = m_generation;
    m_resolver->resolve(m_identity, this,
                        [this, generation](const ResolvedSource &source, const ProviderError &error) {
                            if (generation == m_generation)
                                onResolved(source, error);
                        });
}

void DownloadTask::onResolved(const ResolvedSource &source, const ProviderError &error)
{
    if (error.isError()) {
        fail(DownloadError::Resolve, tr("Could not get a download URL: %1").arg(error.toString()));
        return;
    }
    m_source = source;
    m_haveSource = true;
    if (m_identity.expectedSize < 0 && source.size >= 0)
        m_identity.expectedSize = source.size;
    if (m_identity.checksum.isEmpty() && !source.checksum.isEmpty())
        m_identity.checksum = source.checksum;
    if (m_useInternal && source.internalUrl.isEmpty()) {
        if (!m_options.fallbackToExternal || source.externalUrl.isEmpty()) {
            fail(DownloadError::Resolve,
                 tr("The provider gave no internal URL for \"%1\"").arg(m_identity.fileName));
            return;
        }
        m_useInternal = false;
        m_usedFallback = true;
        setStatusText(tr("No internal URL; using the external URL"));
    }
    if (currentUrl().isEmpty()) {
        fail(DownloadError::Resolve,
             tr("The provider gave no download URL for \"%1\"").arg(m_identity.fileName));
        return;
    }
    sendRequest();
}

bool DownloadTask::openPart(bool truncate)
{
    if (m_writer->isOpen() && !truncate)
        return true;
    const QString path = partPath();
    if (QFileInfo(path).isSymLink()) {
        fail(DownloadError::FileError,
             tr("\"%1\" is a symbolic link; refusing to write through it").arg(path));
        return false;
    }
    // The .part may hold bytes beyond the CRC state (never here after a rebuild, but be sure that
    // what we append follows exactly the bytes the CRC covers): the writer cuts it to m_received.
    // On the writer's thread: opening with truncation or a cut frees blocks, which waited for the
    // disk on the GUI thread; a failure comes back through onOpenFailed().
    m_writer->open(path, truncate, m_received, m_crc);
    m_writing = true;
    m_partRemoved = false;
    checkpoint(true);
    return true;
}

void DownloadTask::sendRequest()
{
    if (!withinBudget() || !openPart(false))
        return;
    QNetworkRequest request(currentUrl());
    // Compressed transfer would make byte offsets (Range) and sizes meaningless.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    if (m_received > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
    if (!m_ssl.isNull())
        request.setSslConfiguration(m_ssl);

    m_httpStatus = 0;
    m_accepting = false;
    m_replyFinished = false;
    m_errorBody.clear();
    m_attemptStart = m_received;
    m_abortReason = AbortReason::None;
    ++m_totalAttempts;
    ++m_runAttempts;
    const bool direct = !m_viaNetworkManager && HttpGetReply::canFetch(currentUrl(), m_network);
    qCInfo(lcDownload) << "GET" << maskedUrl() << "from byte" << m_received << "attempt" << m_totalAttempts
                       << (direct ? "(direct)" : "(QNAM)");

    if (direct) {
        // The lean data path: the transfer thread decrypts the body into chunks this thread copies
        // from once. Redirects and chunked bodies go back through QNAM (below) for the rest of
        // this task.
        auto *reply = new HttpGetReply(currentUrl(), m_received, m_ssl, this);
        connect(reply, &HttpGetReply::needsFallback, this, [this] {
            qCInfo(lcDownload) << maskedUrl() << "needs QNAM (redirect or chunked body)";
            m_viaNetworkManager = true;
            abortReply(AbortReason::None);
            --m_totalAttempts;
            --m_runAttempts;
            sendRequest();
        });
        m_reply = reply;
    } else {
        // A custom "GET" is the same request on the wire, but newer Qt versions count custom verbs
        // as not idempotent and then never silently re-send them when a connection drops mid-body,
        // so every reconnect comes through here with a fresh Range. Qt 6.4 re-sends anyway (up to
        // twice, with the original Range): onMetaData() skips the bytes such a re-sent answer
        // repeats.
        m_reply = m_network->sendCustomRequest(request, QByteArrayLiteral("GET"));
    }
    m_reply->setReadBufferSize(m_limiter ? m_limiter->suggestedReadBuffer()
                                         : BandwidthLimiter::unlimitedReadBuffer);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &DownloadTask::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadTask::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadTask::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the reply then fails with SslHandshakeFailedError, which is fatal.
        for (const QSslError &error : errors)
            qCWarning(lcDownload) << "TLS error for" << maskedUrl() << error.errorString();
    });
    setState(DownloadState::Downloading);
    m_sinceByte.restart();
    m_lowSpeedWindow.restart();
    m_lowSpeedBytes = m_received;
    if (!m_sinceProgress.isValid())
        m_sinceProgress.start();
    m_tick->start(std::clamp(m_options.stallTimeoutMs / 4, 50, 1000));
}

void DownloadTask::onMetaData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || (status >= 300 && status < 400))
        return;
    m_httpStatus = status;
    for (const QByteArray &name :
         {QByteArrayLiteral("x-oss-hash-crc64ecma"), QByteArrayLiteral("x-cos-hash-crc64ecma")}) {
        if (m_reply->hasRawHeader(name))
            m_serverCrc = QString::fromLatin1(m_reply->rawHeader(name).trimmed());
    }
    m_skip = 0;
    if (status == 200) {
        if (m_attemptStart == 0 && m_received > 0) {
            // Qt re-sent a whole-file request by itself after a drop: skip what we already have.
            m_skip = m_received;
        } else if (m_received > 0) {
            // The host ignored Range and sends the whole file: take it from byte zero.
            qCInfo(lcDownload) << maskedUrl() << "ignored Range; restarting from zero";
            setStatusText(tr("The server ignored the resume request; starting over"));
            m_crc = Crc64();
            m_received = 0;
            m_attemptStart = 0;
            flushChunk(); // dropped by the truncation, in order
            m_writer->truncate(); // a failure comes back through onWriteFailed()
        }
        bool ok = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        m_serverTotal = ok ? length : -1;
        m_accepting = true;
    } else if (status == 206) {
        qint64 first = -1;
        qint64 total = -1;
        const bool parsed = parseContentRange(m_reply->rawHeader("Content-Range"), &first, &total);
        if (parsed && first >= m_attemptStart && first < m_received) {
            // Qt re-sent this attempt's request by itself after a drop: the answer starts where
            // the attempt started, and the bytes up to m_received are already in the .part.
            m_skip = m_received - first;
            first = m_received;
        }
        if (!parsed || first != m_received) {
            // Only bytes that continue exactly where the .part ends may be appended.
            qCWarning(lcDownload) << maskedUrl() << "answered an unexpected Content-Range"
                                  << m_reply->rawHeader("Content-Range") << "for offset" << m_received;
            abortReply(AbortReason::Restart);
            if (++m_failures >= m_options.maxAttempts) {
                fail(DownloadError::Http, tr("The server kept answering the wrong byte range"));
                return;
            }
            setStatusText(
                tr("The server answered the wrong byte range; starting over (attempt %1 of at most %2)")
                    .arg(m_runAttempts + 1)
                    .arg(m_options.maxTotalAttempts));
            restartFromZero();
            sendRequest();
            return;
        }
        m_serverTotal = total;
        m_accepting = true;
    } else {
        m_accepting = false;
    }
    // The listing is the truth about the file: a host announcing another size serves another
    // file (or a cut one), and its bytes must not become this one.
    if (m_accepting && m_serverTotal >= 0 && m_identity.expectedSize >= 0
        && std::abs(m_serverTotal - m_identity.expectedSize) > m_identity.sizeSlack()) {
        qCWarning(lcDownload) << maskedUrl() << "serves" << m_serverTotal << "bytes; the listing said"
                              << m_identity.expectedSize;
        const qint64 announced = m_serverTotal;
        m_serverTotal = -1;
        discardPartAndFail(DownloadError::SizeMismatch,
                           tr("The file host announces %1 bytes for \"%2\", but the provider lists %3; "
                              "nothing was kept")
                               .arg(announced)
                               .arg(m_identity.fileName)
                               .arg(m_identity.expectedSize));
    }
}

void DownloadTask::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_accepting) {
        readChunks();
        return;
    }
    // An error body: keep its start for the message, drop the rest.
    const QByteArray data = m_reply->readAll();
    if (m_errorBody.size() < maxErrorBody)
        m_errorBody += data.left(maxErrorBody - m_errorBody.size());
}

void DownloadTask::readChunks()
{
    if (!m_reply || !m_accepting)
        return;
    QElapsedTimer pass;
    pass.start();
    while (m_reply && m_reply->bytesAvailable() > 0) {
        if (pass.nsecsElapsed() >= readPassBudgetNs) {
            if (!m_readQueued) {
                m_readQueued = true;
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        m_readQueued = false;
                        readChunks();
                    },
                    Qt::QueuedConnection);
            }
            break;
        }
        // Backpressure: with the disk behind, leave the rest in the socket (its read buffer is
        // bounded) until the writer has room again (roomAvailable() calls this again).
        if (m_writer->isFull())
            break;
        // Never more than the file can have: a host sending past it (an endless body without a
        // length, a length larger than the listing's) is stopped right there.
        const qint64 limit = sizeLimit();
        if (limit >= 0 && m_received >= limit && m_skip == 0) {
            discardPartAndFail(DownloadError::SizeMismatch,
                               tr("The file host sent more than the %1 bytes of \"%2\"; stopped there and "
                                  "removed the partial file")
                                   .arg(limit)
                                   .arg(m_identity.fileName));
            return;
        }
        if (m_chunk.isNull())
            m_chunk = m_writer->buffer(chunkSize);
        qint64 want = std::min<qint64>(m_reply->bytesAvailable(), chunkSize - m_chunk.size());
        if (limit >= 0)
            want = std::min(want, limit - m_received + m_skip);
        if (m_limiter && m_limiter->isLimited()) {
            const qint64 granted = m_limiter->acquire(want);
            if (granted <= 0) {
                if (!m_throttleTimer->isActive())
                    m_throttleTimer->start(m_limiter->msUntilAvailable(want));
                updateProgress(false);
                return;
            }
            want = granted;
        }
        if (m_skip > 0) {
            // Bytes a re-sent answer repeats: already in the .part and in the CRC.
            const QByteArray data = m_reply->read(want);
            const qint64 n = data.size();
            if (n <= 0)
                break;
            m_fetched += n;
            const qint64 skipped = std::min(m_skip, n);
            m_skip -= skipped;
            if (skipped < n)
                appendChunk(data.sliced(skipped));
            continue;
        }
        const qsizetype at = m_chunk.size();
        m_chunk.resize(at + want);
        const qint64 n = m_reply->read(m_chunk.data() + at, want);
        m_chunk.resize(at + std::max<qint64>(n, 0));
        if (n <= 0)
            break;
        m_received += n;
        m_fetched += n;
        m_sinceByte.restart();
        if (m_chunk.size() >= chunkSize)
            flushChunk();
    }
    updateProgress(false);
    checkpoint(false);
    if (m_replyFinished && m_reply && m_reply->bytesAvailable() == 0)
        finishAttempt();
}

void DownloadTask::flushChunk()
{
    if (!m_chunk.isEmpty())
        m_writer->append(m_chunk);
    m_chunk = QByteArray(); // unshared again, the writer can reuse it
}

void DownloadTask::appendChunk(const QByteArray &chunk)
{
    flushChunk();
    m_writer->append(chunk);
    m_received += chunk.size();
    m_sinceByte.restart();
}

void DownloadTask::onWriteFailed(bool truncating, qint64 bytes, const QString &fileName, const QString &error)
{
    if (!isActive() || m_finalizing)
        return; // paused or gone: the sidecar covers what was written, a resume re-reads the rest
    if (truncating) {
        fail(DownloadError::FileError, tr("Cannot truncate \"%1\": %2").arg(fileName, error));
        return;
    }
    QStorageInfo storage(QFileInfo(m_target).absolutePath());
    const bool full = storage.isValid() && storage.bytesAvailable() < bytes;
    fail(full ? DownloadError::DiskFull : DownloadError::FileError,
         full ? tr("The disk is full: \"%1\"").arg(fileName)
              : tr("Cannot write \"%1\": %2").arg(fileName, error));
}

void DownloadTask::onOpenFailed(PartWriter::OpenResult result, const QString &fileName, const QString &error)
{
    if (!isActive() || m_finalizing)
        return; // paused or gone since: the next attempt opens the .part again
    fail(DownloadError::FileError,
         result == PartWriter::OpenResult::ResizeFailed ? tr("Cannot resize \"%1\": %2").arg(fileName, error)
                                                        : tr("Cannot write \"%1\": %2").arg(fileName, error));
}

void DownloadTask::onDrained()
{
    if (m_finishWhenDrained) {
        m_finishWhenDrained = false;
        finishAttempt();
        return;
    }
    if (!m_finalizing && !m_rebuild && !m_startWhenDrained)
        return;
    if (!m_writer->isIdle()) {
        // An earlier request's drained(), delivered after more was queued: wait for the rest.
        m_writer->notifyWhenDrained();
        return;
    }
    if (m_finalizing) {
        onFinalized();
        return;
    }
    if (m_rebuild) {
        onRebuilt();
        return;
    }
    // The sidecar pause() or fail() queued after the last chunks is written: resume from it.
    m_startWhenDrained = false;
    startNow();
}

PartWriter::Snapshot DownloadTask::durableState() const
{
    if (m_writing)
        return m_writer->durable();
    return {m_received, m_crc};
}

void DownloadTask::onReplyFinished()
{
    m_replyFinished = true;
    if (m_accepting && m_reply && m_reply->bytesAvailable() > 0) {
        readChunks(); // finishes the attempt once drained (later, when throttled)
        return;
    }
    finishAttempt();
}

void DownloadTask::finishAttempt()
{
    if (!m_reply)
        return;
    flushChunk();
    if (!m_writer->isIdle()) {
        // The last chunks are still on their way to the disk: size, CRC and sidecar once written.
        m_finishWhenDrained = true;
        m_writer->notifyWhenDrained();
        return;
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    m_tick->stop();
    m_throttleTimer->stop();
    QNetworkReply::NetworkError netError = reply->error();
    const int status = m_httpStatus;
    if (m_writing) {
        const PartWriter::Snapshot written = m_writer->durable();
        m_received = written.bytes;
        m_crc = written.crc;
    }
    // The host's length, else the least the listing allows (its size less its rounding).
    const qint64 total = m_serverTotal >= 0 ? m_serverTotal
        : m_identity.expectedSize >= 0      ? m_identity.expectedSize - m_identity.sizeSlack()
                                            : -1;
    // A body without a length that ended without a clean close (TLS without close_notify) is
    // complete only when the listing's exact size says so; verify() checks it again.
    if (netError == QNetworkReply::RemoteHostClosedError && (status == 200 || status == 206)
        && m_serverTotal < 0 && m_identity.expectedSize >= 0 && m_identity.sizeSlack() == 0
        && m_received == m_identity.expectedSize)
        netError = QNetworkReply::NoError;
    const bool complete = netError == QNetworkReply::NoError && (status == 200 || status == 206)
        && !(total >= 0 && m_received < total);
    // A complete file goes to verify(), which writes the durable sidecar only when the .part stays.
    if (!complete)
        checkpoint(true);

    if (netError == QNetworkReply::NoError && (status == 200 || status == 206)) {
        if (total >= 0 && m_received < total) {
            handleFailedAttempt(
                QNetworkReply::RemoteHostClosedError, status,
                tr("the connection closed after %1 of %2").arg(bytesText(m_received), bytesText(total)));
            return;
        }
        verify();
        return;
    }
    QString message = reply->errorString();
    if (status > 0 && status < 400 && status != 200 && status != 206) {
        // Not an error to QNAM (101, 203, 3xx left unfollowed): its errorString() says "Unknown error".
        message = tr("HTTP %1 %2")
                      .arg(status)
                      .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                      .trimmed();
    } else if (status >= 400) {
        message = tr("HTTP %1").arg(status);
        // Object stores explain themselves in an XML <Code>/<Message>; quote the code.
        const qsizetype codeAt = m_errorBody.indexOf("<Code>");
        const qsizetype codeEnd = m_errorBody.indexOf("</Code>");
        if (codeAt >= 0 && codeEnd > codeAt)
            message += u' ' + QString::fromUtf8(m_errorBody.mid(codeAt + 6, codeEnd - codeAt - 6));
    }
    handleFailedAttempt(netError, status, message);
}

void DownloadTask::handleFailedAttempt(QNetworkReply::NetworkError netError, int status,
                                       const QString &message)
{
    // Progress is bytes beyond the furthest offset reached: a host that drops the connection after
    // resending what the .part already has (or restarting from zero) makes none.
    const bool progressed = m_received > std::max(m_bestReceived, m_attemptStart);
    m_bestReceived = std::max(m_bestReceived, m_received);
    if (progressed) {
        m_failures = 0;
        m_resolvesInRow = 0;
    }
    qCInfo(lcDownload) << maskedUrl() << "attempt failed:" << message << "at byte" << m_received;
    if (isTlsError(netError)) {
        fail(DownloadError::Tls, tr("TLS failure talking to %1: %2").arg(currentUrl().host(), message));
        return;
    }
    if (isPermanentProtocolError(netError)) {
        fail(DownloadError::Http, tr("The file host's answer cannot be used: %1").arg(message));
        return;
    }
    if (status >= 300 && status < 400) {
        fail(DownloadError::Http,
             tr("The file host answered %1, a redirect that cannot be followed").arg(message));
        return;
    }
    if (status > 0 && status < 400 && status != 200 && status != 206) {
        fail(DownloadError::Http, tr("The file host answered %1 instead of the file").arg(message));
        return;
    }
    if (status == 401 || status == 403) {
        // Signed URLs are bearer tokens that expire (COS in minutes): get fresh ones, keep the bytes.
        if (++m_resolvesInRow > m_options.maxResolves) {
            fail(DownloadError::Expired,
                 tr("The download link was refused even after renewing it (%1)").arg(message));
            return;
        }
        setStatusText(tr("The download link expired; asking for a fresh one"));
        resolve();
        return;
    }
    if (status == 404 || status == 416) {
        if (++m_failures >= m_options.maxAttempts) {
            fail(DownloadError::Http, tr("The file host answered %1").arg(message));
            return;
        }
        setStatusText(tr("The file host answered %1; starting over").arg(message));
        restartFromZero();
        resolve();
        return;
    }
    if (m_useInternal && status == 0 && !progressed && isUnreachable(netError)) {
        if (m_options.fallbackToExternal && !m_source.externalUrl.isEmpty()) {
            qCWarning(lcDownload) << "internal URL" << maskedUrl()
                                  << "unreachable; falling back to the external URL";
            m_useInternal = false;
            m_usedFallback = true;
            setStatusText(tr("The internal URL is unreachable from this network; using the external URL"));
            sendRequest();
            return;
        }
        fail(DownloadError::InternalUnreachable,
             tr("The internal URL %1 is unreachable from this network (%2). Internal links only work inside "
                "the "
                "cloud's network; download over the external URL instead.")
                 .arg(maskedUrl(), message));
        return;
    }
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
        fail(DownloadError::Http, tr("The file host answered %1").arg(message));
        return;
    }
    scheduleRetry(message);
}

void DownloadTask::scheduleRetry(const QString &reason)
{
    if (++m_failures >= m_options.maxAttempts) {
        fail(DownloadError::Network,
             tr("Gave up after %1 failed attempts without progress (%2)%3")
                 .arg(m_failures)
                 .arg(reason, partKeptText()));
        return;
    }
    const int exponent = std::min(m_failures - 1, 16);
    const qint64 base = std::min<qint64>(m_options.backoffMaxMs, qint64(m_options.backoffBaseMs) << exponent);
    const int delay = int(double(base) * (0.8 + 0.4 * QRandomGenerator::global()->generateDouble()));
    setStatusText(
        tr("%1; retrying in %2 s (attempt %3 of at most %4, %5 of %6 received)")
            .arg(reason)
            .arg(std::max(1, (delay + 500) / 1000))
            .arg(m_runAttempts + 1)
            .arg(m_options.maxTotalAttempts)
            .arg(bytesText(m_received),
                 m_identity.expectedSize >= 0 ? bytesText(m_identity.expectedSize) : tr("unknown")));
    m_retryTimer->start(delay);
}

void DownloadTask::restartFromZero()
{
    m_restartNext = false;
    m_crc = Crc64();
    m_received = 0;
    m_attemptStart = 0;
    m_serverCrc.clear();
    flushChunk(); // dropped by the truncation, in order
    if (m_writer->isOpen()) {
        m_writer->truncate();
    } else {
        m_writing = false;
        // On the writer's thread too: cutting the file frees its blocks.
        m_writer->later([part = partPath()] { QFile::resize(part, 0); });
    }
    checkpoint(true);
}

qint64 DownloadTask::sizeLimit() const
{
    if (m_identity.expectedSize >= 0)
        return m_identity.expectedSize + m_identity.sizeSlack();
    return m_serverTotal;
}

bool DownloadTask::withinBudget()
{
    if (m_runAttempts >= m_options.maxTotalAttempts) {
        fail(DownloadError::Network,
             tr("Gave up after %1 attempts: the file host keeps failing%2")
                 .arg(m_runAttempts)
                 .arg(partKeptText()));
        return false;
    }
    const qint64 size = sizeLimit();
    if (size < 0)
        return true;
    const qint64 factor = std::max(1, m_options.maxFetchedSizeFactor);
    const qint64 budget = size > std::numeric_limits<qint64>::max() / factor - minFetchBudget
        ? std::numeric_limits<qint64>::max()
        : std::max(size * factor, size + minFetchBudget);
    if (m_fetched >= budget) {
        fail(DownloadError::Network,
             tr("Gave up after fetching %1 for a file of %2: the file host keeps sending the same bytes%3")
                 .arg(bytesText(m_fetched), bytesText(size), partKeptText()));
        return false;
    }
    return true;
}

QString DownloadTask::partKeptText() const
{
    if (m_received <= 0)
        return {};
    return tr("; the partial file (%1) is kept").arg(bytesText(m_received));
}

void DownloadTask::dropPart(AbortReason reason)
{
    ++m_generation;
    abortReply(reason);
    stopRebuild();
    m_writer->discard();
    m_writing = false;
    retireQueuedSidecars();
    // On the writer's thread, after what is queued there: the unlinks waited in ext4's discard.
    if (!m_target.isEmpty())
        removePartLater();
    m_received = 0;
    m_crc = Crc64();
    m_restartNext = false;
}

void DownloadTask::discardPartAndFail(DownloadError error, const QString &message)
{
    dropPart(AbortReason::None);
    fail(error, message);
}

void DownloadTask::abortReply(AbortReason reason)
{
    m_tick->stop();
    m_throttleTimer->stop();
    m_retryTimer->stop();
    m_finishWhenDrained = false;
    m_startWhenDrained = false;
    flushChunk();
    if (!m_reply)
        return;
    m_abortReason = reason;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void DownloadTask::onTick()
{
    flushChunk(); // a slow or throttled transfer still reaches the disk every tick
    // A disk still writing earlier chunks is not a stalled host.
    if (m_reply && !m_throttleTimer->isActive() && m_reply->bytesAvailable() == 0
        && m_writer->pendingBytes() == 0 && !m_finishWhenDrained
        && m_sinceByte.elapsed() > m_options.stallTimeoutMs) {
        const int status = m_httpStatus;
        qCInfo(lcDownload) << maskedUrl() << "stalled for" << m_sinceByte.elapsed() << "ms";
        abortReply(AbortReason::Stall);
        checkpoint(true);
        handleFailedAttempt(QNetworkReply::TimeoutError, status,
                            tr("no data for %1 s").arg(m_options.stallTimeoutMs / 1000.0, 0, 'f', 1));
        return;
    }
    if (m_reply && m_options.lowSpeedBytesPerSecond > 0 && m_lowSpeedWindow.isValid()
        && m_lowSpeedWindow.elapsed() >= m_options.lowSpeedTimeMs) {
        const qint64 elapsed = m_lowSpeedWindow.elapsed();
        const qint64 bytes = m_received - m_lowSpeedBytes;
        // Our own bandwidth limit below the floor is not the host's doing.
        const bool ownLimit = m_limiter && m_limiter->isLimited()
            && m_limiter->limit() < 2 * qint64(m_options.lowSpeedBytesPerSecond);
        if (!ownLimit && bytes * 1000 < qint64(m_options.lowSpeedBytesPerSecond) * elapsed) {
            const int status = m_httpStatus;
            qCInfo(lcDownload) << maskedUrl() << "sent" << bytes << "bytes in" << elapsed << "ms";
            // A trickle is not progress: what it brought counts as reached already, so a host that
            // keeps trickling runs out of attempts.
            m_bestReceived = std::max(m_bestReceived, m_received);
            abortReply(AbortReason::Stall);
            checkpoint(true);
            handleFailedAttempt(QNetworkReply::TimeoutError, status,
                                tr("slower than %1/s for %2 s")
                                    .arg(bytesText(m_options.lowSpeedBytesPerSecond))
                                    .arg(elapsed / 1000.0, 0, 'f', 1));
            return;
        }
        m_lowSpeedWindow.restart();
        m_lowSpeedBytes = m_received;
    }
    updateProgress(false);
}

void DownloadTask::verify()
{
    setState(DownloadState::Verifying);
    // No durable sidecar when the file verifies: it is renamed and the sidecar removed at once.
    // Every way out that keeps the .part writes one (keepPartAndFail).
    m_writer->close();
    // Exact where the provider lists exact bytes; where it lists whole KB, the host's own
    // length is held exactly and the listing within its rounding (DownloadIdentity::sizeSlack).
    const qint64 listed = m_identity.expectedSize;
    const qint64 slack = m_identity.sizeSlack();
    const bool listMismatch = listed >= 0 && std::abs(m_received - listed) > slack;
    if (listMismatch || (m_serverTotal >= 0 && m_received != m_serverTotal)) {
        QString message;
        if (listMismatch && slack > 0)
            message = tr("Size mismatch: received %1 bytes; the provider lists %2 (in whole KB: %3 to %4 "
                         "would pass)")
                          .arg(m_received)
                          .arg(listed)
                          .arg(std::max<qint64>(0, listed - slack))
                          .arg(listed + slack);
        else if (listMismatch)
            message
                = tr("Size mismatch: received %1 bytes; the provider lists %2").arg(m_received).arg(listed);
        else
            message = tr("Size mismatch: received %1 bytes; the file host announced %2")
                          .arg(m_received)
                          .arg(m_serverTotal);
        discardPartAndFail(DownloadError::SizeMismatch, tr("%1; the partial file was removed").arg(message));
        return;
    }
    const uint64_t crc = m_crc.value();
    if (isCrc64(m_identity.checksum)) {
        bool ok = false;
        const uint64_t published = m_identity.checksum.value.trimmed().toULongLong(&ok);
        if (!ok || published != crc) {
            m_restartNext = true;
            keepPartAndFail(
                DownloadError::ChecksumMismatch,
                tr("Checksum mismatch: the provider lists CRC-64 %1, the file has %2; the partial file is "
                   "kept")
                    .arg(m_identity.checksum.value, QString::number(crc)));
            return;
        }
    }
    if (!m_serverCrc.isEmpty()) {
        bool ok = false;
        const uint64_t announced = m_serverCrc.toULongLong(&ok);
        if (!ok || announced != crc) {
            m_restartNext = true;
            keepPartAndFail(
                DownloadError::ChecksumMismatch,
                tr("Checksum mismatch: the file host announced CRC-64 %1, the file has %2; the partial file "
                   "is kept")
                    .arg(m_serverCrc, QString::number(crc)));
            return;
        }
    }
    finalizeFile();
}

void DownloadTask::finalizeFile()
{
    // On the writer's thread, after everything queued there: the rename (and the unlink of the
    // sidecar) waited 25-90 ms in ext4's discard on the GUI thread (bench/guistallbench). Done
    // follows when it reports (onDrained); the writer's destructor still runs it when the app quits.
    retireQueuedSidecars();
    m_finalizing = true;
    auto rename = std::make_shared<FinalRename>();
    m_finalRename = rename;
    m_writer->later([rename, part = partPath(), target = m_target, policy = m_options.overwrite] {
        *rename = FinalRename::run(part, target, policy);
        // A new .part under the same name means a new download of that name started meanwhile and
        // the sidecar is its own: leave it.
        if (rename->outcome == FinalRename::Outcome::Renamed
            && !QFileInfo::exists(PartSidecar::partPath(target)))
            QFile::remove(PartSidecar::sidecarPath(target));
    });
    m_writer->notifyWhenDrained();
}

void DownloadTask::onFinalized()
{
    m_finalizing = false;
    const FinalRename rename = *m_finalRename;
    m_finalRename.reset();
    const QString part = partPath();
    switch (rename.outcome) {
    case FinalRename::Outcome::Renamed:
        break;
    case FinalRename::Outcome::CannotRename:
        keepPartAndFail(DownloadError::FileError,
                        tr("Cannot rename \"%1\" to \"%2\"").arg(part, rename.destination));
        return;
    case FinalRename::Outcome::CannotReplace:
        keepPartAndFail(DownloadError::FileError,
                        tr("Cannot replace \"%1\": %2").arg(rename.destination, rename.error));
        return;
    case FinalRename::Outcome::Exists:
        keepPartAndFail(DownloadError::TargetExists, tr("\"%1\" already exists").arg(rename.destination));
        return;
    }
    m_target = rename.destination;
    setStatusText({});
    setState(DownloadState::Done);
    updateProgress(true);
    qCInfo(lcDownload) << "downloaded" << m_identity.key() << "to" << m_target << m_received
                       << "bytes, CRC-64" << m_crc.value();
    emit finished(m_target);
}

bool DownloadTask::partKept() const
{
    return !m_target.isEmpty() && !m_partRemoved && QFileInfo::exists(partPath());
}

void DownloadTask::removePartLater()
{
    m_partRemoved = true;
    beginRemoval(m_target);
    m_writer->later([target = m_target] {
        PartSidecar::removeAll(target);
        endRemoval(target);
    });
}

void DownloadTask::keepPartAndFail(DownloadError error, const QString &message)
{
    checkpoint(true);
    fail(error, message);
}

void DownloadTask::checkpoint(bool force)
{
    if (m_target.isEmpty() || m_partRemoved || m_rebuildPos >= 0 || m_state == DownloadState::Done
        || m_state == DownloadState::Cancelled)
        return;
    if (!force && m_sinceCheckpoint.isValid() && m_sinceCheckpoint.elapsed() < m_options.checkpointIntervalMs)
        return;
    // Only what is in the .part and covered by the CRC: chunks still queued are not.
    const PartWriter::Snapshot written = durableState();
    if (!force && written.bytes == m_checkpointBytes)
        return;
    ResumeState state;
    state.identity = m_identity;
    state.crcBytes = written.bytes;
    state.crcValue = written.crc.value();
    state.serverCrc = m_serverCrc;
    m_sinceCheckpoint.restart();
    m_checkpointBytes = written.bytes;
    // On the writer's thread, in order with the chunks: replacing the old sidecar frees its blocks
    // and the durable one's fsync waits behind the other downloads' writeback; with ext4 mounted
    // `discard` either waited 25-90 ms on the GUI thread (bench/guistallbench). A start() waits
    // for the writer to be idle, so it always reads the sidecar queued here.
    const auto write
        = [generations = m_sidecarGeneration, generation = m_sidecarGeneration->load(), target = m_target,
           durability = force ? PartSidecar::Durability::Durable
                              : PartSidecar::Durability::Fast](const ResumeState &resume) {
              if (generations->load() != generation)
                  return; // a cancel or a finish came after it
              QString error;
              if (!PartSidecar::write(target, resume, &error, durability))
                  qCWarning(lcDownload) << error;
          };
    if (!m_writing) {
        // The .part is not the writer's (a complete one from an earlier run, or cut to zero):
        // the state is this thread's.
        m_writer->later([write, state] { write(state); });
        return;
    }
    // The state the chunks queued so far leave: while open, right after them; once closed
    // (pause, failure, verify) or after a failed write, after everything queued, with the final
    // durable state.
    auto withState = [write, state](const PartWriter::Snapshot &now) mutable {
        state.crcBytes = now.bytes;
        state.crcValue = now.crc.value();
        write(state);
    };
    if (!m_writer->afterWrites(withState))
        m_writer->later(withState); // with the durable state when it runs
}

void DownloadTask::retireQueuedSidecars()
{
    ++*m_sidecarGeneration;
}

void DownloadTask::updateProgress(bool force)
{
    const qint64 elapsed = m_sinceProgress.isValid() ? m_sinceProgress.elapsed() : 0;
    if (!force && m_sinceProgress.isValid() && elapsed < m_options.progressIntervalMs)
        return;
    if (m_state == DownloadState::Downloading && elapsed > 0) {
        const double instant = std::max(0.0, double(m_received - m_speedBytes) * 1000.0 / double(elapsed));
        // Exponential smoothing: steady enough to read, quick enough to follow a change of rate.
        m_progress.bytesPerSecond
            = m_progress.bytesPerSecond <= 0 ? instant : 0.7 * m_progress.bytesPerSecond + 0.3 * instant;
    } else if (m_state != DownloadState::Downloading) {
        m_progress.bytesPerSecond = 0;
    }
    m_speedBytes = m_received;
    m_sinceProgress.restart();
    // While the writer's thread re-reads the .part, how far it got.
    const qint64 received = m_rebuild ? m_rebuild->position.load() : m_received;
    m_progress.received = received;
    m_progress.total = m_serverTotal >= 0 ? m_serverTotal : m_identity.expectedSize;
    m_progress.percent
        = m_progress.total > 0 ? int(received * 100 / m_progress.total) : (m_progress.total == 0 ? 100 : -1);
    m_progress.etaSeconds = (m_progress.total >= 0 && m_progress.bytesPerSecond > 1)
        ? qint64(double(m_progress.total - received) / m_progress.bytesPerSecond)
        : -1;
    emit progressChanged(m_progress);
}

void DownloadTask::pause()
{
    // A rename in flight cannot be stopped: Done or a failure follows shortly.
    if ((!isActive() && m_state != DownloadState::Queued) || m_finalizing)
        return;
    ++m_generation;
    abortReply(AbortReason::Pause);
    const bool rebuilding = m_rebuildPos >= 0;
    stopRebuild();
    const bool writing = !rebuilding && m_writer->isOpen();
    m_writer->close(); // after the queued chunks; nothing is appended after this
    if (writing)
        checkpoint(true); // after the queued chunks, with the state they leave
    setStatusText({});
    setState(DownloadState::Paused);
    updateProgress(true);
}

void DownloadTask::requeue()
{
    if (m_state == DownloadState::Done || m_state == DownloadState::Cancelled
        || m_state == DownloadState::Queued || m_finalizing)
        return;
    if (isActive())
        pause();
    setState(DownloadState::Queued);
}

void DownloadTask::restore(DownloadState state, const QString &targetPath, const QString &message)
{
    if (m_state != DownloadState::Queued)
        return;
    m_target = targetPath;
    if (state == DownloadState::Failed) {
        m_error = DownloadError::Network;
        m_errorString = message;
    }
    if (state == DownloadState::Done) {
        m_received = m_identity.expectedSize;
        m_progress.received = m_received;
        m_progress.percent = 100;
    } else if (!m_target.isEmpty()) {
        m_progress.received = QFileInfo(partPath()).size();
        m_progress.percent = m_progress.total > 0 ? int(m_progress.received * 100 / m_progress.total) : -1;
    }
    if (state == DownloadState::Paused || state == DownloadState::Failed || state == DownloadState::Done)
        setState(state);
}

void DownloadTask::cancel()
{
    // Too late once the verified file is being renamed: it is complete.
    if (m_state == DownloadState::Done || m_state == DownloadState::Cancelled || m_finalizing)
        return;
    dropPart(AbortReason::Cancel);
    m_error = DownloadError::Cancelled;
    m_errorString = tr("Cancelled");
    setStatusText({});
    setState(DownloadState::Cancelled);
}

void DownloadTask::fail(DownloadError error, const QString &message)
{
    ++m_generation;
    abortReply(AbortReason::None);
    const bool rebuilding = m_rebuildPos >= 0;
    stopRebuild();
    const bool writing = !rebuilding && m_writer->isOpen();
    m_writer->close(); // after the queued chunks; nothing is appended after this
    if (writing && m_received == 0 && !m_target.isEmpty()) {
        // Nothing arrived (a TLS refusal, an error answer): no empty .part left behind.
        m_writing = false;
        retireQueuedSidecars();
        removePartLater();
    } else if (writing) {
        checkpoint(true); // after the queued chunks, with the state they leave
    }
    m_error = error;
    m_errorString = message;
    qCWarning(lcDownload) << "download" << m_identity.key() << "failed:" << toString(error) << message;
    setStatusText({});
    setState(DownloadState::Failed);
    updateProgress(true);
    emit failed(error, message);
}

} // namespace bb
