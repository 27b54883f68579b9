#include "app/core/appcontext.h"
#include "app/core/settings.h"
#include "models/backupcreationtracker.h"
#include "models/backupfilterproxy.h"
#include "models/backuploader.h"
#include "models/backuptablemodel.h"
#include "models/csvexportjob.h"
#include "models/downloadlistmodel.h"
#include "models/instancetreemodel.h"
#include "providers/accounts/memorycredentialstore.h"
#include "transfers/downloadmanager.h"
#include "transfers/downloadtask.h"
#include "ui/backupdetailpane.h"
#include "ui/backuptablepane.h"
#include "ui/browsercontroller.h"
#include "ui/downloadspanel.h"
#include "ui/icons.h"
#include "ui/isolatedcontext.h"
#include "ui/mainwindow.h"
#include "ui/timelinechart.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace bb;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        Icons::init();
        m_context
            = std::make_unique<AppContext>(test::isolatedOptions(m_dir.path(), new MemoryCredentialStore));
        QString error;
        QVERIFY2(m_context->startSandbox(&error), qPrintable(error));
        m_context->settings()->setDownloadFolder(m_dir.filePath(QStringLiteral("downloads")));
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void treeLoads()
    {
        InstanceTreeModel *tree = m_window->controller()->tree();
        QCOMPARE(tree->rowCount(), 2); // the two sandbox accounts
        tree->load();
        QTRY_VERIFY_WITH_TIMEOUT(tree->loadingCount() == 0, 15000);
        QVERIFY(m_window->selectFirstInstance());
    }

    void rowsAppearAndDetailShows()
    {
        BrowserController *controller = m_window->controller();
        QTRY_VERIFY_WITH_TIMEOUT(controller->table()->rowCount() > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->loader()->isLoading(), 15000);
        const int rows = controller->proxy()->rowCount();
        QVERIFY(rows > 0);
        // The tree shows the instance's backup count once listed.
        const QModelIndex node = controller->selection();
        QCOMPARE(node.data(InstanceTreeModel::BackupCountRole).toInt(), controller->table()->rowCount());
        // The timeline is built when its tab is shown, then has the instance's points.
        QTabWidget *tabs = nullptr;
        for (QTabWidget *candidate : m_window->findChildren<QTabWidget *>()) {
            if (candidate->indexOf(m_window->timeline()) >= 0)
                tabs = candidate;
        }
        QVERIFY(tabs);
        QVERIFY(tabs->currentWidget() != m_window->timeline());
        QCOMPARE(m_window->timeline()->sizePointCount() + m_window->timeline()->failureCount(), 0);
        tabs->setCurrentWidget(m_window->timeline());
        QTRY_VERIFY(m_window->timeline()->sizePointCount() + m_window->timeline()->failureCount() > 0);
        tabs->setCurrentIndex(0);

        m_window->selectFirstBackup(true);
        QVERIFY(m_window->tablePane()->currentBackup());
        QVERIFY(!m_window->detailPane()->isEmpty());
        QCOMPARE(m_window->detailPane()->fieldText(QStringLiteral("Backup ID")),
                 m_window->tablePane()->currentBackup()->id);
        // SQL Server can create backups but not delete them through its API: both say why.
        QVERIFY(m_window->createAction()->isEnabled());
        QVERIFY(m_window->downloadAction()->isEnabled());
        QVERIFY(!m_window->deleteAction()->isEnabled());
        QVERIFY(!m_window->deleteAction()->toolTip().isEmpty());
    }

    void grabIsNotBlank()
    {
        // What README's screenshots come from: the window with data must paint real pixels.
        const QImage image = m_window->grab().toImage();
        QVERIFY(image.width() > 800);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    }

    void filterNarrows()
    {
        BackupFilterProxy *proxy = m_window->controller()->proxy();
        const int all = proxy->rowCount();
        const QString id = proxy->backupAt(all - 1).id;
        QLineEdit *filter = m_window->tablePane()->filterEdit();
        filter->setText(id);
        QVERIFY(proxy->rowCount() >= 1);
        QVERIFY(proxy->rowCount() < all);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->backupAt(r).id.contains(id) || proxy->backupAt(r).name.contains(id));
        filter->clear();
        QCOMPARE(proxy->rowCount(), all);

        m_window->tablePane()->setStatusFilter({BackupStatus::Failed});
        for (int r = 0; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->backupAt(r).status == BackupStatus::Failed);
        m_window->tablePane()->setStatusFilter({});
        QCOMPARE(proxy->rowCount(), all);
    }

    void exportWritesWhatTheViewShows()
    {
        BackupTablePane *pane = m_window->tablePane();
        pane->setColumnVisible(BackupTableModel::KindColumn, false);
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QString error;
        CsvExportJob *job = m_window->exportTo(path, true, &error);
        QVERIFY2(job, qPrintable(error));
        // The rows go out between events, with progress and a cancel button in the status bar.
        QSignalSpy finished(job, &CsvExportJob::finished);
        QVERIFY(m_window->statusBar()->findChild<QProgressBar *>(QStringLiteral("exportProgress")));
        QVERIFY(!m_window->exportTo(m_dir.filePath(QStringLiteral("second.csv")), false, &error));
        QVERIFY(error.contains(QLatin1String("still running")));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(m_window->statusBar()->currentMessage()));
        QTRY_VERIFY(!m_window->statusBar()->findChild<QProgressBar *>(QStringLiteral("exportProgress")));
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Exported")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.startsWith("\xEF\xBB\xBF")); // BOM asked for
        const QList<QByteArray> lines = content.trimmed().split('\n');
        QCOMPARE(lines.size(), m_window->controller()->proxy()->rowCount() + 1);
        QVERIFY(lines.first().contains("Backup ID"));
        QVERIFY(!lines.first().contains("Kind"));
        QVERIFY(content.contains(m_window->controller()->proxy()->backupAt(0).id.toUtf8()));
        file.close();

        // Cancel in the status bar: the file written before stays as it was.
        job = m_window->exportTo(path, false, &error);
        QVERIFY2(job, qPrintable(error));
        QSignalSpy cancelled(job, &CsvExportJob::finished);
        auto *cancel = m_window->statusBar()->findChild<QToolButton *>(QStringLiteral("exportCancel"));
        QVERIFY(cancel);
        cancel->click();
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.first().first().toBool(), false);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        QTRY_VERIFY(!m_window->statusBar()->findChild<QToolButton *>(QStringLiteral("exportCancel")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("cancelled")));
        pane->setColumnVisible(BackupTableModel::KindColumn, true);
    }

    void downloadRunsToDone()
    {
        // The smallest successful backup keeps the test fast.
        BackupFilterProxy *proxy = m_window->controller()->proxy();
        int smallest = -1;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const Backup &b = proxy->backupAt(r);
            if (b.status == BackupStatus::Succeeded && b.sizeBytes > 0
                && (smallest < 0 || b.sizeBytes < proxy->backupAt(smallest).sizeBytes))
                smallest = r;
        }
        QVERIFY(smallest >= 0);
        qInfo("downloading %lld bytes", proxy->backupAt(smallest).sizeBytes);
        m_window->tablePane()->view()->selectRow(smallest);
        QVERIFY(m_window->tablePane()->currentBackup());
        DownloadManager *downloads = m_window->controller()->downloads();
        QSignalSpy finished(downloads, &DownloadManager::downloadFinished);
        QSignalSpy failed(downloads, &DownloadManager::downloadFailed);
        QString error;
        QVERIFY2(m_window->downloadSelected(false, &error), qPrintable(error));
        QCOMPARE(m_window->downloadsPanel()->model()->rowCount(), downloads->count());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() >= 1, 40000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        const QString path = finished.first().at(1).toString();
        QVERIFY(QFile::exists(path));
        QCOMPARE(toString(downloads->task(0)->state()), toString(DownloadState::Done));
    }

    void createTracksToSuccess()
    {
        BrowserController *controller = m_window->controller();
        const Instance instance = controller->tree()->instanceAt(controller->selection());
        QVERIFY(!instance.id.isEmpty());
        const int before = controller->table()->rowCount();
        CreateBackupRequest request;
        request.region = instance.region;
        request.instanceId = instance.id;
        request.name = QStringLiteral("from-the-test");
        QString error;
        QVERIFY2(controller->createBackup(instance.product, request, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(controller->table()->rowCount() == before + 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(controller->tracker()->activeCount() == 0, 30000);
        bool found = false;
        for (const Backup &b : controller->table()->backups()) {
            if (b.name == QLatin1String("from-the-test")) {
                found = true;
                QCOMPARE(toString(b.status), toString(BackupStatus::Succeeded));
            }
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
