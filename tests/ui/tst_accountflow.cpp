// Issue 6: "account add/remove → the keychain entries appear and disappear (real Secret Service
// under the test wrapper)". Drives the main window's Add account / Edit account → Remove account
// flow offscreen with the real KeychainCredentialStore, and checks the Secret Service itself
// with secret-tool (libsecret-tools), not through our code: after adding, every entry is there
// with the typed values; after removing through the UI, none is left.
// Runs under scripts/with-keyring (private D-Bus + unlocked gnome-keyring), as scripts/test and
// CI run ctest; it skips only when no Secret Service answers.

#include "models/instancetreemodel.h"
#include "providers/accounts/accountstore.h"
#include "providers/accounts/keychaincredentialstore.h"
#include "sandbox/sandbox.h"
#include "session/appcontext.h"
#include "session/browsercontroller.h"
#include "session/isolatedcontext.h"
#include "support/skip.h"
#include "support/testmain.h"
#include "ui/accountdialog.h"
#include "ui/confirmdialog.h"
#include "ui/icons.h"
#include "ui/instancetreepane.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace bb;

namespace {

// What the Secret Service answers, asked through secret-tool with the attributes QtKeychain's
// libsecret backend stores ("server" = service, "user" = key).
struct SecretTool
{
    QString program;
    QString service;

    // The secret stored under a key, or nullopt when there is none.
    std::optional<QByteArray> lookup(const QString &key) const
    {
        QProcess tool;
        tool.start(
            program,
            {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
        if (!tool.waitForFinished(15000)) {
            qWarning("secret-tool lookup timed out");
            return std::nullopt;
        }
        const QByteArray out = tool.readAllStandardOutput();
        if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
            return std::nullopt;
        return out;
    }

    // Every item of the service as secret-tool lists it (attributes and secrets).
    QByteArray searchAll() const
    {
        QProcess tool;
        tool.setProcessChannelMode(QProcess::MergedChannels);
        tool.start(program,
                   {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--unlock"),
                    QStringLiteral("server"), service});
        if (!tool.waitForFinished(15000))
            return QByteArrayLiteral("<secret-tool search timed out>");
        return tool.readAll();
    }

    // Stores an entry the way QtKeychain would, without our code.
    bool store(const QString &key, const QByteArray &secret) const
    {
        QProcess tool;
        tool.start(program,
                   {QStringLiteral("store"), QStringLiteral("--label=bb canary"), QStringLiteral("server"),
                    service, QStringLiteral("user"), key});
        tool.write(secret);
        tool.closeWriteChannel();
        return tool.waitForFinished(15000) && tool.exitStatus() == QProcess::NormalExit
            && tool.exitCode() == 0;
    }

    void clear() const
    {
        QProcess::execute(program, {QStringLiteral("clear"), QStringLiteral("server"), service});
    }
};

AccountDialog *openDialog(MainWindow *window)
{
    AccountDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = window->findChild<AccountDialog *>();
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

} // namespace

class TestAccountFlow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_service;
    KeychainCredentialStore *m_store = nullptr;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    SecretTool m_tool;

    QString key(const QString &accountId, const char *part) const
    {
        return CredentialStore::keyFor(accountId, QString::fromLatin1(part));
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            BB_SKIP(
                "No D-Bus session, so no Secret Service: run under scripts/with-keyring (scripts/test does)");
        // A service name of its own, so a run on a desktop never touches the app's real entries.
        m_service = QStringLiteral("backup-browser-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        m_store = new KeychainCredentialStore(m_service);
        QSignalSpy probed(m_store->probe(), &CredentialJob::finished);
        QVERIFY(probed.wait(15000));
        if (!m_store->available()) {
            const QString reason
                = QStringLiteral("No Secret Service reachable on this D-Bus session (%1): run under "
                                 "scripts/with-keyring")
                      .arg(m_store->unavailableReason());
            delete m_store;
            m_store = nullptr;
            BB_SKIP(qPrintable(reason));
        }
        m_tool.program = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        QVERIFY2(!m_tool.program.isEmpty(),
                 "secret-tool is missing: install libsecret-tools (scripts/setup does)");
        m_tool.service = m_service;

        Icons::init();
        // The real keychain store; the context owns it.
        m_context = std::make_unique<AppContext>(AppContext::Options::isolatedIn(m_dir.path(), m_store));
        QString error;
        QVERIFY2(m_context->startSandbox(&error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
        if (!m_tool.program.isEmpty())
            m_tool.clear(); // only after a failure is anything left
    }

    void addThenRemoveThroughTheWindow()
    {
        const QByteArray secretId = sandbox::SandboxKeys::tencentSecretId;
        const QByteArray secretKey = sandbox::SandboxKeys::tencentSecretKey;
        const QByteArray token = "sts-token-for-the-flow-test";
        QVERIFY2(m_tool.searchAll().trimmed().isEmpty(), m_tool.searchAll().constData());
        // Another entry under the same service: it must survive the removal (removal is scoped
        // to the account), and its lookup afterwards proves secret-tool still answers, so an
        // empty lookup below means "gone", not "secret-tool failed".
        const QString canary = QStringLiteral("backup-browser/another-account/secret");
        QVERIFY(m_tool.store(canary, "canary-secret"));
        QCOMPARE(m_tool.lookup(canary).value_or("<none>"), QByteArray("canary-secret"));

        // Add account… in the window, typed into the dialog, Save clicked.
        m_window->addAccountAction()->trigger();
        AccountDialog *add = openDialog(m_window.get());
        QVERIFY(add);
        QVERIFY2(add->keychainLabel()->text().contains(QLatin1String("system keychain")),
                 qPrintable(add->keychainLabel()->text()));
        QTest::keyClicks(add->aliasEdit(), QStringLiteral("Keychain flow"));
        QTest::keyClicks(add->keyIdEdit(), QString::fromLatin1(secretId));
        QTest::keyClicks(add->secretEdit(), QString::fromLatin1(secretKey));
        QTest::keyClicks(add->tokenEdit(), QString::fromLatin1(token));
        QTest::keyClicks(add->regionsEdit(), QStringLiteral("ap-guangzhou"));
        QTest::keyClicks(add->endpointEdit(), m_context->sandbox()->httpsUrl().toString());
        add->productCheck(QStringLiteral("tencent-redis"))->setChecked(false);
        add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<AccountDialog *>(), 15000);

        const auto account = m_context->accountStore()->byAliasOrId(QStringLiteral("Keychain flow"));
        QVERIFY(account);
        QFile ini(m_dir.filePath(QStringLiteral("accounts.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(!settings.contains(secretKey) && !settings.contains(token)); // never in settings

        // The Secret Service itself holds each entry with the typed value.
        QCOMPARE(m_tool.lookup(key(account->id, "keyid")).value_or("<none>"), secretId);
        QCOMPARE(m_tool.lookup(key(account->id, "secret")).value_or("<none>"), secretKey);
        QCOMPARE(m_tool.lookup(key(account->id, "token")).value_or("<none>"), token);
        QVERIFY(m_tool.lookup(key(account->id, "index")).has_value());
        const QByteArray listed = m_tool.searchAll();
        QVERIFY2(listed.contains(key(account->id, "secret").toUtf8()), listed.constData());

        // The new account is in the tree; select it, Edit account…, Remove account.
        InstanceTreeModel *tree = m_window->controller()->tree();
        QTRY_VERIFY(tree->accountIndex(account->id).isValid());
        m_window->treePane()->setCurrentSourceIndex(tree->accountIndex(account->id));
        QTRY_COMPARE(m_window->controller()->selectionAccountId(), account->id);
        QTRY_VERIFY(m_window->editAccountAction()->isEnabled());
        m_window->editAccountAction()->trigger();
        AccountDialog *edit = openDialog(m_window.get());
        QVERIFY(edit);
        // The dialog read the keys back from the keychain.
        QTRY_COMPARE_WITH_TIMEOUT(edit->secretEdit()->text(), QString::fromLatin1(secretKey), 15000);
        QCOMPARE(edit->tokenEdit()->text(), QString::fromLatin1(token));
        QVERIFY(edit->removeButton());
        edit->removeButton()->click();
        // The question first: Cancel keeps the account, then its labelled button removes it.
        QPointer<ConfirmDialog> question = edit->findChild<ConfirmDialog *>();
        QVERIFY(question);
        question->cancelButton()->click();
        QTRY_VERIFY(!question);
        QVERIFY(m_context->accountStore()->byId(account->id));
        edit->removeButton()->click();
        question = edit->findChild<ConfirmDialog *>();
        QVERIFY(question);
        question->acceptButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<AccountDialog *>(), 15000);
        QVERIFY(!m_context->accountStore()->byId(account->id));

        // Gone from the Secret Service: no entry of the account, nothing under the service.
        for (const char *part : {"keyid", "secret", "token", "index"})
            QVERIFY2(!m_tool.lookup(key(account->id, part)).has_value(), part);
        const QByteArray left = m_tool.searchAll();
        QVERIFY2(!left.contains(account->id.toUtf8()), left.constData());
        QVERIFY2(left.contains(canary.toUtf8()), left.constData());
        QCOMPARE(m_tool.lookup(canary).value_or("<none>"), QByteArray("canary-secret"));
    }
};

BB_TEST_MAIN(TestAccountFlow)
#include "tst_accountflow.moc"
