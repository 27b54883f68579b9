#pragma once

#include <QJsonObject>
#include <QRandomGenerator>

namespace bb::test {

// Hostile variants of a real answer for parser tests: each mutate() call changes one to three
// places anywhere in the JSON tree — a value replaced by one of another type (null, string,
// number, huge number, bool, array, object), a key removed, or an array emptied or repeated.
// Deterministic for a given seed, so a failure can be replayed.
class JsonMutator final
{
public:
    explicit JsonMutator(quint32 seed);
    QJsonObject mutate(const QJsonObject &source);

private:
    QJsonValue mutateValue(const QJsonValue &value, int depth);
    QJsonValue randomValue();

    QRandomGenerator m_random;
};

} // namespace bb::test
