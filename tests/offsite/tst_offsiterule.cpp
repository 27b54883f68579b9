#include "everyfieldrule.h"
#include "offsite/offsiterule.h"
#include "support/testmain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::OffsiteRule;
using bb::RuleFile;

class TestOffsiteRule : public QObject
{
    Q_OBJECT

private:
    static bb::Backup backup()
    {
        bb::Backup b;
        b.id = u"1234"_s;
        b.product = u"tencent-sqlserver"_s;
        b.instanceId = u"mssql-abc"_s;
        b.region = u"ap-guangzhou"_s;
        // 23:30 UTC is the next day in Shanghai: the folder follows UTC.
        b.start = QDateTime(QDate(2026, 3, 9), QTime(23, 30), Qt::UTC);
        return b;
    }

    // Every field away from its default, so a field the writer forgot cannot pass unnoticed.
    static QList<OffsiteRule> everyField()
    {
        OffsiteRule a = bb::test::everyFieldRule();
        a.destination = u"/srv/backups/\u00e9t\u00e9"_s;
        a.bytesPerSecond = (qint64(1) << 40) - 3; // past 32 bits and not a KiB multiple
        OffsiteRule b; // defaults, except a minimum without counts (it still counts)
        b.name = u"redis"_s;
        b.product = u"tencent-redis"_s;
        b.destination = u"D:\\copies"_s;
        b.retention.minimum = 4;
        OffsiteRule c; // log backups only, nothing else set
        c.name = u"logs"_s;
        c.product = u"tencent-sqlserver"_s;
        c.kinds = OffsiteRule::Kinds::Log;
        c.destination = u"relative/dir"_s;
        return {a, b, c};
    }

private slots:
    void writeReadsBackEveryField()
    {
        QTemporaryDir dir;
        RuleFile f;
        f.rules = everyField();
        f.others.insert(u"comment"_s, u"kept through the GUI"_s);
        const QString path = dir.filePath(u"offsite.json"_s);
        QCOMPARE(f.write(path), QString());
        const RuleFile back = RuleFile::read(path);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.rules.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(back.rules.at(i) == f.rules.at(i), qPrintable(QString::fromUtf8(f.toJson())));
        QCOMPARE(back.others.value(u"comment"_s).toString(), u"kept through the GUI"_s);
        QCOMPARE(back.rules.at(1).effectiveRetention().minimum, 4);
        // Written again, the text is the same: nothing drifts between saves.
        QCOMPARE(back.toJson(), f.toJson());
        QVERIFY(dir.isValid() && !QFile::exists(path + u".tmp"_s));
    }

    void aHandWrittenFileRoundTrips()
    {
        // Fields in another order than the writer's, some left to their defaults, a string where
        // a list may be: read, written, read again gives the same rules.
        const QByteArray hand = R"({"rules": [
          {"keep": {"minimum": 2, "weekly": 8}, "prune": true, "bandwidth": 1500, "connections": 3,
           "network": "external", "destination": "/b", "days": 10, "kind": "full",
           "instances": "crs-*", "regions": "ap-shanghai", "product": "tencent-redis",
           "account": "staging", "name": "cache"},
          {"destination": "/c", "product": "tencent-sqlserver"}],
          "comment": "hand-made"})";
        const RuleFile first = RuleFile::parse(hand, u"hand.json"_s);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"offsite.json"_s);
        QCOMPARE(first.write(path), QString());
        const RuleFile again = RuleFile::read(path);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.rules.size(), 2);
        QVERIFY(again.rules.at(0) == first.rules.at(0));
        QVERIFY(again.rules.at(1) == first.rules.at(1));
        QCOMPARE(again.rules.at(0).instances, QStringList {u"crs-*"_s});
        QCOMPARE(again.rules.at(0).retention.weekly, 8);
        QCOMPARE(again.rules.at(0).bytesPerSecond, 1500);
        QCOMPARE(again.rules.at(1).name, u"rule-2"_s); // the default name is written down
        QCOMPARE(again.others.value(u"comment"_s).toString(), u"hand-made"_s);
    }

    void writeRefusesWhatReadRefuses_data()
    {
        QTest::addColumn<int>("broken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same name") << 0 << u"rules[1].name"_s;
        QTest::newRow("newest") << 1 << u"rules[0].newest"_s;
        QTest::newRow("layout") << 2 << u"rules[0].layout"_s;
        QTest::newRow("connections") << 3 << u"rules[0].connections"_s;
        QTest::newRow("no destination") << 4 << u"rules[0].destination"_s;
        QTest::newRow("empty region") << 5 << u"rules[0].regions"_s;
        QTest::newRow("minimum") << 6 << u"rules[0].keep.minimum"_s;
        QTest::newRow("no rules") << 7 << u"\"rules\" is empty"_s;
    }

    void writeRefusesWhatReadRefuses()
    {
        QFETCH(int, broken);
        QFETCH(QString, expected);
        RuleFile f;
        f.rules = everyField();
        OffsiteRule &r = f.rules[0];
        switch (broken) {
        case 0:
            f.rules[1].name = r.name;
            break;
        case 1:
            r.newest = OffsiteRule::maxNewest + 1;
            break;
        case 2:
            r.layout = u"{instance}/{yyyy}"_s;
            break;
        case 3:
            r.connections = 0;
            break;
        case 4:
            r.destination.clear();
            break;
        case 5:
            r.regions << u" "_s;
            break;
        case 6:
            r.retention.minimum = 0;
            break;
        default:
            f.rules.clear();
            break;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"offsite.json"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("{\"rules\": []} left alone");
        old.close();
        const QString error = f.write(path);
        QVERIFY2(error.startsWith(path + u": "_s) && error.contains(expected), qPrintable(error));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("{\"rules\": []} left alone"));
        // The editor's check of one rule finds the same, naming the field without a file.
        if (broken >= 1 && broken <= 6) {
            const QString field = expected.mid(expected.indexOf(u'.') + 1);
            QVERIFY2(r.problem().startsWith(field + u": "_s), qPrintable(r.problem()));
        }
    }

    void aValidRuleHasNoProblem()
    {
        for (const OffsiteRule &rule : everyField())
            QVERIFY2(rule.problem().isEmpty(), qPrintable(rule.problem()));
        OffsiteRule unnamed = everyField().at(1);
        unnamed.name.clear();
        QVERIFY2(unnamed.problem().startsWith(u"name: "_s), qPrintable(unnamed.problem()));
    }

    void writeReportsWhatItCannotWrite()
    {
        QTemporaryDir dir;
        RuleFile f;
        f.rules = everyField();
        const QString path = dir.filePath(u"missing-folder/offsite.json"_s);
        const QString error = f.write(path);
        QVERIFY2(error.contains(u"cannot write the rules file"_s) && error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void examplePathFollowsTheLayout()
    {
        OffsiteRule rule;
        rule.product = u"tencent-redis"_s;
        rule.regions = {u"ap-shanghai"_s};
        rule.instances = {u"crs-*"_s, u"crs-abc"_s};
        const QDateTime start(QDate(2026, 3, 9), QTime(23, 30), Qt::UTC);
        QCOMPARE(rule.examplePath(start), u"tencent/tencent-redis/crs-abc/2026-03-09/backup.bak"_s);
        rule.layout = u"{region}/{backup}/{file}"_s;
        QCOMPARE(rule.examplePath(start), u"ap-shanghai/backup-1/backup.bak"_s);
        rule.layout = u"{file}"_s;
        QCOMPARE(rule.examplePath(start), u"backup.bak"_s);
    }

    void splitListTakesCommasAndLines()
    {
        QCOMPARE(OffsiteRule::splitList(u" a, b ,\n\nc\r\n,, d "_s),
                 (QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        QVERIFY(OffsiteRule::splitList(u" , \n"_s).isEmpty());
    }

    void defaultLayoutFolder()
    {
        OffsiteRule rule;
        QCOMPARE(rule.folderFor(backup()), u"tencent/tencent-sqlserver/mssql-abc/2026-03-09"_s);
    }

    void serverNamesAreSanitised()
    {
        OffsiteRule rule;
        rule.layout = u"{instance}/{backup}/{file}"_s;
        bb::Backup b = backup();
        b.instanceId = u".."_s;
        b.id = u"a/../../etc"_s;
        const QString folder = rule.folderFor(b);
        for (const QString &part : folder.split(u'/'))
            QVERIFY2(part != u".."_s && part != u"."_s && !part.isEmpty(), qPrintable(folder));
        QCOMPARE(folder.count(u'/'), 1); // two segments: a slash in an id is not a folder
    }

    void layoutChecks_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<bool>("ok");
        QTest::newRow("default") << OffsiteRule::defaultLayout() << true;
        QTest::newRow("file only") << u"{file}"_s << true;
        QTest::newRow("no file") << u"{instance}/{yyyy}"_s << false;
        QTest::newRow("file twice") << u"{file}/{file}"_s << false;
        QTest::newRow("file prefix") << u"{instance}/x-{file}"_s << false;
        QTest::newRow("absolute") << u"/{instance}/{file}"_s << false;
        QTest::newRow("empty part") << u"{instance}//{file}"_s << false;
        QTest::newRow("unknown") << u"{host}/{file}"_s << false;
    }

    void layoutChecks()
    {
        QFETCH(QString, layout);
        QFETCH(bool, ok);
        QCOMPARE(OffsiteRule::checkLayout(layout).isEmpty(), ok);
    }

    void instancePatterns()
    {
        OffsiteRule rule;
        QVERIFY(rule.selectsInstance(u"any"_s, {}));
        rule.instances = {u"prod-*"_s, u"crs-1"_s};
        QVERIFY(rule.selectsInstance(u"x"_s, u"prod-db"_s));
        QVERIFY(rule.selectsInstance(u"crs-1"_s, u"staging"_s));
        QVERIFY(!rule.selectsInstance(u"crs-12"_s, u"staging"_s));
        QVERIFY(!rule.selectsInstance(u"x"_s, u"my-prod-db"_s));
    }

    void kinds()
    {
        OffsiteRule rule;
        QVERIFY(rule.selectsKind(bb::BackupKind::Full));
        QVERIFY(rule.selectsKind(bb::BackupKind::Snapshot));
        QVERIFY(!rule.selectsKind(bb::BackupKind::Log));
        rule.kinds = OffsiteRule::Kinds::Log;
        QVERIFY(!rule.selectsKind(bb::BackupKind::Full));
        QVERIFY(rule.selectsKind(bb::BackupKind::Log));
        rule.kinds = OffsiteRule::Kinds::All;
        QVERIFY(rule.selectsKind(bb::BackupKind::Log));
    }

    void retentionFollowsTheSelectionUnlessSet()
    {
        OffsiteRule rule;
        rule.newest = 5;
        rule.days = 9;
        QCOMPARE(rule.effectiveRetention().last, 5);
        QCOMPARE(rule.effectiveRetention().withinDays, 9);
        rule.retention.daily = 7;
        rule.retentionSet = true;
        QCOMPARE(rule.effectiveRetention().last, 0);
        QCOMPARE(rule.effectiveRetention().daily, 7);
    }

    void parsesAFullFile()
    {
        const RuleFile f = RuleFile::parse(R"({"rules": [
          {"name": "prod", "account": "ops", "product": "alibaba-rds", "regions": ["cn-hangzhou"],
           "instances": ["rm-*"], "kind": "all", "newest": 7, "days": 30, "destination": "/srv/b",
           "layout": "{product}/{instance}/{file}", "network": "internal", "connections": 4,
           "connections_per_file": 8, "bandwidth": 1048576, "prune": false,
           "keep": {"daily": 7, "weekly": 4, "monthly": 12, "yearly": 2, "minimum": 3}},
          {"product": "tencent-redis", "destination": "/srv/r"}]})",
                                           u"rules.json"_s);
        QVERIFY2(f.ok(), qPrintable(f.error));
        QCOMPARE(f.rules.size(), 2);
        const OffsiteRule &r = f.rules.first();
        QCOMPARE(r.name, u"prod"_s);
        QCOMPARE(r.account, u"ops"_s);
        QCOMPARE(r.regions, QStringList {u"cn-hangzhou"_s});
        QCOMPARE(r.kinds, OffsiteRule::Kinds::All);
        QCOMPARE(r.newest, 7);
        QCOMPARE(r.network, bb::DownloadNetwork::Internal);
        QCOMPARE(r.connections, 4);
        QCOMPARE(r.connectionsPerFile, 8);
        QCOMPARE(f.rules.at(1).connectionsPerFile, bb::DownloadOptions().connections); // the engine's default
        QCOMPARE(r.bytesPerSecond, 1048576);
        QVERIFY(!r.prune);
        QVERIFY(r.retentionSet);
        QCOMPARE(r.retention.monthly, 12);
        QCOMPARE(r.retention.minimum, 3);
        QCOMPARE(f.rules.at(1).name, u"rule-2"_s);
        QCOMPARE(f.rules.at(1).layout, OffsiteRule::defaultLayout());
    }

    void errorsNameTheLineOrTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\"rules\": [\n{\"product\": \"x\",\n \"newest\": seven}]}")
                                << u"line 3"_s;
        QTest::newRow("no rules") << QByteArray("{}") << u"\"rules\""_s;
        QTest::newRow("missing product")
            << QByteArray(R"({"rules": [{"destination": "/d"}]})") << u"rules[0].product: is required"_s;
        QTest::newRow("negative") << QByteArray(
            R"({"rules": [{"product": "p", "destination": "/d", "newest": -1}]})")
                                  << u"rules[0].newest"_s;
        QTest::newRow("fraction") << QByteArray(
            R"({"rules": [{"product": "p", "destination": "/d", "days": 1.5}]})")
                                  << u"rules[0].days"_s;
        QTest::newRow("unknown field")
            << QByteArray(R"({"rules": [{"product": "p", "destination": "/d", "nwest": 1}]})")
            << u"rules[0].nwest: unknown field"_s;
        QTest::newRow("kind") << QByteArray(
            R"({"rules": [{"product": "p", "destination": "/d", "kind": "diff"}]})")
                              << u"rules[0].kind"_s;
        QTest::newRow("keep") << QByteArray(
            R"({"rules": [{"product": "p", "destination": "/d"}, {"product": "p", "destination": "/d", "keep": {"minimum": 0}}]})")
                              << u"rules[1].keep.minimum"_s;
        QTest::newRow("layout") << QByteArray(
            R"({"rules": [{"product": "p", "destination": "/d", "layout": "{x}"}]})")
                                << u"rules[0].layout"_s;
        QTest::newRow("same name") << QByteArray(
            R"({"rules": [{"name": "a", "product": "p", "destination": "/d"}, {"name": "a", "product": "q", "destination": "/e"}]})")
                                   << u"rules[1].name"_s;
        QTest::newRow("connections") << QByteArray(
            R"({"rules": [{"product": "p", "destination": "/d", "connections": 100}]})")
                                     << u"rules[0].connections"_s;
        QTest::newRow("connections per file")
            << QByteArray(R"({"rules": [{"product": "p", "destination": "/d", "connections_per_file": 17}]})")
            << u"rules[0].connections_per_file"_s;
    }

    void errorsNameTheLineOrTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const RuleFile f = RuleFile::parse(json, u"r.json"_s);
        QVERIFY(!f.ok());
        QVERIFY(f.rules.isEmpty());
        QVERIFY2(f.error.startsWith(u"r.json: "_s) && f.error.contains(expected), qPrintable(f.error));
    }

    void sizeIsBounded()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"big.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(RuleFile::maxBytes + 10, ' '));
        file.close();
        const RuleFile f = RuleFile::read(file.fileName());
        QVERIFY(!f.ok());
        QVERIFY2(f.error.contains(u"larger than"_s), qPrintable(f.error));
        QVERIFY(!RuleFile::read(dir.filePath(u"missing.json"_s)).ok());
    }
};

BB_TEST_GUILESS_MAIN(TestOffsiteRule)
#include "tst_offsiterule.moc"
