#include "support/jsonmutator.h"

#include <QJsonArray>

namespace bb::test {

JsonMutator::JsonMutator(quint32 seed)
    : m_random(seed)
{ }

QJsonObject JsonMutator::mutate(const QJsonObject &source)
{
    QJsonValue value = source;
    const int changes = 1 + static_cast<int>(m_random.bounded(3));
    for (int i = 0; i < changes; ++i)
        value = mutateValue(value, 0);
    return value.toObject();
}

QJsonValue JsonMutator::randomValue()
{
    switch (m_random.bounded(8)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return QStringLiteral("not what you expected");
    case 2:
        return -1;
    case 3:
        return 1e300;
    case 4:
        return true;
    case 5:
        return QJsonArray {1, QStringLiteral("x"), QJsonValue(QJsonValue::Null)};
    case 6:
        return QJsonObject {{QStringLiteral("unexpected"), 1}};
    default:
        return QStringLiteral("0000-00-00 00:00:00");
    }
}

QJsonValue JsonMutator::mutateValue(const QJsonValue &value, int depth)
{
    // Walk down a random path; change something at a random depth.
    const bool here = depth > 0 && m_random.bounded(3) == 0;
    if (value.isObject() && !value.toObject().isEmpty() && !here) {
        QJsonObject object = value.toObject();
        const QStringList keys = object.keys();
        const QString key = keys.at(static_cast<int>(m_random.bounded(static_cast<quint32>(keys.size()))));
        if (m_random.bounded(8) == 0)
            object.remove(key);
        else
            object[key] = mutateValue(object.value(key), depth + 1);
        return object;
    }
    if (value.isArray() && !value.toArray().isEmpty() && !here) {
        QJsonArray array = value.toArray();
        switch (m_random.bounded(6)) {
        case 0:
            return QJsonArray();
        case 1: {
            QJsonArray doubled = array;
            for (const QJsonValue &item : array)
                doubled.append(item);
            return doubled;
        }
        default: {
            const auto index = static_cast<int>(m_random.bounded(static_cast<quint32>(array.size())));
            array[index] = mutateValue(array.at(index), depth + 1);
            return array;
        }
        }
    }
    return randomValue();
}

} // namespace bb::test
