#include "providers/productregistry.h"

#include "providers/alibaba/rdsservice.h"
#include "providers/alibaba/starrocksservice.h"
#include "providers/tencent/redisservice.h"
#include "providers/tencent/sqlserverservice.h"

#include <QCoreApplication>

// Each product's service is added here (one include, one line in products(), one in create()).

namespace bb {

QList<ProductInfo> ProductRegistry::products()
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("bb::ProductRegistry", text);
    };
    return {
        {QStringLiteral("tencent-sqlserver"), Cloud::Tencent, tr("Tencent Cloud SQL Server")},
        {QStringLiteral("tencent-redis"), Cloud::Tencent, tr("Tencent Cloud Redis")},
        {QStringLiteral("alibaba-rds"), Cloud::Alibaba, tr("Alibaba Cloud ApsaraDB RDS")},
        {QStringLiteral("alibaba-starrocks"), Cloud::Alibaba, tr("Alibaba Cloud EMR Serverless StarRocks")},
    };
}

bool ProductRegistry::isKnown(const QString &key)
{
    for (const ProductInfo &info : products()) {
        if (info.key == key)
            return true;
    }
    return false;
}

QString ProductRegistry::displayName(const QString &key)
{
    for (const ProductInfo &info : products()) {
        if (info.key == key)
            return info.displayName;
    }
    return key;
}

Cloud ProductRegistry::cloudOf(const QString &key)
{
    return key.startsWith(QLatin1String("alibaba-")) ? Cloud::Alibaba : Cloud::Tencent;
}

std::unique_ptr<BackupService> ProductRegistry::create(const QString &key, const ServiceConfig &config,
                                                       QObject *parent)
{
    if (key == QLatin1String("tencent-sqlserver"))
        return std::make_unique<TencentSqlServerService>(config, parent);
    if (key == QLatin1String("tencent-redis"))
        return std::make_unique<TencentRedisService>(config, parent);
    if (key == QLatin1String("alibaba-rds"))
        return std::make_unique<AlibabaRdsService>(config, parent);
    if (key == QLatin1String("alibaba-starrocks"))
        return std::make_unique<StarRocksService>(config, parent);
    Q_UNUSED(config)
    Q_UNUSED(parent)
    return nullptr;
}

} // namespace bb
