#pragma once

#include "providers/accounts/credentialstore.h"

#include <QHash>

namespace bb {

// Secrets in memory only. For unit tests, and the session-only storage behind
// KeychainCredentialStore when no keychain is available.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);
    ~MemoryCredentialStore() override;

    bool available() const override { return true; }
    QString unavailableReason() const override { return {}; }

    CredentialJob *read(const QString &accountId) override;
    CredentialJob *write(const QString &accountId, const Credentials &credentials) override;
    CredentialJob *remove(const QString &accountId) override;

    // Synchronous access for tests and for the keychain store's session-only mode.
    bool contains(const QString &accountId) const { return m_secrets.contains(accountId); }
    Credentials value(const QString &accountId) const { return m_secrets.value(accountId); }
    void insert(const QString &accountId, const Credentials &credentials);
    void erase(const QString &accountId);
    int count() const { return static_cast<int>(m_secrets.size()); }

private:
    QHash<QString, Credentials> m_secrets;
};

} // namespace bb
