#include "offsite/offsiterule.h"
#include "support/testmain.h"

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

private slots:
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
           "bandwidth": 1048576, "prune": false,
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
