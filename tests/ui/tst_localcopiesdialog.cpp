// The "Local copies" dialog over its controller and the in-process sandbox: it shows the rules
// file, Run now copies and fills the table and the run history, and the window opens it from the
// View menu.

#include "../session/isolatedcontext.h"
#include "../session/localcopiesfixture.h"
#include "offsite/localcopiesmodel.h"
#include "offsite/rulelistmodel.h"
#include "session/localcopiescontroller.h"
#include "support/testmain.h"
#include "ui/confirmdialog.h"
#include "ui/localcopiesdialog.h"
#include "ui/mainwindow.h"
#include "ui/ruleeditordialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
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

    void rulesAreAddedEditedAndRemovedHere()
    {
        bb::test::LocalCopiesFixture f;
        QVERIFY(f.ok());
        bb::LocalCopiesController &controller = *f.controller;
        const QString path = f.rulesFile();
        const QString dest = f.path(u"copies"_s);
        bb::LocalCopiesDialog dialog(&controller);
        dialog.show();
        QVERIFY(dialog.addRuleButton()->isEnabled());
        QVERIFY(!dialog.editRuleButton()->isEnabled()); // nothing selected
        QVERIFY(!dialog.removeRuleButton()->isEnabled());

        // Add rule…: the editor opens; OK saves a file `sync` reads.
        dialog.addRuleButton()->click();
        QPointer<bb::RuleEditorDialog> editor = dialog.findChild<bb::RuleEditorDialog *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        editor->nameEdit()->setText(u"redis"_s);
        editor->productCombo()->setCurrentIndex(editor->productCombo()->findData(u"tencent-redis"_s));
        editor->regionsEdit()->setText(u"ap-shanghai"_s);
        editor->newestSpin()->setValue(2);
        editor->destinationEdit()->setText(QDir::toNativeSeparators(dest));
        QVERIFY2(editor->okButton()->isEnabled(), qPrintable(editor->problem()));
        editor->okButton()->click();
        QTRY_VERIFY(!editor);
        bb::RuleFile read = bb::RuleFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.rules.size(), 1);
        QCOMPARE(read.rules.first().name, u"redis"_s);
        QCOMPARE(read.rules.first().product, u"tencent-redis"_s);
        QCOMPARE(read.rules.first().regions, QStringList {u"ap-shanghai"_s});
        QCOMPARE(read.rules.first().newest, 2);
        QCOMPARE(read.rules.first().destination, QDir::fromNativeSeparators(dest));
        // The view reloaded: the rule is listed and can run.
        QCOMPARE(dialog.rulesView()->model()->rowCount(), 1);
        QVERIFY(dialog.rulesLabel()->text().contains(u"1 rule"_s));
        QVERIFY(dialog.runNowButton()->isEnabled());

        // Edit rule…: the selected rule's fields; OK rewrites it.
        dialog.rulesView()->selectRow(0);
        QVERIFY(dialog.editRuleButton()->isEnabled());
        dialog.editRuleButton()->click();
        editor = dialog.findChild<bb::RuleEditorDialog *>();
        QVERIFY(editor);
        QCOMPARE(editor->nameEdit()->text(), u"redis"_s);
        QCOMPARE(editor->newestSpin()->value(), 2);
        editor->newestSpin()->setValue(1);
        editor->keepDailySpin()->setValue(7);
        editor->okButton()->click();
        QTRY_VERIFY(!editor);
        read = bb::RuleFile::read(path);
        QCOMPARE(read.rules.size(), 1);
        QCOMPARE(read.rules.first().newest, 1);
        QVERIFY(read.rules.first().retentionSet);
        QCOMPARE(read.rules.first().retention.daily, 7);
        QCOMPARE(controller.rules().first().newest, 1);

        // Remove rule… asks first, naming the rule and keeping its copies; Cancel is the default
        // and leaves the file as it was.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        dialog.rulesView()->selectRow(0);
        dialog.removeRuleButton()->click();
        QPointer<bb::ConfirmDialog> question = dialog.findChild<bb::ConfirmDialog *>();
        QVERIFY(question);
        QVERIFY(question->text().contains(u"\"redis\""_s));
        QVERIFY(question->informativeText().contains(u"NOT deleted"_s));
        QVERIFY(question->informativeText().contains(QDir::toNativeSeparators(dest)));
        QCOMPARE(question->defaultButton(), question->cancelButton());
        QTest::keyClick(question, Qt::Key_Escape);
        QTRY_VERIFY(!question);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        file.close();
        QCOMPARE(dialog.rulesView()->model()->rowCount(), 1);

        // Its labelled button removes it (the last rule: the file goes with it).
        dialog.rulesView()->selectRow(0);
        dialog.removeRuleButton()->click();
        question = dialog.findChild<bb::ConfirmDialog *>();
        QVERIFY(question);
        question->acceptButton()->click();
        QTRY_COMPARE(dialog.rulesView()->model()->rowCount(), 0);
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog.rulesLabel()->text().contains(u"No rules"_s));
        QVERIFY(dialog.statusLabel()->text().contains(u"local copies stay"_s));
    }

    void aCancelledEditorSavesNothing()
    {
        bb::test::LocalCopiesFixture f;
        QVERIFY(f.ok());
        bb::LocalCopiesDialog dialog(f.controller.get());
        dialog.show();
        QPointer<bb::RuleEditorDialog> editor = dialog.addRule();
        QVERIFY(editor);
        editor->destinationEdit()->setText(f.path(u"copies"_s));
        editor->reject();
        QTRY_VERIFY(!editor);
        QVERIFY(!QFile::exists(f.rulesFile()));
        QCOMPARE(dialog.rulesView()->model()->rowCount(), 0);
    }

    void aBrokenRulesFileIsNotEditedHere()
    {
        bb::test::LocalCopiesFixture f("{\"rules\": [}");
        QVERIFY(f.ok());
        bb::LocalCopiesDialog dialog(f.controller.get());
        QVERIFY(dialog.rulesLabel()->text().contains(u"line 1"_s));
        QVERIFY(!dialog.addRuleButton()->isEnabled());
        QVERIFY(!dialog.editRuleButton()->isEnabled());
        QVERIFY(!dialog.removeRuleButton()->isEnabled());
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
