#include "app/cli/instancescommand.h"

#include "app/cli/outputformatter.h"
#include "app/cli/recordjson.h"

namespace bb {

void InstancesCommand::start()
{
    ServiceReply *reply = service()->listInstances(context().region);
    watch(reply);
    connect(reply, &ServiceReply::failed, this, [this](const ProviderError &error) { fail(error); });
    connect(reply, &ServiceReply::finished, this, [this, reply] {
        QList<QJsonObject> records;
        for (const Instance &instance : reply->instances())
            records << RecordJson::fromInstance(instance);
        finishList(OutputFormatter::forInstances(options().format), records);
    });
}

} // namespace bb
