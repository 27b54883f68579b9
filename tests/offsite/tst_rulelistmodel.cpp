// The rules list the "Local copies" view edits: add, replace and remove write a file RuleFile::read
// reads back; what the reader refuses is refused before anything is written; a file that could
// not be read, or changed on disk since, is never replaced.

#include "offsite/rulelistmodel.h"
#include "support/testmain.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::OffsiteRule;
using bb::RuleFile;
using bb::RuleListModel;

class TestRuleListModel : public QObject
{
    Q_OBJECT

private:
    static OffsiteRule rule(const QString &name, const QString &dest = u"/srv/copies"_s)
    {
        OffsiteRule r;
        r.name = name;
        r.product = u"tencent-redis"_s;
        r.regions = {u"ap-shanghai"_s};
        r.newest = 3;
        r.destination = dest;
        return r;
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
    }

    static void put(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

private slots:
    void addCreatesTheFileReplaceAndRemoveRewriteIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"offsite.json"_s);
        RuleListModel model;
        model.load(path);
        QVERIFY(model.canEdit());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy saved(&model, &RuleListModel::saved);

        QCOMPARE(model.add(rule(u"a"_s)), QString());
        QCOMPARE(model.add(rule(u"b"_s)), QString());
        QCOMPARE(saved.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        RuleFile read = RuleFile::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.rules.size(), 2);
        QVERIFY(read.rules.at(1) == rule(u"b"_s));

        OffsiteRule edited = rule(u"b renamed"_s, u"/elsewhere"_s);
        edited.kinds = OffsiteRule::Kinds::All;
        QCOMPARE(model.replace(1, edited), QString());
        read = RuleFile::read(path);
        QCOMPARE(read.rules.size(), 2);
        QVERIFY(read.rules.at(1) == edited);
        QCOMPARE(model.data(model.index(1, RuleListModel::Name)).toString(), u"b renamed"_s);
        QCOMPARE(model.rowOf(u"b renamed"_s), 1);
        QCOMPARE(model.rowOf(u"b"_s), -1);

        QCOMPARE(model.remove(0), QString());
        read = RuleFile::read(path);
        QCOMPARE(read.rules.size(), 1);
        QCOMPARE(read.rules.first().name, u"b renamed"_s);
        // The last rule goes with the file: no file is no rules, for `sync` and the view alike.
        QCOMPARE(model.remove(0), QString());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(saved.size(), 5);
        // And a rule added after that starts a new file.
        QCOMPARE(model.add(rule(u"c"_s)), QString());
        QCOMPARE(RuleFile::read(path).rules.size(), 1);
    }

    void refusesWhatTheReaderRefuses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"offsite.json"_s);
        RuleListModel model;
        model.load(path);
        QCOMPARE(model.add(rule(u"a"_s)), QString());
        QCOMPARE(model.add(rule(u"b"_s)), QString());
        const QByteArray before = contents(path);
        QSignalSpy saved(&model, &RuleListModel::saved);

        QString why = model.add(rule(u"a"_s));
        QVERIFY2(why.startsWith(u"name: "_s) && why.contains(u"'a'"_s), qPrintable(why));
        why = model.replace(1, rule(u"a"_s));
        QVERIFY2(why.startsWith(u"name: "_s), qPrintable(why));
        QCOMPARE(model.check(rule(u"a"_s), 0), QString()); // a rule keeps its own name
        OffsiteRule bad = rule(u"c"_s);
        bad.newest = -1;
        QVERIFY2(model.add(bad).startsWith(u"newest: "_s), qPrintable(model.add(bad)));
        bad = rule(u"c"_s);
        bad.layout = u"{instance}"_s;
        QVERIFY2(model.add(bad).startsWith(u"layout: "_s), qPrintable(model.add(bad)));
        bad = rule(u"c"_s, QString());
        QVERIFY2(model.add(bad).startsWith(u"destination: "_s), qPrintable(model.add(bad)));
        QVERIFY(!model.replace(5, rule(u"z"_s)).isEmpty());
        QVERIFY(!model.remove(-1).isEmpty());

        QCOMPARE(contents(path), before);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(saved.isEmpty());
    }

    void anUnreadableFileIsNeverReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"offsite.json"_s);
        const QByteArray broken = "{\"rules\": [{\"product\": \"tencent-redis\",\n \"newest\": seven}]}";
        put(path, broken);
        RuleListModel model;
        model.load(path);
        QVERIFY(!model.canEdit());
        QVERIFY2(model.error().contains(u"line 2"_s), qPrintable(model.error()));
        const QString why = model.add(rule(u"a"_s));
        QVERIFY2(why.contains(u"fix it first"_s), qPrintable(why));
        QCOMPARE(contents(path), broken);
    }

    void aFileChangedOnDiskIsNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"offsite.json"_s);
        RuleListModel model;
        model.load(path);
        QCOMPARE(model.add(rule(u"a"_s)), QString());
        // Someone edits the file by hand after the view read it.
        const QByteArray theirs
            = R"({"rules": [{"name": "theirs", "product": "alibaba-rds", "destination": "/d"}]})";
        put(path, theirs);
        QString why = model.add(rule(u"b"_s));
        QVERIFY2(why.contains(u"changed on disk"_s), qPrintable(why));
        QCOMPARE(contents(path), theirs);
        QVERIFY(!model.remove(0).isEmpty());
        QCOMPARE(contents(path), theirs);
        // Removed by hand: not recreated behind their back either.
        QVERIFY(QFile::remove(path));
        QVERIFY(model.replace(0, rule(u"a2"_s)).contains(u"changed on disk"_s));
        QVERIFY(!QFile::exists(path));
        // After a reload the edit goes through, over what is there now.
        put(path, theirs);
        model.load(path);
        QCOMPARE(model.add(rule(u"b"_s)), QString());
        const RuleFile read = RuleFile::read(path);
        QCOMPARE(read.rules.size(), 2);
        QCOMPARE(read.rules.first().name, u"theirs"_s);
    }

    void keepsWhatTheUserWroteBesideTheRules()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"offsite.json"_s);
        put(path, R"({"comment": "nightly copies, see the wiki",
                      "rules": [{"product": "tencent-redis", "destination": "/d", "bandwidth": 1500}]})");
        RuleListModel model;
        model.load(path);
        QVERIFY2(model.canEdit(), qPrintable(model.error()));
        QCOMPARE(model.rule(0).name, u"rule-1"_s);
        QCOMPARE(model.add(rule(u"b"_s)), QString());
        const RuleFile read = RuleFile::read(path);
        QCOMPARE(read.others.value(u"comment"_s).toString(), u"nightly copies, see the wiki"_s);
        QCOMPARE(read.rules.first().bytesPerSecond, 1500);
    }

    void describesTheSelection()
    {
        OffsiteRule r = rule(u"a"_s);
        r.days = 30;
        QCOMPARE(RuleListModel::describeSelection(r), u"full, newest 3, 30 day(s)"_s);
        r.kinds = OffsiteRule::Kinds::All;
        r.newest = 0;
        r.days = 0;
        r.retention.daily = 7;
        r.retention.yearly = 2;
        r.retentionSet = true;
        r.prune = false;
        QCOMPARE(RuleListModel::describeSelection(r), u"full and log, keep 7 daily 2 yearly, no pruning"_s);
        RuleListModel model;
        QCOMPARE(model.headerData(RuleListModel::Destination, Qt::Horizontal).toString(), u"Destination"_s);
    }
};

BB_TEST_GUILESS_MAIN(TestRuleListModel)
#include "tst_rulelistmodel.moc"
