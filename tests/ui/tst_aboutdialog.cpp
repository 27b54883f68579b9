#include "support/testmain.h"
#include "ui/aboutdialog.h"

#include <QLabel>
#include <QTest>

using namespace bb;

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private slots:
    void showsVersions()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        AboutDialog dialog;
        const QString text = dialog.versionText();
        QVERIFY(text.contains(QLatin1String("9.8.7")));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY2(text.contains(QLatin1String("OpenSSL")), qPrintable(text));
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("versions"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QString::fromLatin1(qVersion())));
    }
};

BB_TEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
