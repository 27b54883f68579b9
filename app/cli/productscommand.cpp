#include "app/cli/productscommand.h"

#include "app/cli/outputformatter.h"
#include "providers/accounts/account.h"
#include "providers/productregistry.h"

namespace bb {

void ProductsCommand::start()
{
    QList<QJsonObject> records;
    for (const ProductDescription &info : ProductRegistry::products()) {
        records << QJsonObject {{QStringLiteral("product"), info.key},
                                {QStringLiteral("cloud"), toString(info.cloud)},
                                {QStringLiteral("name"), info.displayName}};
    }
    finishList(OutputFormatter::forProducts(options().format), records);
}

} // namespace bb
