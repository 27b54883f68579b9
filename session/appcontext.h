#pragma once

#include "providers/accounts/account.h"
#include "providers/core/backupservice.h"
#include "providers/core/providererror.h"
#include "providers/core/serviceconfig.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace bb {

class AccountStore;
class ApiClient;
class CredentialStore;
class Settings;

namespace sandbox {
class Sandbox;
}

// The long-lived objects the GUI and the CLI share: one QNetworkAccessManager, one ApiClient,
// the saved accounts, the credential store, the settings and, on request, the in-process
// sandbox with its two built-in accounts. Builds (and caches) a BackupService per account and
// product.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    struct Options
    {
        // Files for saved accounts and app settings; empty: the platform's config location
        // (QStandardPaths::AppConfigLocation)/accounts.ini and settings.ini.
        QString accountsFile;
        QString settingsFile;
        // The GUI's download queue; empty: the config location's downloads.json. While the
        // sandbox runs, downloadsFile() names a sibling "-sandbox" file instead.
        QString downloadsFile;
        // Where secrets live; nullptr: a KeychainCredentialStore. The context takes ownership.
        CredentialStore *credentialStore = nullptr;
        // Where vendor credentials are looked up (CLI without --account, accounts without
        // stored secrets). Defaults: the process environment and QDir::homePath().
        std::optional<QProcessEnvironment> environment;
        QString homeDir;

        // Everything the context reads or writes inside `dir` (accounts, settings, download queue,
        // home), no credentials from the process environment, secrets in `store` (the context
        // takes ownership): what tests and benchmarks need so that they never touch the user's files.
        static Options isolatedIn(const QString &dir, CredentialStore *store);
    };

    using ServiceCallback = std::function<void(std::shared_ptr<BackupService> service, ProviderError error)>;

    explicit AppContext(QObject *parent = nullptr);
    explicit AppContext(Options options, QObject *parent = nullptr);
    ~AppContext() override;

    QNetworkAccessManager *network() const { return m_network; }
    ApiClient *apiClient() const { return m_apiClient; }
    AccountStore *accountStore() const { return m_accounts; }
    CredentialStore *credentialStore() const { return m_credentials; }
    Settings *settings() const { return m_settings; }
    // Where the GUI keeps its download queue. The sandbox's queue is a separate file
    // (downloads-sandbox.json next to downloads.json): its entries name sandbox accounts and
    // files that do not exist outside it, and must never mix with a real account's queue.
    QString downloadsFile() const;

    // Starts the in-process sandbox (once; later calls return true), trusts its certificate in
    // the ApiClient and adds the built-in sandbox accounts. False with a translated reason.
    bool startSandbox(QString *error = nullptr);
    sandbox::Sandbox *sandbox() const { return m_sandbox.get(); }
    bool sandboxRunning() const { return m_sandbox != nullptr; }

    // The built-in sandbox accounts (empty while the sandbox is not running).
    QList<Account> sandboxAccounts() const;
    // The sandbox account of a cloud (invalid account while the sandbox is not running).
    Account sandboxAccount(Cloud cloud) const;
    // Built-in accounts first, then the saved ones.
    QList<Account> accounts() const;
    // A built-in or saved account by alias (case-insensitive) or id.
    std::optional<Account> account(const QString &aliasOrId) const;
    // A transient, unsaved account for one product whose credentials come from the vendors'
    // environment variables and files (the CLI without --account).
    Account environmentAccount(const QString &product) const;
    // The regions to list for an account and product: the account's own, else the product's
    // known regions.
    QStringList regionsFor(const Account &account, const QString &product) const;

    // Calls done (always later, never from inside this call) with the account's service for
    // the product: secrets from the credential store (or SandboxKeys for the sandbox accounts,
    // or the vendor credentials when nothing is stored); the service is cached per (account,
    // product) until invalidate(). On failure the service is null and the error says why
    // (Kind::Auth for missing credentials, Kind::Unsupported for an unknown product).
    void openService(const Account &account, const QString &product, ServiceCallback done);
    // Forgets cached services of an account (after its credentials or settings changed).
    void invalidate(const QString &accountId);

    // Credentials found the way the vendors' SDKs do, for the account's cloud.
    Credentials vendorCredentials(Cloud cloud, QString *error = nullptr) const;
    ServiceConfig configFor(const Account &account, const Credentials &credentials) const;

    QProcessEnvironment environment() const { return m_environment; }
    QString homeDir() const { return m_homeDir; }

signals:
    // Saved or built-in accounts changed (sandbox started, account saved or removed).
    void accountsChanged();

private:
    void finishOpen(const Account &account, const QString &product, const Credentials &credentials,
                    ServiceCallback done);
    static QString cacheKey(const QString &accountId, const QString &product);

    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_apiClient = nullptr;
    AccountStore *m_accounts = nullptr;
    CredentialStore *m_credentials = nullptr;
    Settings *m_settings = nullptr;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QProcessEnvironment m_environment;
    QString m_homeDir;
    QString m_downloadsFile;
    QHash<QString, std::shared_ptr<BackupService>> m_services;
};

} // namespace bb
