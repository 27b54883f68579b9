#pragma once

#include <QMetaObject>
#include <QString>

namespace bb {
class ApiClient;
}

namespace bb::test {

// Counts the requests a client sends for one action (every attempt, as the log sees them) for as
// long as it lives.
class ActionCounter final
{
public:
    ActionCounter(ApiClient &client, const QString &action);
    ~ActionCounter();
    ActionCounter(const ActionCounter &) = delete;
    ActionCounter &operator=(const ActionCounter &) = delete;

    int count() const { return m_count; }

private:
    int m_count = 0;
    QMetaObject::Connection m_connection;
};

} // namespace bb::test
