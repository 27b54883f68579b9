#include "providers/productregistry.h"

#include "providers/alibaba/rdsservice.h"
#include "providers/alibaba/starrocksservice.h"
#include "providers/tencent/redisservice.h"
#include "providers/tencent/sqlserverservice.h"

// A product is added here with its include and its line in `entries`; its service describes it.

namespace bb {

namespace {

struct Entry
{
    ProductDescription (*describe)();
    std::unique_ptr<BackupService> (*create)(const ServiceConfig &config, QObject *parent);
};

template<class Service> constexpr Entry entry()
{
    return {&Service::describe,
            [](const ServiceConfig &config, QObject *parent) -> std::unique_ptr<BackupService> {
                return std::make_unique<Service>(config, parent);
            }};
}

// One line per product, in the order the app shows them (the comments keep clang-format from
// packing the lines, so adding a product stays a one-line change).
constexpr Entry entries[] = {
    entry<TencentSqlServerService>(), // tencent-sqlserver
    entry<TencentRedisService>(), // tencent-redis
    entry<AlibabaRdsService>(), // alibaba-rds
    entry<StarRocksService>(), // alibaba-starrocks
};

const Entry *find(const QString &key)
{
    for (const Entry &each : entries) {
        if (each.describe().key == key)
            return &each;
    }
    return nullptr;
}

} // namespace

QList<ProductDescription> ProductRegistry::products()
{
    QList<ProductDescription> all;
    for (const Entry &each : entries)
        all.append(each.describe());
    return all;
}

std::optional<ProductDescription> ProductRegistry::describe(const QString &key)
{
    const Entry *found = find(key);
    return found ? std::optional(found->describe()) : std::nullopt;
}

bool ProductRegistry::isKnown(const QString &key)
{
    return find(key) != nullptr;
}

QString ProductRegistry::displayName(const QString &key)
{
    const std::optional<ProductDescription> product = describe(key);
    return product ? product->displayName : key;
}

std::optional<Cloud> ProductRegistry::cloudOf(const QString &key)
{
    const std::optional<ProductDescription> product = describe(key);
    return product ? std::optional(product->cloud) : std::nullopt;
}

QStringList ProductRegistry::keys(std::optional<Cloud> cloud)
{
    return keysWhere(
        [cloud](const ProductDescription &product) { return !cloud || product.cloud == *cloud; });
}

QStringList ProductRegistry::keysWhere(const std::function<bool(const ProductDescription &)> &where)
{
    QStringList keys;
    for (const ProductDescription &product : products()) {
        if (where(product))
            keys.append(product.key);
    }
    return keys;
}

std::unique_ptr<BackupService> ProductRegistry::create(const QString &key, const ServiceConfig &config,
                                                       QObject *parent)
{
    const Entry *found = find(key);
    return found ? found->create(config, parent) : nullptr;
}

} // namespace bb
