#pragma once

#include "providers/core/backup.h"
#include "providers/core/providererror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace bb {

// One parsed page of a Tencent list call: the rows, the TotalCount the server claims, and an
// error (kind None on success). Parsers never throw and never crash on hostile input.
template<typename T> struct TencentPage
{
    QList<T> items;
    qint64 totalCount = 0;
    QString requestId;
    ProviderError error;
    bool ok() const { return !error.isError(); }
};

// Lenient readers for Tencent API 3.0 JSON, shared by the SQL Server and Redis parsers. The real
// APIs send null for empty lists and, in some SDK examples, numbers where strings are documented
// (GroupId 0) or the reverse; these readers accept both spellings of a scalar and fall back to a
// default instead of failing, so only a structurally wrong answer becomes Kind::Malformed.
class TencentJson final
{
public:
    // The "Response" object when `body` is the whole envelope, else `body` itself.
    static QJsonObject unwrap(const QJsonObject &body);
    // The error carried by an {"Error": {...}} envelope (kind None when there is none).
    static ProviderError envelopeError(const QJsonObject &response, const QString &product,
                                       const QString &action);
    static ProviderError malformed(const QString &product, const QString &action, const QString &what,
                                   const QString &requestId = {});

    // An integer from a JSON number, a numeric string, or a bool; `fallback` otherwise.
    static qint64 integer(const QJsonValue &value, qint64 fallback = 0, bool *ok = nullptr);
    // A string from a JSON string or number ("" for null, missing, arrays and objects).
    static QString string(const QJsonValue &value);
    // An identifier the API spells as a number in one example and a string in another (SQL
    // Server Id and GroupId: `0` in tccli's 2022-05 DescribeBackups example, "16556099469691" in
    // the SDK model): its text, or "" when it is absent, empty, 0 or not a plain value (the API
    // writes 0 for "none").
    static QString identifier(const QJsonValue &value);
    // The strings of an array (non-string entries converted, nulls skipped); a lone string gives
    // one entry; anything else gives none.
    static QStringList stringList(const QJsonValue &value);
    // A value as text for the detail pane: scalars as themselves, arrays/objects as compact JSON.
    static QString displayText(const QJsonValue &value);

    // Tencent's "yyyy-MM-dd HH:mm:ss" in UTC+8 (Beijing time) as UTC. "0000-00-00 00:00:00", an
    // empty or unparseable string give an invalid QDateTime (meaning "none").
    static QDateTime beijingTime(const QString &text);
    // The reverse, for request parameters (StartTime/EndTime, BeginTime/EndTime).
    static QString formatBeijing(const QDateTime &time);

    // A URL exactly as the provider spelled it (signed URLs must keep their encoding); empty for
    // empty or relative text.
    static QUrl url(const QString &text);

    // Reads a list call's TotalCount and the rows under `listKey`. A null or missing list is an
    // empty page when TotalCount agrees (the API sends null for "none"); a list that is not a
    // list, more rows than `maxRows`, or an implausible TotalCount is Kind::Malformed.
    static bool pageRows(const QJsonObject &response, const QString &product, const QString &action,
                         const char *listKey, int maxRows, qint64 maxTotal, QJsonArray &rows, qint64 &total,
                         ProviderError &error);

    // Adds every key of `row` not in `skip` to `extra`, in the object's (sorted) key order.
    static void appendRemaining(const QJsonObject &row, const QStringList &skip, FieldList &extra);
};

} // namespace bb
