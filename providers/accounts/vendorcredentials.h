#pragma once

#include "providers/core/cloud.h"
#include "providers/core/serviceconfig.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace bb {

// One set of credentials found where a vendor's SDK or CLI would look.
struct VendorProfile
{
    Cloud cloud = Cloud::Tencent;
    QString source; // untranslated origin, e.g. "environment", "~/.tencentcloud/credentials"
    QString profile; // profile/section name ("default"), empty for the environment
    QString region; // the profile's region when the file names one
    Credentials credentials;
    // Translated one-line description for the import list, e.g.
    // "Environment variables (TENCENTCLOUD_SECRET_ID AKID…1234)". Never shows the secret.
    QString description() const;
};

// Reads credentials the way the vendors' SDKs do (docs/cli.md#credentials). Pure: the environment
// and home directory are parameters, so tests use a temporary HOME.
// Tencent: TENCENTCLOUD_SECRET_ID/SECRET_KEY/SESSION_TOKEN, else [default] of
//   ~/.tencentcloud/credentials (secret_id, secret_key, token), else tccli's
//   ~/.tccli/default.credential (JSON secretId/secretKey/token).
// Alibaba: ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET/SECURITY_TOKEN, else the current profile of
//   ~/.aliyun/config.json (ALIBABA_CLOUD_PROFILE picks another; modes AK and StsToken).
class VendorCredentials final
{
public:
    // The credentials the SDK would use for the cloud, or an invalid profile when none.
    // *error (optional) says, translated, what was looked at or what was wrong.
    static VendorProfile find(Cloud cloud, const QProcessEnvironment &env, const QString &homeDir,
                              QString *error = nullptr);

    // Every importable set for the GUI's import list: the environment, each section of
    // ~/.tencentcloud/credentials, each ~/.tccli/*.credential, each usable profile of
    // ~/.aliyun/config.json. Malformed files are skipped.
    static QList<VendorProfile> importable(const QProcessEnvironment &env, const QString &homeDir);

    // Shows an access key id for lists and logs: the first 4 and last 4 characters.
    static QString maskKeyId(const QString &keyId);
};

} // namespace bb
