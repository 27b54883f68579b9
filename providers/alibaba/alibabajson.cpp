#include "providers/alibaba/alibabajson.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace bb::alibabajson {

namespace {

// Epoch values below this many units are taken to be in the next smaller unit (see header).
constexpr qint64 secondsCeiling = 100'000'000'000LL; // year 5138 in seconds, 1973 in milliseconds

QDateTime fromMilliseconds(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    default:
        return {};
    }
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e18)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return v;
    }
    return std::nullopt;
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double v = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(v))
            return v;
    }
    return std::nullopt;
}

std::optional<quint64> unsignedDecimal(const QString &value)
{
    if (value.isEmpty() || value.size() > 20)
        return std::nullopt;
    for (QChar c : value) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const quint64 v = value.toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

QDateTime isoTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString s = value.toString().trimmed();
    if (s.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (t.isValid() && t.timeSpec() != Qt::LocalTime)
        return t.toUTC();
    // No zone in the text: it is UTC. Read as such, not through the machine's zone, where it could
    // fall in a DST gap and come out invalid.
    const QDateTime utc = QDateTime::fromString(s + u'Z', Qt::ISODate);
    return utc.isValid() ? utc.toUTC() : QDateTime();
}

QDateTime epochSeconds(const QJsonValue &value)
{
    const std::optional<qint64> v = integer(value);
    if (!v)
        return {};
    return fromMilliseconds(*v >= secondsCeiling ? *v : *v * 1000);
}

QDateTime epochMilliseconds(const QJsonValue &value)
{
    const std::optional<qint64> v = integer(value);
    if (!v)
        return {};
    return fromMilliseconds(*v < secondsCeiling ? *v * 1000 : *v);
}

QString isoText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QJsonObject objectAt(const QJsonObject &object, const QString &key, bool *ok)
{
    const QJsonValue v = object.value(key);
    if (v.isObject())
        return v.toObject();
    if (!v.isNull() && !v.isUndefined() && ok)
        *ok = false;
    return {};
}

QJsonArray arrayAt(const QJsonObject &object, const QString &key, bool *ok)
{
    const QJsonValue v = object.value(key);
    if (v.isArray())
        return v.toArray();
    if (!v.isNull() && !v.isUndefined() && ok)
        *ok = false;
    return {};
}

void addField(FieldList &fields, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        fields.append({key, value});
}

void addRemainingFields(FieldList &fields, const QJsonObject &object, const QStringList &handled,
                        const QString &prefix)
{
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        if (handled.contains(key))
            continue;
        const QJsonValue v = object.value(key);
        QString shown;
        if (v.isObject())
            shown = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else if (v.isArray())
            shown = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else
            shown = text(v);
        addField(fields, prefix + key, shown);
    }
}

} // namespace bb::alibabajson
