// LocalCopyIndex: which rule covers an instance and the newest backup with a verified local copy,
// from rules and catalogue rows, and load() against real SQLite catalogues in a temporary folder.

#include "models/backuptablemodel.h"
#include "offsite/localcopyindex.h"
#include "support/testmain.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bb::CopyCatalogue;
using bb::CopyRecord;
using bb::LocalCopyFacts;
using bb::LocalCopyIndex;
using bb::OffsiteRule;

namespace {

const QDateTime kDay(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC);

OffsiteRule rule(const QString &name, const QString &destination = u"/nowhere"_s)
{
    OffsiteRule r;
    r.name = name;
    r.product = u"alibaba-rds"_s;
    r.destination = destination;
    return r;
}

// File `file` of `files` of the backup started `daysAgo` days before kDay.
CopyRecord copy(const QString &backup, int daysAgo, int file = 1, int files = 1, bool verified = true,
                bool corrupt = false, const QString &instance = u"rm-1"_s)
{
    CopyRecord c;
    c.rule = u"nightly"_s;
    c.product = u"alibaba-rds"_s;
    c.instanceId = instance;
    c.backupId = backup;
    c.backupStart = kDay.addDays(-daysAgo);
    c.kind = bb::BackupKind::Full;
    c.backupFiles = files;
    c.fileName = u"%1-%2.tar"_s.arg(backup).arg(file);
    c.path = u"%1/%2"_s.arg(instance, c.fileName);
    c.size = 10;
    c.crc64 = u"1"_s;
    c.copiedAt = c.backupStart.addSecs(3600);
    if (verified)
        c.verifiedAt = c.copiedAt;
    c.corrupt = corrupt;
    return c;
}

} // namespace

class TestLocalCopyIndex : public QObject
{
    Q_OBJECT

private slots:
    void newestVerifiedBackupOfTheInstance()
    {
        LocalCopyIndex index;
        index.add(rule(u"nightly"_s), {copy(u"b3"_s, 3), copy(u"b1"_s, 1), copy(u"b2"_s, 2)});
        const LocalCopyFacts facts = index.factsFor({}, {}, u"alibaba-rds"_s, u"rm-1"_s, u"orders"_s);
        QCOMPARE(facts.rule, u"nightly"_s);
        QCOMPARE(facts.newestVerified, kDay.addDays(-1));
    }

    void backupCountsOnlyWhenEveryFileIsVerifiedAndSound()
    {
        LocalCopyIndex index;
        index.add(rule(u"nightly"_s),
                  {// b1: one of two files copied
                   copy(u"b1"_s, 1, 1, 2),
                   // b2: both files, one never verified
                   copy(u"b2"_s, 2, 1, 2), copy(u"b2"_s, 2, 2, 2, false),
                   // b3: one file failed verification
                   copy(u"b3"_s, 3, 1, 2), copy(u"b3"_s, 3, 2, 2, true, true),
                   // b4: whole and verified
                   copy(u"b4"_s, 4, 1, 2), copy(u"b4"_s, 4, 2, 2)});
        QCOMPARE(index.factsFor({}, {}, u"alibaba-rds"_s, u"rm-1"_s, {}).newestVerified, kDay.addDays(-4));
    }

    void backupStatesForTheTable()
    {
        using bb::BackupTableModel;
        using bb::LocalCopyState;
        LocalCopyIndex index;
        index.add(rule(u"nightly"_s),
                  {copy(u"b1"_s, 1, 1, 2), // incomplete: absent
                   copy(u"b2"_s, 2, 1, 2), copy(u"b2"_s, 2, 2, 2), copy(u"b3"_s, 3, 1, 1, true, true)});
        const QHash<QString, LocalCopyState> &states = index.backupStates();
        QCOMPARE(states.size(), 2);
        const LocalCopyState verified
            = states.value(BackupTableModel::localCopyKey(u"alibaba-rds"_s, u"rm-1"_s, u"b2"_s));
        QVERIFY(verified.kind == LocalCopyState::Kind::Verified);
        QCOMPARE(verified.verifiedAt, kDay.addDays(-2).addSecs(3600));
        QVERIFY(states.value(BackupTableModel::localCopyKey(u"alibaba-rds"_s, u"rm-1"_s, u"b3"_s)).kind
                == LocalCopyState::Kind::Failed);

        // Another rule's whole copy of the failed backup: it has a verified local copy.
        CopyRecord again = copy(u"b3"_s, 3);
        again.rule = u"weekly"_s;
        index.add(rule(u"weekly"_s), {again});
        QVERIFY(index.backupStates()
                    .value(BackupTableModel::localCopyKey(u"alibaba-rds"_s, u"rm-1"_s, u"b3"_s))
                    .kind
                == LocalCopyState::Kind::Verified);
    }

    void coveredWithoutCopies()
    {
        LocalCopyIndex index;
        index.add(rule(u"nightly"_s), {copy(u"b1"_s, 1, 1, 1, true, false, u"rm-other"_s)});
        const LocalCopyFacts facts = index.factsFor({}, {}, u"alibaba-rds"_s, u"rm-1"_s, {});
        QVERIFY(facts.covered());
        QVERIFY(!facts.newestVerified.isValid());
    }

    void scopeDecidesCoverage()
    {
        OffsiteRule byName = rule(u"nightly"_s);
        byName.instances = QStringList {u"prod-*"_s};
        byName.account = u"work"_s;
        LocalCopyIndex index;
        index.add(byName, {copy(u"b1"_s, 1)});
        QVERIFY(
            index.factsFor(u"id-1"_s, u"work"_s, u"alibaba-rds"_s, u"rm-1"_s, u"prod-orders"_s).covered());
        QVERIFY(
            !index.factsFor(u"id-1"_s, u"work"_s, u"alibaba-rds"_s, u"rm-1"_s, u"test-orders"_s).covered());
        QVERIFY(
            index.factsFor(u"work"_s, {}, u"alibaba-rds"_s, u"rm-1"_s, u"prod-orders"_s).covered()); // by id
        QVERIFY(
            !index.factsFor(u"id-2"_s, u"home"_s, u"alibaba-rds"_s, u"rm-1"_s, u"prod-orders"_s).covered());
        QVERIFY(
            !index.factsFor(u"id-1"_s, u"work"_s, u"tencent-redis"_s, u"rm-1"_s, u"prod-orders"_s).covered());
    }

    void copiesOfAnotherRuleDoNotCount()
    {
        LocalCopyIndex index;
        index.add(rule(u"weekly"_s), {copy(u"b1"_s, 1)}); // recorded under "nightly"
        const LocalCopyFacts facts = index.factsFor({}, {}, u"alibaba-rds"_s, u"rm-1"_s, {});
        QCOMPARE(facts.rule, u"weekly"_s);
        QVERIFY(!facts.newestVerified.isValid());
    }

    void freshestOfSeveralRulesSpeaks()
    {
        LocalCopyIndex index;
        index.add(rule(u"old"_s), {});
        QList<CopyRecord> copies {copy(u"b2"_s, 2)};
        index.add(rule(u"nightly"_s), copies);
        const LocalCopyFacts facts = index.factsFor({}, {}, u"alibaba-rds"_s, u"rm-1"_s, {});
        QCOMPARE(facts.rule, u"nightly"_s);
        QCOMPARE(facts.newestVerified, kDay.addDays(-2));
    }

    void loadReadsTheCataloguesAndCreatesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString withCatalogue = dir.filePath(u"a"_s);
        {
            CopyCatalogue catalogue(withCatalogue);
            QString error;
            QVERIFY2(catalogue.open(&error), qPrintable(error));
            QVERIFY2(catalogue.record(copy(u"b5"_s, 5), &error), qPrintable(error));
            CopyRecord corrupt = copy(u"b1"_s, 1);
            corrupt.corrupt = true;
            QVERIFY2(catalogue.record(corrupt, &error), qPrintable(error));
        }
        const QString empty = dir.filePath(u"b"_s);
        OffsiteRule other = rule(u"other"_s, empty);
        other.instances = QStringList {u"rm-2"_s};

        OffsiteRule nightly = rule(u"nightly"_s, withCatalogue);
        nightly.instances = QStringList {u"rm-1"_s};

        QStringList errors;
        const LocalCopyIndex index = LocalCopyIndex::load({nightly, other}, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(index.factsFor({}, {}, u"alibaba-rds"_s, u"rm-1"_s, {}).newestVerified, kDay.addDays(-5));
        const LocalCopyFacts none = index.factsFor({}, {}, u"alibaba-rds"_s, u"rm-2"_s, {});
        QCOMPARE(none.rule, u"other"_s);
        QVERIFY(!none.newestVerified.isValid());
        QVERIFY(!QDir(empty).exists()); // reading never creates a destination
    }

    void unreadableCatalogueIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(u"bad"_s);
        QVERIFY(QDir().mkpath(CopyCatalogue::stateFolder(root)));
        QFile file(CopyCatalogue::databasePath(root));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QStringList errors;
        const LocalCopyIndex index = LocalCopyIndex::load({rule(u"nightly"_s, root)}, &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().contains(u"nightly"_s), qPrintable(errors.constFirst()));
        QVERIFY(index.factsFor({}, {}, u"alibaba-rds"_s, u"rm-1"_s, {}).covered());
    }
};

BB_TEST_GUILESS_MAIN(TestLocalCopyIndex)
#include "tst_localcopyindex.moc"
