#include "support/jsonshape.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bb::test {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

namespace {

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QStringList objectDifferences(const QJsonObject &published, const QJsonObject &produced, const QString &path)
{
    QStringList out;
    for (auto it = published.begin(); it != published.end(); ++it) {
        if (!produced.contains(it.key()))
            out << QStringLiteral("%1: in the example, missing here").arg(child(path, it.key()));
        else
            out << shapeDifferences(it.value(), produced.value(it.key()), child(path, it.key()));
    }
    for (auto it = produced.begin(); it != produced.end(); ++it) {
        if (!published.contains(it.key()))
            out << QStringLiteral("%1: here, not in the example").arg(child(path, it.key()));
    }
    return out;
}

QStringList arrayDifferences(const QJsonArray &published, const QJsonArray &produced, const QString &path)
{
    QStringList out;
    if (published.isEmpty() || produced.isEmpty())
        return out;
    const QString elementPath = path + QStringLiteral("[]");
    for (const QJsonValue &mine : produced) {
        // The closest published element: the one with the fewest differences.
        QStringList best;
        bool first = true;
        for (const QJsonValue &theirs : published) {
            const QStringList diff = shapeDifferences(theirs, mine, elementPath);
            if (first || diff.size() < best.size()) {
                best = diff;
                first = false;
            }
            if (best.isEmpty())
                break;
        }
        for (const QString &line : std::as_const(best)) {
            if (!out.contains(line))
                out << line;
        }
    }
    return out;
}

} // namespace

QStringList shapeDifferences(const QJsonValue &published, const QJsonValue &produced, const QString &path)
{
    if (published.isNull())
        return {};
    if (published.type() != produced.type()) {
        return {QStringLiteral("%1: %2 in the example, %3 here")
                    .arg(path.isEmpty() ? QStringLiteral("(top)") : path, jsonTypeName(published),
                         jsonTypeName(produced))};
    }
    if (published.isObject())
        return objectDifferences(published.toObject(), produced.toObject(), path);
    if (published.isArray())
        return arrayDifferences(published.toArray(), produced.toArray(), path);
    return {};
}

} // namespace bb::test
