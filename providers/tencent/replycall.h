#pragma once

#include <QJsonObject>

#include <functional>

namespace bb {

class ApiCall;
class ServiceReply;

// Ties one API call to the ServiceReply it serves: the reply owns it and can abort it, the call is
// deleted once it has answered, a failure fails the reply, and a success runs `onPayload` (only
// while the reply is still open).
class ReplyCall final
{
public:
    static void attach(ServiceReply *reply, ApiCall *call,
                       std::function<void(const QJsonObject &payload)> onPayload);
};

} // namespace bb
