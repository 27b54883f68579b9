#pragma once

#include "providers/core/backupservice.h"
#include "providers/core/cloud.h"
#include "providers/core/serviceconfig.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bb {

// A saved (or built-in) cloud account: who, where and how to reach the API. Never holds a
// secret: those live in a CredentialStore under the account's id.
struct Account
{
    QString id; // QUuid string without braces; stable key for credentials and settings
    QString alias; // the user's name for it, shown in the tree and used by the CLI's --account
    Cloud cloud = Cloud::Tencent;
    QStringList products; // product keys this account browses ("tencent-sqlserver", ...)
    QStringList regions; // regions to list; empty: the product's known regions
    Site site = Site::International;
    QUrl endpointOverride; // scheme, host and port; empty: the product's own host
    DownloadNetwork defaultNetwork = DownloadNetwork::External;
    bool builtInSandbox = false; // the sandbox accounts: never saved, keys are SandboxKeys

    bool isValid() const { return !id.isEmpty() && !alias.isEmpty(); }
    // A fresh id for a new account.
    static QString newId();
    friend bool operator==(const Account &, const Account &) = default;
};

// Stable lower-case names used in settings files and by the CLI; never translated.
QString toString(Cloud cloud);
Cloud cloudFromString(const QString &name, bool *ok = nullptr);
QString toString(Site site);
Site siteFromString(const QString &name);
QString toString(DownloadNetwork network);
DownloadNetwork downloadNetworkFromString(const QString &name);

} // namespace bb

Q_DECLARE_METATYPE(bb::Account)
