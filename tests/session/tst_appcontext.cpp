#include "providers/accounts/accountstore.h"
#include "providers/accounts/memorycredentialstore.h"
#include "providers/core/apiclient.h"
#include "providers/productregistry.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxcontext.h"
#include "session/appcontext.h"
#include "session/settings.h"
#include "support/testmain.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bb;

namespace {

struct Opened
{
    bool called = false;
    std::shared_ptr<BackupService> service;
    ProviderError error;
};

Opened open(AppContext &context, const Account &account, const QString &product)
{
    auto result = std::make_shared<Opened>();
    bool synchronous = true;
    context.openService(account, product,
                        [result, &synchronous](std::shared_ptr<BackupService> service, ProviderError error) {
                            if (synchronous)
                                qWarning("openService called back synchronously");
                            result->called = true;
                            result->service = std::move(service);
                            result->error = error;
                        });
    synchronous = false;
    if (!QTest::qWaitFor([&result] { return result->called; }, 10000))
        result->error = ProviderError::network(QStringLiteral("openService never called back"));
    return *result;
}

} // namespace

class tst_AppContext : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MemoryCredentialStore *m_store = nullptr;

    AppContext::Options options(const QProcessEnvironment &env = {})
    {
        AppContext::Options o;
        o.accountsFile = m_dir.filePath(QStringLiteral("accounts.ini"));
        o.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        m_store = new MemoryCredentialStore;
        o.credentialStore = m_store;
        o.environment = env;
        o.homeDir = m_dir.filePath(QStringLiteral("home"));
        return o;
    }

private slots:
    void init() { QFile::remove(m_dir.filePath(QStringLiteral("accounts.ini"))); }

    void sandboxAnchorFromTheEnvironment()
    {
        // Separate runs (the CLI's, a test's) agree on the sandbox's history when it is pinned.
        QProcessEnvironment env;
        env.insert(QStringLiteral("BB_SANDBOX_ANCHOR"), QStringLiteral("2027-03-14T09:30:00+08:00"));
        AppContext pinned(options(env));
        QString error;
        QVERIFY2(pinned.startSandbox(&error), qPrintable(error));
        QCOMPARE(pinned.sandbox()->context().anchorUtc, QDateTime(QDate(2027, 3, 14), QTime(1, 30), Qt::UTC));

        env.insert(QStringLiteral("BB_SANDBOX_ANCHOR"), QStringLiteral("tomorrow"));
        AppContext bad(options(env));
        QVERIFY(!bad.startSandbox(&error));
        QVERIFY2(error.contains(QStringLiteral("BB_SANDBOX_ANCHOR")), qPrintable(error));
        QVERIFY(!bad.sandboxRunning());
    }

    void sandboxAccounts()
    {
        AppContext context(options());
        QVERIFY(context.sandboxAccounts().isEmpty());
        QSignalSpy changed(&context, &AppContext::accountsChanged);
        QString error;
        QVERIFY2(context.startSandbox(&error), qPrintable(error));
        QVERIFY(context.startSandbox()); // idempotent
        QCOMPARE(changed.size(), 1);
        const QList<Account> accounts = context.accounts();
        QCOMPARE(accounts.size(), 2);
        const Account tencent = context.sandboxAccount(Cloud::Tencent);
        QVERIFY(tencent.builtInSandbox);
        QCOMPARE(tencent.alias, QStringLiteral("Sandbox (Tencent Cloud)"));
        // Every product of the registry, by cloud (openSandboxServices proves the sandbox serves each).
        QCOMPARE(tencent.products, ProductRegistry::keys(Cloud::Tencent));
        QVERIFY(tencent.products.contains(QStringLiteral("tencent-sqlserver")));
        QVERIFY(tencent.products.contains(QStringLiteral("tencent-redis")));
        QCOMPARE(tencent.endpointOverride, context.sandbox()->httpsUrl());
        const Account alibaba = context.sandboxAccount(Cloud::Alibaba);
        QCOMPARE(alibaba.products, ProductRegistry::keys(Cloud::Alibaba));
        QVERIFY(alibaba.products.contains(QStringLiteral("alibaba-rds")));
        QVERIFY(alibaba.products.contains(QStringLiteral("alibaba-starrocks")));
        QCOMPARE(context.account(QStringLiteral("sandbox (alibaba cloud)"))->id, alibaba.id);
        QVERIFY(!context.regionsFor(tencent, QStringLiteral("tencent-sqlserver")).isEmpty());
        // Trusts the sandbox certificate explicitly.
        QVERIFY(context.apiClient()->sslConfiguration().caCertificates().contains(
            context.sandbox()->certificate()));
        // Never saved.
        QVERIFY(context.accountStore()->accounts().isEmpty());
    }

    void openSandboxServices_data()
    {
        QTest::addColumn<QString>("product");
        // Every product the registry lists, so a new one is proved served by the sandbox too.
        for (const QString &key : ProductRegistry::keys())
            QTest::newRow(qPrintable(key)) << key;
    }

    // A sandbox account's service works end to end over HTTPS: it lists instances.
    void openSandboxServices()
    {
        QFETCH(QString, product);
        AppContext context(options());
        QString error;
        QVERIFY2(context.startSandbox(&error), qPrintable(error));
        const Account account = context.sandboxAccount(*ProductRegistry::cloudOf(product));
        const Opened opened = open(context, account, product);
        QVERIFY2(opened.service, qPrintable(opened.error.toString()));
        QCOMPARE(opened.service->product(), product);
        // Cached per (account, product).
        QCOMPARE(open(context, account, product).service, opened.service);

        std::unique_ptr<ServiceReply> reply(opened.service->listInstances(account.regions.first()));
        QSignalSpy finished(reply.get(), &ServiceReply::finished);
        QVERIFY2(finished.wait(15000), qPrintable(reply->error().toString()));
        QVERIFY(!reply->instances().isEmpty());
    }

    void openUsesStoredCredentials()
    {
        AppContext context(options());
        Account account;
        account.id = Account::newId();
        account.alias = QStringLiteral("Prod");
        account.cloud = Cloud::Tencent;
        account.products = {QStringLiteral("tencent-sqlserver")};
        QVERIFY(context.accountStore()->save(account));
        m_store->insert(account.id, {QStringLiteral("AKIDstored"), QStringLiteral("storedKey"), {}});
        QCOMPARE(context.accounts().size(), 1);
        const Opened opened = open(context, account, QStringLiteral("tencent-sqlserver"));
        QVERIFY2(opened.service, qPrintable(opened.error.toString()));

        QCOMPARE(open(context, account, QStringLiteral("tencent-sqlserver")).service, opened.service);

        // Editing the account drops the service built from its old settings.
        account.endpointOverride = QUrl(QStringLiteral("https://127.0.0.1:1"));
        QVERIFY(context.accountStore()->save(account));
        const Opened reopened = open(context, account, QStringLiteral("tencent-sqlserver"));
        QVERIFY(reopened.service);
        QVERIFY(reopened.service != opened.service);

        // Nothing stored and nothing in the environment: an Auth error naming the account.
        Account empty = account;
        empty.id = Account::newId();
        empty.alias = QStringLiteral("Empty");
        const Opened missing = open(context, empty, QStringLiteral("tencent-sqlserver"));
        QVERIFY(!missing.service);
        QVERIFY(missing.error.kind == ProviderError::Kind::Auth);
        QVERIFY2(missing.error.message.contains(QLatin1String("Empty")), qPrintable(missing.error.message));
    }

    void openFallsBackToVendorCredentials()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("AKIDfromenv"));
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), QStringLiteral("envKey"));
        AppContext context(options(env));
        QCOMPARE(context.vendorCredentials(Cloud::Tencent).id, QStringLiteral("AKIDfromenv"));
        QVERIFY(!context.vendorCredentials(Cloud::Alibaba).isValid());
        const Account environment = context.environmentAccount(QStringLiteral("tencent-sqlserver"));
        QVERIFY(environment.cloud == Cloud::Tencent);
        const Opened opened = open(context, environment, QStringLiteral("tencent-sqlserver"));
        QVERIFY2(opened.service, qPrintable(opened.error.toString()));
        const Opened alibaba = open(context, context.environmentAccount(QStringLiteral("alibaba-rds")),
                                    QStringLiteral("alibaba-rds"));
        QVERIFY(!alibaba.service);
        QVERIFY(alibaba.error.kind == ProviderError::Kind::Auth);
        QVERIFY(alibaba.error.message.contains(QLatin1String("ALIBABA_CLOUD_ACCESS_KEY_ID")));
    }

    // A context on isolatedIn() writes only inside its folder and never sees the machine's
    // vendor credentials, however the process environment is set.
    void isolatedInKeepsEverythingInItsFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("TENCENTCLOUD_SECRET_ID", "AKIDfromtheprocess");
        qputenv("TENCENTCLOUD_SECRET_KEY", "processKey");
        {
            AppContext context(AppContext::Options::isolatedIn(dir.path(), new MemoryCredentialStore));
            QVERIFY(!context.vendorCredentials(Cloud::Tencent).isValid());
            QVERIFY2(context.downloadsFile().startsWith(dir.path() + u'/'),
                     qPrintable(context.downloadsFile()));
            Account account;
            account.id = Account::newId();
            account.alias = QStringLiteral("Isolated");
            QVERIFY(context.accountStore()->save(account));
            context.settings()->setTheme(Settings::Theme::Dark);
        }
        qunsetenv("TENCENTCLOUD_SECRET_ID");
        qunsetenv("TENCENTCLOUD_SECRET_KEY");
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("accounts.ini"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("settings.ini"))));
    }

    void unknownProduct()
    {
        AppContext context(options());
        const Opened opened = open(context, context.environmentAccount(QStringLiteral("tencent-sqlserver")),
                                   QStringLiteral("oracle-cloud"));
        QVERIFY(!opened.service);
        QVERIFY(opened.error.kind == ProviderError::Kind::Unsupported);
    }

    void configForCarriesAccount()
    {
        AppContext context(options());
        Account account;
        account.site = Site::Mainland;
        account.endpointOverride = QUrl(QStringLiteral("https://127.0.0.1:9443"));
        const ServiceConfig config
            = context.configFor(account, {QStringLiteral("id"), QStringLiteral("secret"), {}});
        QCOMPARE(config.client, context.apiClient());
        QVERIFY(config.site == Site::Mainland);
        QCOMPARE(config.endpointOverride, account.endpointOverride);
        QCOMPARE(config.credentials.secret, QStringLiteral("secret"));
    }

    // Settings and accounts files never contain a secret.
    void noSecretsOnDisk()
    {
        {
            AppContext context(options());
            Account account;
            account.id = Account::newId();
            account.alias = QStringLiteral("Disk");
            QVERIFY(context.accountStore()->save(account));
            m_store->insert(account.id, {QStringLiteral("AKIDdisk"), QStringLiteral("diskSecretValue"), {}});
            context.settings()->setTheme(Settings::Theme::Dark);
        }
        for (const QString &name : {QStringLiteral("accounts.ini"), QStringLiteral("settings.ini")}) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY(!content.contains("diskSecretValue"));
            QVERIFY(!content.contains("AKIDdisk"));
        }
    }
};

BB_TEST_GUILESS_MAIN(tst_AppContext)
#include "tst_appcontext.moc"
