#pragma once

#include <QList>

#include <utility>

namespace bb {

// A list that grows one fixed-size chunk at a time: appending never moves the elements already
// in it. A contiguous QList doubles its buffer and copies every element into fresh memory; for
// the backup table at 65,000 rows that was ~23 MB copied and ~46 MB of new pages touched inside
// one page insert, 10-20 ms of the GUI thread at once (bench/guistallbench, bench/modelbench).
// Here the cost of growth is one chunk's allocation, whatever the size. Random access is one
// division more than QList; removal from the middle shifts the tail (rare: a deleted backup).
template<typename T, qsizetype ChunkSize = 1024> class ChunkedList
{
    static_assert(ChunkSize > 0);

public:
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    const T &at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_chunks.at(i / ChunkSize).at(i % ChunkSize);
    }
    T &operator[](qsizetype i)
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_chunks[i / ChunkSize][i % ChunkSize];
    }

    void append(const T &value)
    {
        lastChunkWithRoom().append(value);
        ++m_size;
    }
    void append(T &&value)
    {
        lastChunkWithRoom().append(std::move(value));
        ++m_size;
    }

    // Shifts every later element down by one.
    void removeAt(qsizetype i)
    {
        Q_ASSERT(i >= 0 && i < m_size);
        for (qsizetype j = i; j + 1 < m_size; ++j)
            (*this)[j] = std::move((*this)[j + 1]);
        m_chunks.last().removeLast();
        if (m_chunks.last().isEmpty())
            m_chunks.removeLast();
        --m_size;
    }

    void clear()
    {
        m_chunks.clear();
        m_size = 0;
    }

    // A contiguous copy (implicitly shared members make it cheap per element, not free).
    QList<T> toList() const
    {
        QList<T> list;
        list.reserve(m_size);
        for (const QList<T> &chunk : m_chunks)
            list.append(chunk);
        return list;
    }

private:
    QList<T> &lastChunkWithRoom()
    {
        if (m_chunks.isEmpty() || m_chunks.last().size() == ChunkSize) {
            m_chunks.append(QList<T>());
            // Reserved once, so that the chunk itself never reallocates either.
            m_chunks.last().reserve(ChunkSize);
        }
        return m_chunks.last();
    }

    QList<QList<T>> m_chunks; // every chunk full but the last
    qsizetype m_size = 0;
};

} // namespace bb
