#include "models/backupcreationtracker.h"
#include "models/backupfilterproxy.h"
#include "models/backuploader.h"
#include "models/backuptablemodel.h"
#include "models/instancetreemodel.h"
#include "models/modelroles.h"
#include "offsite/localcopiesmodel.h"
#include "providers/accounts/memorycredentialstore.h"
#include "providers/core/apiclient.h"
#include "sandbox/filefaults.h"
#include "sandbox/filehost.h"
#include "sandbox/sandbox.h"
#include "session/appcontext.h"
#include "session/browsercontroller.h"
#include "session/isolatedcontext.h"
#include "session/localcopiescontroller.h"
#include "session/settings.h"
#include "support/testmain.h"
#include "transfers/downloadmanager.h"
#include "transfers/downloadtask.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
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

// BrowserController against the sandbox over HTTPS, started as the window starts it but without
// one: what lives longer than one controller and context (the saved download queue), and what a
// selection leaves behind for the next one.
class TestBrowserController final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<BrowserController> m_controller;

    // Starts the app on the scratch folder as main() and MainWindow do: context, sandbox, then the
    // controller with the settings' download limits and the saved accounts.
    bool startApp()
    {
        m_context = test::sandboxContext(m_dir.path());
        if (!m_context)
            return false;
        m_controller = std::make_unique<BrowserController>(m_context.get());
        const Settings *settings = m_context->settings();
        m_controller->applyDownloadSettings(settings->parallelDownloads(), settings->downloadConnections(),
                                            settings->bandwidthLimitKiBps());
        m_controller->reloadAccounts();
        return true;
    }

    // Quits: the controller goes, then everything else (the sandbox stops with the context).
    void quitApp()
    {
        m_controller.reset();
        m_context.reset();
    }

    BrowserController *controller() const { return m_controller.get(); }

    // Selects the tree's first instance, as the window's tree pane does when the user clicks it.
    bool selectFirstInstance()
    {
        const QModelIndex first = controller()->tree()->firstInstance();
        if (!first.isValid())
            return false;
        controller()->select(first);
        return true;
    }

    DownloadManager *downloads() const { return controller()->downloads(); }
    QString folder(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_context.reset();
    }

    // The Settings dialog's download values reach the queue: how many at once, how many
    // connections each, and the bandwidth limit.
    void downloadSettingsReachTheQueue()
    {
        QVERIFY(startApp());
        controller()->applyDownloadSettings(2, 7, 512);
        QCOMPARE(downloads()->maxParallel(), 2);
        QCOMPARE(downloads()->connectionsPerDownload(), 7);
        QCOMPARE(downloads()->bandwidthLimit(), qint64(512) * 1024);
        controller()->applyDownloadSettings(3, 1, 0);
        QCOMPARE(downloads()->connectionsPerDownload(), 1);
        quitApp();
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
        QVERIFY(selectFirstInstance());
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

    // Issue 16: a backup a sync copied (the Local copies view's Run now, real SQLite catalogue)
    // shows as verified in the window's table; the instance's other backups show no copy.
    void syncedBackupShowsAsVerified()
    {
        QVERIFY(startApp());
        BrowserController *c = controller();
        const QString rules = folder(u"offsite.json"_s);
        {
            QFile file(rules);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(
                uR"({"rules": [{"name": "redis", "product": "tencent-redis", "regions": ["ap-shanghai"],
                "newest": 1, "destination": "%1"}]})"_s.arg(folder(u"copies"_s))
                    .toUtf8());
        }
        LocalCopiesController copies(m_context.get());
        copies.setRulesFile(rules);
        QSignalSpy running(&copies, &LocalCopiesController::runningChanged);
        copies.runNow();
        QVERIFY(QTest::qWaitFor([&] { return !copies.isRunning() && !running.isEmpty(); }, waitMs));
        QVERIFY(copies.model()->rowCount() > 0);
        const QString copiedInstance = copies.model()->row(0).instanceId;
        QCOMPARE(copies.model()->row(0).backups, 1);

        QSignalSpy loaded(c, &BrowserController::localCopiesLoaded);
        c->setLocalCopyRulesFile(rules);
        c->reloadLocalCopies();
        QVERIFY(loaded.wait(waitMs));

        InstanceTreeModel *tree = c->tree();
        tree->load();
        QTRY_VERIFY_WITH_TIMEOUT(tree->loadingCount() == 0, 15000);
        const QModelIndex instance = tree->firstInstance(
            [&](const Instance &i) { return i.product == u"tencent-redis"_s && i.id == copiedInstance; });
        QVERIFY(instance.isValid());
        c->select(instance);
        QTRY_VERIFY_WITH_TIMEOUT(c->table()->rowCount() > 1 && !c->loader()->isLoading(), waitMs);

        BackupTableModel *table = c->table();
        int verified = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QModelIndex cell = table->index(row, BackupTableModel::LocalCopyColumn);
            if (cell.data(ModelRoles::RawRole).toDateTime().isValid()) {
                ++verified;
                QVERIFY2(cell.data().toString().startsWith(u"Verified "_s),
                         qPrintable(cell.data().toString()));
                QCOMPARE(table->backupAt(row).instanceId, copiedInstance);
            } else {
                QCOMPARE(cell.data().toString(), QString());
            }
        }
        QCOMPARE(verified, 1); // the newest one, as the rule says
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
        m_context = std::make_unique<AppContext>(
            AppContext::Options::isolatedIn(m_dir.path(), new MemoryCredentialStore));
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

BB_TEST_GUILESS_MAIN(TestBrowserController)
#include "tst_browsercontroller.moc"
