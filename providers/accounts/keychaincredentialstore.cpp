#include "providers/accounts/keychaincredentialstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcKeychain, "bb.accounts.keychain")

namespace bb {

namespace {

// The parts stored per account, besides the index. The access key id is kept in the keychain
// too: with it and the secret the account is usable, without it nothing is.
const QString partKeyId = QStringLiteral("keyid");
const QString partSecret = QStringLiteral("secret");
const QString partToken = QStringLiteral("token");
const QString partIndex = QStringLiteral("index");

enum class Outcome { Ok, NotFound, Unavailable, Failed };

Outcome classify(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Outcome::Ok;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    // No Secret Service (or no D-Bus at all): QtKeychain answers these within milliseconds.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Outcome::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Outcome::Failed;
    }
    return Outcome::Failed;
}

struct StepResult
{
    Outcome outcome = Outcome::Ok;
    QString errorString;
    QString value;
};
using StepDone = std::function<void(const StepResult &)>;

StepResult resultOf(QKeychain::Job *job)
{
    StepResult result;
    result.outcome = classify(job->error());
    result.errorString = job->errorString();
    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
        result.value = read->textData();
    return result;
}

void startJob(QKeychain::Job *job, const QString &key, QObject *context, StepDone done)
{
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finishedJob) { done(resultOf(finishedJob)); });
    job->start();
}

QStringList parseIndex(const QString &text)
{
    QStringList keys;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        if (value.isString())
            keys.append(value.toString());
    }
    return keys;
}

QString indexText(const QStringList &keys)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
}

} // namespace

// One credential operation as a chain of keychain calls, each started when the previous one
// finished (QtKeychain runs them asynchronously; nothing here blocks or nests an event loop).
class KeychainSequence final : public QObject
{
public:
    KeychainSequence(KeychainCredentialStore *store, CredentialJob *job)
        : QObject(job)
        , m_store(store)
        , m_job(job)
    { }

    QString key(const QString &part) const { return CredentialStore::keyFor(m_job->accountId(), part); }

    void read(const QString &part, StepDone done)
    {
        startJob(new QKeychain::ReadPasswordJob(m_store->m_service), key(part), this, std::move(done));
    }
    void write(const QString &part, const QString &value, StepDone done)
    {
        auto *job = new QKeychain::WritePasswordJob(m_store->m_service);
        job->setTextData(value);
        startJob(job, key(part), this, std::move(done));
    }
    void erase(const QString &part, StepDone done)
    {
        startJob(new QKeychain::DeletePasswordJob(m_store->m_service), key(part), this, std::move(done));
    }

    // Applies op to each part in turn; calls done with the first failure, or Ok at the end.
    void forEach(const QStringList &parts, std::function<void(const QString &, StepDone)> op, StepDone done,
                 int from = 0)
    {
        if (from >= parts.size()) {
            done({});
            return;
        }
        const QString part = parts.at(from);
        op(part, [this, parts, op, done, from](const StepResult &result) {
            if (result.outcome == Outcome::Unavailable || result.outcome == Outcome::Failed) {
                done(result);
                return;
            }
            forEach(parts, op, done, from + 1);
        });
    }

    // Ends the job with a keychain failure: an unavailable keychain switches the store to
    // session-only and lets the caller retry there; anything else is an error.
    bool handleFailure(const StepResult &result, const std::function<void()> &sessionFallback)
    {
        if (result.outcome == Outcome::Unavailable) {
            m_store->markUnavailable(result.errorString);
            sessionFallback();
            return true;
        }
        if (result.outcome == Outcome::Failed) {
            m_job->fail(KeychainCredentialStore::tr(
                            "The keychain refused access to the credentials of account %1: %2")
                            .arg(m_job->accountId(), result.errorString));
            m_job->finishLater();
            return true;
        }
        return false;
    }

    KeychainCredentialStore *m_store;
    CredentialJob *m_job;
};

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(QString::fromLatin1(serviceName), parent)
{ }

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{ }

KeychainCredentialStore::~KeychainCredentialStore() = default;

void KeychainCredentialStore::markUnavailable(const QString &reason)
{
    if (!m_available)
        return;
    m_available = false;
    qCWarning(lcKeychain) << "keychain unavailable:" << reason;
    m_unavailableReason = tr("No keychain is available (%1). Secrets are kept for this session only and "
                             "will have to be entered again next time.")
                              .arg(reason.isEmpty() ? tr("no Secret Service") : reason);
    emit availabilityChanged(false);
}

CredentialJob *KeychainCredentialStore::read(const QString &accountId)
{
    auto *job = new CredentialJob(CredentialJob::Operation::Read, accountId, this);
    auto session = [this, job] {
        job->setSessionOnly(true);
        job->setCredentials(m_session.value(job->accountId()));
        job->finishLater();
    };
    if (!m_available) {
        session();
        return job;
    }
    auto *seq = new KeychainSequence(this, job);
    seq->read(partIndex, [seq, job, session](const StepResult &index) {
        if (seq->handleFailure(index, session))
            return;
        if (index.outcome == Outcome::NotFound) {
            job->finishLater();
            return;
        }
        auto credentials = std::make_shared<Credentials>();
        seq->forEach(
            parseIndex(index.value),
            [seq, credentials](const QString &part, StepDone next) {
                seq->read(part, [part, credentials, next](const StepResult &result) {
                    if (part == partKeyId)
                        credentials->id = result.value;
                    else if (part == partSecret)
                        credentials->secret = result.value;
                    else if (part == partToken)
                        credentials->token = result.value;
                    next(result);
                });
            },
            [seq, job, session, credentials](const StepResult &result) {
                if (seq->handleFailure(result, session))
                    return;
                job->setCredentials(*credentials);
                job->finishLater();
            });
    });
    return job;
}

CredentialJob *KeychainCredentialStore::write(const QString &accountId, const Credentials &credentials)
{
    auto *job = new CredentialJob(CredentialJob::Operation::Write, accountId, this);
    auto session = [this, job, credentials] {
        job->setSessionOnly(true);
        m_session.insert(job->accountId(), credentials);
        job->finishLater();
    };
    if (!m_available) {
        session();
        return job;
    }
    QStringList parts {partKeyId, partSecret};
    if (!credentials.token.isEmpty())
        parts.append(partToken);
    auto *seq = new KeychainSequence(this, job);
    // Old index first, so that keys no longer written (a token that went away) are deleted.
    seq->read(partIndex, [seq, job, session, parts, credentials](const StepResult &index) {
        if (seq->handleFailure(index, session))
            return;
        QStringList stale = parseIndex(index.value);
        stale.removeIf([&parts](const QString &part) { return parts.contains(part); });
        seq->forEach(
            parts,
            [seq, credentials](const QString &part, StepDone next) {
                const QString value = part == partKeyId ? credentials.id
                    : part == partSecret                ? credentials.secret
                                                        : credentials.token;
                seq->write(part, value, next);
            },
            [seq, job, session, parts, stale](const StepResult &written) {
                if (seq->handleFailure(written, session))
                    return;
                seq->write(
                    partIndex, indexText(parts), [seq, job, session, stale](const StepResult &indexed) {
                        if (seq->handleFailure(indexed, session))
                            return;
                        seq->forEach(
                            stale, [seq](const QString &part, StepDone next) { seq->erase(part, next); },
                            [seq, job, session](const StepResult &erased) {
                                if (!seq->handleFailure(erased, session))
                                    job->finishLater();
                            });
                    });
            });
    });
    return job;
}

CredentialJob *KeychainCredentialStore::remove(const QString &accountId)
{
    auto *job = new CredentialJob(CredentialJob::Operation::Remove, accountId, this);
    // Session copies go in every case: removal must leave nothing behind anywhere.
    m_session.erase(accountId);
    auto session = [job] {
        job->setSessionOnly(true);
        job->finishLater();
    };
    if (!m_available) {
        session();
        return job;
    }
    auto *seq = new KeychainSequence(this, job);
    seq->read(partIndex, [seq, job, session](const StepResult &index) {
        if (seq->handleFailure(index, session))
            return;
        // Every part the index names, plus the well-known ones in case the index was lost.
        QStringList parts = parseIndex(index.value);
        for (const QString &part : {partKeyId, partSecret, partToken}) {
            if (!parts.contains(part))
                parts.append(part);
        }
        parts.removeAll(partIndex);
        parts.append(partIndex); // last: a half-done removal can be completed later
        seq->forEach(
            parts, [seq](const QString &part, StepDone next) { seq->erase(part, next); },
            [seq, job, session](const StepResult &erased) {
                if (!seq->handleFailure(erased, session))
                    job->finishLater();
            });
    });
    return job;
}

CredentialJob *KeychainCredentialStore::probe()
{
    auto *job = new CredentialJob(CredentialJob::Operation::Read, QStringLiteral("probe"), this);
    if (!m_available) {
        job->fail(m_unavailableReason);
        job->finishLater();
        return job;
    }
    auto *seq = new KeychainSequence(this, job);
    seq->read(partIndex, [this, seq, job](const StepResult &result) {
        if (!seq->handleFailure(result, [this, job] {
                job->fail(m_unavailableReason);
                job->finishLater();
            })) {
            job->finishLater();
        }
    });
    return job;
}

void KeychainCredentialStore::readIndex(const QString &accountId, QObject *context,
                                        std::function<void(QStringList, QString)> done)
{
    if (!m_available) {
        QMetaObject::invokeMethod(
            context, [this, done] { done({}, m_unavailableReason); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    startJob(job, keyFor(accountId, partIndex), context, [done](const StepResult &result) {
        if (result.outcome == Outcome::NotFound)
            done({}, {});
        else if (result.outcome != Outcome::Ok)
            done({}, result.errorString);
        else
            done(parseIndex(result.value), {});
    });
}

} // namespace bb
