#include "models/naturalcompare.h"

namespace bb {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

char16_t folded(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) // ASCII fast path: ids and names are mostly ASCII
        return (u >= 'A' && u <= 'Z') ? char16_t(u + ('a' - 'A')) : u;
    return c.toCaseFolded().unicode();
}

} // namespace

int NaturalCompare::compare(QStringView left, QStringView right)
{
    qsizetype i = 0;
    qsizetype j = 0;
    const qsizetype n = left.size();
    const qsizetype m = right.size();
    while (i < n && j < m) {
        const QChar a = left[i];
        const QChar b = right[j];
        if (isDigit(a) && isDigit(b)) {
            // Skip leading zeros, then the longer run is the bigger number; equal lengths
            // compare digit by digit. No overflow whatever the length.
            qsizetype si = i;
            qsizetype sj = j;
            while (si < n && left[si] == QLatin1Char('0'))
                ++si;
            while (sj < m && right[sj] == QLatin1Char('0'))
                ++sj;
            qsizetype ei = si;
            qsizetype ej = sj;
            while (ei < n && isDigit(left[ei]))
                ++ei;
            while (ej < m && isDigit(right[ej]))
                ++ej;
            const qsizetype lenA = ei - si;
            const qsizetype lenB = ej - sj;
            if (lenA != lenB)
                return lenA < lenB ? -1 : 1;
            for (qsizetype k = 0; k < lenA; ++k) {
                if (left[si + k] != right[sj + k])
                    return left[si + k].unicode() < right[sj + k].unicode() ? -1 : 1;
            }
            // Same value: fewer leading zeros first, so the order stays total.
            if ((si - i) != (sj - j))
                return (si - i) < (sj - j) ? -1 : 1;
            i = ei;
            j = ej;
            continue;
        }
        const char16_t fa = folded(a);
        const char16_t fb = folded(b);
        if (fa != fb)
            return fa < fb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < n)
        return 1;
    if (j < m)
        return -1;
    // Equal ignoring case: fall back to exact order for a stable, total order.
    return left.compare(right, Qt::CaseSensitive);
}

QString NaturalCompare::sortKey(QStringView text)
{
    QString key;
    key.reserve(text.size() + 8);
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!isDigit(text[i])) {
            key.append(QChar(folded(text[i])));
            ++i;
            continue;
        }
        // A digit run becomes '0', its significant length, then its digits: '0' keeps digits
        // ordered against other characters as compare() does, the length orders by value.
        qsizetype start = i;
        while (start < n && text[start] == QLatin1Char('0'))
            ++start;
        qsizetype end = start;
        while (end < n && isDigit(text[end]))
            ++end;
        if (end == start && start > i)
            --start; // all zeros: the value 0 has one significant digit
        const qsizetype length = end - start;
        key.append(QLatin1Char('0'));
        key.append(QChar(char16_t(qMin<qsizetype>(length, 0xFFFF))));
        key.append(text.sliced(start, length));
        i = end;
    }
    return key;
}

} // namespace bb
