#include "session/accountcontroller.h"

#include "providers/accounts/accountstore.h"
#include "providers/accounts/credentialstore.h"
#include "providers/productregistry.h"
#include "session/appcontext.h"

#include <QElapsedTimer>

namespace bb {

AccountController::AccountController(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

AccountController::~AccountController()
{
    if (m_test)
        m_test->abort();
}

QString AccountController::validate(const Account &account, const Credentials &credentials) const
{
    if (account.alias.trimmed().isEmpty())
        return tr("Give the account a name.");
    for (const Account &other : m_context->accounts()) {
        if (other.id != account.id && other.alias.compare(account.alias.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("Another account is already called %1.").arg(other.alias);
    }
    if (account.products.isEmpty())
        return tr("Choose at least one product.");
    for (const QString &product : account.products) {
        if (ProductRegistry::cloudOf(product) != account.cloud)
            return tr("%1 is not a product of this cloud.").arg(product);
    }
    if (!account.endpointOverride.isEmpty()) {
        const QUrl &url = account.endpointOverride;
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return tr("The endpoint override must look like https://host[:port].");
    }
    // Without keys every region of the account fails later with the cause in a tooltip: ask now.
    if (credentials.id.trimmed().isEmpty() || credentials.secret.isEmpty())
        return account.cloud == Cloud::Tencent
            ? tr("Enter both the SecretId and the SecretKey, or Import them.")
            : tr("Enter both the AccessKey ID and the AccessKey secret, or Import them.");
    return {};
}

QString AccountController::keyWarning(Cloud cloud, const Credentials &credentials)
{
    const QString id = credentials.id.trimmed();
    if (id.isEmpty())
        return {};
    const bool temporary = !credentials.token.trimmed().isEmpty();
    if (cloud == Cloud::Tencent) {
        // Tencent Cloud's API keys and the temporary ones STS hands out both start with "AKID"
        // (the signature pages' examples); a permanent SecretId is 36 characters long.
        if (!id.startsWith(QLatin1String("AKID")))
            return tr(
                "A Tencent Cloud SecretId usually starts with \"AKID\". Check that this is the SecretId, "
                "not the SecretKey or an APPID.");
        if (!temporary && id.size() != 36)
            return tr("A Tencent Cloud SecretId is usually 36 characters long; this one has %1.")
                .arg(id.size());
        return {};
    }
    // Alibaba Cloud: RAM AccessKey IDs start with "LTAI", STS ones with "STS." and need the token.
    if (id.startsWith(QLatin1String("STS."))) {
        if (!temporary)
            return tr("This is a temporary (STS) AccessKey ID: enter its security token too.");
        return {};
    }
    if (!id.startsWith(QLatin1String("LTAI")))
        return tr("An Alibaba Cloud AccessKey ID usually starts with \"LTAI\" (or \"STS.\" for temporary "
                  "keys). Check that this is the ID, not the secret.");
    if (temporary)
        return tr("A security token is only used with a temporary (STS.) AccessKey ID.");
    return {};
}

void AccountController::save(const Account &input, const Credentials &credentials)
{
    Account account = input;
    account.alias = account.alias.trimmed();
    if (account.id.isEmpty())
        account.id = Account::newId();
    const QString problem = validate(account, credentials);
    if (!problem.isEmpty()) {
        emit failed(problem);
        return;
    }
    QString error;
    if (!m_context->accountStore()->save(account, &error)) {
        emit failed(error);
        return;
    }
    m_context->invalidate(account.id);
    if (!credentials.isValid()) {
        // No keys given: the service falls back to the vendors' environment and files.
        emit saved(account, false);
        return;
    }
    Credentials trimmed = credentials;
    trimmed.id = trimmed.id.trimmed();
    trimmed.token = trimmed.token.trimmed();
    CredentialJob *job = m_context->credentialStore()->write(account.id, trimmed);
    connect(job, &CredentialJob::finished, this, [this, account](CredentialJob *done) {
        if (done->hasFailed()) {
            emit failed(done->errorString());
            return;
        }
        m_context->invalidate(account.id);
        emit saved(account, done->sessionOnly());
    });
}

void AccountController::remove(const QString &accountId)
{
    CredentialJob *job = m_context->credentialStore()->remove(accountId);
    connect(job, &CredentialJob::finished, this, [this, accountId](CredentialJob *done) {
        if (done->hasFailed()) {
            // Keep the account so the user can retry: a half-removed account would strand secrets.
            emit failed(done->errorString());
            return;
        }
        QString error;
        if (!m_context->accountStore()->remove(accountId, &error)) {
            emit failed(error);
            return;
        }
        m_context->invalidate(accountId);
        emit removed(accountId);
    });
}

void AccountController::loadCredentials(const QString &accountId)
{
    CredentialJob *job = m_context->credentialStore()->read(accountId);
    connect(job, &CredentialJob::finished, this, [this, accountId](CredentialJob *done) {
        if (done->hasFailed()) {
            emit failed(done->errorString());
            return;
        }
        emit credentialsLoaded(accountId, done->credentials(), done->found());
    });
}

void AccountController::testConnection(const Account &account, const Credentials &credentials)
{
    if (m_test)
        m_test->abort();
    const QString problem = validate(account, credentials);
    if (!problem.isEmpty()) {
        emit testFinished(false, problem);
        return;
    }
    Credentials creds = credentials;
    if (!creds.isValid())
        creds = m_context->vendorCredentials(account.cloud);
    if (!creds.isValid()) {
        emit testFinished(false,
                          tr("No keys entered, and none found in the environment or the vendors' files."));
        return;
    }
    const QString product = account.products.first();
    const QStringList regions = m_context->regionsFor(account, product);
    if (regions.isEmpty()) {
        emit testFinished(false, tr("No region to test in."));
        return;
    }
    std::shared_ptr<BackupService> service(
        ProductRegistry::create(product, m_context->configFor(account, creds)).release());
    if (!service) {
        emit testFinished(false, tr("Unknown product %1.").arg(product));
        return;
    }
    const QString region = regions.first();
    m_testService = service;
    ServiceReply *reply = service->listInstances(region);
    m_test = reply;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto report = [this, reply, region, timer] {
        if (m_test == reply) {
            m_test.clear();
            m_testService.reset();
        }
        if (reply->hasFailed()) {
            const ProviderError &e = reply->error();
            QString text = e.kind == ProviderError::Kind::Auth ? tr("The keys were refused.")
                : e.kind == ProviderError::Kind::Network || e.kind == ProviderError::Kind::Tls
                ? tr("The service could not be reached.")
                : tr("The call failed.");
            if (!e.hint.isEmpty())
                text += QLatin1Char(' ') + e.hint;
            text += QLatin1Char('\n') + e.toString();
            if (e.kind != ProviderError::Kind::Aborted)
                emit testFinished(false, text);
        } else {
            emit testFinished(true,
                              tr("Connected: %n instance(s) in %1 (%2 ms).", nullptr,
                                 static_cast<int>(reply->instances().size()))
                                  .arg(region)
                                  .arg(timer->elapsed()));
        }
        reply->deleteLater();
    };
    connect(reply, &ServiceReply::finished, this, report);
    connect(reply, &ServiceReply::failed, this, report);
}

bool AccountController::keychainAvailable() const
{
    return m_context->credentialStore()->available();
}

QString AccountController::keychainUnavailableReason() const
{
    return m_context->credentialStore()->unavailableReason();
}

} // namespace bb
