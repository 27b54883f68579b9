#include "providers/accounts/accountstore.h"
#include "providers/accounts/memorycredentialstore.h"
#include "sandbox/sandbox.h"
#include "session/accountcontroller.h"
#include "session/appcontext.h"
#include "session/isolatedcontext.h"
#include "support/testmain.h"
#include "ui/accountdialog.h"
#include "ui/confirmdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace bb;

// A store like the keychain one on a machine without a Secret Service: secrets stay in memory.
class SessionOnlyStore final : public CredentialStore
{
public:
    bool available() const override { return false; }
    QString unavailableReason() const override { return QStringLiteral("no Secret Service"); }
    CredentialJob *read(const QString &id) override { return done(CredentialJob::Operation::Read, id); }
    CredentialJob *write(const QString &id, const Credentials &) override
    {
        return done(CredentialJob::Operation::Write, id);
    }
    CredentialJob *remove(const QString &id) override { return done(CredentialJob::Operation::Remove, id); }

private:
    CredentialJob *done(CredentialJob::Operation op, const QString &id)
    {
        auto *job = new CredentialJob(op, id, this);
        job->setSessionOnly(true);
        job->finishLater();
        return job;
    }
};

class TestAccountDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MemoryCredentialStore *m_store = nullptr;
    std::unique_ptr<AppContext> m_context;

    void fillSandboxAccount(AccountDialog &dialog, const QString &secret)
    {
        dialog.aliasEdit()->setText(QStringLiteral("Staging"));
        dialog.keyIdEdit()->setText(QString::fromLatin1(sandbox::SandboxKeys::tencentSecretId));
        dialog.secretEdit()->setText(secret);
        dialog.regionsEdit()->setText(QStringLiteral("ap-guangzhou"));
        dialog.endpointEdit()->setText(m_context->sandbox()->httpsUrl().toString());
        dialog.productCheck(QStringLiteral("tencent-redis"))->setChecked(false);
    }

private slots:
    void initTestCase()
    {
        AppContext::Options options;
        options.accountsFile = m_dir.filePath(QStringLiteral("accounts.ini"));
        options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        m_store = new MemoryCredentialStore;
        options.credentialStore = m_store;
        QProcessEnvironment env;
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("AKIDfromTheEnvironment0001"));
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), QStringLiteral("envSecret"));
        options.environment = env;
        options.homeDir = m_dir.path();
        m_context = std::make_unique<AppContext>(options);
        QString error;
        QVERIFY2(m_context->startSandbox(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_context.reset(); }

    void formFollowsTheCloud()
    {
        AccountDialog dialog(m_context.get(), std::nullopt);
        QVERIFY(dialog.productCheck(QStringLiteral("tencent-sqlserver")));
        QVERIFY(!dialog.productCheck(QStringLiteral("alibaba-rds")));
        QCOMPARE(dialog.secretEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog.removeButton());
        dialog.cloudCombo()->setCurrentIndex(dialog.cloudCombo()->findData(static_cast<int>(Cloud::Alibaba)));
        QVERIFY(dialog.productCheck(QStringLiteral("alibaba-starrocks")));
        QVERIFY(!dialog.productCheck(QStringLiteral("tencent-sqlserver")));
        QVERIFY(dialog.keychainLabel()->text().contains(QLatin1String("keychain")));
    }

    void testConnectionReportsInPlainWords()
    {
        AccountDialog dialog(m_context.get(), std::nullopt);
        fillSandboxAccount(dialog, QString::fromLatin1(sandbox::SandboxKeys::tencentSecretKey));
        QSignalSpy done(dialog.controller(), &AccountController::testFinished);
        dialog.testButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
        QVERIFY2(done.first().at(0).toBool(), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.statusLabel()->text().startsWith(QLatin1String("Connected")));
        QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("ap-guangzhou")));

        dialog.secretEdit()->setText(QStringLiteral("wrong"));
        dialog.testButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 15000);
        QVERIFY(!done.at(1).at(0).toBool());
        QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("refused")),
                 qPrintable(dialog.statusLabel()->text()));
    }

    void saveEditRemove()
    {
        AccountDialog add(m_context.get(), std::nullopt);
        fillSandboxAccount(add, QString::fromLatin1(sandbox::SandboxKeys::tencentSecretKey));
        add.accept();
        QTRY_COMPARE(add.result(), int(QDialog::Accepted));
        const auto saved = m_context->accountStore()->byAliasOrId(QStringLiteral("Staging"));
        QVERIFY(saved);
        QCOMPARE(saved->products, QStringList {QStringLiteral("tencent-sqlserver")});
        QCOMPARE(saved->regions, QStringList {QStringLiteral("ap-guangzhou")});
        QVERIFY(m_store->contains(saved->id));
        QCOMPARE(m_store->value(saved->id).secret,
                 QString::fromLatin1(sandbox::SandboxKeys::tencentSecretKey));
        QFile file(m_dir.filePath(QStringLiteral("accounts.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(sandbox::SandboxKeys::tencentSecretKey)); // never in settings

        AccountDialog edit(m_context.get(), *saved);
        QVERIFY(!edit.cloudCombo()->isEnabled());
        QTRY_COMPARE(edit.keyIdEdit()->text(), QString::fromLatin1(sandbox::SandboxKeys::tencentSecretId));
        QCOMPARE(edit.aliasEdit()->text(), QStringLiteral("Staging"));
        QVERIFY(edit.removeButton());
        // Removing asks first, naming the account; Escape keeps it and its secrets.
        edit.removeButton()->click();
        QPointer<ConfirmDialog> question = edit.findChild<ConfirmDialog *>();
        QVERIFY(question);
        QVERIFY(question->text().contains(QLatin1String("\"Staging\"")));
        QCOMPARE(question->defaultButton(), question->cancelButton());
        QTest::keyClick(question, Qt::Key_Escape);
        QTRY_VERIFY(!question);
        QVERIFY(edit.result() != int(QDialog::Accepted));
        QVERIFY(m_context->accountStore()->byId(saved->id));
        QVERIFY(m_store->contains(saved->id));
        // Its labelled button removes it.
        edit.removeButton()->click();
        question = edit.findChild<ConfirmDialog *>();
        QVERIFY(question);
        question->acceptButton()->click();
        QTRY_COMPARE(edit.result(), int(QDialog::Accepted));
        QVERIFY(!m_context->accountStore()->byId(saved->id));
        QVERIFY(!m_store->contains(saved->id));
    }

    void refusesDuplicatesAndHalfKeys()
    {
        AccountDialog dialog(m_context.get(), std::nullopt);
        dialog.aliasEdit()->setText(m_context->accounts().first().alias); // a sandbox account's name
        dialog.keyIdEdit()->setText(QStringLiteral("AKIDonly"));
        dialog.accept();
        QTRY_VERIFY(!dialog.statusLabel()->text().isEmpty());
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        dialog.aliasEdit()->setText(QStringLiteral("Unique"));
        dialog.accept();
        QTRY_VERIFY(dialog.statusLabel()->text().contains(QLatin1String("SecretKey")));
    }

    void refusesEmptyKeysAndWarnsOnOddOnes()
    {
        // An account without keys used to save, then every region showed "Failed".
        AccountDialog dialog(m_context.get(), std::nullopt);
        dialog.aliasEdit()->setText(QStringLiteral("No keys"));
        QSignalSpy saved(dialog.controller(), &AccountController::saved);
        dialog.accept();
        QTRY_VERIFY(dialog.statusLabel()->text().contains(QLatin1String("Import")));
        QCOMPARE(saved.count(), 0);
        QVERIFY(!m_context->accountStore()->byAliasOrId(QStringLiteral("No keys")));

        // A key that does not look like a Tencent SecretId is flagged as it is typed, not refused.
        QVERIFY(dialog.keyWarningLabel()->text().isEmpty());
        dialog.keyIdEdit()->setText(QStringLiteral("Gu5tpq86cd98joQYCN3Cozk1qA")); // a SecretKey-like string
        QVERIFY(dialog.keyWarningLabel()->text().contains(QLatin1String("AKID")));
        QVERIFY(!dialog.keyWarningLabel()->isHidden());
        dialog.keyIdEdit()->setText(QString::fromLatin1(sandbox::SandboxKeys::tencentSecretId));
        QVERIFY(dialog.keyWarningLabel()->text().isEmpty());
        QVERIFY(dialog.keyWarningLabel()->isHidden());
    }

    void saysWhenThereIsNoKeychain()
    {
        QTemporaryDir dir;
        AppContext context(AppContext::Options::isolatedIn(dir.path(), new SessionOnlyStore));
        AccountDialog dialog(&context, std::nullopt);
        QVERIFY(dialog.keychainLabel()->text().contains(QLatin1String("no Secret Service")));
        QVERIFY(dialog.keychainLabel()->text().contains(QLatin1String("this session only")));
        dialog.aliasEdit()->setText(QStringLiteral("Temp"));
        dialog.keyIdEdit()->setText(QStringLiteral("AKIDtemp"));
        dialog.secretEdit()->setText(QStringLiteral("temp-secret"));
        QSignalSpy saved(dialog.controller(), &AccountController::saved);
        dialog.accept();
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(saved.first().at(1).toBool()); // session only
    }

    void importsFromTheEnvironment()
    {
        AccountDialog dialog(m_context.get(), std::nullopt);
        QVERIFY(!dialog.importButton()->menu()->actions().isEmpty());
        QVERIFY(dialog.importButton()->menu()->actions().first()->isEnabled());
        dialog.applyImport(0);
        QCOMPARE(dialog.keyIdEdit()->text(), QStringLiteral("AKIDfromTheEnvironment0001"));
        QCOMPARE(dialog.secretEdit()->text(), QStringLiteral("envSecret"));
        // The menu never shows the secret.
        for (QAction *action : dialog.importButton()->menu()->actions())
            QVERIFY(!action->text().contains(QLatin1String("envSecret")));
    }
};

BB_TEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
