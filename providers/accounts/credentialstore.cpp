#include "providers/accounts/credentialstore.h"

#include <QTimer>

namespace bb {

CredentialJob::CredentialJob(Operation operation, const QString &accountId, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_accountId(accountId)
{ }

CredentialJob::~CredentialJob() = default;

void CredentialJob::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_found = credentials.isValid();
}

void CredentialJob::fail(const QString &errorString)
{
    m_errorString = errorString;
}

void CredentialJob::finishLater()
{
    if (m_finishing)
        return;
    m_finishing = true;
    // Always a later turn: a caller connects to finished() after the store returns the job.
    QTimer::singleShot(0, this, [this] {
        emit finished(this);
        deleteLater();
    });
}

QString CredentialStore::keyFor(const QString &accountId, const QString &part)
{
    return QStringLiteral("backup-browser/%1/%2").arg(accountId, part);
}

} // namespace bb
