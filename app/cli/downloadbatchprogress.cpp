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

void DownloadBatchProgress::update(int file, const DownloadProgress &progress)
{
    if (file < 0 || file >= m_files.size() || m_files.at(file).state == State::Failed)
        return;
    m_files[file].state = State::Running;
    m_files[file].progress = progress;
}

void DownloadBatchProgress::finished(int file, qint64 bytes)
{
    if (file < 0 || file >= m_files.size())
        return;
    File &f = m_files[file];
    f.state = State::Done;
    f.progress = DownloadProgress();
    f.progress.received = std::max<qint64>(0, bytes);
    f.progress.total = f.progress.received;
}

void DownloadBatchProgress::failed(int file)
{
    if (file >= 0 && file < m_files.size())
        m_files[file].state = State::Failed;
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
