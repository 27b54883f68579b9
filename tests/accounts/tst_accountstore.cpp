#include "providers/accounts/accountstore.h"
#include "support/testmain.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;

class tst_AccountStore : public QObject
{
    Q_OBJECT

private:
    static Account sample(const QString &alias)
    {
        Account account;
        account.id = Account::newId();
        account.alias = alias;
        account.cloud = Cloud::Alibaba;
        account.products = {QStringLiteral("alibaba-rds"), QStringLiteral("alibaba-starrocks")};
        account.regions = {QStringLiteral("cn-hangzhou"), QStringLiteral("ap-southeast-1")};
        account.site = Site::Mainland;
        account.endpointOverride = QUrl(QStringLiteral("https://127.0.0.1:8443"));
        account.defaultNetwork = DownloadNetwork::Internal;
        return account;
    }

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/accounts.ini"));
        const Account first = sample(QStringLiteral("Prod"));
        Account second = sample(QStringLiteral("Staging"));
        second.cloud = Cloud::Tencent;
        second.site = Site::International;
        second.regions.clear();
        second.endpointOverride = QUrl();
        second.defaultNetwork = DownloadNetwork::External;
        {
            AccountStore store(path);
            QSignalSpy changed(&store, &AccountStore::changed);
            QString error;
            QVERIFY2(store.save(first, &error), qPrintable(error));
            QVERIFY2(store.save(second, &error), qPrintable(error));
            QCOMPARE(changed.size(), 2);
        }
        AccountStore reread(path);
        QCOMPARE(reread.accounts().size(), 2);
        QCOMPARE(reread.accounts().at(0), first);
        QCOMPARE(reread.accounts().at(1), second);
        QCOMPARE(reread.byAliasOrId(QStringLiteral("prod"))->id, first.id);
        QCOMPARE(reread.byAliasOrId(second.id)->alias, second.alias);
        QVERIFY(!reread.byAliasOrId(QStringLiteral("nope")));
    }

    void replaceAndRemove()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.ini"));
        AccountStore store(path);
        Account account = sample(QStringLiteral("Prod"));
        QVERIFY(store.save(account));
        account.alias = QStringLiteral("Production");
        QVERIFY(store.save(account));
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(AccountStore(path).accounts().constFirst().alias, QStringLiteral("Production"));
        QVERIFY(store.remove(account.id));
        QVERIFY(store.accounts().isEmpty());
        QVERIFY(AccountStore(path).accounts().isEmpty());
    }

    void refusesBadAccounts()
    {
        QTemporaryDir dir;
        AccountStore store(dir.filePath(QStringLiteral("accounts.ini")));
        QString error;
        Account noId = sample(QStringLiteral("x"));
        noId.id.clear();
        QVERIFY(!store.save(noId, &error));
        QVERIFY(!error.isEmpty());
        Account sandbox = sample(QStringLiteral("Sandbox"));
        sandbox.builtInSandbox = true;
        QVERIFY(!store.save(sandbox, &error));
        QVERIFY(store.save(sample(QStringLiteral("Prod"))));
        QVERIFY(!store.save(sample(QStringLiteral("PROD")), &error)); // alias taken
        QCOMPARE(store.accounts().size(), 1);
    }

    void writeFailureKeepsState()
    {
        QTemporaryDir dir;
        // A directory where the file should be: the write must fail and say so.
        const QString path = dir.filePath(QStringLiteral("accounts.ini"));
        QVERIFY(QDir().mkpath(path));
        AccountStore store(path);
        QString error;
        QVERIFY(!store.save(sample(QStringLiteral("Prod")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(store.accounts().isEmpty());
    }

    // Secrets never reach the file, whatever the account holds.
    void noSecretInFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.ini"));
        AccountStore store(path);
        QVERIFY(store.save(sample(QStringLiteral("Prod"))));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll().toLower();
        QVERIFY(content.contains("prod"));
        for (const char *word : {"secret", "token", "password", "key"})
            QVERIFY2(!content.contains(word), word);
        // Written atomically: no temporary files left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("accounts.ini")});
    }
};

BB_TEST_GUILESS_MAIN(tst_AccountStore)
#include "tst_accountstore.moc"
