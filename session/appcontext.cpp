#include "session/appcontext.h"

#include "providers/accounts/accountstore.h"
#include "providers/accounts/keychaincredentialstore.h"
#include "providers/accounts/vendorcredentials.h"
#include "providers/core/apiclient.h"
#include "providers/productregistry.h"
#include "sandbox/sandbox.h"
#include "session/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>

namespace bb {

namespace {

const QString sandboxTencentId = QStringLiteral("sandbox-tencent");
const QString sandboxAlibabaId = QStringLiteral("sandbox-alibaba");
const QString environmentPrefix = QStringLiteral("environment:");

QString configFile(const QString &given, const QString &name)
{
    if (!given.isEmpty())
        return given;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(name);
}

ProviderError openError(ProviderError::Kind kind, const QString &product, const QString &message)
{
    ProviderError error;
    error.kind = kind;
    error.product = product;
    error.message = message;
    return error;
}

} // namespace

AppContext::Options AppContext::Options::isolatedIn(const QString &dir, CredentialStore *store)
{
    Options options;
    options.accountsFile = dir + QStringLiteral("/accounts.ini");
    options.settingsFile = dir + QStringLiteral("/settings.ini");
    options.downloadsFile = dir + QStringLiteral("/downloads.json");
    options.credentialStore = store;
    options.environment = QProcessEnvironment();
    options.homeDir = dir;
    return options;
}

AppContext::AppContext(QObject *parent)
    : AppContext(Options {}, parent)
{ }

AppContext::AppContext(Options options, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_apiClient(new ApiClient(m_network, this))
    , m_accounts(new AccountStore(configFile(options.accountsFile, QStringLiteral("accounts.ini")), this))
    , m_credentials(options.credentialStore ? options.credentialStore : new KeychainCredentialStore(this))
    , m_settings(new Settings(configFile(options.settingsFile, QStringLiteral("settings.ini")), this))
    , m_environment(options.environment.value_or(QProcessEnvironment::systemEnvironment()))
    , m_homeDir(options.homeDir.isEmpty() ? QDir::homePath() : options.homeDir)
    , m_downloadsFile(configFile(options.downloadsFile, QStringLiteral("downloads.json")))
{
    m_credentials->setParent(this);
    // A saved account changed (endpoint, site, removal): its cached services were built from the
    // old settings. The built-in sandbox accounts never change.
    connect(m_accounts, &AccountStore::changed, this, [this] {
        m_services.removeIf([](const auto &entry) {
            return !entry.key().startsWith(sandboxTencentId + QLatin1Char('/'))
                && !entry.key().startsWith(sandboxAlibabaId + QLatin1Char('/'));
        });
        emit accountsChanged();
    });
}

AppContext::~AppContext()
{
    // Services first: their replies may still hold calls on the ApiClient.
    m_services.clear();
    if (m_sandbox)
        m_sandbox->stop();
}

QString AppContext::downloadsFile() const
{
    if (!m_sandbox)
        return m_downloadsFile;
    const QFileInfo info(m_downloadsFile);
    const QString suffix = info.completeSuffix();
    return info.dir().filePath(info.baseName() + QStringLiteral("-sandbox")
                               + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
}

bool AppContext::startSandbox(QString *error)
{
    if (m_sandbox)
        return true;
    // BB_SANDBOX_ANCHOR (ISO-8601 UTC) pins where the sandbox's generated histories end, so that
    // separate runs (a test's `backups`, then its `download`) see the same backups with the same
    // names and bytes; unset, they end when the sandbox starts.
    sandbox::Sandbox::Options options;
    const QString anchor = m_environment.value(QStringLiteral("BB_SANDBOX_ANCHOR"));
    if (!anchor.isEmpty()) {
        options.anchorUtc = QDateTime::fromString(anchor, Qt::ISODate).toUTC();
        if (!options.anchorUtc.isValid()) {
            if (error)
                *error = tr("BB_SANDBOX_ANCHOR is not an ISO-8601 time: %1").arg(anchor);
            return false;
        }
    }
    auto sandbox = std::make_unique<sandbox::Sandbox>(options);
    QString why;
    if (!sandbox->start(&why)) {
        if (error)
            *error = tr("The built-in sandbox could not start: %1").arg(why);
        return false;
    }
    // Trust exactly the sandbox's certificate on top of the system's; never ignore TLS errors.
    m_apiClient->setSslConfiguration(sandbox->clientSslConfiguration());
    m_sandbox = std::move(sandbox);
    emit accountsChanged();
    return true;
}

QList<Account> AppContext::sandboxAccounts() const
{
    if (!m_sandbox)
        return {};
    return {sandboxAccount(Cloud::Tencent), sandboxAccount(Cloud::Alibaba)};
}

Account AppContext::sandboxAccount(Cloud cloud) const
{
    if (!m_sandbox)
        return {};
    Account account;
    account.cloud = cloud;
    account.builtInSandbox = true;
    account.endpointOverride = m_sandbox->httpsUrl();
    account.site = Site::International;
    account.defaultNetwork = DownloadNetwork::External;
    // The sandbox emulates every product of the registry.
    account.products = ProductRegistry::keys(cloud);
    // The regions where the sandbox generates instances, so the tree is not full of empty ones.
    if (cloud == Cloud::Tencent) {
        account.id = sandboxTencentId;
        account.alias = tr("Sandbox (Tencent Cloud)");
        account.regions = {QStringLiteral("ap-guangzhou"), QStringLiteral("ap-shanghai"),
                           QStringLiteral("ap-beijing"), QStringLiteral("ap-singapore")};
    } else {
        account.id = sandboxAlibabaId;
        account.alias = tr("Sandbox (Alibaba Cloud)");
        account.regions = {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai"),
                           QStringLiteral("cn-beijing"), QStringLiteral("ap-southeast-1")};
    }
    return account;
}

QList<Account> AppContext::accounts() const
{
    return sandboxAccounts() + m_accounts->accounts();
}

std::optional<Account> AppContext::account(const QString &aliasOrId) const
{
    for (const Account &account : sandboxAccounts()) {
        if (account.id == aliasOrId || account.alias.compare(aliasOrId, Qt::CaseInsensitive) == 0)
            return account;
    }
    return m_accounts->byAliasOrId(aliasOrId);
}

Account AppContext::environmentAccount(const QString &product) const
{
    Account account;
    // An unknown product keeps the default cloud: opening its service says "Unknown product".
    if (const std::optional<Cloud> cloud = ProductRegistry::cloudOf(product))
        account.cloud = *cloud;
    account.id = environmentPrefix + toString(account.cloud);
    account.alias = tr("Credentials from the environment");
    account.products = {product};
    return account;
}

QStringList AppContext::regionsFor(const Account &account, const QString &product) const
{
    if (!account.regions.isEmpty())
        return account.regions;
    // A service built without credentials answers knownRegions() without any network call.
    const std::unique_ptr<BackupService> probe = ProductRegistry::create(product, configFor(account, {}));
    return probe ? probe->knownRegions() : QStringList();
}

Credentials AppContext::vendorCredentials(Cloud cloud, QString *error) const
{
    return VendorCredentials::find(cloud, m_environment, m_homeDir, error).credentials;
}

ServiceConfig AppContext::configFor(const Account &account, const Credentials &credentials) const
{
    ServiceConfig config;
    config.client = m_apiClient;
    config.credentials = credentials;
    config.site = account.site;
    config.endpointOverride = account.endpointOverride;
    return config;
}

QString AppContext::cacheKey(const QString &accountId, const QString &product)
{
    return accountId + QLatin1Char('/') + product;
}

void AppContext::invalidate(const QString &accountId)
{
    const QString prefix = accountId + QLatin1Char('/');
    m_services.removeIf([&prefix](const auto &entry) { return entry.key().startsWith(prefix); });
}

void AppContext::openService(const Account &account, const QString &product, ServiceCallback done)
{
    auto later = [this](std::function<void()> call) {
        QTimer::singleShot(0, this, std::move(call));
    };
    if (!ProductRegistry::isKnown(product)) {
        later([done, product] {
            done(nullptr,
                 openError(ProviderError::Kind::Unsupported, product,
                           tr("Unknown product \"%1\".").arg(product)));
        });
        return;
    }
    if (const auto cached = m_services.constFind(cacheKey(account.id, product));
        cached != m_services.constEnd()) {
        later([done, service = cached.value()] { done(service, {}); });
        return;
    }
    if (account.builtInSandbox) {
        const bool tencent = account.cloud == Cloud::Tencent;
        const Credentials keys {QString::fromLatin1(tencent ? sandbox::SandboxKeys::tencentSecretId
                                                            : sandbox::SandboxKeys::alibabaAccessKeyId),
                                QString::fromLatin1(tencent ? sandbox::SandboxKeys::tencentSecretKey
                                                            : sandbox::SandboxKeys::alibabaAccessKeySecret),
                                {}};
        later([this, account, product, keys, done] { finishOpen(account, product, keys, done); });
        return;
    }
    auto fromVendor = [this, account, product, done] {
        QString why;
        const Credentials vendor = vendorCredentials(account.cloud, &why);
        if (!vendor.isValid()) {
            ProviderError error = openError(ProviderError::Kind::Auth, product,
                                            account.id.startsWith(environmentPrefix)
                                                ? why
                                                : tr("Account \"%1\" has no stored credentials, and none "
                                                     "were found in the environment: %2")
                                                      .arg(account.alias, why));
            done(nullptr, error);
            return;
        }
        finishOpen(account, product, vendor, done);
    };
    if (account.id.isEmpty() || account.id.startsWith(environmentPrefix)) {
        later(fromVendor);
        return;
    }
    CredentialJob *job = m_credentials->read(account.id);
    connect(job, &CredentialJob::finished, this,
            [this, account, product, done, fromVendor](CredentialJob *read) {
                if (read->hasFailed()) {
                    done(nullptr, openError(ProviderError::Kind::Auth, product, read->errorString()));
                    return;
                }
                if (read->found())
                    finishOpen(account, product, read->credentials(), done);
                else
                    fromVendor();
            });
}

void AppContext::finishOpen(const Account &account, const QString &product, const Credentials &credentials,
                            ServiceCallback done)
{
    const QString key = cacheKey(account.id, product);
    // Two opens of the same service may overlap: the first one to finish wins.
    if (const auto cached = m_services.constFind(key); cached != m_services.constEnd()) {
        done(cached.value(), {});
        return;
    }
    std::shared_ptr<BackupService> service(ProductRegistry::create(product, configFor(account, credentials)));
    if (!service) {
        done(nullptr,
             openError(ProviderError::Kind::Unsupported, product,
                       tr("This build cannot open %1 yet.").arg(product)));
        return;
    }
    m_services.insert(key, service);
    done(service, {});
}

} // namespace bb
