#include "transfers/httpbodybuffer.h"

#include <algorithm>
#include <cstring>

namespace bb {

HttpBodyBuffer::HttpBodyBuffer(qint64 limit)
    : m_limit(std::max<qint64>(limit, 1))
{ }

QByteArray HttpBodyBuffer::spare(qsizetype capacity)
{
    return m_spare.take(capacity);
}

bool HttpBodyBuffer::push(QByteArray chunk)
{
    if (chunk.isEmpty())
        return false;
    std::lock_guard lock(m_mutex);
    m_available += chunk.size();
    m_writerHolds = false;
    m_chunks.push_back(std::move(chunk));
    if (m_noticePending)
        return false;
    m_noticePending = true;
    return true;
}

bool HttpBodyBuffer::stopWhenFull()
{
    std::lock_guard lock(m_mutex);
    m_writerStopped = m_available >= m_limit;
    return m_writerStopped;
}

bool HttpBodyBuffer::holdPartial()
{
    std::lock_guard lock(m_mutex);
    m_writerHolds = m_available > 0;
    return m_writerHolds;
}

qint64 HttpBodyBuffer::available() const
{
    std::lock_guard lock(m_mutex);
    return m_available;
}

qint64 HttpBodyBuffer::read(char *data, qint64 maxSize, bool *wakeWriter)
{
    std::lock_guard lock(m_mutex);
    qint64 total = 0;
    while (total < maxSize && !m_chunks.empty()) {
        QByteArray &front = m_chunks.front();
        const qint64 n = std::min<qint64>(maxSize - total, front.size() - m_frontPos);
        std::memcpy(data + total, front.constData() + m_frontPos, std::size_t(n));
        total += n;
        m_frontPos += n;
        if (m_frontPos == front.size()) {
            m_spare.giveBack(std::move(front));
            m_chunks.pop_front();
            m_frontPos = 0;
        }
    }
    m_available -= total;
    *wakeWriter = (m_writerStopped && m_available <= m_limit / 2) || (m_writerHolds && m_available == 0);
    if (*wakeWriter) {
        m_writerStopped = false;
        m_writerHolds = false;
    }
    return total;
}

void HttpBodyBuffer::expectNotice()
{
    std::lock_guard lock(m_mutex);
    m_noticePending = false;
}

} // namespace bb
