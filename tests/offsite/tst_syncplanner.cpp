#include "offsite/syncplanner.h"
#include "support/testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bb::SyncItem;
using bb::SyncPlanner;
using Action = bb::SyncItem::Action;

namespace {

const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

// Backup n of an instance started n days before `now`, 09:00 UTC.
bb::Backup listed(int n, const QString &instance = u"crs-1"_s,
                  bb::BackupStatus status = bb::BackupStatus::Succeeded,
                  bb::BackupKind kind = bb::BackupKind::Full)
{
    bb::Backup b;
    b.id = u"b%1"_s.arg(n);
    b.product = u"tencent-redis"_s;
    b.instanceId = instance;
    b.region = u"ap-shanghai"_s;
    b.status = status;
    b.kind = kind;
    b.start = QDateTime(now.date().addDays(-n), QTime(9, 0), Qt::UTC);
    b.sizeBytes = 100;
    return b;
}

bb::CopyRecord copyOf(const bb::Backup &b, qint64 size = 100)
{
    bb::CopyRecord c;
    c.rule = u"r"_s;
    c.product = b.product;
    c.instanceId = b.instanceId;
    c.backupId = b.id;
    c.backupStart = b.start;
    c.fileName = b.id;
    c.path = b.instanceId + u'/' + b.id;
    c.size = size;
    c.crc64 = u"1"_s;
    return c;
}

QStringList ids(const bb::SyncPlan &plan, Action action)
{
    QStringList out;
    for (const SyncItem &i : plan.items) {
        if (i.action == action)
            out << i.backupId;
    }
    return out;
}

bb::SyncInput input(int newest = 3)
{
    bb::SyncInput in;
    in.rule.name = u"r"_s;
    in.rule.newest = newest;
    in.nowUtc = now;
    return in;
}

// The catalogue holds `copies`, each file on disk with its recorded size.
void have(bb::SyncInput &in, const QList<bb::Backup> &backups)
{
    for (const bb::Backup &b : backups) {
        in.copies << copyOf(b);
        in.diskSizes.insert(in.copies.last().path, in.copies.last().size);
    }
}

} // namespace

class TestSyncPlanner : public QObject
{
    Q_OBJECT

private slots:
    void emptyCatalogueFetchesTheNewestNewestFirst()
    {
        bb::SyncInput in = input(3);
        for (int n = 0; n < 10; ++n)
            in.listed << listed(n);
        const bb::SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(ids(plan, Action::Fetch), (QStringList {u"b0"_s, u"b1"_s, u"b2"_s}));
        QVERIFY(ids(plan, Action::Prune).isEmpty());
        const SyncItem &first = plan.items.first();
        QCOMPARE(first.folder, u"tencent/tencent-redis/crs-1/2026-12-07"_s);
        QVERIFY2(first.reason.contains(u"newest 3"_s) && first.reason.contains(u"no local copy"_s),
                 qPrintable(first.reason));
    }

    void onlyEligibleBackupsCount()
    {
        bb::SyncInput in = input(2);
        in.listed << listed(0, u"crs-1"_s, bb::BackupStatus::Running)
                  << listed(1, u"crs-1"_s, bb::BackupStatus::Failed)
                  << listed(2, u"crs-1"_s, bb::BackupStatus::Succeeded, bb::BackupKind::Log) << listed(3)
                  << listed(4) << listed(5);
        bb::Backup locked = listed(6);
        locked.notDownloadableReason = u"archived"_s;
        in.listed << locked;
        QCOMPARE(ids(SyncPlanner::plan(in), Action::Fetch), (QStringList {u"b3"_s, u"b4"_s}));
    }

    void completeCopiesAreKeptNotFetched()
    {
        bb::SyncInput in = input(3);
        for (int n = 0; n < 5; ++n)
            in.listed << listed(n);
        have(in, {listed(0), listed(1), listed(2)});
        const bb::SyncPlan plan = SyncPlanner::plan(in);
        QVERIFY(ids(plan, Action::Fetch).isEmpty());
        QCOMPARE(ids(plan, Action::Keep), (QStringList {u"b0"_s, u"b1"_s, u"b2"_s}));
    }

    void newBackupsFetchedAndTheOnesFallenOutPruned()
    {
        bb::SyncInput in = input(3);
        for (int n = 0; n < 5; ++n)
            in.listed << listed(n);
        have(in, {listed(2), listed(3), listed(4)}); // two days ago the newest 3
        const bb::SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(ids(plan, Action::Fetch), (QStringList {u"b0"_s, u"b1"_s}));
        QCOMPARE(ids(plan, Action::Keep), QStringList {u"b2"_s});
        QCOMPARE(ids(plan, Action::Prune), (QStringList {u"b3"_s, u"b4"_s}));
        for (const SyncItem &i : plan.items) {
            if (i.action == Action::Prune)
                QCOMPARE(i.copies.size(), 1);
        }
    }

    void noPruneKeepsWithAReason()
    {
        bb::SyncInput in = input(1);
        in.rule.prune = false;
        in.listed << listed(0) << listed(1);
        have(in, {listed(0), listed(1)});
        const bb::SyncPlan plan = SyncPlanner::plan(in);
        QVERIFY(ids(plan, Action::Prune).isEmpty());
        QCOMPARE(ids(plan, Action::Keep).size(), 2);
        QVERIFY(plan.items.last().reason.contains(u"pruning is off"_s));
    }

    void badLocalCopiesAreFetchedAgain_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << 0 << u"is missing"_s;
        QTest::newRow("size") << 1 << u"has 99 bytes"_s;
        QTest::newRow("corrupt") << 2 << u"failed verification"_s;
        QTest::newRow("incomplete") << 3 << u"1 of 2 files"_s;
    }

    void badLocalCopiesAreFetchedAgain()
    {
        QFETCH(int, problem);
        QFETCH(QString, reason);
        bb::SyncInput in = input(1);
        in.listed << listed(0);
        have(in, {listed(0)});
        bb::CopyRecord &c = in.copies.first();
        if (problem == 0)
            in.diskSizes.clear();
        else if (problem == 1)
            in.diskSizes[c.path] = 99;
        else if (problem == 2)
            c.corrupt = true;
        else
            c.backupFiles = 2;
        const bb::SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(ids(plan, Action::Fetch), QStringList {u"b0"_s});
        QVERIFY2(plan.items.first().reason.contains(reason), qPrintable(plan.items.first().reason));
        QCOMPARE(plan.items.first().copies.size(), 1); // the bad copy goes before the fetch
        QVERIFY(ids(plan, Action::Prune).isEmpty());
    }

    void copiesOfBackupsGoneFromTheCloudFollowRetention()
    {
        bb::SyncInput in = input(2);
        in.listed << listed(0) << listed(1);
        have(in, {listed(0), listed(1), listed(40), listed(41)}); // 40 and 41 expired in the cloud
        in.rule.retention.monthly = 3;
        in.rule.retention.last = 2;
        in.rule.retentionSet = true;
        const bb::SyncPlan plan = SyncPlanner::plan(in);
        // b40 (2026-10-28) is the newest of October: kept by "monthly"; b41 falls out.
        QCOMPARE(ids(plan, Action::Keep), (QStringList {u"b0"_s, u"b1"_s, u"b40"_s}));
        QCOMPARE(ids(plan, Action::Prune), QStringList {u"b41"_s});
    }

    void anInstanceGoneFromTheCloudKeepsItsMinimum()
    {
        // Copies 10 and 11 days old, a rule of 3 days, nothing listed: the minimum (1) keeps the
        // newest copy, the other goes.
        bb::SyncInput in = input(0);
        in.rule.days = 3;
        have(in, {listed(10, u"crs-gone"_s), listed(11, u"crs-gone"_s)});
        const bb::SyncPlan plan = SyncPlanner::plan(in);
        QCOMPARE(ids(plan, Action::Keep), QStringList {u"b10"_s});
        QCOMPARE(ids(plan, Action::Prune), QStringList {u"b11"_s});
        QVERIFY(plan.items.first().reason.contains(u"minimum"_s));
    }

    void daysSelectRelativeToNow()
    {
        bb::SyncInput in = input(0);
        in.rule.days = 2;
        for (int n = 0; n < 5; ++n)
            in.listed << listed(n);
        QCOMPARE(ids(SyncPlanner::plan(in), Action::Fetch), (QStringList {u"b0"_s, u"b1"_s}));
    }
};

BB_TEST_GUILESS_MAIN(TestSyncPlanner)
#include "tst_syncplanner.moc"
