#include "models/backupcreationtracker.h"
#include "models/backupfilterproxy.h"
#include "models/backuploader.h"
#include "models/backuptablemodel.h"
#include "models/instancetreemodel.h"
#include "providers/accounts/memorycredentialstore.h"
#include "providers/core/apiclient.h"
#include "sandbox/filefaults.h"
#include "sandbox/filehost.h"
#include "sandbox/sandbox.h"
#include "session/appcontext.h"
#include "session/browsercontroller.h"
#include "session/isolatedcontext.h"
#include "session/settings.h"
#include "transfers/downloadmanager.h"
#include "transfers/downloadtask.h"
#include "ui/backuptablepane.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bb;
using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 40000;

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

// BrowserController against the sandbox over HTTPS, with the window on top as in the app: what
// lives longer than one window and context (the saved download queue).
class TestBrowserController final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    // Starts the app on the scratch folder as main() does: context, sandbox, then the window.
    bool startApp()
    {
        m_context
            = std::make_unique<AppContext>(test::isolatedOptions(m_dir.path(), new MemoryCredentialStore));
        QString error;
        if (!m_context->startSandbox(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        return true;
    }

    // Quits: the window closes, then everything goes (the sandbox stops with the context).
    void quitApp()
    {
        m_window->close();
        m_window.reset();
        m_context.reset();
    }

    BrowserController *controller() const { return m_window->controller(); }

    // The tree's instance nodes of one product (the tree loaded).
    QList<QModelIndex> instancesOf(const QString &product) const
    {
        InstanceTreeModel *tree = controller()->tree();
        QList<QModelIndex> found;
        for (const QModelIndex &index : tree->match(tree->index(0, 0), InstanceTreeModel::ProductRole,
                                                    product, -1, Qt::MatchExactly | Qt::MatchRecursive)) {
            if (index.data(InstanceTreeModel::NodeTypeRole).toInt()
                == static_cast<int>(InstanceTreeModel::NodeType::Instance))
                found.append(index);
        }
        return found;
    }
    DownloadManager *downloads() const { return controller()->downloads(); }
    QString folder(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        Icons::init();
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    // Issue 5: a paused download stays paused and a running one comes back and resumes after
    // quitting and restarting; both finish from their .part with Range, byte for byte what an
    // uninterrupted download gets.
    void downloadQueueSurvivesRestart()
    {
        QVERIFY(startApp());
        InstanceTreeModel *tree = controller()->tree();
        tree->load();
        QTRY_VERIFY_WITH_TIMEOUT(tree->loadingCount() == 0, 15000);
        QVERIFY(m_window->selectFirstInstance());
        QTRY_VERIFY_WITH_TIMEOUT(controller()->proxy()->rowCount() > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->loader()->isLoading(), 15000);

        // Two small one-file backups: quick, yet slow enough below to be stopped part-way.
        QList<Backup> chosen;
        BackupFilterProxy *proxy = controller()->proxy();
        for (int r = 0; r < proxy->rowCount() && chosen.size() < 2; ++r) {
            const Backup &b = proxy->backupAt(r);
            if (b.status == BackupStatus::Succeeded && b.files.size() <= 1 && b.sizeBytes >= 256 * 1024
                && b.sizeBytes <= 4 * 1024 * 1024 && b.notDownloadableReason.isEmpty())
                chosen.append(b);
        }
        QCOMPARE(chosen.size(), 2);

        // One download per chosen backup into `subfolder`; their ids.
        const auto startAll = [&](const QString &subfolder) {
            QStringList started;
            for (const Backup &b : std::as_const(chosen)) {
                QString error;
                const QStringList ids
                    = controller()->startDownload(b, DownloadNetwork::External, folder(subfolder), &error);
                if (ids.size() != 1)
                    qWarning() << "startDownload:" << error;
                started << ids.value(0);
            }
            return started;
        };

        // Reference copies, downloaded without interruption.
        const QStringList reference = startAll(u"reference"_s);
        QVERIFY(!reference.contains(QString()));
        for (const QString &id : std::as_const(reference))
            QTRY_COMPARE_WITH_TIMEOUT(toString(downloads()->taskById(id)->state()),
                                      toString(DownloadState::Done), waitMs);

        // Now slowed down: one is paused, the other still runs when the app quits.
        sandbox::FileFaultPlan slow;
        slow.bytesPerSecond = 64 * 1024;
        m_context->sandbox()->fileHost().faults().set(slow);
        const QStringList ids = startAll(u"downloads"_s);
        QVERIFY(!ids.contains(QString()));
        for (const QString &id : std::as_const(ids))
            QTRY_VERIFY_WITH_TIMEOUT(downloads()->taskById(id)->progress().received > 32 * 1024, waitMs);
        downloads()->pause(ids.at(0));
        QTRY_COMPARE_WITH_TIMEOUT(toString(downloads()->taskById(ids.at(0))->state()),
                                  toString(DownloadState::Paused), waitMs);
        QCOMPARE(toString(downloads()->taskById(ids.at(1))->state()), toString(DownloadState::Downloading));
        const QString pausedTarget = downloads()->taskById(ids.at(0))->targetPath();
        const QString runningTarget = downloads()->taskById(ids.at(1))->targetPath();
        const int rows = downloads()->count();
        quitApp();

        QVERIFY(QFile::exists(pausedTarget + u".part"_s));
        QVERIFY(QFile::exists(runningTarget + u".part"_s));
        QVERIFY(!QFile::exists(runningTarget));
        // The sandbox's queue is its own file.
        QVERIFY(QFile::exists(m_dir.filePath(u"downloads-sandbox.json"_s)));
        QVERIFY(!QFile::exists(m_dir.filePath(u"downloads.json"_s)));

        // Restart on the same folder: a new sandbox (new port, same data), nothing selected.
        QVERIFY(startApp());
        QCOMPARE(downloads()->count(), rows);
        QCOMPARE(toString(downloads()->taskById(ids.at(0))->state()), toString(DownloadState::Paused));
        QSignalSpy finished(downloads(), &DownloadManager::downloadFinished);
        QSignalSpy failed(downloads(), &DownloadManager::downloadFailed);
        // The running one resumes by itself, resolving through its account's service.
        QTRY_COMPARE_WITH_TIMEOUT(toString(downloads()->taskById(ids.at(1))->state()),
                                  toString(DownloadState::Done), waitMs);
        QCOMPARE(toString(downloads()->taskById(ids.at(0))->state()), toString(DownloadState::Paused));
        downloads()->resume(ids.at(0));
        QTRY_COMPARE_WITH_TIMEOUT(toString(downloads()->taskById(ids.at(0))->state()),
                                  toString(DownloadState::Done), waitMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE(finished.size(), 2);

        // Both asked for the rest only.
        const QList<QByteArray> ranges = m_context->sandbox()->fileHost().faults().rangeLog();
        QCOMPARE(ranges.size(), 2);
        for (const QByteArray &range : ranges) {
            QVERIFY2(range.startsWith("bytes="),
                     range.isEmpty() ? "a request without Range" : range.constData());
            QVERIFY2(range.mid(6, range.indexOf('-') - 6).toLongLong() > 0, range.constData());
        }
        for (int i = 0; i < 2; ++i) {
            const QString done = downloads()->taskById(ids.at(i))->targetPath();
            const QString whole = downloads()->taskById(reference.at(i))->targetPath();
            QVERIFY(!QFile::exists(done + u".part"_s));
            QCOMPARE(QFileInfo(done).size(), chosen.at(i).sizeBytes);
            QCOMPARE(sha256Of(done), sha256Of(whole));
        }
        quitApp();
    }

    // Issue 21: the date filter drives what is listed. The app starts on the last 7 days; "Last
    // 30 days" lists only the 23 older days of the selected instance, after which the table holds
    // exactly what a 30-day listing of the sandbox returns (more rows than 7 days); back to "Last
    // 7 days" lists nothing; "Any time" plans the product's documented retention piece by piece
    // with a progress bar; the table says which window it holds.
    void dateFilterDrivesTheListing()
    {
        QVERIFY(startApp());
        BrowserController *c = controller();
        BackupLoader *loader = c->loader();
        InstanceTreeModel *tree = c->tree();
        tree->load();
        QTRY_VERIFY_WITH_TIMEOUT(tree->loadingCount() == 0, 15000);
        const QString product = u"tencent-sqlserver"_s;
        const QModelIndex instanceIndex
            = tree->firstInstance([&](const Instance &i) { return i.product == product; });
        QVERIFY(instanceIndex.isValid());

        // Every listing piece the loader asks for, and every DescribeBackups request sent.
        QSignalSpy pieces(loader, &BackupLoader::pieceRequested);
        int describeBackups = 0;
        connect(m_context->apiClient(), &ApiClient::requestLogged, this, [&](const ApiLogEntry &entry) {
            if (entry.action == u"DescribeBackups"_s)
                ++describeBackups;
        });

        c->select(instanceIndex);
        QTRY_VERIFY_WITH_TIMEOUT(pieces.size() == 1 && !loader->isLoading(), 20000);
        const QDateTime firstListed = pieces.at(0).at(3).toDateTime();
        const QDateTime weekStart = pieces.at(0).at(2).toDateTime();
        QCOMPARE(weekStart, firstListed.addDays(-7));
        const QString instanceId = pieces.at(0).at(1).toString();
        const int weekRows = c->table()->rowCount();
        QVERIFY(weekRows > 0);
        QVERIFY(describeBackups >= 2); // data and log backups

        BackupTablePane *pane = m_window->tablePane();
        auto *label = pane->findChild<QLabel *>(u"listingWindow"_s);
        auto *progress = pane->findChild<QProgressBar *>(u"listingProgress"_s);
        QVERIFY(label && progress);
        const auto day = [](const QDateTime &t) {
            return t.toLocalTime().date().toString(Qt::ISODate);
        };
        QCOMPARE(label->text(), u"Backups from %1 to now"_s.arg(day(weekStart)));

        // Widen: one piece, the 23 missing days, ending a second before the week began.
        pieces.clear();
        describeBackups = 0;
        pane->setDateRange(BackupTablePane::DateRange::Last30Days);
        QTRY_VERIFY_WITH_TIMEOUT(!loader->isLoading(), 20000);
        QCOMPARE(pieces.size(), 1);
        const QDateTime monthStart = pieces.at(0).at(2).toDateTime();
        QCOMPARE(pieces.at(0).at(3).toDateTime(), weekStart.addSecs(-1));
        QVERIFY(monthStart <= weekStart.addDays(-22));
        QVERIFY(monthStart > weekStart.addDays(-24));
        const int widenRequests = describeBackups;
        QVERIFY(widenRequests >= 2);
        QCOMPARE(label->text(), u"Backups from %1 to now"_s.arg(day(monthStart)));

        // The table now holds what one 30-day listing of the same instance returns, no more.
        QSet<QString> held;
        for (const Backup &b : c->table()->backups()) {
            QVERIFY2(b.start >= monthStart || !b.start.isValid(), qPrintable(b.id));
            held.insert(b.id);
        }
        QVERIFY2(held.size() > weekRows,
                 qPrintable(u"%1 rows, 7 days had %2"_s.arg(held.size()).arg(weekRows)));
        BackupQuery month;
        month.since = monthStart;
        month.until = firstListed;
        describeBackups = 0;
        std::unique_ptr<ServiceReply> direct(c->service(product)->listBackups(
            instanceIndex.data(InstanceTreeModel::RegionRole).toString(), instanceId, month));
        QSignalSpy directDone(direct.get(), &ServiceReply::finished);
        QVERIFY2(directDone.wait(20000), qPrintable(direct->error().toString()));
        QSet<QString> listed;
        for (const Backup &b : direct->backups())
            listed.insert(b.id);
        QCOMPARE(held, listed);
        // Widening cost no more requests than listing the 30 days from scratch.
        QVERIFY2(widenRequests <= describeBackups,
                 qPrintable(u"%1 > %2"_s.arg(widenRequests).arg(describeBackups)));

        // Narrowing lists nothing: the rows are there, the filter hides the older ones.
        pieces.clear();
        describeBackups = 0;
        pane->setDateRange(BackupTablePane::DateRange::Last7Days);
        QVERIFY(!loader->isLoading());
        QCOMPARE(pieces.size(), 0);
        QCOMPARE(c->table()->rowCount(), held.size());
        QVERIFY(c->proxy()->rowCount() < held.size());
        pane->setDateRange(BackupTablePane::DateRange::Last30Days);
        QVERIFY(!loader->isLoading());
        QCOMPARE(pieces.size(), 0);
        QCOMPARE(describeBackups, 0);

        // Any time: back to the product's documented retention, newest piece first, with progress.
        pane->setDateRange(BackupTablePane::DateRange::Any);
        QVERIFY(loader->isLoading());
        const int historyDays = c->capabilities(product)->historyDays;
        QVERIFY(historyDays > 30);
        QCOMPARE(loader->windowBegin(), firstListed.addDays(-historyDays));
        QVERIFY(loader->piecesTotal() >= (historyDays - 30) / 30);
        QVERIFY(pieces.size() >= 1);
        QCOMPARE(pieces.at(0).at(3).toDateTime(), monthStart.addSecs(-1));
        QVERIFY(!progress->isHidden());
        QVERIFY2(label->text().startsWith(
                     u"Loading backups from %1 to now"_s.arg(day(firstListed.addDays(-historyDays)))),
                 qPrintable(label->text()));
        quitApp();
    }

    // What the last selection asked for and answers late (a row's detail, a backup being made)
    // stays out of the next selection's table: a detail answer used to add the SQL Server backup
    // to a Redis instance's rows (and the Name column then stayed for Redis, which has none).
    void lateAnswersForTheLastSelectionStayOut()
    {
        QVERIFY(startApp());
        BrowserController *c = controller();
        InstanceTreeModel *tree = c->tree();
        tree->load();
        QTRY_VERIFY_WITH_TIMEOUT(tree->loadingCount() == 0, 15000);
        const QModelIndex sqlServer
            = tree->firstInstance([](const Instance &i) { return i.product == u"tencent-sqlserver"_s; });
        const QModelIndex redis
            = tree->firstInstance([](const Instance &i) { return i.product == u"tencent-redis"_s; });
        QVERIFY(sqlServer.isValid() && redis.isValid());

        c->select(sqlServer);
        QTRY_VERIFY_WITH_TIMEOUT(c->table()->rowCount() > 0 && !c->loader()->isLoading(), 20000);
        const Instance first = tree->instanceAt(sqlServer);
        int firstCalls = 0;
        connect(m_context->apiClient(), &ApiClient::requestLogged, this,
                [&](const ApiLogEntry &entry) { firstCalls += entry.instanceId == first.id ? 1 : 0; });
        CreateBackupRequest request;
        request.region = first.region;
        request.instanceId = first.id;
        request.name = u"made-while-away"_s;
        QString error;
        QVERIFY2(c->createBackup(first.product, request, &error), qPrintable(error));
        c->loadDetail(c->table()->backupAt(0));
        c->select(redis); // before either answers

        const Instance second = tree->instanceAt(redis);
        QTRY_VERIFY_WITH_TIMEOUT(c->tracker()->activeCount() == 0 && !c->loader()->isLoading()
                                     && c->table()->rowCount() > 0,
                                 40000);
        QVERIFY(firstCalls > 0); // the last selection's calls did answer
        for (const Backup &b : c->table()->backups())
            QVERIFY2(b.product == second.product && b.instanceId == second.id,
                     qPrintable(u"%1 %2 %3"_s.arg(b.product, b.instanceId, b.id)));
        quitApp();
    }

    // Issue 21: the status filter drives the listing where the API filters on the server. With
    // "Failed" chosen, selecting an RDS instance sends BackupStatus=Failed (the sandbox's request
    // log) and the table shows exactly the failed rows a plain listing has; back to every status
    // lists the week again without the filter and shows every row; "Failed" again lists nothing.
    void statusFilterDrivesTheListing()
    {
        QVERIFY(startApp());
        BrowserController *c = controller();
        BackupLoader *loader = c->loader();
        c->tree()->load();
        QTRY_VERIFY_WITH_TIMEOUT(c->tree()->loadingCount() == 0, 15000);
        const QString product = u"alibaba-rds"_s;
        const QList<QModelIndex> instances = instancesOf(product);
        QVERIFY(!instances.isEmpty());
        sandbox::Sandbox *sandbox = m_context->sandbox();
        const auto describeBackups = [sandbox] {
            QList<QByteArray> found;
            for (const QByteArray &line : sandbox->requestLog()) {
                if (line.endsWith(" DescribeBackups"))
                    found.append(line);
            }
            return found;
        };

        BackupTablePane *pane = m_window->tablePane();
        QSignalSpy pieces(loader, &BackupLoader::pieceRequested);
        pane->setStatusFilter({BackupStatus::Failed});
        QModelIndex chosen;
        QSet<QString> failedIds;
        QSet<QString> allIds;
        for (const QModelIndex &instance : instances) {
            pieces.clear();
            sandbox->clearRequestLog();
            c->select(instance);
            QTRY_VERIFY_WITH_TIMEOUT(pieces.size() == 1 && !loader->isLoading(), 20000);
            const QList<QByteArray> sent = describeBackups();
            QVERIFY(!sent.isEmpty());
            for (const QByteArray &line : sent)
                QVERIFY2(line.contains("BackupStatus=Failed"), line.constData());
            // What a plain listing of the same window holds.
            BackupQuery week;
            week.since = pieces.at(0).at(2).toDateTime();
            week.until = pieces.at(0).at(3).toDateTime();
            std::unique_ptr<ServiceReply> direct(
                c->service(product)->listBackups(instance.data(InstanceTreeModel::RegionRole).toString(),
                                                 pieces.at(0).at(1).toString(), week));
            QSignalSpy directDone(direct.get(), &ServiceReply::finished);
            QVERIFY2(directDone.wait(20000), qPrintable(direct->error().toString()));
            failedIds.clear();
            allIds.clear();
            for (const Backup &b : direct->backups()) {
                allIds.insert(b.id);
                if (b.status == BackupStatus::Failed)
                    failedIds.insert(b.id);
            }
            if (!failedIds.isEmpty()) {
                chosen = instance;
                break;
            }
        }
        QVERIFY2(chosen.isValid(), "no sandbox RDS instance has a failed backup this week");
        QSet<QString> shown;
        for (int row = 0; row < c->proxy()->rowCount(); ++row)
            shown.insert(c->proxy()->backupAt(row).id);
        QCOMPARE(shown, failedIds);
        QCOMPARE(c->table()->rowCount(), failedIds.size()); // only the failed rows were listed
        QVERIFY(allIds.size() > failedIds.size());

        // Every status: the week is listed again, without the filter.
        pieces.clear();
        sandbox->clearRequestLog();
        pane->setStatusFilter({});
        QTRY_VERIFY_WITH_TIMEOUT(pieces.size() == 1 && !loader->isLoading(), 20000);
        const QList<QByteArray> sent = describeBackups();
        QVERIFY(!sent.isEmpty());
        for (const QByteArray &line : sent)
            QVERIFY2(!line.contains("BackupStatus="), line.constData());
        shown.clear();
        for (int row = 0; row < c->proxy()->rowCount(); ++row)
            shown.insert(c->proxy()->backupAt(row).id);
        QCOMPARE(shown, allIds);

        // Failed again, or two statuses (no single API value, the proxy filters): nothing listed.
        pieces.clear();
        sandbox->clearRequestLog();
        pane->setStatusFilter({BackupStatus::Failed});
        pane->setStatusFilter({BackupStatus::Failed, BackupStatus::Succeeded});
        QVERIFY(!loader->isLoading());
        QCOMPARE(pieces.size(), 0);
        QVERIFY(describeBackups().isEmpty());
        quitApp();
    }

    // A queue file that cannot be read is kept aside, never overwritten, and the user is told.
    void unreadableQueueIsKeptAside()
    {
        const QString file = m_dir.filePath(u"downloads-sandbox.json"_s);
        QFile::remove(file);
        {
            QFile broken(file);
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write("{ not json");
        }
        m_context
            = std::make_unique<AppContext>(test::isolatedOptions(m_dir.path(), new MemoryCredentialStore));
        QVERIFY(m_context->startSandbox());
        {
            BrowserController controller(m_context.get());
            QSignalSpy errors(&controller, &BrowserController::errorOccurred);
            QTRY_COMPARE(errors.size(), 1);
            QVERIFY2(errors.first().at(0).toString().contains(u".corrupt"_s),
                     qPrintable(errors.first().at(0).toString()));
            QCOMPARE(controller.downloads()->count(), 0);
        }
        QFile aside(file + u".corrupt"_s);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), QByteArray("{ not json"));
        m_context.reset();
    }
};

QTEST_MAIN(TestBrowserController)
#include "tst_browsercontroller.moc"
