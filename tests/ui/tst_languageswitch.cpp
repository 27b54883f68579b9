// Switching the language in Settings retranslates the open main window at once: menus, actions,
// dock titles, the filter bar, panes and the models' headers and cells (issue 6).
#include "models/backupfilterproxy.h"
#include "models/backuptablemodel.h"
#include "models/displayformat.h"
#include "models/instancetreemodel.h"
#include "providers/accounts/memorycredentialstore.h"
#include "providers/productregistry.h"
#include "session/appcontext.h"
#include "session/browsercontroller.h"
#include "session/isolatedcontext.h"
#include "session/settings.h"
#include "support/testmain.h"
#include "translations/languagemanager.h"
#include "ui/accountdialog.h"
#include "ui/backupdetailpane.h"
#include "ui/backuptablepane.h"
#include "ui/createbackupdialog.h"
#include "ui/downloadspanel.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace bb;

class TestLanguageSwitch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    // What a user reads, gathered from the widgets themselves.
    QString fileMenu() const { return m_window->menuBar()->actions().value(0)->text(); }
    QString refresh() const { return m_window->refreshAction()->text(); }
    QString accountsDock() const
    {
        return m_window->findChild<QDockWidget *>(QStringLiteral("treeDock"))->windowTitle();
    }
    QString downloadsDock() const
    {
        return m_window->findChild<QDockWidget *>(QStringLiteral("downloadsDock"))->windowTitle();
    }
    QString nameHeader() const
    {
        return m_window->tablePane()
            ->view()
            ->model()
            ->headerData(BackupTableModel::NameColumn, Qt::Horizontal)
            .toString();
    }
    QString placeholder() const { return m_window->tablePane()->filterEdit()->placeholderText(); }
    QString statusButton() const
    {
        return m_window->tablePane()->findChild<QToolButton *>(QStringLiteral("statusFilter"))->text();
    }
    QString pauseTip() const { return m_window->downloadsPanel()->pauseButton()->toolTip(); }
    // The toolbar's Refresh button, as drawn.
    QString refreshButton() const
    {
        auto *toolBar = m_window->findChild<QToolBar *>();
        auto *button = toolBar
            ? qobject_cast<QToolButton *>(toolBar->widgetForAction(m_window->refreshAction()))
            : nullptr;
        return button ? button->text() : QStringLiteral("<no button>");
    }
    // The tree's node for the first account's SQL Server (the sandbox accounts are listed at once).
    QString sqlServerNode() const
    {
        const InstanceTreeModel *tree = m_window->controller()->tree();
        const QModelIndex account = tree->index(0, 0);
        for (int row = 0; row < tree->rowCount(account); ++row) {
            const QModelIndex product = tree->index(row, 0, account);
            if (product.data(InstanceTreeModel::ProductRole).toString() == QLatin1String("tencent-sqlserver"))
                return product.data().toString();
        }
        return QStringLiteral("<no node>");
    }
    // The table's Product cell of the one backup added in initTestCase().
    QString productCell() const
    {
        return m_window->controller()->proxy()->index(0, BackupTableModel::ProductColumn).data().toString();
    }

    // The same path as a user: File → Settings…, pick the language, OK.
    void chooseLanguage(const QString &code)
    {
        m_window->settingsAction()->trigger();
        auto *dialog = m_window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        const int index = dialog->languageCombo()->findData(code);
        QVERIFY(index >= 0);
        dialog->languageCombo()->setCurrentIndex(index);
        dialog->accept();
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>()); // closed and deleted
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Icons::init();
        LanguageManager::install(*QCoreApplication::instance(), QStringLiteral("en"));
        m_context = std::make_unique<AppContext>(
            AppContext::Options::isolatedIn(m_dir.path(), new MemoryCredentialStore));
        m_context->settings()->setLanguage(QStringLiteral("en"));
        // The sandbox's accounts give the tree its product nodes (nothing is listed: no selection).
        QString error;
        QVERIFY2(m_context->startSandbox(&error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        Backup b;
        b.product = QStringLiteral("tencent-sqlserver");
        b.instanceId = QStringLiteral("mssql-1");
        b.id = QStringLiteral("42");
        b.name = QStringLiteral("nightly");
        b.status = BackupStatus::Succeeded;
        b.start = QDateTime::currentDateTimeUtc();
        m_window->controller()->table()->appendPage({b});
        m_window->tablePane()->setDateRange(BackupTablePane::DateRange::Any);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
        LanguageManager::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void startsInEnglish()
    {
        QCOMPARE(fileMenu(), QStringLiteral("&File"));
        QCOMPARE(refresh(), QStringLiteral("&Refresh"));
        QCOMPARE(accountsDock(), QStringLiteral("Accounts"));
        QCOMPARE(nameHeader(), QStringLiteral("Name"));
        QCOMPARE(placeholder(), QStringLiteral("Filter by ID, name, database or status (Ctrl+F)"));
        QCOMPARE(refreshButton(), QStringLiteral("Refresh"));
        QCOMPARE(sqlServerNode(), QStringLiteral("Tencent Cloud SQL Server"));
        QCOMPARE(productCell(), QStringLiteral("Tencent Cloud SQL Server"));
    }

    void switchesToChineseAtOnce()
    {
        QSignalSpy headers(m_window->controller()->proxy(), &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(m_window->controller()->proxy(), &QAbstractItemModel::dataChanged);
        chooseLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(m_context->settings()->language(), QStringLiteral("zh_CN"));

        QTRY_COMPARE(fileMenu(), QStringLiteral("文件(&F)"));
        QCOMPARE(refresh(), QStringLiteral("刷新(&R)"));
        QCOMPARE(accountsDock(), QStringLiteral("账号"));
        QCOMPARE(downloadsDock(), QStringLiteral("下载"));
        QCOMPARE(m_window->findChild<QDockWidget *>(QStringLiteral("treeDock"))->toggleViewAction()->text(),
                 QStringLiteral("账号"));
        QCOMPARE(placeholder(), QStringLiteral("按 ID、名称、数据库或状态筛选（Ctrl+F）"));
        QCOMPARE(statusButton(), QStringLiteral("所有状态"));
        QCOMPARE(pauseTip(), QStringLiteral("暂停"));
        // The toolbar shows no "(R)" accelerator; the tree names the product in Chinese.
        QCOMPARE(refreshButton(), QStringLiteral("刷新"));
        QCOMPARE(sqlServerNode(), QStringLiteral("腾讯云 SQL Server"));
        QCOMPARE(productCell(), QStringLiteral("腾讯云 SQL Server"));
        // The table's header and cells: the view was told to repaint them.
        QCOMPARE(nameHeader(), QStringLiteral("名称"));
        // Once each: the swap sends several LanguageChange events, which Qt merges while posted.
        QCOMPARE(headers.size(), 1);
        QCOMPARE(cells.size(), 1);

        // The filter searches the translated status too, so the cached search text moved along.
        const QString succeeded = DisplayFormat::status(BackupStatus::Succeeded);
        QVERIFY(succeeded != QLatin1String("Succeeded"));
        m_window->tablePane()->filterEdit()->setText(succeeded);
        QTRY_COMPARE(m_window->controller()->proxy()->rowCount(), 1);
        m_window->tablePane()->filterEdit()->clear();
    }

    void switchesBackToEnglish()
    {
        chooseLanguage(QStringLiteral("en"));
        QTRY_COMPARE(fileMenu(), QStringLiteral("&File"));
        QCOMPARE(refresh(), QStringLiteral("&Refresh"));
        QCOMPARE(accountsDock(), QStringLiteral("Accounts"));
        QCOMPARE(downloadsDock(), QStringLiteral("Downloads"));
        QCOMPARE(placeholder(), QStringLiteral("Filter by ID, name, database or status (Ctrl+F)"));
        QCOMPARE(statusButton(), QStringLiteral("All statuses"));
        QCOMPARE(pauseTip(), QStringLiteral("Pause"));
        QCOMPARE(nameHeader(), QStringLiteral("Name"));
        QCOMPARE(refreshButton(), QStringLiteral("Refresh"));
        QCOMPARE(sqlServerNode(), QStringLiteral("Tencent Cloud SQL Server"));
    }

    // Dialogs open at the time of the switch follow too (they are windows of their own).
    void openDialogsFollow()
    {
        Instance redis;
        redis.id = QStringLiteral("crs-1");
        redis.product = QStringLiteral("tencent-redis");
        redis.region = QStringLiteral("ap-guangzhou");
        CreateBackupDialog create(redis, ProductRegistry::describe(redis.product)->capabilities,
                                  m_window.get());
        create.show();
        AccountDialog account(m_context.get(), std::nullopt, m_window.get());
        account.show();
        auto daysLabel = [&create] {
            auto *form = create.findChild<QFormLayout *>();
            return qobject_cast<QLabel *>(form->labelForField(create.daysSpin()))->text();
        };
        QCOMPARE(create.windowTitle(), QStringLiteral("Create backup"));
        QCOMPARE(daysLabel(), QStringLiteral("Keep for:"));

        chooseLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(create.windowTitle(), QStringLiteral("创建备份"));
        QCOMPARE(daysLabel(), QStringLiteral("保留："));
        QCOMPARE(create.createButton()->text(), QStringLiteral("创建"));
        QTRY_COMPARE(account.windowTitle(), QStringLiteral("添加账号"));
        QCOMPARE(account.cloudCombo()->itemText(0), QStringLiteral("腾讯云"));

        chooseLanguage(QStringLiteral("en"));
        QTRY_COMPARE(create.windowTitle(), QStringLiteral("Create backup"));
        QCOMPARE(daysLabel(), QStringLiteral("Keep for:"));
        QTRY_COMPARE(account.windowTitle(), QStringLiteral("Add account"));
        QCOMPARE(account.cloudCombo()->itemText(0), QStringLiteral("Tencent Cloud"));
    }

    // Accepting Settings without touching the language keeps the one in use (it may come from
    // --language rather than the settings).
    void unchangedSettingKeepsLanguage()
    {
        LanguageManager::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
        QTRY_COMPARE(fileMenu(), QStringLiteral("文件(&F)"));
        m_window->settingsAction()->trigger();
        auto *dialog = m_window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        dialog->accept();
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
        QTest::qWait(50);
        QCOMPARE(fileMenu(), QStringLiteral("文件(&F)"));
        LanguageManager::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QTRY_COMPARE(fileMenu(), QStringLiteral("&File"));
    }
};

BB_TEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
