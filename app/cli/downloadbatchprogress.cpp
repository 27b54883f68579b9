#include "app/cli/downloadbatchprogress.h"

#include "models/displayformat.h"

#include <algorithm>

namespace bb {

DownloadBatchProgress::DownloadBatchProgress(const QList<qint64> &listedSizes)
{
    m_files.reserve(listedSizes.size());
    for (const qint64 size : listedSizes) {
        File file;
        file.listed = size;
        m_files << file;
    }
}

void DownloadBatchProgress::started(int file)
{
    if (file < 0 || file >= m_files.size())
        return;
    File &f = m_files[file];
    f.state = State::Running;
    f.progress = DownloadProgress();
    f.counted = -1;
}

void DownloadBatchProgress::update(int file, const DownloadProgress &progress, qint64 nowMs)
{
    if (file < 0 || file >= m_files.size() || m_files.at(file).state == State::Failed)
        return;
    File &f = m_files[file];
    f.state = State::Running;
    f.progress = progress;
    count(f, progress.received);
    sample(nowMs);
}

void DownloadBatchProgress::finished(int file, qint64 bytes, qint64 nowMs)
{
    if (file < 0 || file >= m_files.size())
        return;
    File &f = m_files[file];
    f.state = State::Done;
    f.progress = DownloadProgress();
    f.progress.received = std::max<qint64>(0, bytes);
    f.progress.total = f.progress.received;
    count(f, f.progress.received);
    sample(nowMs);
}

void DownloadBatchProgress::failed(int file)
{
    if (file >= 0 && file < m_files.size())
        m_files[file].state = State::Failed;
}

void DownloadBatchProgress::count(File &file, qint64 received)
{
    // The first report is where the file stood (what its .part had); only growth from there on
    // arrived in this run. A file that started over counts again from where it restarted.
    if (file.counted >= 0 && received > file.counted)
        m_transferred += received - file.counted;
    file.counted = received;
}

void DownloadBatchProgress::sample(qint64 nowMs)
{
    if (!m_samples.isEmpty() && nowMs < m_samples.last().first)
        nowMs = m_samples.last().first; // never backwards
    m_samples.append({nowMs, m_transferred});
    // Keep the newest sample at or before the window's start, so the span covers the window.
    while (m_samples.size() > 2 && m_samples.at(1).first <= nowMs - speedWindowMs)
        m_samples.removeFirst();
    const qint64 spanMs = nowMs - m_samples.first().first;
    m_speed = spanMs >= minSpeedSpanMs
        ? double(m_transferred - m_samples.first().second) * 1000.0 / double(spanMs)
        : -1;
}

DownloadProgress DownloadBatchProgress::sum() const
{
    DownloadProgress sum;
    qint64 total = 0;
    bool totalKnown = true;
    for (const File &f : m_files) {
        if (f.state == State::Failed)
            continue;
        // The host's length once a file runs (a listing in KB is only near it), else the listing's.
        const qint64 size = f.state == State::Waiting ? f.listed
            : f.progress.total >= 0                   ? f.progress.total
                                                      : f.listed;
        if (size < 0)
            totalKnown = false;
        else
            total += size;
        if (f.state != State::Waiting)
            sum.received += f.progress.received;
        if (f.state == State::Running)
            sum.bytesPerSecond += f.progress.bytesPerSecond;
    }
    if (m_speed >= 0)
        sum.bytesPerSecond = m_speed;
    if (!totalKnown)
        return sum;
    sum.total = std::max(total, sum.received);
    if (sum.total > 0)
        sum.percent = int(sum.received * 100 / sum.total);
    if (sum.bytesPerSecond > 0)
        sum.etaSeconds = qint64(double(sum.total - sum.received) / sum.bytesPerSecond + 0.5);
    return sum;
}

int DownloadBatchProgress::done() const
{
    return int(std::count_if(m_files.cbegin(), m_files.cend(),
                             [](const File &f) { return f.state == State::Done; }));
}

int DownloadBatchProgress::running() const
{
    return int(std::count_if(m_files.cbegin(), m_files.cend(),
                             [](const File &f) { return f.state == State::Running; }));
}

QString DownloadBatchProgress::line(const QString &singleFileName) const
{
    const DownloadProgress p = sum();
    QString line = m_files.size() == 1
        ? singleFileName
        : tr("%1 of %2 files done, %3 running").arg(done()).arg(m_files.size()).arg(running());
    line += QStringLiteral("  ") + DisplayFormat::size(p.received);
    if (p.total >= 0)
        line += QStringLiteral(" / ") + DisplayFormat::size(p.total);
    if (p.percent >= 0)
        line += QStringLiteral("  %1%").arg(p.percent);
    if (p.bytesPerSecond > 0)
        line += QStringLiteral("  ") + DisplayFormat::size(qint64(p.bytesPerSecond)) + tr("/s");
    if (p.etaSeconds >= 0)
        line += QStringLiteral("  ") + tr("ETA %1").arg(DisplayFormat::duration(p.etaSeconds));
    return line;
}

} // namespace bb
