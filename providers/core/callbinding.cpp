#include "providers/core/callbinding.h"

#include "providers/core/apiclient.h"
#include "providers/core/servicereply.h"

namespace bb {

void CallBinding::attach(ServiceReply *reply, ApiCall *call,
                         std::function<void(const QJsonObject &payload)> onPayload, Explain explain)
{
    if (!call)
        return;
    call->setParent(reply);
    reply->track(call);
    QObject::connect(call, &ApiCall::finished, reply,
                     [reply, call, onPayload = std::move(onPayload)](const QJsonObject &payload) {
                         call->deleteLater();
                         if (!reply->isFinished())
                             onPayload(payload);
                     });
    QObject::connect(call, &ApiCall::failed, reply,
                     [reply, call, explain = std::move(explain)](ProviderError error) {
                         call->deleteLater();
                         if (explain)
                             explain(error);
                         reply->fail(error);
                     });
}

} // namespace bb
