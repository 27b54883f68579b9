#include "models/displayformat.h"
#include "models/instancetreemodel.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace bb;

namespace {

struct PendingLoad
{
    QString account;
    QString product;
    QString region;
    InstanceTreeModel::LoadDone done;
};

Instance instance(const QString &id, const QString &region, InstanceStatus status = InstanceStatus::Running)
{
    Instance out;
    out.id = id;
    out.name = QStringLiteral("name of ") + id;
    out.product = QStringLiteral("tencent-sqlserver");
    out.region = region;
    out.status = status;
    return out;
}

QList<InstanceTreeModel::AccountEntry> accounts()
{
    return {{QStringLiteral("acc1"),
             QStringLiteral("Production"),
             {{QStringLiteral("tencent-sqlserver"),
               QStringLiteral("SQL Server"),
               {QStringLiteral("ap-guangzhou"), QStringLiteral("ap-shanghai")}},
              {QStringLiteral("tencent-redis"), QStringLiteral("Redis"), {QStringLiteral("ap-guangzhou")}}}},
            {QStringLiteral("acc2"), QStringLiteral("Staging"), {}}};
}

} // namespace

class tst_InstanceTreeModel : public QObject
{
    Q_OBJECT

private:
    QList<PendingLoad> m_pending;

    // The pending load of one region (the tester fetches every region it walks, like a view).
    InstanceTreeModel::LoadDone take(const QString &product, const QString &region)
    {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (m_pending.at(i).product == product && m_pending.at(i).region == region)
                return m_pending.takeAt(i).done;
        }
        return {};
    }

    void install(InstanceTreeModel &model)
    {
        m_pending.clear();
        model.setLoader([this](const QString &account, const QString &product, const QString &region,
                               InstanceTreeModel::LoadDone done) {
            m_pending.append({account, product, region, std::move(done)});
        });
        model.setAccounts(accounts());
    }

    // acc1's SQL Server region ap-guangzhou loaded with instances "a" and "b"; its index.
    QModelIndex loadGuangzhou(InstanceTreeModel &model)
    {
        install(model);
        const QModelIndex gz = model.regionIndex(QStringLiteral("acc1"), QStringLiteral("tencent-sqlserver"),
                                                 QStringLiteral("ap-guangzhou"));
        model.fetchMore(gz);
        take(QStringLiteral("tencent-sqlserver"),
             QStringLiteral("ap-guangzhou"))({instance(QStringLiteral("a"), QStringLiteral("ap-guangzhou")),
                                              instance(QStringLiteral("b"), QStringLiteral("ap-guangzhou"))},
                                             {});
        // Callers check the row count: a load that never lands fails there.
        static_cast<void>(QTest::qWaitFor([&] { return model.rowCount(gz) == 2; }));
        return gz;
    }

private slots:
    void languageChangeRepaintsEveryLevel()
    {
        InstanceTreeModel model;
        install(model);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&model, &change);
        QCOMPARE(headers.size(), 1);
        // One dataChanged per parent that has rows: the root, each account, each product.
        QSet<QModelIndex> parents;
        for (const QList<QVariant> &args : std::as_const(cells))
            parents.insert(args.at(0).toModelIndex().parent());
        QVERIFY(parents.contains(QModelIndex()));
        const QModelIndex account = model.index(0, 0);
        QVERIFY(parents.contains(account));
        QVERIFY(parents.contains(model.index(0, 0, account)));
    }

    void structure()
    {
        InstanceTreeModel model;
        install(model);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex account = model.index(0, 0);
        QCOMPARE(account.data().toString(), QStringLiteral("Production"));
        QCOMPARE(model.rowCount(account), 2);
        const QModelIndex product = model.index(0, 0, account);
        QCOMPARE(product.data(InstanceTreeModel::ProductRole).toString(),
                 QStringLiteral("tencent-sqlserver"));
        const QModelIndex region = model.index(1, 0, product);
        QCOMPARE(region.data().toString(), QStringLiteral("ap-shanghai"));
        QCOMPARE(region.data(InstanceTreeModel::NodeTypeRole).toInt(),
                 int(InstanceTreeModel::NodeType::Region));
        QVERIFY(model.hasChildren(region));
        QVERIFY(model.canFetchMore(region));
        QCOMPARE(model.rowCount(region), 0);
        QVERIFY(m_pending.isEmpty()); // nothing loads until asked
        QCOMPARE(model.regionIndex(QStringLiteral("acc1"), QStringLiteral("tencent-sqlserver"),
                                   QStringLiteral("ap-shanghai")),
                 region);
    }

    void lazyConcurrentLoad()
    {
        InstanceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        install(model);
        QSignalSpy loaded(&model, &InstanceTreeModel::regionLoaded);
        model.load(model.accountIndex(QStringLiteral("acc1")));
        QCOMPARE(m_pending.size(), 3); // all regions at once, not one after another
        QCOMPARE(model.loadingCount(), 3);
        const QModelIndex account = model.accountIndex(QStringLiteral("acc1"));
        QCOMPARE(account.data(InstanceTreeModel::LoadStateRole).toInt(),
                 int(InstanceTreeModel::LoadState::Loading));

        // Answers arrive out of order.
        m_pending.at(1).done({instance(QStringLiteral("mssql-sh1"), QStringLiteral("ap-shanghai"))}, {});
        m_pending.at(0).done(
            {instance(QStringLiteral("mssql-gz1"), QStringLiteral("ap-guangzhou")),
             instance(QStringLiteral("mssql-gz2"), QStringLiteral("ap-guangzhou"), InstanceStatus::Stopped)},
            {});
        QTRY_COMPARE(loaded.size(), 2);
        const QModelIndex gz = model.regionIndex(QStringLiteral("acc1"), QStringLiteral("tencent-sqlserver"),
                                                 QStringLiteral("ap-guangzhou"));
        QCOMPARE(model.rowCount(gz), 2);
        QVERIFY(!model.canFetchMore(gz));
        const QModelIndex gz2 = model.index(1, 0, gz);
        QCOMPARE(gz2.data(InstanceTreeModel::InstanceIdRole).toString(), QStringLiteral("mssql-gz2"));
        QCOMPARE(model.index(1, InstanceTreeModel::StatusColumn, gz).data().toString(),
                 QStringLiteral("Stopped"));
        QCOMPARE(model.instanceAt(gz2).id, QStringLiteral("mssql-gz2"));

        ProviderError error;
        error.kind = ProviderError::Kind::Auth;
        error.code = QStringLiteral("AuthFailure.SecretIdNotFound");
        error.message = QStringLiteral("The SecretId is not found.");
        QSignalSpy failed(&model, &InstanceTreeModel::loadFailed);
        m_pending.at(2).done({}, error);
        QTRY_COMPARE(failed.size(), 1);
        const QModelIndex redis = model.regionIndex(QStringLiteral("acc1"), QStringLiteral("tencent-redis"),
                                                    QStringLiteral("ap-guangzhou"));
        QCOMPARE(redis.data(InstanceTreeModel::LoadStateRole).toInt(),
                 int(InstanceTreeModel::LoadState::Failed));
        QVERIFY(
            redis.data(Qt::ToolTipRole).toString().contains(QLatin1String("AuthFailure.SecretIdNotFound")));
        QCOMPARE(account.data(InstanceTreeModel::LoadStateRole).toInt(),
                 int(InstanceTreeModel::LoadState::Failed));
        QCOMPARE(model.loadingCount(), 0);
        QCOMPARE(model.instancesUnder(account).size(), 3);

        // The first loaded instance, in tree order (Guangzhou before Shanghai), or one that matches.
        QCOMPARE(model.instanceAt(model.firstInstance()).id, QStringLiteral("mssql-gz1"));
        QCOMPARE(model
                     .instanceAt(model.firstInstance(
                         [](const Instance &i) { return i.status == InstanceStatus::Stopped; }))
                     .id,
                 QStringLiteral("mssql-gz2"));
        QVERIFY(
            !model
                 .firstInstance([](const Instance &i) { return i.product == QLatin1String("tencent-redis"); })
                 .isValid());
    }

    void fetchMoreLoadsOneRegion()
    {
        InstanceTreeModel model;
        install(model);
        const QModelIndex region = model.regionIndex(QStringLiteral("acc1"), QStringLiteral("tencent-redis"),
                                                     QStringLiteral("ap-guangzhou"));
        model.fetchMore(region);
        QCOMPARE(m_pending.size(), 1);
        QVERIFY(!model.canFetchMore(region)); // no second load while one runs
        m_pending.at(0).done({}, {});
        QTRY_VERIFY(!model.hasChildren(region)); // loaded, empty
    }

    // The tree's column cuts long names: every node's tooltip holds its full name, an
    // instance's its name, id, engine and the provider's status.
    void tooltipsHoldTheFullName()
    {
        InstanceTreeModel model;
        install(model);
        const QModelIndex account = model.index(0, 0);
        QCOMPARE(account.data(Qt::ToolTipRole).toString(), QStringLiteral("Production"));
        QCOMPARE(model.index(0, 0, account).data(Qt::ToolTipRole).toString(), QStringLiteral("SQL Server"));
        const QModelIndex gz = model.regionIndex(QStringLiteral("acc1"), QStringLiteral("tencent-sqlserver"),
                                                 QStringLiteral("ap-guangzhou"));
        model.fetchMore(gz);
        Instance longName = instance(QStringLiteral("mssql-1a2b3c4d"), QStringLiteral("ap-guangzhou"));
        longName.name = QStringLiteral("finance-dev-mssql-6-with-a-name-longer-than-the-column");
        longName.engine = QStringLiteral("SQL Server 2019 Enterprise");
        longName.statusRaw = QStringLiteral("2");
        take(QStringLiteral("tencent-sqlserver"), QStringLiteral("ap-guangzhou"))({longName}, {});
        QTRY_COMPARE(model.rowCount(gz), 1);
        const QStringList lines = model.index(0, 0, gz).data(Qt::ToolTipRole).toString().split(u'\n');
        QCOMPARE(lines.value(0), longName.name);
        QVERIFY(lines.contains(longName.id));
        QVERIFY(lines.contains(longName.engine));
        QVERIFY2(lines.last().contains(QLatin1String("2")), qPrintable(lines.last()));
        // The same on the row's other cells (status, backups), where the pointer may rest.
        QCOMPARE(model.index(0, InstanceTreeModel::StatusColumn, gz)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .split(u'\n')
                     .value(0),
                 longName.name);
    }

    void backupCountsAndRefresh()
    {
        InstanceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex gz = loadGuangzhou(model);
        QCOMPARE(model.rowCount(gz), 2);
        model.setBackupCount(QStringLiteral("acc1"), QStringLiteral("tencent-sqlserver"), QStringLiteral("a"),
                             5);
        model.setBackupCount(QStringLiteral("acc1"), QStringLiteral("tencent-sqlserver"), QStringLiteral("b"),
                             7);
        QCOMPARE(model.index(0, InstanceTreeModel::BackupsColumn, gz).data().toInt(), 5);
        const QModelIndex account = model.accountIndex(QStringLiteral("acc1"));
        QCOMPARE(model.index(account.row(), InstanceTreeModel::BackupsColumn).data().toInt(), 12);

        // Refresh: "a" stays (with its count), "b" goes, "c" arrives.
        model.refresh(gz);
        take(QStringLiteral("tencent-sqlserver"), QStringLiteral("ap-guangzhou"))(
            {instance(QStringLiteral("a"), QStringLiteral("ap-guangzhou"), InstanceStatus::Busy),
             instance(QStringLiteral("c"), QStringLiteral("ap-guangzhou"))},
            {});
        QTRY_COMPARE(gz.data(InstanceTreeModel::LoadStateRole).toInt(),
                     int(InstanceTreeModel::LoadState::Loaded));
        QCOMPARE(model.rowCount(gz), 2);
        QCOMPARE(model.index(0, 0, gz).data(InstanceTreeModel::InstanceIdRole).toString(),
                 QStringLiteral("a"));
        QCOMPARE(model.index(0, InstanceTreeModel::BackupsColumn, gz).data().toInt(), 5);
        QCOMPARE(model.index(1, 0, gz).data(InstanceTreeModel::InstanceIdRole).toString(),
                 QStringLiteral("c"));
    }

    void healthShowsTheWorstBelow()
    {
        InstanceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex gz = loadGuangzhou(model);
        QCOMPARE(model.rowCount(gz), 2);
        const QModelIndex account = model.accountIndex(QStringLiteral("acc1"));
        const QModelIndex a = model.index(0, 0, gz);
        QCOMPARE(account.data(InstanceTreeModel::HealthRole).toInt(), -1); // nothing judged
        QVERIFY(!account.data(Qt::ForegroundRole).isValid());

        QSignalSpy changed(&model, &InstanceTreeModel::dataChanged);
        model.setHealth(QStringLiteral("acc1"), QStringLiteral("tencent-sqlserver"), QStringLiteral("a"),
                        HealthState::Ok);
        model.setHealth(QStringLiteral("acc1"), QStringLiteral("tencent-sqlserver"), QStringLiteral("b"),
                        HealthState::Critical);
        QVERIFY(changed.size() >= 4); // instance, region, product, account for each
        QCOMPARE(a.data(InstanceTreeModel::HealthRole).toInt(), int(HealthState::Ok));
        QVERIFY(!a.data(Qt::ForegroundRole).isValid()); // OK is not coloured
        QCOMPARE(gz.data(InstanceTreeModel::HealthRole).toInt(), int(HealthState::Critical));
        QCOMPARE(account.data(InstanceTreeModel::HealthRole).toInt(), int(HealthState::Critical));
        QCOMPARE(account.data(Qt::ForegroundRole).value<QColor>(),
                 DisplayFormat::healthColor(HealthState::Critical));
        // The other account and product hold nothing judged.
        QCOMPARE(model.accountIndex(QStringLiteral("acc2")).data(InstanceTreeModel::HealthRole).toInt(), -1);

        // Better again: the parents follow.
        model.setHealth(QStringLiteral("acc1"), QStringLiteral("tencent-sqlserver"), QStringLiteral("b"),
                        HealthState::Warning);
        QCOMPARE(account.data(InstanceTreeModel::HealthRole).toInt(), int(HealthState::Warning));
        QCOMPARE(account.data(Qt::ForegroundRole).value<QColor>(),
                 DisplayFormat::healthColor(HealthState::Warning));
        // An instance not in the tree changes nothing.
        changed.clear();
        model.setHealth(QStringLiteral("acc1"), QStringLiteral("tencent-sqlserver"), QStringLiteral("zz"),
                        HealthState::Critical);
        QCOMPARE(changed.size(), 0);
    }

    void staleAnswersIgnored()
    {
        InstanceTreeModel model;
        install(model);
        model.load();
        QCOMPARE(m_pending.size(), 3);
        const QList<PendingLoad> old = m_pending;
        model.setAccounts(accounts()); // rebuilt: old loads no longer count
        for (const PendingLoad &load : old)
            load.done({instance(QStringLiteral("late"), load.region)}, {});
        QTest::qWait(20);
        const QModelIndex gz = model.regionIndex(QStringLiteral("acc1"), QStringLiteral("tencent-sqlserver"),
                                                 QStringLiteral("ap-guangzhou"));
        QCOMPARE(model.rowCount(gz), 0);
        QVERIFY(model.canFetchMore(gz));
    }
};

BB_TEST_GUILESS_MAIN(tst_InstanceTreeModel)
#include "tst_instancetreemodel.moc"
