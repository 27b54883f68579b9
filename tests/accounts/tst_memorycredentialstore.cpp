#include "providers/accounts/memorycredentialstore.h"
#include "support/testmain.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace bb;

class tst_MemoryCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadRemove()
    {
        MemoryCredentialStore store;
        const Credentials credentials {QStringLiteral("AKIDid"), QStringLiteral("secret"),
                                       QStringLiteral("tok")};

        CredentialJob *write = store.write(QStringLiteral("a1"), credentials);
        QSignalSpy written(write, &CredentialJob::finished);
        QCOMPARE(written.size(), 0); // never synchronous
        QVERIFY(written.wait(1000));
        QVERIFY(store.contains(QStringLiteral("a1")));

        CredentialJob *read = store.read(QStringLiteral("a1"));
        bool found = false;
        Credentials got;
        connect(read, &CredentialJob::finished, this, [&](CredentialJob *job) {
            found = job->found();
            got = job->credentials();
        });
        QTRY_VERIFY(found);
        QCOMPARE(got.id, credentials.id);
        QCOMPARE(got.secret, credentials.secret);
        QCOMPARE(got.token, credentials.token);

        CredentialJob *removal = store.remove(QStringLiteral("a1"));
        QSignalSpy removed(removal, &CredentialJob::finished);
        QVERIFY(removed.wait(1000));
        QCOMPARE(store.count(), 0);

        CredentialJob *again = store.read(QStringLiteral("a1"));
        bool done = false;
        connect(again, &CredentialJob::finished, this, [&](CredentialJob *job) {
            done = true;
            QVERIFY(!job->found());
            QVERIFY(!job->hasFailed());
        });
        QTRY_VERIFY(done);
    }

    void jobDeletesItself()
    {
        MemoryCredentialStore store;
        QPointer<CredentialJob> job = store.read(QStringLiteral("none"));
        QTRY_VERIFY(job.isNull());
    }

    void keysAreScopedPerAccount()
    {
        QCOMPARE(CredentialStore::keyFor(QStringLiteral("abc"), QStringLiteral("secret")),
                 QStringLiteral("backup-browser/abc/secret"));
    }
};

BB_TEST_GUILESS_MAIN(tst_MemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
