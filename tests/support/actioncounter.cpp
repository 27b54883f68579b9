#include "support/actioncounter.h"

#include "providers/core/apiclient.h"

namespace bb::test {

ActionCounter::ActionCounter(ApiClient &client, const QString &action)
    : m_connection(
        QObject::connect(&client, &ApiClient::requestLogged, [this, action](const ApiLogEntry &entry) {
            if (entry.action == action)
                ++m_count;
        }))
{ }

ActionCounter::~ActionCounter()
{
    QObject::disconnect(m_connection);
}

} // namespace bb::test
