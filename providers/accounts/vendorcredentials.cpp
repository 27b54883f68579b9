#include "providers/accounts/vendorcredentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::VendorCredentials", text);
}

// Small files only: a credentials file bigger than this is not one.
constexpr qint64 maxFileBytes = 1024 * 1024;

QByteArray readSmallFile(const QString &path, bool *exists = nullptr)
{
    QFile file(path);
    if (exists)
        *exists = file.exists();
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxFileBytes)
        return {};
    return file.read(maxFileBytes);
}

// The INI dialect of ~/.tencentcloud/credentials: [section], key = value, # or ; comments.
QList<QPair<QString, QHash<QString, QString>>> parseIni(const QByteArray &bytes)
{
    QList<QPair<QString, QHash<QString, QString>>> sections;
    const QList<QByteArray> lines = bytes.split('\n');
    for (const QByteArray &rawLine : lines) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            sections.append({line.mid(1, line.size() - 2).trimmed(), {}});
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0 || sections.isEmpty())
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        sections.last().second.insert(line.left(eq).trimmed().toLower(), value);
    }
    return sections;
}

VendorProfile tencentEnvironment(const QProcessEnvironment &env, QStringList *notes)
{
    VendorProfile profile;
    profile.cloud = Cloud::Tencent;
    profile.source = QStringLiteral("environment");
    profile.credentials.id = env.value(QStringLiteral("TENCENTCLOUD_SECRET_ID")).trimmed();
    profile.credentials.secret = env.value(QStringLiteral("TENCENTCLOUD_SECRET_KEY")).trimmed();
    profile.credentials.token = env.value(QStringLiteral("TENCENTCLOUD_SESSION_TOKEN")).trimmed();
    profile.region = env.value(QStringLiteral("TENCENTCLOUD_REGION")).trimmed();
    if (!profile.credentials.isValid()
        && (!profile.credentials.id.isEmpty() || !profile.credentials.secret.isEmpty()))
        notes->append(tr("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY must both be set."));
    return profile;
}

QList<VendorProfile> tencentFileProfiles(const QString &homeDir, QStringList *notes)
{
    QList<VendorProfile> profiles;
    const QString path = QDir(homeDir).filePath(QStringLiteral(".tencentcloud/credentials"));
    bool exists = false;
    const QByteArray bytes = readSmallFile(path, &exists);
    if (!exists)
        return profiles;
    for (const auto &[name, values] : parseIni(bytes)) {
        VendorProfile profile;
        profile.cloud = Cloud::Tencent;
        profile.source = QStringLiteral("~/.tencentcloud/credentials");
        profile.profile = name;
        profile.credentials.id = values.value(QStringLiteral("secret_id"));
        profile.credentials.secret = values.value(QStringLiteral("secret_key"));
        profile.credentials.token = values.value(QStringLiteral("token"));
        profile.region = values.value(QStringLiteral("region"));
        if (profile.credentials.isValid())
            profiles.append(profile);
        else
            notes->append(tr("Section [%1] of %2 has no secret_id/secret_key.").arg(name, path));
    }
    return profiles;
}

// tccli keeps one JSON file per profile: ~/.tccli/<profile>.credential, with the region in
// ~/.tccli/<profile>.configure.
QList<VendorProfile> tccliProfiles(const QString &homeDir, QStringList *notes)
{
    QList<VendorProfile> profiles;
    const QDir dir(QDir(homeDir).filePath(QStringLiteral(".tccli")));
    if (!dir.exists())
        return profiles;
    QStringList files = dir.entryList({QStringLiteral("*.credential")}, QDir::Files, QDir::Name);
    // default first: it is the one tccli uses without --profile.
    if (files.removeAll(QStringLiteral("default.credential")) > 0)
        files.prepend(QStringLiteral("default.credential"));
    for (const QString &fileName : files) {
        const QString path = dir.filePath(fileName);
        const QJsonObject json = QJsonDocument::fromJson(readSmallFile(path)).object();
        VendorProfile profile;
        profile.cloud = Cloud::Tencent;
        profile.source = QStringLiteral("~/.tccli/") + fileName;
        profile.profile = fileName.chopped(int(qstrlen(".credential")));
        profile.credentials.id = json.value(QStringLiteral("secretId")).toString();
        profile.credentials.secret = json.value(QStringLiteral("secretKey")).toString();
        profile.credentials.token = json.value(QStringLiteral("token")).toString();
        const QJsonObject configure
            = QJsonDocument::fromJson(
                  readSmallFile(dir.filePath(profile.profile + QStringLiteral(".configure"))))
                  .object();
        profile.region = configure.value(QStringLiteral("sysParam"))
                             .toObject()
                             .value(QStringLiteral("region"))
                             .toString();
        if (profile.region.isEmpty())
            profile.region = configure.value(QStringLiteral("region")).toString();
        if (profile.credentials.isValid())
            profiles.append(profile);
        else
            notes->append(tr("%1 has no secretId/secretKey.").arg(path));
    }
    return profiles;
}

VendorProfile alibabaEnvironment(const QProcessEnvironment &env, QStringList *notes)
{
    VendorProfile profile;
    profile.cloud = Cloud::Alibaba;
    profile.source = QStringLiteral("environment");
    profile.credentials.id = env.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")).trimmed();
    profile.credentials.secret = env.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")).trimmed();
    profile.credentials.token = env.value(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN")).trimmed();
    profile.region = env.value(QStringLiteral("ALIBABA_CLOUD_REGION_ID")).trimmed();
    if (!profile.credentials.isValid()
        && (!profile.credentials.id.isEmpty() || !profile.credentials.secret.isEmpty()))
        notes->append(
            tr("ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET must both be set."));
    return profile;
}

struct AliyunConfig
{
    QString current;
    QList<VendorProfile> usable;
};

// ~/.aliyun/config.json as the aliyun CLI writes it: {"current": name, "profiles": [{name, mode,
// access_key_id, access_key_secret, sts_token, region_id}]}. Modes other than AK and StsToken
// (RamRoleArn, EcsRamRole, ...) need a token service and are reported, not used.
AliyunConfig aliyunProfiles(const QString &homeDir, QStringList *notes)
{
    AliyunConfig config;
    const QString path = QDir(homeDir).filePath(QStringLiteral(".aliyun/config.json"));
    bool exists = false;
    const QByteArray bytes = readSmallFile(path, &exists);
    if (!exists)
        return config;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject()) {
        notes->append(tr("%1 is not valid JSON: %2").arg(path, parseError.errorString()));
        return config;
    }
    const QJsonObject root = document.object();
    config.current = root.value(QStringLiteral("current")).toString();
    const QJsonArray profiles = root.value(QStringLiteral("profiles")).toArray();
    for (const QJsonValue &value : profiles) {
        const QJsonObject object = value.toObject();
        VendorProfile profile;
        profile.cloud = Cloud::Alibaba;
        profile.source = QStringLiteral("~/.aliyun/config.json");
        profile.profile = object.value(QStringLiteral("name")).toString();
        profile.region = object.value(QStringLiteral("region_id")).toString();
        const QString mode = object.value(QStringLiteral("mode")).toString(QStringLiteral("AK"));
        if (mode != QLatin1String("AK") && mode != QLatin1String("StsToken")) {
            notes->append(
                tr("Profile \"%1\" of %2 uses mode %3, which Backup Browser cannot use; use AK or StsToken.")
                    .arg(profile.profile, path, mode));
            continue;
        }
        profile.credentials.id = object.value(QStringLiteral("access_key_id")).toString();
        profile.credentials.secret = object.value(QStringLiteral("access_key_secret")).toString();
        if (mode == QLatin1String("StsToken"))
            profile.credentials.token = object.value(QStringLiteral("sts_token")).toString();
        if (profile.credentials.isValid())
            config.usable.append(profile);
        else
            notes->append(tr("Profile \"%1\" of %2 has no access key.").arg(profile.profile, path));
    }
    return config;
}

void setError(QString *error, const QStringList &notes, const QString &fallback)
{
    if (error)
        *error = notes.isEmpty() ? fallback : notes.join(QLatin1Char(' '));
}

} // namespace

QString VendorProfile::description() const
{
    const QString key = VendorCredentials::maskKeyId(credentials.id);
    const QString token = credentials.token.isEmpty() ? QString() : tr(", temporary token");
    if (source == QLatin1String("environment"))
        return tr("Environment variables (%1%2)").arg(key, token);
    if (profile.isEmpty())
        return tr("%1 (%2%3)").arg(source, key, token);
    return tr("%1, profile \"%2\" (%3%4)").arg(source, profile, key, token);
}

VendorProfile VendorCredentials::find(Cloud cloud, const QProcessEnvironment &env, const QString &homeDir,
                                      QString *error)
{
    QStringList notes;
    if (cloud == Cloud::Tencent) {
        const VendorProfile fromEnv = tencentEnvironment(env, &notes);
        if (fromEnv.credentials.isValid())
            return fromEnv;
        // The SDKs read only the [default] section of the credentials file.
        for (const VendorProfile &profile : tencentFileProfiles(homeDir, &notes)) {
            if (profile.profile == QLatin1String("default"))
                return profile;
        }
        for (const VendorProfile &profile : tccliProfiles(homeDir, &notes)) {
            if (profile.profile == QLatin1String("default"))
                return profile;
        }
        setError(error, notes,
                 tr("No Tencent Cloud credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, "
                    "or write them to the [default] section of ~/.tencentcloud/credentials."));
        return {};
    }

    const VendorProfile fromEnv = alibabaEnvironment(env, &notes);
    if (fromEnv.credentials.isValid())
        return fromEnv;
    const AliyunConfig config = aliyunProfiles(homeDir, &notes);
    QString wanted = env.value(QStringLiteral("ALIBABA_CLOUD_PROFILE"));
    if (wanted.isEmpty())
        wanted = config.current.isEmpty() ? QStringLiteral("default") : config.current;
    for (const VendorProfile &profile : config.usable) {
        if (profile.profile == wanted)
            return profile;
    }
    if (!config.usable.isEmpty() || !notes.isEmpty())
        notes.append(
            tr("Profile \"%1\" was not found or is not usable in ~/.aliyun/config.json.").arg(wanted));
    setError(error, notes,
             tr("No Alibaba Cloud credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET, "
                "or configure a profile with the aliyun CLI (~/.aliyun/config.json)."));
    return {};
}

QList<VendorProfile> VendorCredentials::importable(const QProcessEnvironment &env, const QString &homeDir)
{
    QStringList notes;
    QList<VendorProfile> all;
    if (VendorProfile profile = tencentEnvironment(env, &notes); profile.credentials.isValid())
        all.append(profile);
    all.append(tencentFileProfiles(homeDir, &notes));
    all.append(tccliProfiles(homeDir, &notes));
    if (VendorProfile profile = alibabaEnvironment(env, &notes); profile.credentials.isValid())
        all.append(profile);
    all.append(aliyunProfiles(homeDir, &notes).usable);
    return all;
}

QString VendorCredentials::maskKeyId(const QString &keyId)
{
    if (keyId.size() <= 8)
        return QString(keyId.size(), QLatin1Char('*'));
    return keyId.left(4) + QStringLiteral("…") + keyId.right(4);
}

} // namespace bb
