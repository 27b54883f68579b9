#include "transfers/sparechunks.h"

namespace bb {

SpareChunks::SpareChunks(std::size_t keep)
    : m_keep(keep)
{ }

QByteArray SpareChunks::take(qsizetype capacity)
{
    QByteArray buffer;
    {
        std::lock_guard lock(m_mutex);
        if (!m_chunks.empty()) {
            buffer = std::move(m_chunks.back());
            m_chunks.pop_back();
        }
    }
    // Shared (a reader still holds a copy) or too small: writing into it would detach or grow.
    if (buffer.capacity() < capacity || !buffer.isDetached())
        buffer = QByteArray();
    if (buffer.isNull())
        buffer.reserve(capacity);
    buffer.resize(0); // keeps the capacity
    return buffer;
}

void SpareChunks::giveBack(QByteArray chunk)
{
    std::lock_guard lock(m_mutex);
    if (m_chunks.size() < m_keep)
        m_chunks.push_back(std::move(chunk));
}

} // namespace bb
