#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace bb {

// The CanonicalHeaders and SignedHeaders parts shared by TC3 and ACS3: names lower-cased and
// sorted, values trimmed, one "name:value\n" line each.
struct CanonicalHeaders
{
    QByteArray lines; // "content-type:...\nhost:...\n"
    QByteArray names; // "content-type;host"
};

// TC3 lower-cases the values too; ACS3 keeps their case.
CanonicalHeaders canonicalHeaders(const QList<QPair<QByteArray, QByteArray>> &headers, bool lowerCaseValues);

} // namespace bb
