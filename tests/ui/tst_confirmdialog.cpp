#include "models/confirmation.h"
#include "support/testmain.h"
#include "ui/confirmdialog.h"

#include <QPushButton>
#include <QTest>
#include <QWidget>

using namespace bb;

class TestConfirmDialog final : public QObject
{
    Q_OBJECT

private:
    static Confirmation question()
    {
        Confirmation c;
        c.title = QStringLiteral("Delete backup");
        c.question = QStringLiteral("Delete backup 42 of instance sr-1 in the cloud?");
        c.facts = {QStringLiteral("Name: nightly"), QStringLiteral("Size: 1.5 GiB")};
        c.consequence = QStringLiteral("This cannot be undone.");
        c.acceptLabel = QStringLiteral("Delete backup");
        return c;
    }

private slots:
    void showsTheFactsWithCancelAsDefault()
    {
        QWidget parent;
        ConfirmDialog dialog(question(), &parent);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Delete backup"));
        QCOMPARE(dialog.text(), question().question);
        QVERIFY(dialog.informativeText().contains(QLatin1String("Name: nightly")));
        QVERIFY(dialog.informativeText().contains(QLatin1String("cannot be undone")));
        QCOMPARE(dialog.acceptButton()->text(), QStringLiteral("Delete backup"));
        QCOMPARE(dialog.defaultButton(), dialog.cancelButton());
        QCOMPARE(dialog.escapeButton(), static_cast<QAbstractButton *>(dialog.cancelButton()));
    }

    void enterEscapeAndCancelDoNothing()
    {
        QWidget parent;
        parent.show();
        for (const int key : {int(Qt::Key_Return), int(Qt::Key_Escape), -1}) {
            int calls = 0;
            QPointer<ConfirmDialog> dialog = ConfirmDialog::ask(&parent, question(), [&calls] { ++calls; });
            QVERIFY(dialog->isVisible());
            if (key < 0)
                dialog->cancelButton()->click();
            else
                QTest::keyClick(dialog, Qt::Key(key));
            QTRY_VERIFY(!dialog); // closed and deleted
            QCOMPARE(calls, 0);
        }
    }

    void theActionButtonGoesAhead()
    {
        QWidget parent;
        parent.show();
        int calls = 0;
        QPointer<ConfirmDialog> dialog = ConfirmDialog::ask(&parent, question(), [&calls] { ++calls; });
        dialog->acceptButton()->click();
        QTRY_VERIFY(!dialog);
        QCOMPARE(calls, 1);
    }
};

BB_TEST_MAIN(TestConfirmDialog)
#include "tst_confirmdialog.moc"
