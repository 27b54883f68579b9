#include "providers/crypto/canonicalheaders.h"

#include <algorithm>

namespace bb {

CanonicalHeaders canonicalHeaders(const QList<QPair<QByteArray, QByteArray>> &headers, bool lowerCaseValues)
{
    QList<QPair<QByteArray, QByteArray>> sorted;
    sorted.reserve(headers.size());
    for (const auto &header : headers) {
        const QByteArray value = header.second.trimmed();
        sorted.append({header.first.trimmed().toLower(), lowerCaseValues ? value.toLower() : value});
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    CanonicalHeaders out;
    QByteArrayList names;
    names.reserve(sorted.size());
    for (const auto &header : sorted) {
        out.lines += header.first + ':' + header.second + '\n';
        names.append(header.first);
    }
    out.names = names.join(';');
    return out;
}

} // namespace bb
