#include "transfers/downloadtask.h"

#include "providers/core/apiclient.h"
#include "transfers/bandwidthlimiter.h"
#include "transfers/parallelranges.h"
#include "transfers/partsidecar.h"

#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStorageInfo>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDownload, "bb.transfers.download")

namespace bb {

namespace {

// Chunks queued for the disk before the task stops reading (the socket then holds the rest).
constexpr qint64 maxQueuedBytes = 8 * 1024 * 1024;
constexpr qint64 rebuildChunk = 8 * 1024 * 1024;

QString bytesText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool isCrc64(const Checksum &checksum)
{
    return !checksum.isEmpty() && checksum.algorithm.contains(QStringLiteral("crc64"), Qt::CaseInsensitive);
}

} // namespace

DownloadTask::DownloadTask(QNetworkAccessManager *network, UrlResolver *resolver, DownloadIdentity identity,
                           DownloadOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_resolver(resolver)
    , m_identity(std::move(identity))
    , m_options(std::move(options))
    , m_retryTimer(new QTimer(this))
    , m_tick(new QTimer(this))
{
    m_writer = new PartWriter(maxQueuedBytes, this);
    connect(m_writer, &PartWriter::drained, this, &DownloadTask::onDrained);
    connect(m_writer, &PartWriter::failed, this, &DownloadTask::onWriteFailed);
    connect(m_writer, &PartWriter::openFailed, this, &DownloadTask::onOpenFailed);
    m_retryTimer->setSingleShot(true);
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
    connect(m_tick, &QTimer::timeout, this, &DownloadTask::onTick);
    m_progress.total = m_identity.expectedSize;
}

DownloadTask::~DownloadTask()
{
    if (m_attempt) {
        disconnect(m_attempt, nullptr, this, nullptr);
        m_attempt->abort(); // its gathered bytes go to the writer, then the reply stops
        delete m_attempt;
        m_attempt = nullptr;
    }
    if (m_ranges)
        m_ranges->stop(); // its writers (children, destroyed after this) write what they queued
    const bool rebuilding = m_rebuildPos >= 0; // the sidecar stays as it is
    stopRebuild(); // else the writer's destructor would read the rest of the .part
    // The final sidecar is queued after the last chunks; the writer (a child, destroyed after this)
    // finishes what is queued before its thread ends. A rename in flight is finished there too,
    // with its sidecar's removal: no sidecar after it.
    if (!rebuilding && !m_finalizing && (m_writer->isOpen() || !m_writer->isIdle() || m_ranges))
        checkpoint(true);
}

void DownloadTask::setBandwidthLimiter(BandwidthLimiter *limiter)
{
    m_limiter = limiter;
    if (m_attempt)
        m_attempt->setLimiter(limiter);
    if (m_ranges)
        m_ranges->setLimiter(limiter);
}

QString DownloadTask::partPath() const
{
    return m_target.isEmpty() ? QString() : PartSidecar::partPath(m_target);
}

QList<RangeState> DownloadTask::segments() const
{
    return m_ranges ? m_ranges->progressMap() : m_rangePlan;
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
    m_retry.begin(m_options);
    m_usedFallback = false;
    m_haveSource = false;
    m_serverTotal = -1;
    m_singleOnly = false;
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
    const DownloadTarget::Choice choice
        = DownloadTarget::choose(m_target, m_options.folder, m_identity, m_options.overwrite);
    if (!choice.path.isEmpty())
        m_target = choice.path; // with TargetExists too: the name that is taken
    if (!choice.ok()) {
        fail(choice.error, choice.message);
        return false;
    }
    return true;
}

bool DownloadTask::checkFreeSpace()
{
    const qint64 total = m_serverTotal >= 0 ? m_serverTotal : m_identity.expectedSize;
    if (total < 0 || m_target.isEmpty())
        return true;
    const QString lack = DownloadTarget::lackOfSpace(m_target, std::max<qint64>(0, total - m_received));
    if (lack.isEmpty())
        return true;
    fail(DownloadError::DiskFull, lack);
    return false;
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
        dropRanges();
        removePartLater();
        return;
    }
    if (m_ranges) {
        // Paused or failed over several connections in this run: the ranges know their bytes.
        m_received = m_ranges->received();
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
    if (state && state->identity.sameFile(m_identity) && !state->ranges.isEmpty()) {
        // Several connections wrote it: the ranges say which bytes are there (the rest are holes).
        const qint64 size = state->ranges.last().end;
        if ((m_identity.expectedSize >= 0 && m_identity.expectedSize != size) || partSize > size) {
            removePartLater(); // ranges of another file: its bytes can only be wrong
            return;
        }
        m_identity.expectedSize = size;
        if (m_identity.checksum.isEmpty())
            m_identity.checksum = state->identity.checksum;
        m_serverCrc = state->serverCrc;
        m_rangePlan = state->ranges;
        m_rangesSidecarWritten = true;
        for (const RangeState &range : m_rangePlan)
            m_received += range.done;
        qCInfo(lcDownload) << "resuming" << m_identity.key() << "over" << m_rangePlan.size() << "ranges with"
                           << m_received << "bytes";
        return;
    }
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
    if (useRanges()) {
        sendRanges();
        return;
    }
    if (!withinBudget() || !openPart(false))
        return;
    RangedAttempt::Request request;
    request.url = currentUrl();
    request.from = m_received;
    request.ssl = m_ssl;
    request.viaNetworkManager = m_viaNetworkManager;
    request.listedLimit
        = m_identity.expectedSize >= 0 ? m_identity.expectedSize + m_identity.sizeSlack() : -1;
    m_attemptStart = m_received;
    m_retry.attemptSent();
    qCInfo(lcDownload) << "attempt" << m_retry.totalAttempts() << "for" << m_identity.key() << "from byte"
                       << m_received;
    m_attempt = new RangedAttempt(m_network, m_writer, request, this);
    m_attempt->setLimiter(m_limiter);
    connect(m_attempt, &RangedAttempt::headArrived, this, &DownloadTask::onHead);
    connect(m_attempt, &RangedAttempt::readPassDone, this, &DownloadTask::onReadPass);
    connect(m_attempt, &RangedAttempt::overLimit, this, &DownloadTask::onOverLimit);
    connect(m_attempt, &RangedAttempt::ended, this, &DownloadTask::finishAttempt);
    connect(m_attempt, &RangedAttempt::switchedToNetworkManager, this,
            [this] { m_viaNetworkManager = true; });
    m_attempt->start();
    enterDownloading();
}

void DownloadTask::enterDownloading()
{
    setState(DownloadState::Downloading);
    m_lowSpeedWindow.restart();
    m_lowSpeedBytes = m_received;
    if (!m_sinceProgress.isValid())
        m_sinceProgress.start();
    m_tick->start(std::clamp(m_options.stallTimeoutMs / 4, 50, 1000));
}

void DownloadTask::discardAnnouncedSize(qint64 announced)
{
    qCWarning(lcDownload) << maskedUrl() << "serves" << announced << "bytes; the listing said"
                          << m_identity.expectedSize;
    discardPartAndFail(DownloadError::SizeMismatch,
                       tr("The file host announces %1 bytes for \"%2\", but the provider lists %3; "
                          "nothing was kept")
                           .arg(announced)
                           .arg(m_identity.fileName)
                           .arg(m_identity.expectedSize));
}

bool DownloadTask::useRanges() const
{
    if (m_singleOnly)
        return false;
    if (m_ranges || !m_rangePlan.isEmpty())
        return true;
    // Fresh only: a .part from one connection resumes over one. A size listed in rounded units
    // cannot be cut into ranges.
    return m_received == 0 && m_options.connections > 1 && m_identity.expectedSize > 0
        && m_identity.sizeSlack() == 0
        && ParallelRanges::split(m_identity.expectedSize, m_options.connections, m_options.minRangeBytes)
               .size()
        > 1;
}

void DownloadTask::sendRanges()
{
    if (!m_ranges) {
        if (m_rangePlan.isEmpty())
            m_rangePlan = ParallelRanges::split(m_identity.expectedSize, m_options.connections,
                                                m_options.minRangeBytes);
        ParallelRanges::Setup setup;
        setup.partPath = partPath();
        setup.ssl = m_ssl;
        setup.connections = m_options.connections;
        setup.maxPerHost = m_options.maxConnectionsPerHost;
        setup.fileSize = m_identity.expectedSize;
        setup.minRangeBytes = m_options.minRangeBytes;
        setup.oneConnectionEnough = m_options.oneConnectionEnoughBytesPerSecond;
        m_ranges = new ParallelRanges(m_network, setup, m_rangePlan, this);
        m_rangePlan.clear();
        m_ranges->setLimiter(m_limiter);
        // Every request of every range counts against this start()'s bounds.
        m_ranges->setRequestGate([this] {
            m_retry.addFetched(m_ranges->takeFetched());
            if (!withinBudget())
                return false;
            m_retry.attemptSent();
            return true;
        });
        connect(m_ranges, &ParallelRanges::progressed, this, &DownloadTask::onRangesProgressed);
        connect(m_ranges, &ParallelRanges::completed, this, &DownloadTask::onRangesCompleted);
        connect(m_ranges, &ParallelRanges::rangeIgnored, this, &DownloadTask::onRangeIgnored);
        connect(m_ranges, &ParallelRanges::rangeFailed, this, &DownloadTask::onRangeFailed);
        connect(m_ranges, &ParallelRanges::wrongTotal, this, &DownloadTask::discardAnnouncedSize);
        connect(m_ranges, &ParallelRanges::writeFailed, this,
                [this](const QString &fileName, const QString &error) {
                    onWriteFailed(false, RangedAttempt::chunkSize, fileName, error);
                });
    }
    m_partRemoved = false;
    enterDownloading();
    if (!m_rangesSidecarWritten) {
        // The sidecar with the ranges goes to disk before any range's byte (on the writer's
        // thread, the ranges' writers are others): a .part with holes and no such sidecar would
        // be re-read as one stream after a crash.
        m_rangesSidecarWritten = true;
        checkpoint(true);
        m_startRangesWhenDrained = true;
        m_writer->notifyWhenDrained();
        return;
    }
    m_ranges->start(currentUrl(), m_viaNetworkManager);
}

void DownloadTask::onRangesProgressed()
{
    m_received = m_ranges->received();
    updateProgress(false);
    checkpoint(false);
}

void DownloadTask::onRangesCompleted(uint64_t crc)
{
    m_tick->stop();
    m_retry.addFetched(m_ranges->takeFetched());
    m_received = m_identity.expectedSize;
    m_crc = Crc64(crc);
    m_serverTotal = m_identity.expectedSize;
    if (!m_ranges->serverCrc().isEmpty())
        m_serverCrc = m_ranges->serverCrc();
    verify();
}

void DownloadTask::onRangeIgnored()
{
    // The host answers ranges with the whole file: one connection, from the first range's bytes
    // on (it will most likely start over; its bytes are all a host like this can continue). The
    // ranges' writers finish first, so nothing of theirs lands after the single writer's cut.
    qCInfo(lcDownload) << maskedUrl() << "ignores Range; one connection from now on";
    m_ranges->waitForIdle();
    const QList<RangeState> ranges = m_ranges->snapshot();
    dropRanges();
    m_received = ranges.first().done;
    m_crc = Crc64(ranges.first().crc);
    m_singleOnly = true;
    setStatusText(tr("The server does not serve byte ranges; using one connection"));
    sendRequest();
}

void DownloadTask::onRangeFailed(int index, QNetworkReply::NetworkError netError, int status,
                                 const QString &message)
{
    m_received = m_ranges->received();
    m_retry.addFetched(m_ranges->takeFetched());
    checkpoint(true);
    handleFailedAttempt(netError, status, message, index);
}

void DownloadTask::dropRanges()
{
    if (m_ranges) {
        disconnect(m_ranges, nullptr, this, nullptr);
        m_ranges->discard();
        m_ranges->deleteLater();
        m_ranges = nullptr;
    }
    m_rangePlan.clear();
    m_rangesSidecarWritten = false;
    m_startRangesWhenDrained = false;
}

void DownloadTask::onHead(RangedAttempt::Head head)
{
    if (!m_attempt->serverCrc().isEmpty())
        m_serverCrc = m_attempt->serverCrc();
    switch (head) {
    case RangedAttempt::Head::NotAccepted:
        return; // its status ends the attempt as a failure (finishAttempt)
    case RangedAttempt::Head::WrongRange:
        // Only bytes that continue exactly where the .part ends may be appended.
        stopAttempt();
        if (m_retry.giveUpOnWrongRange()) {
            fail(DownloadError::Http, tr("The server kept answering the wrong byte range"));
            return;
        }
        setStatusText(tr("The server answered the wrong byte range; starting over (attempt %1 of at most %2)")
                          .arg(m_retry.runAttempts() + 1)
                          .arg(m_options.maxTotalAttempts));
        restartFromZero();
        sendRequest();
        return;
    case RangedAttempt::Head::RangeIgnored:
        // The host sends the whole file: take it from byte zero.
        setStatusText(tr("The server ignored the resume request; starting over"));
        m_crc = Crc64();
        m_received = 0;
        m_attemptStart = 0;
        m_writer->truncate(); // a failure comes back through onWriteFailed()
        break;
    case RangedAttempt::Head::Accepted:
        break;
    }
    m_serverTotal = m_attempt->serverTotal();
    // The listing is the truth about the file: a host announcing another size serves another
    // file (or a cut one), and its bytes must not become this one.
    if (m_serverTotal >= 0 && m_identity.expectedSize >= 0
        && std::abs(m_serverTotal - m_identity.expectedSize) > m_identity.sizeSlack()) {
        const qint64 announced = m_serverTotal;
        m_serverTotal = -1;
        discardAnnouncedSize(announced);
    }
}

void DownloadTask::onReadPass()
{
    m_received = m_attempt->position();
    updateProgress(false);
    checkpoint(false);
}

void DownloadTask::onOverLimit(qint64 limit)
{
    discardPartAndFail(
        DownloadError::SizeMismatch,
        tr("The file host sent more than the %1 bytes of \"%2\"; stopped there and removed the "
           "partial file")
            .arg(limit)
            .arg(m_identity.fileName));
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
    if (m_startRangesWhenDrained) {
        if (!m_writer->isIdle()) {
            m_writer->notifyWhenDrained();
            return;
        }
        // The sidecar with the ranges is on disk: the ranges may write.
        m_startRangesWhenDrained = false;
        if (m_ranges && m_state == DownloadState::Downloading)
            m_ranges->start(currentUrl(), m_viaNetworkManager);
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

void DownloadTask::finishAttempt()
{
    if (!m_attempt)
        return;
    m_attempt->flush();
    if (!m_writer->isIdle()) {
        // The last chunks are still on their way to the disk: size, CRC and sidecar once written.
        m_finishWhenDrained = true;
        m_writer->notifyWhenDrained();
        return;
    }
    QNetworkReply::NetworkError netError = m_attempt->error();
    const int status = m_attempt->status();
    const QString message = m_attempt->failureMessage();
    releaseAttempt();
    m_tick->stop();
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
    handleFailedAttempt(netError, status, message);
}

void DownloadTask::handleFailedAttempt(QNetworkReply::NetworkError netError, int status,
                                       const QString &message, int range)
{
    qCInfo(lcDownload) << maskedUrl() << "attempt failed:" << message << "at byte" << m_received;
    RetryPolicy::Failure failure;
    failure.error = netError;
    failure.status = status;
    failure.message = message;
    failure.received = m_received;
    // Over several connections progress is the bytes of all ranges together.
    failure.attemptStart = m_ranges ? 0 : m_attemptStart;
    failure.expectedSize = m_identity.expectedSize;
    failure.internal = m_useInternal;
    failure.canUseExternal = m_options.fallbackToExternal && !m_source.externalUrl.isEmpty();
    failure.host = currentUrl().host();
    failure.maskedUrl = maskedUrl();
    const RetryPolicy::Decision decision = m_retry.afterFailure(failure);
    using Action = RetryPolicy::Decision::Action;
    switch (decision.action) {
    case Action::Fail:
        fail(decision.error, decision.text);
        return;
    case Action::Renew:
        // Fresh URLs for every range at once.
        if (m_ranges)
            m_ranges->stop();
        setStatusText(decision.text);
        resolve();
        return;
    case Action::RestartAndRenew:
        setStatusText(decision.text);
        if (m_ranges) {
            m_ranges->resetAll();
            m_received = 0;
            checkpoint(true);
        } else {
            restartFromZero();
        }
        resolve();
        return;
    case Action::UseExternal:
        qCWarning(lcDownload) << "internal URL" << maskedUrl()
                              << "unreachable; falling back to the external URL";
        if (m_ranges)
            m_ranges->stop();
        m_useInternal = false;
        m_usedFallback = true;
        setStatusText(decision.text);
        sendRequest();
        return;
    case Action::Retry:
        setStatusText(decision.text);
        if (m_ranges && range >= 0) {
            m_ranges->retry(range, decision.delayMs); // the other ranges go on
            return;
        }
        if (m_ranges)
            m_ranges->stop();
        m_retryTimer->start(decision.delayMs);
        return;
    }
}

void DownloadTask::restartFromZero()
{
    m_restartNext = false;
    m_crc = Crc64();
    m_received = 0;
    m_attemptStart = 0;
    m_serverCrc.clear();
    if (m_attempt)
        m_attempt->flush(); // dropped by the truncation, in order
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
    const QString exhausted = m_retry.exhausted(sizeLimit(), m_received);
    if (exhausted.isEmpty())
        return true;
    fail(DownloadError::Network, exhausted);
    return false;
}

void DownloadTask::dropPart()
{
    ++m_generation;
    stopAttempt();
    dropRanges();
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
    dropPart();
    fail(error, message);
}

void DownloadTask::stopAttempt()
{
    m_tick->stop();
    m_retryTimer->stop();
    m_finishWhenDrained = false;
    m_startWhenDrained = false;
    m_startRangesWhenDrained = false;
    if (m_attempt)
        releaseAttempt();
    if (m_ranges)
        m_ranges->stop();
}

void DownloadTask::releaseAttempt()
{
    RangedAttempt *attempt = std::exchange(m_attempt, nullptr);
    disconnect(attempt, nullptr, this, nullptr);
    attempt->abort(); // flushes what it gathered; a no-op for the reply once it finished
    m_retry.addFetched(attempt->fetched());
    attempt->deleteLater(); // it may be the sender of the signal being handled
}

void DownloadTask::onTick()
{
    if (m_attempt)
        m_attempt->flush(); // a slow or throttled transfer still reaches the disk every tick
    if (m_ranges && m_ranges->isRunning()) {
        m_ranges->flush();
        const int stalled = m_ranges->stalledRange(m_options.stallTimeoutMs);
        if (stalled >= 0) {
            qCInfo(lcDownload) << maskedUrl() << "range" << stalled << "stalled";
            m_ranges->failRange(stalled, QNetworkReply::TimeoutError,
                                tr("no data for %1 s").arg(m_options.stallTimeoutMs / 1000.0, 0, 'f', 1));
            return;
        }
    }
    // A disk still writing earlier chunks is not a stalled host.
    if (m_attempt && m_attempt->waitingForHost() && m_writer->pendingBytes() == 0 && !m_finishWhenDrained
        && m_attempt->msSinceByte() > m_options.stallTimeoutMs) {
        const int status = m_attempt->status();
        qCInfo(lcDownload) << maskedUrl() << "stalled for" << m_attempt->msSinceByte() << "ms";
        stopAttempt();
        checkpoint(true);
        handleFailedAttempt(QNetworkReply::TimeoutError, status,
                            tr("no data for %1 s").arg(m_options.stallTimeoutMs / 1000.0, 0, 'f', 1));
        return;
    }
    const bool transferring = m_attempt || (m_ranges && m_ranges->isRunning());
    if (transferring && m_options.lowSpeedBytesPerSecond > 0 && m_lowSpeedWindow.isValid()
        && m_lowSpeedWindow.elapsed() >= m_options.lowSpeedTimeMs) {
        const qint64 elapsed = m_lowSpeedWindow.elapsed();
        const qint64 bytes = m_received - m_lowSpeedBytes;
        // Our own bandwidth limit below the floor is not the host's doing.
        const bool ownLimit = m_limiter && m_limiter->isLimited()
            && m_limiter->limit() < 2 * qint64(m_options.lowSpeedBytesPerSecond);
        if (!ownLimit && bytes * 1000 < qint64(m_options.lowSpeedBytesPerSecond) * elapsed) {
            const int status = m_attempt ? m_attempt->status() : 206;
            qCInfo(lcDownload) << maskedUrl() << "sent" << bytes << "bytes in" << elapsed << "ms";
            // A trickle is not progress: what it brought counts as reached already, so a host that
            // keeps trickling runs out of attempts.
            m_retry.markReached(m_received);
            stopAttempt();
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
    auto rename = std::make_shared<DownloadTarget::Rename>();
    m_finalRename = rename;
    m_writer->later([rename, target = m_target, policy = m_options.overwrite] {
        *rename = DownloadTarget::finish(target, policy);
    });
    m_writer->notifyWhenDrained();
}

void DownloadTask::onFinalized()
{
    m_finalizing = false;
    const DownloadTarget::Rename rename = *m_finalRename;
    m_finalRename.reset();
    const QString part = partPath();
    using Outcome = DownloadTarget::Rename::Outcome;
    switch (rename.outcome) {
    case Outcome::Renamed:
        break;
    case Outcome::CannotRename:
        keepPartAndFail(DownloadError::FileError,
                        tr("Cannot rename \"%1\" to \"%2\"").arg(part, rename.destination));
        return;
    case Outcome::CannotReplace:
        keepPartAndFail(DownloadError::FileError,
                        tr("Cannot replace \"%1\": %2").arg(rename.destination, rename.error));
        return;
    case Outcome::Exists:
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
    DownloadTarget::beginRemoval(m_target);
    m_writer->later([target = m_target] {
        PartSidecar::removeAll(target);
        DownloadTarget::endRemoval(target);
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
    if (m_ranges || !m_rangePlan.isEmpty()) {
        checkpointRanges(force);
        return;
    }
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

void DownloadTask::checkpointRanges(bool force)
{
    // What the ranges' writers have written (their own threads): never more than is on disk.
    const QList<RangeState> ranges = m_ranges ? m_ranges->snapshot() : m_rangePlan;
    qint64 bytes = 0;
    for (const RangeState &range : ranges)
        bytes += range.done;
    if (!force && bytes == m_checkpointBytes)
        return;
    ResumeState state;
    state.identity = m_identity;
    state.serverCrc = m_serverCrc;
    state.ranges = ranges;
    m_sinceCheckpoint.restart();
    m_checkpointBytes = bytes;
    m_writer->later([generations = m_sidecarGeneration, generation = m_sidecarGeneration->load(),
                     target = m_target, state,
                     durability = force ? PartSidecar::Durability::Durable : PartSidecar::Durability::Fast] {
        if (generations->load() != generation)
            return; // a cancel or a finish came after it
        QString error;
        if (!PartSidecar::write(target, state, &error, durability))
            qCWarning(lcDownload) << error;
    });
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
    stopAttempt();
    const bool rebuilding = m_rebuildPos >= 0;
    stopRebuild();
    const bool writing = !rebuilding && m_writer->isOpen();
    m_writer->close(); // after the queued chunks; nothing is appended after this
    if (writing || m_ranges)
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
    dropPart();
    m_error = DownloadError::Cancelled;
    m_errorString = tr("Cancelled");
    setStatusText({});
    setState(DownloadState::Cancelled);
}

void DownloadTask::fail(DownloadError error, const QString &message)
{
    ++m_generation;
    stopAttempt();
    const bool rebuilding = m_rebuildPos >= 0;
    stopRebuild();
    const bool writing = !rebuilding && m_writer->isOpen();
    m_writer->close(); // after the queued chunks; nothing is appended after this
    if (writing && m_received == 0 && !m_target.isEmpty()) {
        // Nothing arrived (a TLS refusal, an error answer): no empty .part left behind.
        m_writing = false;
        retireQueuedSidecars();
        removePartLater();
    } else if (m_ranges && m_received == 0 && !m_target.isEmpty()) {
        // The same over several connections. Their writers only opened the .part (nothing was
        // written): they are done at once, so that none creates it again after its removal.
        m_ranges->waitForIdle();
        dropRanges();
        retireQueuedSidecars();
        removePartLater();
    } else if (writing || m_ranges) {
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
