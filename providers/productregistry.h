#pragma once

#include "providers/core/backupservice.h"
#include "providers/core/productdescription.h"
#include "providers/core/serviceconfig.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace bb {

// The products Backup Browser serves, and the one place that lists them and builds a service for
// one. Everything else (account dialog, CLI help and checks, the sandbox's accounts) asks here.
class ProductRegistry final
{
public:
    // In the order the app shows them.
    static QList<ProductDescription> products();
    static std::optional<ProductDescription> describe(const QString &key);
    static bool isKnown(const QString &key);
    // The product's translated name ("Alibaba Cloud EMR Serverless StarRocks"); the key itself
    // when unknown.
    static QString displayName(const QString &key);
    // nullopt for an unknown key.
    static std::optional<Cloud> cloudOf(const QString &key);
    // The keys of one cloud's products (all of them without a cloud), in registry order.
    static QStringList keys(std::optional<Cloud> cloud = std::nullopt);
    // The keys of the products `where` holds for, in registry order (help texts, messages).
    static QStringList keysWhere(const std::function<bool(const ProductDescription &)> &where);
    // nullptr for an unknown key.
    static std::unique_ptr<BackupService> create(const QString &key, const ServiceConfig &config,
                                                 QObject *parent = nullptr);
};

} // namespace bb
