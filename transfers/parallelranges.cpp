#include "transfers/parallelranges.h"

#include "providers/crypto/crc64.h"
#include "transfers/bandwidthlimiter.h"
#include "transfers/partwriter.h"

#include <QHash>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <mutex>

Q_LOGGING_CATEGORY(lcRanges, "bb.transfers.ranges")

namespace bb {

namespace {

// What each range's writer may hold unwritten: four of them stay within the one writer's 8 MiB
// of a single-connection download, twice over at most (the RSS bound of bench/results).
constexpr qint64 rangeQueueBytes = 4 * 1024 * 1024;
constexpr int maxRangeCount = 16;
// Ranges after splits; the sidecar reads up to 64.
constexpr int maxSplitRanges = 48;

std::mutex hostsMutex;
QHash<QString, int> hostConnections; // host → attempts of every ParallelRanges in the process

void countConnection(const QString &host, int delta)
{
    std::lock_guard lock(hostsMutex);
    if ((hostConnections[host] += delta) <= 0)
        hostConnections.remove(host);
}

} // namespace

QList<RangeState> ParallelRanges::split(qint64 size, int connections, qint64 minRangeBytes)
{
    const qint64 bySize = minRangeBytes > 0 ? size / minRangeBytes : size;
    const int count = int(std::clamp<qint64>(std::min<qint64>(connections, bySize), 1, maxRangeCount));
    QList<RangeState> ranges;
    for (int i = 0; i < count; ++i)
        ranges.append({size * i / count, size * (i + 1) / count, 0, 0});
    return ranges;
}

int ParallelRanges::connectionsTo(const QString &host)
{
    std::lock_guard lock(hostsMutex);
    return hostConnections.value(host);
}

ParallelRanges::ParallelRanges(QNetworkAccessManager *network, Setup setup, QList<RangeState> ranges,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_setup(std::move(setup))
    , m_limit(std::clamp(m_setup.connections, 1, maxRangeCount))
    , m_rampUp(new QTimer(this))
{
    m_rampUp->setSingleShot(true);
    connect(m_rampUp, &QTimer::timeout, this, &ParallelRanges::onRampUp);
    for (const RangeState &state : ranges)
        m_ranges.push_back({state});
}

ParallelRanges::~ParallelRanges()
{
    stop();
}

void ParallelRanges::setLimiter(BandwidthLimiter *limiter)
{
    m_limiter = limiter;
    for (Range &range : m_ranges) {
        if (range.attempt)
            range.attempt->setLimiter(limiter);
    }
}

void ParallelRanges::start(const QUrl &url, bool viaNetworkManager)
{
    m_url = url;
    m_viaNetworkManager = viaNetworkManager;
    m_running = true;
    m_completing = false;
    // A host may have changed since the last answer (a fresh URL, a resume): probe it again.
    m_probed = false;
    m_limit = std::clamp(m_setup.connections, 1, maxRangeCount);
    launch();
}

void ParallelRanges::stop()
{
    m_running = false;
    m_rampUp->stop();
    for (int i = 0; i < int(m_ranges.size()); ++i) {
        Range &range = m_ranges[size_t(i)];
        range.waiting = false;
        if (range.retryTimer)
            range.retryTimer->stop();
        if (range.attempt)
            release(i);
        if (range.writer && range.opened) {
            range.writer->close(); // after the chunks it has queued
            range.opened = false;
        }
    }
}

void ParallelRanges::discard()
{
    stop();
    for (Range &range : m_ranges) {
        if (range.writer)
            range.writer->discard();
    }
}

void ParallelRanges::resetAll()
{
    stop();
    for (Range &range : m_ranges) {
        range.state.done = 0;
        range.state.crc = 0;
        if (range.writer) {
            range.writer->discard();
            // Its durable state becomes the range's again: nothing written.
            range.writer->openAt(m_setup.partPath, range.state.start, 0, Crc64());
            range.writer->close();
        }
    }
}

void ParallelRanges::retry(int index, int delayMs)
{
    Range &range = m_ranges[size_t(index)];
    if (!range.retryTimer) {
        range.retryTimer = new QTimer(this);
        range.retryTimer->setSingleShot(true);
        connect(range.retryTimer, &QTimer::timeout, this, [this, index] {
            m_ranges[size_t(index)].waiting = false;
            launch();
        });
    }
    range.waiting = true;
    range.retryTimer->start(delayMs);
}

int ParallelRanges::activeConnections() const
{
    int active = 0;
    for (const Range &range : m_ranges)
        active += range.attempt ? 1 : 0;
    return active;
}

bool ParallelRanges::mayOpenConnection() const
{
    const int active = activeConnections();
    if (active == 0)
        return true; // a download's first connection is never held back by others
    return active < m_limit && connectionsTo(m_url.host()) < m_setup.maxPerHost;
}

void ParallelRanges::launch()
{
    if (!m_running)
        return;
    for (int i = 0; i < int(m_ranges.size()); ++i) {
        const Range &range = m_ranges[size_t(i)];
        if (range.state.isComplete() || range.attempt || range.waiting)
            continue;
        // Until the first answer shows the host honours ranges, one connection only.
        if (!m_probed && activeConnections() > 0)
            break;
        if (!mayOpenConnection())
            break;
        startRange(i);
        if (!m_running || !m_probed)
            return;
    }
    checkComplete();
}

void ParallelRanges::startRange(int index)
{
    if (m_gate && !m_gate())
        return; // the owner ran out of attempts or bytes, and failed the download
    if (!m_running)
        return;
    Range &range = m_ranges[size_t(index)];
    if (!range.writer) {
        range.writer = new PartWriter(rangeQueueBytes, this);
        connect(range.writer, &PartWriter::drained, this, &ParallelRanges::checkComplete);
        connect(range.writer, &PartWriter::failed, this,
                [this](bool, qint64, const QString &fileName, const QString &error) {
                    emit writeFailed(fileName, error);
                });
        connect(range.writer, &PartWriter::openFailed, this,
                [this](PartWriter::OpenResult, const QString &fileName, const QString &error) {
                    emit writeFailed(fileName, error);
                });
    }
    if (!range.opened) {
        // Resume where the range's bytes on disk end: what a closed writer still had queued is
        // written first (same thread), then overwritten from here, so the CRC state matches.
        const PartWriter::Snapshot durable = range.writer->durable();
        if (range.writer->fileName().isEmpty()) {
            range.writer->openAt(m_setup.partPath, range.state.start, range.state.done,
                                 Crc64(range.state.crc));
        } else {
            range.state.done = durable.bytes;
            range.state.crc = durable.crc.value();
            range.writer->openAt(m_setup.partPath, range.state.start, durable.bytes, durable.crc);
        }
        range.opened = true;
    }
    RangedAttempt::Request request;
    request.url = m_url;
    request.from = range.state.start + range.state.done;
    request.ssl = m_setup.ssl;
    request.viaNetworkManager = m_viaNetworkManager;
    request.listedLimit = m_setup.fileSize;
    request.until = range.state.end;
    range.status = 0;
    range.attempt = new RangedAttempt(m_network, range.writer, request, this);
    range.attempt->setLimiter(m_limiter);
    countConnection(m_url.host(), 1);
    connect(range.attempt, &RangedAttempt::headArrived, this,
            [this, index](RangedAttempt::Head head) { onHead(index, head); });
    connect(range.attempt, &RangedAttempt::readPassDone, this, &ParallelRanges::progressed);
    connect(range.attempt, &RangedAttempt::ended, this, [this, index] { onEnded(index); });
    connect(range.attempt, &RangedAttempt::overLimit, this, [this, index] {
        // Past the file's size while inside a range cannot happen with a known size; be sure.
        failRange(index, QNetworkReply::ProtocolFailure, tr("the file host sent more than the file's size"));
    });
    connect(range.attempt, &RangedAttempt::switchedToNetworkManager, this,
            [this] { m_viaNetworkManager = true; });
    qCInfo(lcRanges) << "range" << index << "from byte" << request.from << "to" << request.until;
    range.attempt->start();
}

void ParallelRanges::onHead(int index, RangedAttempt::Head head)
{
    Range &range = m_ranges[size_t(index)];
    RangedAttempt *attempt = range.attempt;
    range.status = attempt->status();
    if (!attempt->serverCrc().isEmpty())
        m_serverCrc = attempt->serverCrc();
    switch (head) {
    case RangedAttempt::Head::NotAccepted:
        return; // ended() reports it
    case RangedAttempt::Head::WrongRange:
        release(index);
        emit rangeFailed(index, QNetworkReply::UnknownContentError, range.status,
                         tr("the file host answered another byte range"));
        return;
    case RangedAttempt::Head::RangeIgnored:
        release(index);
        if (!m_probed) {
            stop();
            emit rangeIgnored();
            return;
        }
        // A host that honoured the first range but not this one will not serve ranges in parallel.
        lowerLimit();
        emit rangeFailed(index, QNetworkReply::UnknownContentError, range.status,
                         tr("the file host ignored the range of a parallel connection"));
        return;
    case RangedAttempt::Head::Accepted:
        break;
    }
    // A total of "*" (unknown) is not another file; a total that differs is.
    if (attempt->serverTotal() >= 0 && attempt->serverTotal() != m_setup.fileSize) {
        const qint64 announced = attempt->serverTotal();
        stop();
        emit wrongTotal(announced);
        return;
    }
    if (!m_probed) {
        m_probed = true;
        if (m_setup.oneConnectionEnough > 0) {
            // One connection until its speed says whether others would help (onRampUp()).
            m_limit = 1;
            m_receivedAtProbe = received();
            m_sinceProbe.start();
            m_rampUp->start(m_setup.rampUpMs);
        }
        launch(); // the host honours ranges: the others may go
    }
}

void ParallelRanges::onEnded(int index)
{
    Range &range = m_ranges[size_t(index)];
    RangedAttempt *attempt = range.attempt;
    if (attempt->complete()) {
        release(index);
        range.writer->close(); // after its last chunks
        range.opened = false;
        emit progressed();
        splitLargest();
        launch();
        return;
    }
    QNetworkReply::NetworkError error = attempt->error();
    const int status = attempt->status();
    QString message = attempt->failureMessage();
    if (error == QNetworkReply::NoError) {
        // A 206 that ended before its range did.
        error = QNetworkReply::RemoteHostClosedError;
        message = tr("the connection closed %1 bytes before the end of its range")
                      .arg(range.state.end - attempt->position());
    }
    release(index);
    // Refused, reset or throttled while others run: the host does not want this many at once.
    if (activeConnections() > 0
        && (status == 429 || status == 503 || error == QNetworkReply::ConnectionRefusedError))
        lowerLimit();
    emit rangeFailed(index, error, status, message);
}

void ParallelRanges::failRange(int index, QNetworkReply::NetworkError error, const QString &message)
{
    Range &range = m_ranges[size_t(index)];
    const int status = range.attempt ? range.attempt->status() : range.status;
    if (range.attempt)
        release(index);
    emit rangeFailed(index, error, status, message);
}

void ParallelRanges::splitLargest()
{
    if (!m_running || !m_probed || m_ranges.size() >= size_t(maxSplitRanges) || !mayOpenConnection())
        return;
    for (const Range &range : m_ranges) {
        if (!range.state.isComplete() && !range.attempt)
            return; // a range is waiting for a connection already
    }
    int largest = -1;
    qint64 largestLeft = 0;
    for (int i = 0; i < int(m_ranges.size()); ++i) {
        const Range &range = m_ranges[size_t(i)];
        const qint64 left = range.attempt ? range.state.end - range.attempt->position() : 0;
        if (left > largestLeft) {
            largest = i;
            largestLeft = left;
        }
    }
    if (largest < 0 || largestLeft < 2 * std::max<qint64>(m_setup.minRangeBytes, 1))
        return;
    Range &range = m_ranges[size_t(largest)];
    const qint64 middle = range.attempt->position() + largestLeft / 2;
    const RangeState second {middle, range.state.end, 0, 0};
    range.state.end = middle;
    range.attempt->shortenTo(middle);
    qCInfo(lcRanges) << "range" << largest << "split at byte" << middle;
    m_ranges.push_back({second}); // invalidates `range`
}

QList<int> ParallelRanges::inFileOrder() const
{
    QList<int> order;
    for (int i = 0; i < int(m_ranges.size()); ++i)
        order.append(i);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return m_ranges[size_t(a)].state.start < m_ranges[size_t(b)].state.start;
    });
    return order;
}

void ParallelRanges::onRampUp()
{
    const qint64 elapsed = std::max<qint64>(1, m_sinceProbe.elapsed());
    const qint64 perSecond = (received() - m_receivedAtProbe) * 1000 / elapsed;
    if (perSecond >= m_setup.oneConnectionEnough) {
        qCInfo(lcRanges) << "one connection brings" << perSecond << "bytes/s: the ranges follow one another";
        return;
    }
    m_limit = std::clamp(m_setup.connections, 1, maxRangeCount);
    launch();
}

void ParallelRanges::lowerLimit()
{
    const int limit = std::max(1, activeConnections());
    if (limit < m_limit) {
        qCInfo(lcRanges) << "the host refused a parallel connection; at most" << limit << "from now on";
        m_limit = limit;
    }
}

void ParallelRanges::release(int index)
{
    Range &range = m_ranges[size_t(index)];
    RangedAttempt *attempt = std::exchange(range.attempt, nullptr);
    if (!attempt)
        return;
    disconnect(attempt, nullptr, this, nullptr);
    attempt->abort(); // its gathered bytes go to the writer first
    range.state.done = attempt->position() - range.state.start;
    m_fetched += attempt->fetched();
    countConnection(m_url.host(), -1);
    attempt->deleteLater(); // it may be the sender of the signal being handled
}

void ParallelRanges::checkComplete()
{
    if (!m_running || m_completing)
        return;
    for (const Range &range : m_ranges) {
        if (!range.state.isComplete() || range.attempt)
            return;
    }
    for (Range &range : m_ranges) {
        if (range.writer && !range.writer->isIdle()) {
            range.writer->notifyWhenDrained(); // checkComplete() again when written
            return;
        }
    }
    // The file's CRC from the ranges' in order, without reading a byte back.
    uint64_t crc = 0;
    for (const int index : inFileOrder()) {
        const Range &range = m_ranges[size_t(index)];
        const qint64 length = range.state.end - range.state.start;
        uint64_t rangeCrc = range.state.crc;
        if (range.writer && !range.writer->fileName().isEmpty()) {
            const PartWriter::Snapshot written = range.writer->durable();
            if (written.bytes != length) {
                emit writeFailed(m_setup.partPath,
                                 tr("range at byte %1 was not written whole").arg(range.state.start));
                return;
            }
            rangeCrc = written.crc.value();
        }
        crc = Crc64::combine(crc, rangeCrc, length);
    }
    m_completing = true;
    m_running = false;
    emit completed(crc);
}

QList<RangeState> ParallelRanges::snapshot() const
{
    QList<RangeState> ranges;
    for (const int index : inFileOrder()) {
        const Range &range = m_ranges[size_t(index)];
        RangeState state = range.state;
        if (range.writer && !range.writer->fileName().isEmpty()) {
            const PartWriter::Snapshot written = range.writer->durable();
            state.done = written.bytes;
            state.crc = written.crc.value();
        }
        ranges.append(state);
    }
    return ranges;
}

QList<RangeState> ParallelRanges::progressMap() const
{
    QList<RangeState> ranges;
    for (const int index : inFileOrder()) {
        const Range &range = m_ranges[size_t(index)];
        RangeState state = range.state;
        if (range.attempt)
            state.done = range.attempt->position() - range.state.start;
        ranges.append(state);
    }
    return ranges;
}

qint64 ParallelRanges::received() const
{
    qint64 received = 0;
    for (const Range &range : m_ranges)
        received += range.attempt ? range.attempt->position() - range.state.start : range.state.done;
    return received;
}

qint64 ParallelRanges::takeFetched()
{
    // Attempts still running are counted when they end (release()).
    return std::exchange(m_fetched, 0);
}

void ParallelRanges::flush()
{
    for (Range &range : m_ranges) {
        if (range.attempt)
            range.attempt->flush();
    }
}

void ParallelRanges::waitForIdle()
{
    for (Range &range : m_ranges) {
        if (range.writer)
            range.writer->waitForIdle();
    }
}

bool ParallelRanges::isRunning() const
{
    return m_running;
}

int ParallelRanges::stalledRange(qint64 ms) const
{
    for (int i = 0; i < int(m_ranges.size()); ++i) {
        const Range &range = m_ranges[size_t(i)];
        if (range.attempt && range.attempt->waitingForHost() && range.writer->pendingBytes() == 0
            && range.attempt->msSinceByte() > ms)
            return i;
    }
    return -1;
}

} // namespace bb
