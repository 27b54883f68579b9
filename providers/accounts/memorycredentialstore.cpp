#include "providers/accounts/memorycredentialstore.h"

namespace bb {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{ }

MemoryCredentialStore::~MemoryCredentialStore() = default;

CredentialJob *MemoryCredentialStore::read(const QString &accountId)
{
    auto *job = new CredentialJob(CredentialJob::Operation::Read, accountId, this);
    job->setCredentials(m_secrets.value(accountId));
    job->finishLater();
    return job;
}

CredentialJob *MemoryCredentialStore::write(const QString &accountId, const Credentials &credentials)
{
    auto *job = new CredentialJob(CredentialJob::Operation::Write, accountId, this);
    insert(accountId, credentials);
    job->finishLater();
    return job;
}

CredentialJob *MemoryCredentialStore::remove(const QString &accountId)
{
    auto *job = new CredentialJob(CredentialJob::Operation::Remove, accountId, this);
    erase(accountId);
    job->finishLater();
    return job;
}

void MemoryCredentialStore::insert(const QString &accountId, const Credentials &credentials)
{
    m_secrets.insert(accountId, credentials);
}

void MemoryCredentialStore::erase(const QString &accountId)
{
    m_secrets.remove(accountId);
}

} // namespace bb
