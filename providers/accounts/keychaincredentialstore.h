#pragma once

#include "providers/accounts/credentialstore.h"
#include "providers/accounts/memorycredentialstore.h"

#include <QStringList>

#include <functional>

namespace bb {

// Account secrets in the OS keychain through QtKeychain (service "backup-browser"). Each account
// has the keys "backup-browser/<accountId>/keyid", ".../secret", ".../token" (when there is one)
// and ".../index" listing the keys written, so remove() deletes all of them. When the keychain
// is unavailable (no Secret Service: QtKeychain fails fast with NoBackendAvailable/OtherError)
// the store says so, and keeps secrets in memory for this session only.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    static constexpr const char *serviceName = "backup-browser";

    explicit KeychainCredentialStore(QObject *parent = nullptr);
    // Service name override for tests, so they never touch the real entries.
    KeychainCredentialStore(const QString &service, QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    bool available() const override { return m_available; }
    QString unavailableReason() const override { return m_unavailableReason; }

    CredentialJob *read(const QString &accountId) override;
    CredentialJob *write(const QString &accountId, const Credentials &credentials) override;
    CredentialJob *remove(const QString &accountId) override;

    // Finds out now whether a keychain answers (a read of a key that does not exist); the
    // returned job fails only if the keychain is unavailable. availabilityChanged() follows.
    CredentialJob *probe();

    // The keys (without the service) this store has under an account, as its index says.
    // Asynchronous like the rest; for tests and diagnostics.
    void readIndex(const QString &accountId, QObject *context,
                   std::function<void(QStringList keys, QString error)> done);

    QString service() const { return m_service; }

private:
    friend class KeychainSequence;
    void markUnavailable(const QString &reason);

    QString m_service;
    bool m_available = true;
    QString m_unavailableReason;
    MemoryCredentialStore m_session; // session-only fallback, never written anywhere
};

} // namespace bb
