#pragma once

#include "models/instancehealth.h"
#include "providers/core/backup.h"
#include "providers/core/instance.h"

#include <QJsonObject>
#include <QStringList>

namespace bb {

// The CLI's stable output records (docs/cli.md#json-records): every key present, null when unknown,
// times as ISO-8601 UTC with Z, sizes as integer bytes. Scripts depend on these names.
class RecordJson final
{
public:
    // The keys of a backup record, in the contract's order (also the CSV column order).
    static QStringList backupKeys();
    static QStringList instanceKeys();
    static QStringList fileKeys();
    static QStringList healthKeys();

    // Signed download URLs are bearer tokens: only with `withUrls` (--with-urls) are they
    // printed; otherwise internal_url and external_url are null (the keys stay: the contract).
    static QJsonObject fromBackup(const Backup &backup, bool withUrls);
    static QJsonObject fromInstance(const Instance &instance);
    static QJsonObject fromFile(const BackupFile &file, bool withUrls);
    // One instance's judgement (check); ages and sizes null where there is nothing to measure.
    static QJsonObject fromHealth(const InstanceHealth &health);

    // "2020-07-31T06:28:51Z", or null for an invalid time.
    static QJsonValue time(const QDateTime &when);
};

} // namespace bb
