// The "Local copies" dialog over its controller and the in-process sandbox: it shows the rules
// file, Run now copies and fills the table and the run history, and the window opens it from the
// View menu.

#include "../session/isolatedcontext.h"
#include "offsite/localcopiesmodel.h"
#include "session/localcopiescontroller.h"
#include "support/testmain.h"
#include "ui/localcopiesdialog.h"
#include "ui/mainwindow.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLocalCopiesDialog : public QObject
{
    Q_OBJECT

private slots:
    void withoutRulesSaysWhereToWriteThem()
    {
        QTemporaryDir dir;
        auto context = bb::test::sandboxContext(dir.path());
        QVERIFY(context);
        bb::LocalCopiesController controller(context.get());
        controller.setRulesFile(dir.filePath(u"offsite.json"_s));
        controller.reload();
        bb::LocalCopiesDialog dialog(&controller);
        QVERIFY(dialog.rulesLabel()->text().contains(u"No rules"_s));
        QVERIFY(
            dialog.rulesLabel()->text().contains(QDir::toNativeSeparators(dir.filePath(u"offsite.json"_s))));
        QVERIFY(!dialog.runNowButton()->isEnabled());
    }

    void runNowFillsTheTableAndTheHistory()
    {
        QTemporaryDir dir;
        auto context = bb::test::sandboxContext(dir.path());
        QVERIFY(context);
        QFile rules(dir.filePath(u"offsite.json"_s));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(QStringLiteral(R"({"rules": [{"name": "redis", "product": "tencent-redis",
            "regions": ["ap-shanghai"], "newest": 1, "destination": "%1"}]})")
                        .arg(dir.filePath(u"copies"_s))
                        .toUtf8());
        rules.close();
        bb::LocalCopiesController controller(context.get());
        controller.setRulesFile(rules.fileName());
        controller.reload();
        bb::LocalCopiesDialog dialog(&controller);
        dialog.show();
        QVERIFY(dialog.rulesLabel()->text().contains(u"1 rule"_s));
        QVERIFY(dialog.runNowButton()->isEnabled());
        QTest::mouseClick(dialog.runNowButton(), Qt::LeftButton);
        QVERIFY(!dialog.runNowButton()->isEnabled() || !controller.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning() && dialog.runs()->count() == 1, 60000);
        QVERIFY(dialog.runNowButton()->isEnabled());
        QCOMPARE(dialog.view()->model()->rowCount(), 1);
        QVERIFY2(dialog.runs()->item(0)->text().contains(u"redis: ok, 1 copied"_s),
                 qPrintable(dialog.runs()->item(0)->text()));
    }

    void theWindowOpensIt()
    {
        QTemporaryDir dir;
        auto context = bb::test::sandboxContext(dir.path());
        QVERIFY(context);
        bb::MainWindow window(context.get());
        QAction *action = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions()) {
                if (a->text() == u"&Local copies…"_s)
                    action = a;
            }
        }
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<bb::LocalCopiesDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(window.showLocalCopies(), dialog); // one dialog, raised again
    }
};

BB_TEST_MAIN(TestLocalCopiesDialog)
#include "tst_localcopiesdialog.moc"
