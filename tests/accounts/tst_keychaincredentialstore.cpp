#include "providers/accounts/account.h"
#include "providers/accounts/keychaincredentialstore.h"
#include "support/skip.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace bb;

namespace {

// What the keychain itself holds under a key, read with QtKeychain directly (not through the
// store under test). Empty and EntryNotFound when absent.
struct RawEntry
{
    QKeychain::Error error = QKeychain::OtherError;
    QString value;
};

RawEntry rawRead(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(KeychainCredentialStore::serviceName));
    job->setAutoDelete(true);
    job->setKey(key);
    QSignalSpy spy(job, &QKeychain::Job::finished);
    RawEntry entry;
    QObject::connect(job, &QKeychain::Job::finished, [&entry, job] {
        entry.error = job->error();
        entry.value = job->textData();
    });
    job->start();
    if (!spy.wait(5000))
        qWarning("keychain read timed out");
    return entry;
}

// Waits for a job and returns it (valid until control returns to the event loop).
struct Finished
{
    bool ok = false;
    bool found = false;
    bool sessionOnly = false;
    QString error;
    Credentials credentials;
};

Finished await(CredentialJob *job)
{
    Finished result;
    QObject::connect(job, &CredentialJob::finished, [&result](CredentialJob *done) {
        result.ok = true;
        result.found = done->found();
        result.sessionOnly = done->sessionOnly();
        result.error = done->errorString();
        result.credentials = done->credentials();
    });
    QSignalSpy spy(job, &CredentialJob::finished);
    spy.wait(10000);
    return result;
}

constexpr const char *childMarker = "BB_KEYCHAIN_UNAVAILABLE_CHILD";

// Linux's back-end is the Secret Service on the D-Bus session bus, which a test run may lack;
// Windows (Credential Manager) and macOS (Keychain) always have theirs.
bool noSessionKeychain()
{
#ifdef Q_OS_LINUX
    return qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return false;
#endif
}

} // namespace

class tst_KeychainCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet(childMarker) || noSessionKeychain())
            return;
        // With a session bus, the Secret Service must answer (scripts/with-keyring provides one).
        KeychainCredentialStore store;
        const Finished probe = await(store.probe());
        QVERIFY(probe.ok);
        QVERIFY2(store.available(), qPrintable(store.unavailableReason()));
    }

    void writeReadRemove()
    {
        if (qEnvironmentVariableIsSet(childMarker))
            QSKIP("child process");
        if (noSessionKeychain())
            BB_SKIP("No D-Bus session: run under scripts/with-keyring for a real Secret Service");
        KeychainCredentialStore store;
        const QString account = Account::newId();
        const Credentials credentials {QStringLiteral("AKIDkeychaintest"), QStringLiteral("s3cr3t-value"),
                                       QStringLiteral("temporary-token")};

        const Finished written = await(store.write(account, credentials));
        QVERIFY(written.ok);
        QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
        QVERIFY(!written.sessionOnly);

        // The entries are in the keychain itself, scoped per account, with an index.
        QCOMPARE(rawRead(CredentialStore::keyFor(account, QStringLiteral("secret"))).value,
                 credentials.secret);
        QCOMPARE(rawRead(CredentialStore::keyFor(account, QStringLiteral("token"))).value, credentials.token);
        QStringList index;
        bool indexed = false;
        store.readIndex(account, this, [&](const QStringList &keys, const QString &) {
            index = keys;
            indexed = true;
        });
        QTRY_VERIFY(indexed);
        QCOMPARE(index,
                 (QStringList {QStringLiteral("keyid"), QStringLiteral("secret"), QStringLiteral("token")}));

        // A fresh store reads them back.
        KeychainCredentialStore other;
        const Finished read = await(other.read(account));
        QVERIFY(read.ok);
        QVERIFY(read.found);
        QCOMPARE(read.credentials.id, credentials.id);
        QCOMPARE(read.credentials.secret, credentials.secret);
        QCOMPARE(read.credentials.token, credentials.token);

        // Rewriting without a token deletes the stale token entry.
        const Credentials permanent {credentials.id, QStringLiteral("new-secret"), {}};
        QVERIFY(await(store.write(account, permanent)).error.isEmpty());
        QCOMPARE(rawRead(CredentialStore::keyFor(account, QStringLiteral("token"))).error,
                 QKeychain::EntryNotFound);
        QCOMPARE(await(store.read(account)).credentials.secret, permanent.secret);

        // Removal deletes every key the index listed, and the index.
        const Finished removed = await(store.remove(account));
        QVERIFY(removed.ok);
        QVERIFY2(removed.error.isEmpty(), qPrintable(removed.error));
        for (const char *part : {"keyid", "secret", "token", "index"})
            QCOMPARE(rawRead(CredentialStore::keyFor(account, QString::fromLatin1(part))).error,
                     QKeychain::EntryNotFound);
        const Finished gone = await(store.read(account));
        QVERIFY(gone.ok);
        QVERIFY(!gone.found);
        QVERIFY(gone.error.isEmpty());
    }

    void unknownAccountIsNotFound()
    {
        if (qEnvironmentVariableIsSet(childMarker))
            QSKIP("child process");
        if (noSessionKeychain())
            BB_SKIP("No D-Bus session: run under scripts/with-keyring for a real Secret Service");
        KeychainCredentialStore store;
        const Finished read = await(store.read(Account::newId()));
        QVERIFY(read.ok);
        QVERIFY(!read.found);
        QVERIFY(read.error.isEmpty());
    }

    // With D-Bus pointing at nothing the store must say so quickly, never hang, and keep
    // secrets in memory only. Runs in a child process so this process's D-Bus stays untouched.
    void unavailableKeychainFailsFast()
    {
#ifndef Q_OS_LINUX
        QSKIP("points D-Bus at nothing: only Linux's back-end can be made unavailable so");
#endif
        if (qEnvironmentVariableIsSet(childMarker)) {
            KeychainCredentialStore store;
            QSignalSpy availability(&store, &KeychainCredentialStore::availabilityChanged);
            QElapsedTimer timer;
            timer.start();
            const Finished probe = await(store.probe());
            QVERIFY(probe.ok);
            QVERIFY(!store.available());
            QVERIFY(!probe.error.isEmpty());
            QVERIFY(!store.unavailableReason().isEmpty());
            QCOMPARE(availability.size(), 1);
            // "Quickly": well under D-Bus' 25 s call timeout, which a store that waited for the
            // missing bus would take; generous, so a loaded machine does not fail it.
            QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));

            const QString account = Account::newId();
            const Finished written
                = await(store.write(account, {QStringLiteral("id"), QStringLiteral("sec"), {}}));
            QVERIFY(written.sessionOnly);
            QVERIFY(written.error.isEmpty());
            const Finished read = await(store.read(account));
            QVERIFY(read.sessionOnly);
            QCOMPARE(read.credentials.secret, QStringLiteral("sec"));
            QVERIFY(await(store.remove(account)).ok);
            QVERIFY(!await(store.read(account)).found);
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(childMarker), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bb-no-bus"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("unavailableKeychainFailsFast")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        // Five store calls: less than one D-Bus timeout (25 s) for all of them together.
        QVERIFY2(timer.elapsed() < 25000, qPrintable(QString::number(timer.elapsed())));
    }
};

BB_TEST_GUILESS_MAIN(tst_KeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
