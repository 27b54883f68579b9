#pragma once

#include "providers/core/backupservice.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bb {

// What the create-backup dialog offers for a product, and the check of what the user filled
// in. Only fields the product's create call accepts appear: the product says which
// (Capabilities::create, filled by each service's describe();
// docs/providers.md#creating-a-backup-per-product).
class CreateBackupOptions final
{
    Q_DECLARE_TR_FUNCTIONS(CreateBackupOptions)

public:
    bool supported = false;
    QString unsupportedReason; // translated, shown instead of the form
    bool databases = false; // the user may name databases (empty: whole instance)
    bool name = false; // a free-text name / remark
    QString nameLabel; // translated: "Backup name", "Remark"
    int nameMaxLength = 0;
    QStringList methods; // first: the default
    bool storageDays = false;
    int storageDaysMin = 0;
    int storageDaysMax = 0;
    bool keepUntilRemoved = false; // kept until the instance goes

    static CreateBackupOptions forProduct(const Capabilities &caps);

    // Builds the request from what the dialog collected; *error (translated) when invalid.
    bool makeRequest(const QString &region, const QString &instanceId, const QString &databasesText,
                     const QString &nameText, const QString &method, int days, bool keepUntilInstanceRemoved,
                     CreateBackupRequest *request, QString *error) const;
    // "db1, db2 db3" → {"db1","db2","db3"} (commas, spaces or new lines separate).
    static QStringList splitDatabases(const QString &text);
};

} // namespace bb
