#pragma once

#include "providers/core/backup.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace bb::alibabajson {

// Lenient readers for Alibaba Cloud JSON. The same field arrives as a string in one API and as a
// number in the next (RDS page counters are strings, DescribeDBInstances sends them as ints), and
// hostile or drifting answers send null where a value was documented; readers accept both spellings
// and turn everything else into "absent" rather than a wrong value.

// A string, a number or a bool as text; empty for null, missing, objects and arrays.
QString text(const QJsonValue &value);
// An integer from a JSON number or a decimal string; nullopt otherwise (also for fractions).
std::optional<qint64> integer(const QJsonValue &value);
// A number (integer or fraction) from a JSON number or a decimal string.
std::optional<double> number(const QJsonValue &value);
// An unsigned 64-bit decimal (CRC-64 values exceed qint64); nullopt unless it is all digits.
std::optional<quint64> unsignedDecimal(const QString &value);

// ISO-8601 UTC with or without seconds ("2019-02-03T12:20:00Z", "2011-06-01T16:00Z"); a time
// without a zone is taken as UTC, because that is what the RDS docs promise. Invalid otherwise.
QDateTime isoTime(const QJsonValue &value);
// Epoch seconds or milliseconds as the API documents them. A value in the wrong unit by a factor of
// 1000 lands in 1970 or far past 9999, so it is corrected rather than shown as nonsense.
QDateTime epochSeconds(const QJsonValue &value);
QDateTime epochMilliseconds(const QJsonValue &value);
// "yyyy-MM-ddTHH:mm:ssZ", the one way the app prints UTC times in extra fields.
QString isoText(const QDateTime &time);

// `object[key]` when it is an object / array; an empty one for null or missing. `ok` is cleared
// when the key holds something of another type, so parsers can report a malformed answer.
QJsonObject objectAt(const QJsonObject &object, const QString &key, bool *ok);
QJsonArray arrayAt(const QJsonObject &object, const QString &key, bool *ok);

// Appends `key` with the value's text when it is not empty.
void addField(FieldList &fields, const QString &key, const QString &value);
// Appends every key of `object` not in `handled`, sorted by name, so fields the provider adds later
// still reach the detail pane. Objects and arrays are kept as compact JSON text.
void addRemainingFields(FieldList &fields, const QJsonObject &object, const QStringList &handled,
                        const QString &prefix = {});

// Parses every object of `list` with `parse` and keeps the records that have an id; returns how many
// entries were skipped (not objects, or no id), so one odd entry never hides a whole page.
template<typename Record, typename Parse>
int parseEach(const QJsonArray &list, QList<Record> &out, Parse parse)
{
    int skipped = 0;
    for (const QJsonValue &entry : list) {
        Record record = entry.isObject() ? parse(entry.toObject()) : Record {};
        if (record.id.isEmpty()) {
            ++skipped;
            continue;
        }
        out.append(std::move(record));
    }
    return skipped;
}

} // namespace bb::alibabajson
