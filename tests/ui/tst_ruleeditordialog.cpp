// The offsite rule editor: every field of a rule shows and comes back unchanged, the fields build
// the rule, OK stays disabled while the rule cannot be saved and the reason shows, and the layout
// preview follows the layout.

#include "../offsite/everyfieldrule.h"
#include "offsite/offsiterule.h"
#include "support/testmain.h"
#include "ui/ruleeditordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::OffsiteRule;
using bb::RuleEditorDialog;

class TestRuleEditorDialog : public QObject
{
    Q_OBJECT

private:
    static OffsiteRule full()
    {
        OffsiteRule r = bb::test::everyFieldRule();
        r.layout = u"{product}/{region}/{instance}/{file}"_s;
        return r;
    }

    static const QStringList &accounts()
    {
        static const QStringList names {u"Sandbox (Tencent Cloud)"_s, u"ops"_s};
        return names;
    }

private slots:
    void everyFieldShowsAndComesBackUnchanged()
    {
        RuleEditorDialog dialog(full(), accounts(), {});
        QCOMPARE(dialog.nameEdit()->text(), u"prod rds"_s);
        QCOMPARE(dialog.accountCombo()->currentData().toString(), u"ops"_s);
        QCOMPARE(dialog.productCombo()->currentData().toString(), u"alibaba-rds"_s);
        QCOMPARE(dialog.regionsEdit()->text(), u"cn-hangzhou, cn-shanghai"_s);
        QCOMPARE(dialog.instancesEdit()->toPlainText(), u"rm-abc\nprod-*"_s);
        QCOMPARE(dialog.newestSpin()->value(), 7);
        QCOMPARE(dialog.keepMonthlySpin()->value(), 12);
        QCOMPARE(dialog.keepMinimumSpin()->value(), 5);
        QVERIFY(!dialog.pruneCheck()->isChecked());
        QCOMPARE(dialog.bandwidthSpin()->value(), 1);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(dialog.rule() == full());

        // An account the rules file names but this machine has not saved stays the rule's.
        OffsiteRule elsewhere = full();
        elsewhere.account = u"laptop-only"_s;
        RuleEditorDialog other(elsewhere, accounts(), {});
        QCOMPARE(other.rule().account, u"laptop-only"_s);
        // No account: the command-line credentials.
        elsewhere.account.clear();
        RuleEditorDialog none(elsewhere, accounts(), {});
        QCOMPARE(none.accountCombo()->currentIndex(), 0);
        QVERIFY(none.rule().account.isEmpty());
    }

    void theFieldsBuildTheRule()
    {
        OffsiteRule start;
        start.name = u"new"_s;
        start.product = u"tencent-redis"_s;
        start.destination = u"/d"_s;
        RuleEditorDialog dialog(start, accounts(), {});
        dialog.accountCombo()->setCurrentIndex(dialog.accountCombo()->findData(u"ops"_s));
        dialog.productCombo()->setCurrentIndex(dialog.productCombo()->findData(u"tencent-sqlserver"_s));
        dialog.regionsEdit()->setText(u" ap-guangzhou ,ap-shanghai,"_s);
        dialog.instancesEdit()->setPlainText(u"mssql-1, mssql-2\n\nprod-*\n"_s);
        dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(OffsiteRule::Kinds::Log)));
        dialog.daysSpin()->setValue(14);
        dialog.destinationEdit()->setText(QDir::toNativeSeparators(u"/srv/new"_s));
        dialog.networkCombo()->setCurrentIndex(
            dialog.networkCombo()->findData(int(bb::DownloadNetwork::Internal)));
        dialog.connectionsSpin()->setValue(4);
        dialog.connectionsPerFileSpin()->setValue(2);
        dialog.bandwidthSpin()->setValue(2048);
        const OffsiteRule r = dialog.rule();
        QCOMPARE(r.account, u"ops"_s);
        QCOMPARE(r.product, u"tencent-sqlserver"_s);
        QCOMPARE(r.regions, (QStringList {u"ap-guangzhou"_s, u"ap-shanghai"_s}));
        QCOMPARE(r.instances, (QStringList {u"mssql-1"_s, u"mssql-2"_s, u"prod-*"_s}));
        QCOMPARE(r.kinds, OffsiteRule::Kinds::Log);
        QCOMPARE(r.days, 14);
        QCOMPARE(r.destination, u"/srv/new"_s);
        QCOMPARE(r.network, bb::DownloadNetwork::Internal);
        QCOMPARE(r.connections, 4);
        QCOMPARE(r.connectionsPerFile, 2);
        QCOMPARE(r.bytesPerSecond, 2048 * 1024);
        QVERIFY(r.prune);
        // Without counts the selection decides; one count makes a retention of its own.
        QVERIFY(!r.retentionSet);
        dialog.keepMinimumSpin()->setValue(3);
        QVERIFY(!dialog.rule().retentionSet);
        QCOMPARE(dialog.rule().effectiveRetention().minimum, 3);
        dialog.keepWeeklySpin()->setValue(8);
        QVERIFY(dialog.rule().retentionSet);
        QCOMPARE(dialog.rule().retention.weekly, 8);
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void okWaitsForASavableRuleAndSaysWhy()
    {
        RuleEditorDialog dialog(full(), accounts(), {});
        dialog.show();
        dialog.nameEdit()->clear();
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.problem().startsWith(u"name: "_s), qPrintable(dialog.problem()));
        QVERIFY(dialog.problemLabel()->isVisible());
        QVERIFY(dialog.problemLabel()->text().contains(dialog.problem()));
        dialog.nameEdit()->setText(u"again"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(!dialog.problemLabel()->isVisible());

        dialog.layoutEdit()->setText(u"{instance}/{yyyy}"_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.problem().startsWith(u"layout: "_s), qPrintable(dialog.problem()));
        dialog.layoutEdit()->setText(bb::OffsiteRule::defaultLayout());
        dialog.destinationEdit()->setText(u"  "_s);
        QVERIFY2(dialog.problem().startsWith(u"destination: "_s), qPrintable(dialog.problem()));
        dialog.destinationEdit()->setText(u"/d"_s);
        QVERIFY(dialog.okButton()->isEnabled());
    }

    void theCallersCheckDecides()
    {
        // The list's own check (a name another rule has) shows like the rule's.
        RuleEditorDialog dialog(full(), accounts(), [](const OffsiteRule &r) {
            return r.name == u"taken"_s ? u"name: 'taken' names another rule too"_s : r.problem();
        });
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.nameEdit()->setText(u"taken"_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(u"names another rule"_s));
    }

    void thePreviewFollowsTheLayout()
    {
        OffsiteRule r = full();
        r.layout = u"{region}/{instance}/{file}"_s;
        RuleEditorDialog dialog(r, accounts(), {});
        QCOMPARE(dialog.previewLabel()->text(),
                 QDir::toNativeSeparators(u"/srv/backups/cn-hangzhou/rm-abc/backup.bak"_s));
        dialog.regionsEdit()->setText(u"eu-central-1"_s);
        dialog.instancesEdit()->setPlainText(u"prod-*"_s);
        QCOMPARE(dialog.previewLabel()->text(),
                 QDir::toNativeSeparators(u"/srv/backups/eu-central-1/instance-1/backup.bak"_s));
        QVERIFY(!dialog.previewLabel()->text().contains(u"relative"_s));
        // A relative destination is allowed (the file allows it) but said to be one.
        dialog.destinationEdit()->setText(u"copies"_s);
        QVERIFY(dialog.previewLabel()->text().contains(u"relative"_s));
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.layoutEdit()->setText(u"{nope}/{file}"_s);
        QVERIFY(dialog.previewLabel()->text().isEmpty());
    }
};

BB_TEST_MAIN(TestRuleEditorDialog)
#include "tst_ruleeditordialog.moc"
