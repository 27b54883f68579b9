#include "models/backuploader.h"
#include "models/backuptablemodel.h"
#include "providers/productregistry.h"
#include "sandbox/sandbox.h"
#include "sandbox/tencentredisemulator.h"
#include "sandbox/tencentsqlserveremulator.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace bb;

// Loads real listings from the sandbox over HTTPS into the table: one reply per instance, all
// at once, pages appended as they arrive, rows updated later (Redis sizes) in batches.
class tst_BackupLoader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    std::shared_ptr<BackupService> m_service;
    QList<Instance> m_instances;

    sandbox::TencentRedisEmulator::RedisInstance busyRedis() const
    {
        for (const auto &instance : m_sandbox->sandbox().redis().instances()) {
            if (instance.name == QLatin1String("sandbox-redis-busy"))
                return instance;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_service = ProductRegistry::create(QStringLiteral("tencent-sqlserver"), m_sandbox->tencentConfig());
        QVERIFY(m_service);
        std::unique_ptr<ServiceReply> reply(m_service->listInstances(QStringLiteral("ap-guangzhou")));
        QSignalSpy done(reply.get(), &ServiceReply::finished);
        QVERIFY2(done.wait(10000), qPrintable(reply->error().toString()));
        m_instances = reply->instances();
        QVERIFY(m_instances.size() >= 2);
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_sandbox.reset();
    }

    void loadsEveryInstanceConcurrently()
    {
        BackupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupLoader loader(&model);
        QSignalSpy idle(&loader, &BackupLoader::idle);
        QSignalSpy loaded(&loader, &BackupLoader::instanceLoaded);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        QList<BackupLoader::Target> targets;
        for (const Instance &instance : std::as_const(m_instances))
            targets.append({m_service, instance.region, instance.id, {}});
        loader.load(targets);
        QCOMPARE(loader.pendingCount(), m_instances.size()); // all in flight at once
        QVERIFY(idle.wait(20000));
        QCOMPARE(loaded.size(), m_instances.size());
        QCOMPARE(loader.failedCount(), 0);
        QVERIFY(model.rowCount() > 0);
        int total = 0;
        for (const QList<QVariant> &args : std::as_const(loaded))
            total += args.at(2).toInt();
        QCOMPARE(model.rowCount(), total);
        QVERIFY(inserted.size() <= model.rowCount()); // pages, not rows one by one
        QSet<QString> ids;
        for (const Instance &instance : std::as_const(m_instances))
            ids.insert(instance.id);
        for (const Backup &backup : model.backups()) {
            QVERIFY(ids.contains(backup.instanceId));
            QCOMPARE(backup.product, QStringLiteral("tencent-sqlserver"));
        }
    }

    void failuresNameTheInstance()
    {
        BackupTableModel model;
        BackupLoader loader(&model);
        QSignalSpy idle(&loader, &BackupLoader::idle);
        QSignalSpy failed(&loader, &BackupLoader::instanceFailed);
        loader.add({m_service, QStringLiteral("ap-guangzhou"), QStringLiteral("mssql-doesnotexist"), {}});
        loader.add({m_service, m_instances.first().region, m_instances.first().id, {}});
        QVERIFY(idle.wait(20000));
        QCOMPARE(failed.size(), 1);
        const ProviderError error = failed.first().first().value<ProviderError>();
        QVERIFY2(error.toString().contains(QLatin1String("mssql-doesnotexist")),
                 qPrintable(error.toString()));
        QCOMPARE(loader.errors().size(), 1);
        QVERIFY(model.rowCount() > 0);
    }

    // Issue 21: a wider window lists only what each instance misses, in 30-day pieces newest
    // first, without gaps or overlaps; a narrower one lists nothing; a piece that failed is asked
    // again the next time the window is set, one that arrived is not.
    void windowListsOnlyWhatIsMissing()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        BackupTableModel model;
        BackupLoader loader(&model);
        loader.setClock([now] { return now; });
        QSignalSpy idle(&loader, &BackupLoader::idle);
        QSignalSpy pieces(&loader, &BackupLoader::pieceRequested);
        QSignalSpy progress(&loader, &BackupLoader::progressChanged);
        const Instance &instance = m_instances.first();
        loader.add({m_service, instance.region, instance.id, {}});
        loader.add({m_service, QStringLiteral("ap-guangzhou"), QStringLiteral("mssql-doesnotexist"), {}});
        QVERIFY(idle.wait(20000));
        QCOMPARE(pieces.size(), 2);
        for (const QList<QVariant> &piece : std::as_const(pieces)) {
            QCOMPARE(piece.at(2).toDateTime(), now.addDays(-BackupLoader::defaultDays));
            QCOMPARE(piece.at(3).toDateTime(), now);
        }
        const int weekRows = model.rowCount();

        // 75 days: the 68 older days, for both instances (the failed one had nothing).
        pieces.clear();
        loader.setWindow(now.addDays(-75), {});
        QCOMPARE(loader.piecesTotal(), 3 + 3);
        QCOMPARE(loader.windowBegin(), now.addDays(-75));
        QVERIFY(idle.wait(20000));
        QCOMPARE(loader.piecesDone(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3); // the failed instance's other pieces were dropped
        QList<QList<QVariant>> good;
        for (const QList<QVariant> &piece : std::as_const(pieces)) {
            if (piece.at(1).toString() == instance.id)
                good.append(piece);
        }
        QCOMPARE(good.size(), 3);
        QCOMPARE(good.first().at(3).toDateTime(), now.addDays(-BackupLoader::defaultDays).addSecs(-1));
        for (qsizetype i = 0; i + 1 < good.size(); ++i) {
            QCOMPARE(good.at(i + 1).at(3).toDateTime(), good.at(i).at(2).toDateTime().addSecs(-1));
            QVERIFY(good.at(i).at(2).toDateTime().secsTo(good.at(i).at(3).toDateTime())
                    <= BackupLoader::pieceSeconds);
        }
        QCOMPARE(good.last().at(2).toDateTime(), now.addDays(-75));
        QVERIFY(model.rowCount() >= weekRows);

        // Narrower: nothing for the instance that holds it; the failed one is asked again.
        pieces.clear();
        loader.setWindow(now.addDays(-30), {});
        QCOMPARE(pieces.size(), 1);
        QCOMPARE(pieces.first().at(1).toString(), QStringLiteral("mssql-doesnotexist"));
        QVERIFY(idle.wait(20000));
        QCOMPARE(loader.failedCount(), 3);
    }

    // The DescribeBackups requests the sandbox received since it was last cleared.
    QList<QByteArray> describeBackupsRequests() const
    {
        QList<QByteArray> found;
        for (const QByteArray &line : m_sandbox->sandbox().requestLog()) {
            if (line.endsWith(" DescribeBackups"))
                found.append(line);
        }
        return found;
    }

    // Issue 21: the status filter goes to RDS (BackupStatus=Failed), so only failed rows are
    // listed; going back to every status lists the window again without it; a filter that the
    // rows listed under a wider one already hold lists nothing.
    void statusFilterIsSentWhereTheApiHasIt()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
        const std::shared_ptr<BackupService> rds
            = ProductRegistry::create(QStringLiteral("alibaba-rds"), m_sandbox->alibabaConfig());
        QVERIFY(rds);
        std::unique_ptr<ServiceReply> instances(rds->listInstances(QStringLiteral("cn-hangzhou")));
        QSignalSpy listed(instances.get(), &ServiceReply::finished);
        QVERIFY2(listed.wait(10000), qPrintable(instances->error().toString()));
        QVERIFY(!instances->instances().isEmpty());
        // The instance with the most failed backups in the last 7 days, and how many it has.
        QString instanceId;
        int failedRows = 0;
        int allRows = 0;
        for (const Instance &instance : instances->instances()) {
            BackupQuery query;
            query.since = now.addDays(-BackupLoader::defaultDays);
            query.until = now;
            std::unique_ptr<ServiceReply> reply(rds->listBackups(instance.region, instance.id, query));
            QSignalSpy done(reply.get(), &ServiceReply::finished);
            QVERIFY2(done.wait(10000), qPrintable(reply->error().toString()));
            int failed = 0;
            for (const Backup &backup : reply->backups())
                failed += backup.status == BackupStatus::Failed ? 1 : 0;
            if (failed > failedRows) {
                instanceId = instance.id;
                failedRows = failed;
                allRows = static_cast<int>(reply->backups().size());
            }
        }
        QVERIFY2(failedRows > 0 && allRows > failedRows,
                 "the sandbox has an RDS instance with failed backups");

        BackupTableModel model;
        BackupLoader loader(&model);
        loader.setClock([now] { return now; });
        QSignalSpy idle(&loader, &BackupLoader::idle);
        QSignalSpy pieces(&loader, &BackupLoader::pieceRequested);
        BackupQuery failed;
        failed.status = BackupStatus::Failed;
        loader.setFilter(failed);
        m_sandbox->sandbox().clearRequestLog();
        loader.add({rds, QStringLiteral("cn-hangzhou"), instanceId, {}});
        QVERIFY(idle.wait(20000));
        QList<QByteArray> requests = describeBackupsRequests();
        QVERIFY(!requests.isEmpty());
        for (const QByteArray &request : std::as_const(requests))
            QVERIFY2(request.contains("BackupStatus=Failed"), request.constData());
        QCOMPARE(model.rowCount(), failedRows);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.backupAt(row).status == BackupStatus::Failed);

        // Every status: the failed listing does not hold the rest, so the week is listed again.
        pieces.clear();
        m_sandbox->sandbox().clearRequestLog();
        loader.setFilter({});
        QCOMPARE(pieces.size(), 1);
        QVERIFY(idle.wait(20000));
        requests = describeBackupsRequests();
        QVERIFY(!requests.isEmpty());
        for (const QByteArray &request : std::as_const(requests))
            QVERIFY2(!request.contains("BackupStatus="), request.constData());
        QCOMPARE(model.rowCount(), allRows); // the failed rows were not added twice

        // Failed again, or a status RDS cannot filter (creating, left to the proxy): held already.
        pieces.clear();
        loader.setFilter(failed);
        BackupQuery creating;
        creating.status = BackupStatus::Creating;
        loader.setFilter(creating);
        BackupQuery manualFull;
        manualFull.kind = BackupKind::Full;
        manualFull.trigger = BackupTrigger::Manual;
        loader.setFilter(manualFull);
        QCOMPARE(pieces.size(), 0);
        QVERIFY(!loader.isLoading());
    }

    // Tencent SQL Server's DescribeBackups has no status filter: changing it lists nothing.
    void statusFilterStaysLocalWhereTheApiHasNone()
    {
        BackupTableModel model;
        BackupLoader loader(&model);
        QSignalSpy idle(&loader, &BackupLoader::idle);
        QSignalSpy pieces(&loader, &BackupLoader::pieceRequested);
        const Instance &instance = m_instances.first();
        loader.add({m_service, instance.region, instance.id, {}});
        QVERIFY(idle.wait(20000));
        const int rows = model.rowCount();
        pieces.clear();
        BackupQuery failed;
        failed.status = BackupStatus::Failed;
        loader.setFilter(failed);
        QCOMPARE(pieces.size(), 0);
        QCOMPARE(model.rowCount(), rows);
    }

    void resetAbortsAndClears()
    {
        BackupTableModel model;
        BackupLoader loader(&model);
        QSignalSpy idle(&loader, &BackupLoader::idle);
        for (const Instance &instance : std::as_const(m_instances))
            loader.add({m_service, instance.region, instance.id, {}});
        loader.reset();
        QCOMPARE(loader.pendingCount(), 0);
        QCOMPARE(model.rowCount(), 0);
        QTest::qWait(300);
        QCOMPARE(model.rowCount(), 0); // nothing from the aborted replies arrives
    }

    void pagesArrivingTogetherAreOneInsert()
    {
        // 31 pages (data and log listings of 3,000 backups) that arrive within a few hundred
        // milliseconds: one insert per page made the proxy and the view redo their work for each.
        const QString id
            = m_sandbox->sandbox().sqlServer().addBulkInstance(QStringLiteral("ap-guangzhou"), 3000);
        BackupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupLoader loader(&model);
        QSignalSpy idle(&loader, &BackupLoader::idle);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        loader.add({m_service, QStringLiteral("ap-guangzhou"), id, {}});
        // Rows received so far (counted after the loader saw each page) and, per insert, when it
        // came and what was received but not yet in the table right after it.
        const QList<ServiceReply *> replies
            = loader.findChildren<ServiceReply *>(QString(), Qt::FindDirectChildrenOnly);
        QCOMPARE(replies.size(), 1);
        qsizetype received = 0;
        connect(replies.first(), &ServiceReply::backupsReceived, this,
                [&](const QList<Backup> &page) { received += page.size(); });
        QElapsedTimer clock;
        clock.start();
        struct Insert
        {
            qint64 atMs;
            qsizetype backlog;
        };
        QList<Insert> inserts;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&] {
            inserts.append({clock.elapsed(), received - model.rowCount()});
        });
        QVERIFY(idle.wait(30000));
        QVERIFY2(loader.failedCount() == 0,
                 qPrintable(loader.errors().isEmpty() ? QString() : loader.errors().first().toString()));
        QCOMPARE(model.rowCount(), 3000); // every row is in when idle() says so
        QVERIFY(inserted.size() >= 1);
        // While pages stream in, no insert is bigger than maxRowsPerInsert (a burst goes in slice
        // by slice); only the last one, made when the listing finished, takes all that is left.
        for (qsizetype i = 0; i + 1 < inserted.size(); ++i) {
            const qsizetype rows = inserted.at(i).at(2).toInt() - inserted.at(i).at(1).toInt() + 1;
            QVERIFY2(rows <= BackupLoader::maxRowsPerInsert, qPrintable(QString::number(rows)));
        }
        // Pages that arrive within a batch interval wait for one insert: an insert follows the
        // one before it sooner than the interval (less the 5% a coarse timer may fire early) only
        // to go on with a backlog that one left, i.e. the next slice. Judged by the order of
        // events, not by how many inserts a run made, so a loaded machine cannot fail it.
        for (qsizetype i = 1; i + 1 < inserts.size(); ++i) {
            const qint64 gap = inserts.at(i).atMs - inserts.at(i - 1).atMs;
            QVERIFY2(gap >= BackupLoader::batchIntervalMs * 9 / 10 || inserts.at(i - 1).backlog > 0,
                     qPrintable(QStringLiteral("insert %1 came %2 ms after one that left nothing behind")
                                    .arg(i)
                                    .arg(gap)));
        }
    }

    // The slice after a slow one is smaller, after a fast one as big as allowed, and never
    // outside [minRowsPerInsert, maxRowsPerInsert].
    void sliceSizeFollowsThePace()
    {
        const qint64 budget = BackupLoader::sliceBudgetNs;
        QCOMPARE(BackupLoader::nextSliceRows(budget / 10, 1000), BackupLoader::maxRowsPerInsert);
        QCOMPARE(BackupLoader::nextSliceRows(budget, 1000), qsizetype(1000));
        QCOMPARE(BackupLoader::nextSliceRows(2 * budget, 1000), qsizetype(500));
        QCOMPARE(BackupLoader::nextSliceRows(3 * budget, 600), qsizetype(200));
        QCOMPARE(BackupLoader::nextSliceRows(100 * budget, 1000), BackupLoader::minRowsPerInsert);
        QCOMPARE(BackupLoader::nextSliceRows(0, 1000), BackupLoader::maxRowsPerInsert);
        QCOMPARE(BackupLoader::nextSliceRows(budget, 0), BackupLoader::maxRowsPerInsert);
    }

    // A Tencent Redis listing delivers its rows first and their sizes later (one detail call per
    // row at 20/s): the rows are in the table when the instance is loaded, and the sizes reach it
    // in place, several per table update, until the reply settles.
    void rowUpdatesReachTheModelInBatches()
    {
        auto redis = std::shared_ptr<BackupService>(
            ProductRegistry::create(QStringLiteral("tencent-redis"), m_sandbox->tencentConfig()));
        QVERIFY(redis);
        const auto busy = busyRedis();
        QVERIFY(!busy.id.isEmpty());
        QHash<QString, qint64> truth;
        for (const auto &b : m_sandbox->sandbox().redis().backups(busy.id))
            truth.insert(b.id, b.totalSize());

        BackupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupLoader loader(&model);
        QSignalSpy loaded(&loader, &BackupLoader::instanceLoaded);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // Table updates that carry sizes, grouped into bursts: one flush emits its rows in one
        // event-loop turn, so a burst ends when the loop gets back to its queue (a zero timer),
        // however long the rows take on a slow or loaded machine.
        QElapsedTimer clock;
        clock.start();
        auto inBurst = std::make_shared<bool>(false); // the zero timer may outlive this function
        int bursts = 0;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&bursts, inBurst, this] {
            if (*inBurst)
                return;
            *inBurst = true;
            ++bursts;
            QTimer::singleShot(0, this, [inBurst] { *inBurst = false; });
        });
        BackupQuery query;
        query.until = QDateTime::currentDateTimeUtc();
        query.since = query.until.addDays(-6); // a few dozen rows: enough for batches, quick
        loader.add({redis, busy.region, busy.id, query});
        QCOMPARE(loader.findChildren<ServiceReply *>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
        ServiceReply *reply
            = loader.findChildren<ServiceReply *>(QString(), Qt::FindDirectChildrenOnly).first();
        QSignalSpy settled(reply, &ServiceReply::updatesSettled);
        // Connected after the loader: sees whether an update is already in the table.
        int updates = 0;
        int deferred = 0;
        connect(reply, &ServiceReply::backupUpdated, this, [&](const Backup &backup) {
            ++updates;
            const int row = model.rowOf(backup.product, backup.instanceId, backup.id);
            if (row >= 0 && model.backupAt(row).sizeBytes != backup.sizeBytes)
                ++deferred;
        });

        QVERIFY(loaded.wait(10000));
        QVERIFY(!loader.isLoading()); // loaded with its rows; the sizes are not loading
        const int rows = model.rowCount();
        QVERIFY(rows > 10);
        int live = 0;
        int sizedWhenLoaded = 0;
        for (const Backup &backup : model.backups()) {
            if (backup.status != BackupStatus::Expired) {
                ++live;
                sizedWhenLoaded += backup.sizeBytes >= 0 ? 1 : 0;
            }
        }
        QVERIFY2(sizedWhenLoaded < live / 2, qPrintable(QString::number(sizedWhenLoaded)));
        const qint64 sizesFrom = clock.elapsed();

        QVERIFY(settled.wait(20000));
        QTRY_COMPARE(loader.findChildren<ServiceReply *>(QString(), Qt::FindDirectChildrenOnly).size(),
                     0); // let go once settled
        const qint64 elapsed = clock.elapsed() - sizesFrom;
        QCOMPARE(model.rowCount(), rows); // updated in place, nothing inserted
        for (const Backup &backup : model.backups()) {
            if (backup.status != BackupStatus::Expired)
                QCOMPARE(backup.sizeBytes, truth.value(backup.id));
        }
        QCOMPARE(updates, live);
        // Batched: most updates waited for the next flush, and the table changed at most once per
        // batch interval (row by row it would change at the 20/s the sizes come in).
        QVERIFY2(deferred > updates / 3, qPrintable(QStringLiteral("%1 of %2").arg(deferred).arg(updates)));
        QVERIFY2(bursts <= elapsed / BackupLoader::batchIntervalMs + 2,
                 qPrintable(QStringLiteral("%1 bursts in %2 ms").arg(bursts).arg(elapsed)));
        QVERIFY(bursts < updates);
    }

    void resetStopsTheRowUpdates()
    {
        auto redis = std::shared_ptr<BackupService>(
            ProductRegistry::create(QStringLiteral("tencent-redis"), m_sandbox->tencentConfig()));
        const auto busy = busyRedis();
        BackupTableModel model;
        BackupLoader loader(&model);
        QSignalSpy loaded(&loader, &BackupLoader::instanceLoaded);
        loader.add({redis, busy.region, busy.id, {}});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loader.findChildren<ServiceReply *>(QString(), Qt::FindDirectChildrenOnly).size(),
                 1); // still bringing sizes
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        loader.reset();
        QCOMPARE(model.rowCount(), 0);
        QTest::qWait(300);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.rowCount(), 0);
    }
};

BB_TEST_GUILESS_MAIN(tst_BackupLoader)
#include "tst_backuploader.moc"
