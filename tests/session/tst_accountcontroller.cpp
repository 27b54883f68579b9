#include "providers/accounts/memorycredentialstore.h"
#include "session/accountcontroller.h"
#include "session/appcontext.h"
#include "session/isolatedcontext.h"
#include "support/testmain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bb;

class TestAccountController final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Account account(Cloud cloud)
    {
        Account a;
        a.id = Account::newId();
        a.alias = QStringLiteral("Production");
        a.cloud = cloud;
        a.products
            = {cloud == Cloud::Tencent ? QStringLiteral("tencent-sqlserver") : QStringLiteral("alibaba-rds")};
        return a;
    }

private slots:
    void requiresTheKeyPair()
    {
        AppContext context(AppContext::Options::isolatedIn(m_dir.path(), new MemoryCredentialStore));
        AccountController controller(&context);
        const Account tencent = account(Cloud::Tencent);
        QVERIFY(controller.validate(tencent, {}).contains(QLatin1String("SecretId")));
        QVERIFY(!controller.validate(tencent, {QStringLiteral("AKIDx"), QString(), QString()}).isEmpty());
        QVERIFY(!controller.validate(tencent, {QString(), QStringLiteral("secret"), QString()}).isEmpty());
        QVERIFY(!controller.validate(tencent, {QStringLiteral("   "), QStringLiteral("secret"), QString()})
                     .isEmpty());
        QVERIFY(controller.validate(tencent, {QStringLiteral("AKIDx"), QStringLiteral("secret"), QString()})
                    .isEmpty());
        QVERIFY(controller.validate(account(Cloud::Alibaba), {}).contains(QLatin1String("AccessKey ID")));
    }

    void tencentKeyFormat()
    {
        // The shape of the SecretId in Tencent Cloud's signature documentation: "AKID" + 32.
        const QString permanent = QStringLiteral("AKID") + QString(32, u'x');
        QVERIFY(
            AccountController::keyWarning(Cloud::Tencent, {permanent, QStringLiteral("s"), {}}).isEmpty());
        QVERIFY(AccountController::keyWarning(Cloud::Tencent, {QString(), {}, {}})
                    .isEmpty()); // nothing typed yet
        QVERIFY(
            !AccountController::keyWarning(Cloud::Tencent, {QStringLiteral("LTAI5tAbc"), {}, {}}).isEmpty());
        const QString shortId
            = AccountController::keyWarning(Cloud::Tencent, {QStringLiteral("AKIDshort"), {}, {}});
        QVERIFY2(shortId.contains(QLatin1String("36")), qPrintable(shortId));
        // Temporary SecretIds are longer: no length warning with a token.
        QVERIFY(AccountController::keyWarning(Cloud::Tencent,
                                              {permanent + permanent, {}, QStringLiteral("token")})
                    .isEmpty());
    }

    void alibabaKeyFormat()
    {
        QVERIFY(AccountController::keyWarning(Cloud::Alibaba,
                                              {QStringLiteral("LTAI5tAbcdefghijklmnopqr"), {}, {}})
                    .isEmpty());
        QVERIFY(AccountController::keyWarning(Cloud::Alibaba,
                                              {QStringLiteral("STS.NUab12"), {}, QStringLiteral("t")})
                    .isEmpty());
        QVERIFY(AccountController::keyWarning(Cloud::Alibaba, {QStringLiteral("STS.NUab12"), {}, {}})
                    .contains(QLatin1String("security token")));
        QVERIFY(AccountController::keyWarning(Cloud::Alibaba, {QStringLiteral("AKIDabc"), {}, {}})
                    .contains(QLatin1String("LTAI")));
        QVERIFY(!AccountController::keyWarning(Cloud::Alibaba,
                                               {QStringLiteral("LTAI5tAbc"), {}, QStringLiteral("t")})
                     .isEmpty());
    }
};

BB_TEST_MAIN(TestAccountController)
#include "tst_accountcontroller.moc"
