#pragma once

#include "providers/core/backupservice.h"
#include "providers/core/cloud.h"
#include "providers/core/serviceconfig.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace bb {

// What the app knows about a product before it has an account: its key, cloud and name.
struct ProductInfo
{
    QString key; // "tencent-sqlserver", "tencent-redis", "alibaba-rds", "alibaba-starrocks"
    Cloud cloud;
    QString displayName; // translated
};

// The products Backup Browser serves, and the one place that builds a service for a product.
class ProductRegistry final
{
public:
    static QList<ProductInfo> products();
    static bool isKnown(const QString &key);
    // The product's translated name ("Alibaba Cloud EMR Serverless StarRocks"); the key itself
    // when unknown.
    static QString displayName(const QString &key);
    static Cloud cloudOf(const QString &key);
    // nullptr for an unknown key.
    static std::unique_ptr<BackupService> create(const QString &key, const ServiceConfig &config,
                                                 QObject *parent = nullptr);
};

} // namespace bb
