#pragma once

#include "providers/core/providererror.h"

#include <QJsonObject>

#include <functional>

namespace bb {

class ApiCall;
class ServiceReply;

// Ties one API call to the ServiceReply it serves, the same way for every product: the reply owns
// the call and can abort it, the call is deleted once it has answered, a failure (after `explain`
// has added the product's own hint) fails the reply, and a success runs `onPayload` only while the
// reply is still open.
class CallBinding final
{
public:
    using Explain = std::function<void(ProviderError &error)>;
    static void attach(ServiceReply *reply, ApiCall *call,
                       std::function<void(const QJsonObject &payload)> onPayload, Explain explain = {});
};

} // namespace bb
