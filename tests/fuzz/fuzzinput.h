#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace bb::fuzz {

// The fuzzer's bytes as a QByteArray without a copy (they stay alive for the call).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// The payload a parser is handed. Inputs that are not a JSON object never reach a parser (the
// protocol rejects them first), so they are skipped.
inline bool object(const QByteArray &input, QJsonObject *out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (!doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

// The HTTP statuses a protocol target reads every input under: success, the documented client
// errors, throttling and server errors all take different paths.
inline constexpr int httpStatuses[] = {200, 400, 401, 403, 404, 429, 500, 503};

} // namespace bb::fuzz
