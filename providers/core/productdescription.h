#pragma once

#include "providers/core/cloud.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bb {

// The create-backup form a product offers: only the fields its create call accepts.
struct CreateForm
{
    bool name = false; // a free-text name / remark
    // The name field's label, untranslated (QT_TRANSLATE_NOOP("CreateBackupOptions", ...)): the
    // form translates it when shown, so an open dialog follows a language switch.
    QByteArray nameLabel;
    int nameMaxLength = 0;
    QStringList methods; // the backup methods offered (first: the default)
    bool storageDays = false; // how long to keep the backup
    int storageDaysMin = 0;
    int storageDaysMax = 0;
    bool keepUntilRemoved = false; // may keep the backup until the instance is removed

    friend bool operator==(const CreateForm &, const CreateForm &) = default;
};

// The API parameters a neutral BackupQuery filter is sent as, for help texts; empty where the
// product's API has no such filter (the caller filters the records).
struct ServerFilters
{
    QString status;
    QString kind;
    QString trigger;

    friend bool operator==(const ServerFilters &, const ServerFilters &) = default;
};

// What a product can do; the UI hides or disables the rest and shows the reason.
struct Capabilities
{
    bool createBackup = false;
    bool download = false;
    bool editDescription = false;
    bool deleteBackup = false;
    bool perDatabaseCreate = false; // create can name databases
    // A create can be followed later by the job id it returned (BackupService::trackBackup()).
    bool trackCreate = false;
    QString noCreateReason; // translated, shown instead of a dead button
    QString noDownloadReason; // translated
    // How far back listing "any time" reaches: the longest the product documents keeping a
    // backup. Older backups cannot exist, so asking for them only costs calls.
    int historyDays = 7;
    CreateForm create; // meaningful when createBackup
    ServerFilters serverFilters;
    // How far a file's real size may be from the listed one either way: 0 where the product lists
    // exact bytes, 1,023 where it lists whole KB (DownloadIdentity::sizeSlack()).
    qint64 sizeSlack = 0;

    friend bool operator==(const Capabilities &, const Capabilities &) = default;
};

// Everything the app knows of a product without asking the cloud: its key, cloud, name and what
// it can do. Each BackupService describes its own product (describe()); the ProductRegistry lists
// them, and the UI, the CLI and the sandbox's accounts read them instead of naming products.
struct ProductDescription
{
    QString key; // "tencent-sqlserver", ...: in account files, download identities and the CLI
    Cloud cloud = Cloud::Tencent;
    QString displayName; // translated
    Capabilities capabilities;

    friend bool operator==(const ProductDescription &, const ProductDescription &) = default;
};

} // namespace bb
