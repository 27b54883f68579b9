#include "support/testmain.h"
#include "ui/errorbanner.h"
#include "ui/icons.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QTest>
#include <QToolButton>

using namespace bb;

class TestErrorBanner final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Icons::init(); }

    void showsTheWholeMessageAndCopiesIt()
    {
        QWidget window;
        ErrorBanner banner(&window);
        window.show();
        QVERIFY(banner.isHidden());
        // Longer than any status bar: nothing is cut, the RequestId included.
        const QString message
            = QStringLiteral("DescribeBackups on rm-2ze8y8 (alibaba-rds) failed: "
                             "Forbidden.RAM: User not authorized to operate on the specified "
                             "resource. RequestId: 5E3C6C4E-3B7A-4D5E-9C1A-0A7E3F2B1C9D");
        banner.showError(message);
        QVERIFY(!banner.isHidden());
        QCOMPARE(banner.text(), message);
        auto *label = banner.findChild<QLabel *>(QStringLiteral("errorText"));
        QVERIFY(label);
        QCOMPARE(label->text(), message);
        banner.copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), message);

        banner.showError(QString()); // nothing to say: the last error stays
        QCOMPARE(banner.text(), message);
        banner.closeButton()->click();
        QVERIFY(banner.isHidden());
        QVERIFY(banner.text().isEmpty());
    }
};

BB_TEST_MAIN(TestErrorBanner)
#include "tst_errorbanner.moc"
