// The "Local copies" view's logic against the in-process sandbox over real sockets: the rules
// file beside the settings, Run now (a dry run first; a question before anything is removed),
// the per-instance table and the run history.

#include "isolatedcontext.h"
#include "localcopiesfixture.h"
#include "offsite/localcopiesmodel.h"
#include "offsite/rulelistmodel.h"
#include "providers/core/apiclient.h"
#include "session/localcopiescontroller.h"
#include "support/testmain.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLocalCopiesController : public QObject
{
    Q_OBJECT

private:
    static void writeRules(const QString &path, const QString &dest, int newest)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QStringLiteral(R"({"rules": [{"name": "redis", "product": "tencent-redis",
            "regions": ["ap-shanghai"], "newest": %1, "destination": "%2"}]})")
                       .arg(newest)
                       .arg(dest)
                       .toUtf8());
    }

    static bool runAndWait(bb::LocalCopiesController &c, bool confirmed)
    {
        QSignalSpy done(&c, &bb::LocalCopiesController::runningChanged);
        c.runNow(confirmed);
        return QTest::qWaitFor([&] { return !c.isRunning() && !done.isEmpty(); }, 60000);
    }

private slots:
    void noRulesFileShowsNothing()
    {
        QTemporaryDir dir;
        auto context = bb::test::sandboxContext(dir.path());
        QVERIFY(context);
        bb::LocalCopiesController c(context.get());
        c.setRulesFile(dir.filePath(u"offsite.json"_s));
        c.reload();
        QVERIFY(c.rules().isEmpty());
        QVERIFY(c.rulesError().isEmpty());
        QCOMPARE(c.model()->rowCount(), 0);
        c.runNow();
        QVERIFY(!c.isRunning());
    }

    void runNowCopiesAndAsksBeforeRemoving()
    {
        QTemporaryDir dir;
        auto context = bb::test::sandboxContext(dir.path());
        QVERIFY(context);
        const QString rules = dir.filePath(u"offsite.json"_s);
        const QString dest = dir.filePath(u"copies"_s);
        writeRules(rules, dest, 2);
        bb::LocalCopiesController c(context.get());
        c.setRulesFile(rules);
        QSignalSpy questions(&c, &bb::LocalCopiesController::pruneQuestion);

        // Nothing would be removed: the dry run goes straight on into the real run.
        QVERIFY(runAndWait(c, false));
        QVERIFY(questions.isEmpty());
        QCOMPARE(c.rules().size(), 1);
        QCOMPARE(c.model()->rowCount(), 1);
        const bb::LocalCopiesModel::Row row = c.model()->row(0);
        QCOMPARE(row.rule, u"redis"_s);
        QCOMPARE(row.backups, 2);
        QVERIFY(row.newest.isValid());
        QVERIFY(row.verified.isValid());
        QCOMPARE(c.runs().size(), 1);
        QCOMPARE(c.runs().first().outcome, u"ok"_s);
        QCOMPARE(c.runs().first().fetched, 2);
        QVERIFY(bb::LocalCopiesController::describe(c.runs().first()).contains(u"redis: ok, 2 copied"_s));

        // A smaller rule would remove a copy: the run stops at a question naming it.
        writeRules(rules, dest, 1);
        QVERIFY(runAndWait(c, false));
        QCOMPARE(questions.size(), 1);
        const auto question = questions.first().first().value<bb::Confirmation>();
        QCOMPARE(question.facts.size(), 1);
        QVERIFY2(question.facts.first().startsWith(QDir::toNativeSeparators(dest)),
                 qPrintable(question.facts.first()));
        QVERIFY(QFile::exists(question.facts.first()));
        QCOMPARE(c.model()->row(0).backups, 2); // nothing removed yet
        QCOMPARE(c.runs().size(), 1); // a dry run is no run

        // Confirmed: removed, and the history says so.
        QVERIFY(runAndWait(c, true));
        QVERIFY(!QFile::exists(question.facts.first()));
        QCOMPARE(c.model()->row(0).backups, 1);
        QCOMPARE(c.runs().size(), 2);
        QCOMPARE(c.runs().first().pruned, 1);
    }

    void rulesEditedHereAreSavedReadBackAndRun()
    {
        bb::test::LocalCopiesFixture f;
        QVERIFY(f.ok());
        bb::LocalCopiesController &c = *f.controller;
        const QString rules = f.rulesFile();
        const QString dest = f.path(u"copies"_s);
        QSignalSpy reloaded(&c, &bb::LocalCopiesController::reloaded);

        // A new rule starts from something sensible: a free name, an account that exists.
        bb::OffsiteRule rule = c.newRule();
        QCOMPARE(rule.name, u"rule-1"_s);
        QVERIFY(c.accountNames().contains(rule.account));
        QVERIFY(rule.problem().isEmpty());
        rule.account.clear(); // the first account that browses the product
        rule.product = u"tencent-redis"_s;
        rule.regions = {u"ap-shanghai"_s};
        rule.newest = 2;
        rule.destination = dest;
        QCOMPARE(c.ruleList()->add(rule), QString());
        QCOMPARE(reloaded.size(), 1); // the save reloads the view
        QCOMPARE(c.rules().size(), 1);
        bb::RuleFile read = bb::RuleFile::read(rules);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(read.rules.first() == rule);
        QCOMPARE(c.newRule().name, u"rule-2"_s);

        // What was saved runs, and the view shows its copies.
        QVERIFY(runAndWait(c, false));
        QCOMPARE(c.model()->rowCount(), 1);
        QCOMPARE(c.model()->row(0).backups, 2);
        QCOMPARE(c.runs().size(), 1);

        rule.newest = 1;
        rule.name = u"redis, newest only"_s;
        QCOMPARE(c.ruleList()->replace(0, rule), QString());
        QCOMPARE(bb::RuleFile::read(rules).rules.first().name, u"redis, newest only"_s);
        QCOMPARE(c.rules().first().newest, 1);

        // Removing asks first: the rule, and that its copies stay.
        const bb::Confirmation question = c.removeRuleConfirmation(0);
        QVERIFY(question.question.contains(u"\"redis, newest only\""_s));
        QVERIFY(question.text().contains(QDir::toNativeSeparators(dest)));
        QVERIFY(question.consequence.contains(u"NOT deleted"_s));
        QVERIFY(question.text().contains(QDir::toNativeSeparators(rules))); // the last rule takes the file
        QCOMPARE(c.ruleList()->remove(0), QString());
        QVERIFY(!QFile::exists(rules));
        QVERIFY(c.rules().isEmpty());
        // The copies it made are still there, and so is their catalogue.
        QVERIFY(QFile::exists(bb::CopyCatalogue::databasePath(dest)));
        int files = 0;
        for (QDirIterator it(dest, {u"*.copy.json"_s}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();) {
            const QString sidecar = it.next();
            files += QFile::exists(sidecar.chopped(int(qstrlen(".copy.json")))) ? 1 : 0;
        }
        QCOMPARE(files, 2);
    }

    void aRunKeepsTheRulesItStartedWith()
    {
        bb::test::LocalCopiesFixture f;
        QVERIFY(f.ok());
        bb::LocalCopiesController &c = *f.controller;
        const QString dest = f.path(u"copies"_s);
        for (const QString &name : {u"first"_s, u"second"_s}) {
            bb::OffsiteRule rule;
            rule.name = name;
            rule.product = u"tencent-redis"_s;
            rule.regions = {u"ap-shanghai"_s};
            rule.newest = 1;
            rule.destination = dest + u'-' + name;
            QCOMPARE(c.ruleList()->add(rule), QString());
        }
        QSignalSpy done(&c, &bb::LocalCopiesController::runningChanged);
        c.runNow();
        QVERIFY(c.isRunning());
        // Edited while it runs (the service opens later, never inside runNow()): the run goes on
        // with both rules as they were.
        QCOMPARE(c.ruleList()->remove(0), QString());
        QCOMPARE(c.rules().size(), 1);
        QVERIFY(QTest::qWaitFor([&] { return !c.isRunning() && done.size() >= 2; }, 60000));
        QVERIFY(QFile::exists(bb::CopyCatalogue::databasePath(dest + u"-first"_s)));
        QVERIFY(QFile::exists(bb::CopyCatalogue::databasePath(dest + u"-second"_s)));
    }

    // An account of the other cloud than the rule's product: the editor's check names both, and
    // Run now says so instead of sending that account's keys to the product's API.
    void anAccountOfTheOtherCloudIsRefused()
    {
        bb::test::LocalCopiesFixture f;
        QVERIFY(f.ok());
        bb::LocalCopiesController &c = *f.controller;
        bb::OffsiteRule rule = c.newRule();
        rule.product = u"alibaba-rds"_s;
        rule.account = f.context->sandboxAccount(bb::Cloud::Tencent).alias;
        const QString problem = c.accountProblem(rule);
        QVERIFY2(problem.contains(rule.account) && problem.contains(u"Alibaba Cloud"_s), qPrintable(problem));
        rule.account = f.context->sandboxAccount(bb::Cloud::Alibaba).alias;
        QCOMPARE(c.accountProblem(rule), QString());
        rule.account = u"an account of another machine"_s; // the file is sync's too
        QCOMPARE(c.accountProblem(rule), QString());

        rule.account = f.context->sandboxAccount(bb::Cloud::Tencent).alias;
        QCOMPARE(c.ruleList()->add(rule), QString()); // the file itself is valid
        QSignalSpy messages(&c, &bb::LocalCopiesController::message);
        int calls = 0;
        connect(f.context->apiClient(), &bb::ApiClient::requestLogged, this, [&calls] { ++calls; });
        QVERIFY(runAndWait(c, false));
        QCOMPARE(calls, 0);
        QStringList lines;
        for (const QList<QVariant> &m : messages)
            lines << m.value(0).toString();
        QVERIFY2(lines.join(u'|').contains(problem), qPrintable(lines.join(u'|')));
    }

    void aBrokenRulesFileIsReported()
    {
        QTemporaryDir dir;
        auto context = bb::test::sandboxContext(dir.path());
        QVERIFY(context);
        QFile file(dir.filePath(u"offsite.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"rules\": [}");
        file.close();
        bb::LocalCopiesController c(context.get());
        c.setRulesFile(file.fileName());
        c.reload();
        QVERIFY2(c.rulesError().contains(u"line 1"_s), qPrintable(c.rulesError()));
        // And not replaced from here until it is fixed.
        QVERIFY(!c.ruleList()->canEdit());
        QVERIFY(!c.ruleList()->add(c.newRule()).isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"rules\": [}"));
    }
};

BB_TEST_GUILESS_MAIN(TestLocalCopiesController)
#include "tst_localcopiescontroller.moc"
