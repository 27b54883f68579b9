#pragma once

#include "providers/core/serviceconfig.h"

#include <QObject>
#include <QString>

namespace bb {

// One asynchronous credential operation. Emits finished() exactly once (never synchronously
// from the call that created it), then deletes itself on the next event-loop turn: connect to
// finished() with a context object and read the result inside the slot.
class CredentialJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialJob)

public:
    enum class Operation { Read, Write, Remove };

    CredentialJob(Operation operation, const QString &accountId, QObject *parent = nullptr);
    ~CredentialJob() override;

    Operation operation() const { return m_operation; }
    QString accountId() const { return m_accountId; }

    bool hasFailed() const { return !m_errorString.isEmpty(); }
    // Translated; names the account and what the keychain said.
    QString errorString() const { return m_errorString; }
    // Read: whether anything is stored for the account (false is not an error).
    bool found() const { return m_found; }
    // Read: the stored credentials (invalid when not found).
    const Credentials &credentials() const { return m_credentials; }
    // True when the store had no keychain and kept (or read) the secret for this session only.
    bool sessionOnly() const { return m_sessionOnly; }

    // Producer side, used by stores.
    void setCredentials(const Credentials &credentials);
    void setSessionOnly(bool sessionOnly) { m_sessionOnly = sessionOnly; }
    void fail(const QString &errorString);
    // Emits finished() on the next event-loop turn and schedules deletion after it.
    void finishLater();

signals:
    void finished(bb::CredentialJob *job);

private:
    Operation m_operation;
    QString m_accountId;
    QString m_errorString;
    Credentials m_credentials;
    bool m_found = false;
    bool m_sessionOnly = false;
    bool m_finishing = false;
};

// Where account secrets live. Keys are scoped per account ("backup-browser/<accountId>/secret",
// ".../token", ...) with an index of the keys written, so remove() deletes everything.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using QObject::QObject;
    ~CredentialStore() override = default;

    // False once the store knows it cannot persist (no Secret Service): secrets then stay in
    // memory for this session only. Never a plaintext fallback.
    virtual bool available() const = 0;
    // Translated reason when available() is false.
    virtual QString unavailableReason() const = 0;

    // Each returns a job that finishes later; the store parents it.
    virtual CredentialJob *read(const QString &accountId) = 0;
    virtual CredentialJob *write(const QString &accountId, const Credentials &credentials) = 0;
    virtual CredentialJob *remove(const QString &accountId) = 0;

    // The key names (without the service) a store uses for one account.
    static QString keyFor(const QString &accountId, const QString &part);

signals:
    // available() changed (the first keychain call found no Secret Service).
    void availabilityChanged(bool available);
};

} // namespace bb
