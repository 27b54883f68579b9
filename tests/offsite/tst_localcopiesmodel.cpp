#include "offsite/localcopiesmodel.h"
#include "support/testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bb::CopyRecord;
using bb::LocalCopiesModel;

namespace {

const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

CopyRecord copy(const QString &instance, const QString &backup, int daysAgo, const QString &file = {})
{
    CopyRecord c;
    c.rule = u"r"_s;
    c.product = u"tencent-redis"_s;
    c.instanceId = instance;
    c.backupId = backup;
    c.backupStart = now.addDays(-daysAgo);
    c.path = instance + u'/' + backup + file;
    c.size = 1024;
    c.verifiedAt = now.addSecs(-3600 * daysAgo);
    return c;
}

} // namespace

class TestLocalCopiesModel : public QObject
{
    Q_OBJECT

private slots:
    void onRowPerRuleAndInstance()
    {
        LocalCopiesModel model;
        model.setCopies({copy(u"b"_s, u"1"_s, 3), copy(u"a"_s, u"2"_s, 1), copy(u"a"_s, u"3"_s, 2),
                         copy(u"a"_s, u"3"_s, 2, u".shard2"_s)},
                        now);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(LocalCopiesModel::ColumnCount));
        const LocalCopiesModel::Row &a = model.row(0);
        QCOMPARE(a.instanceId, u"a"_s);
        QCOMPARE(a.backups, 2); // backup 3 has two files
        QCOMPARE(a.bytes, 3 * 1024);
        QCOMPARE(a.newest, now.addDays(-1));
        QCOMPARE(a.verified, now.addSecs(-3600 * 2)); // the stalest copy's
        QCOMPARE(model.data(model.index(0, LocalCopiesModel::Age), Qt::UserRole).toLongLong(), 86400);
        QVERIFY(!model.data(model.index(0, LocalCopiesModel::Age)).toString().isEmpty());
        QCOMPARE(model.data(model.index(1, LocalCopiesModel::Instance)).toString(), u"b"_s);
        QCOMPARE(model.headerData(LocalCopiesModel::Newest, Qt::Horizontal).toString(),
                 u"Newest local copy"_s);
    }

    void corruptCopiesShow()
    {
        LocalCopiesModel model;
        CopyRecord bad = copy(u"a"_s, u"1"_s, 1);
        bad.corrupt = true;
        model.setCopies({bad, copy(u"a"_s, u"2"_s, 2)}, now);
        QCOMPARE(model.row(0).corrupt, 1);
        QVERIFY(model.data(model.index(0, LocalCopiesModel::Verified)).toString().contains(u"corrupt"_s));
        QVERIFY(!model.data(model.index(0, 0), Qt::ToolTipRole).toString().isEmpty());
    }

    void emptyAndReset()
    {
        LocalCopiesModel model;
        model.setCopies({copy(u"a"_s, u"1"_s, 1)}, now);
        QCOMPARE(model.rowCount(), 1);
        model.setCopies({}, now);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.data(model.index(0, 0)).isValid());
    }
};

BB_TEST_GUILESS_MAIN(TestLocalCopiesModel)
#include "tst_localcopiesmodel.moc"
