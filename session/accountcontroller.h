#pragma once

#include "providers/accounts/account.h"
#include "providers/core/serviceconfig.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace bb {

class AppContext;
class BackupService;
class ServiceReply;

// The account dialog's logic without widgets: checks an account, saves it (settings file for the
// account, credential store for the secrets), removes it with its secrets, reads stored
// secrets back for editing, and tests a connection with one cheap signed call (listInstances in
// the first region) reported in plain words.
class AccountController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountController)

public:
    explicit AccountController(AppContext *context, QObject *parent = nullptr);
    ~AccountController() override;

    // Translated reason when the account or the credentials cannot be saved as they are.
    QString validate(const Account &account, const Credentials &credentials) const;
    // A translated warning when a key does not look like the cloud's keys (empty when it does or
    // when unsure). Only a warning: the vendors do not promise these formats, Test connection decides.
    static QString keyWarning(Cloud cloud, const Credentials &credentials);

    // Saves the account, then its credentials: saved() or failed().
    void save(const Account &account, const Credentials &credentials);
    // Removes the account and every secret stored for it: removed() or failed().
    void remove(const QString &accountId);
    // Reads the stored credentials of an account: credentialsLoaded().
    void loadCredentials(const QString &accountId);
    // One signed listInstances call in the account's first region for its first product:
    // testFinished(). A new test aborts the previous one.
    void testConnection(const Account &account, const Credentials &credentials);
    bool isTesting() const { return !m_test.isNull(); }

    // Whether secrets can be kept beyond this session, and why not.
    bool keychainAvailable() const;
    QString keychainUnavailableReason() const;

signals:
    // sessionOnly: no keychain, the secrets live until the app quits.
    void saved(const bb::Account &account, bool sessionOnly);
    void removed(const QString &accountId);
    void credentialsLoaded(const QString &accountId, const bb::Credentials &credentials, bool found);
    void testFinished(bool ok, const QString &message);
    void failed(const QString &message);

private:
    AppContext *m_context;
    QPointer<ServiceReply> m_test;
    std::shared_ptr<BackupService> m_testService; // keeps the tested service alive while it runs
};

} // namespace bb
