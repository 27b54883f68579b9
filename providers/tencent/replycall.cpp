#include "providers/tencent/replycall.h"

#include "providers/core/apiclient.h"
#include "providers/core/servicereply.h"
#include "providers/tencent/tencenterrorhints.h"

namespace bb {

void ReplyCall::attach(ServiceReply *reply, ApiCall *call,
                       std::function<void(const QJsonObject &payload)> onPayload)
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
    QObject::connect(call, &ApiCall::failed, reply, [reply, call](ProviderError error) {
        call->deleteLater();
        TencentErrorHints::explain(error);
        reply->fail(error);
    });
}

} // namespace bb
