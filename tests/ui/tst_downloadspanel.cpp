// The downloads dock on a real DownloadManager downloading from the sandbox's file host: each
// entry of a row's context menu does what it says (pause, resume, retry, cancel after asking,
// open folder, copy path), and is offered only where it applies.

#include "models/downloadlistmodel.h"
#include "support/sandboxfixture.h"
#include "support/testmain.h"
#include "transfers/downloadmanager.h"
#include "transfers/downloadtask.h"
#include "transfers/downloadtestsupport.h"
#include "ui/confirmdialog.h"
#include "ui/downloadspanel.h"
#include "ui/icons.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;
using bb::DownloadState;
using File = bb::sandbox::FileHost::File;

namespace {

constexpr qint64 KiB = 1024;
constexpr int waitMs = 20000;

// Receives the URLs QDesktopServices::openUrl() is given for file: URLs (no file manager starts).
class UrlCatcher : public QObject
{
    Q_OBJECT

signals:
    void opened(const QUrl &url);

public slots:
    void open(const QUrl &url) { emit opened(url); }
};

} // namespace

class TestDownloadsPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<bb::test::SandboxFixture> m_fixture;
    std::unique_ptr<bb::FunctionUrlResolver> m_resolver;
    std::unique_ptr<bb::DownloadManager> m_manager;
    std::unique_ptr<bb::DownloadsPanel> m_panel;
    QTemporaryDir m_dir;
    QList<File> m_files; // what the resolver knows, by backup id (= key)
    bool m_refuse = false; // the resolver fails (the provider cannot give a URL)
    UrlCatcher m_catcher;

    bb::sandbox::FileHost &host() { return m_fixture->sandbox().fileHost(); }

    QString addDownload(const QString &key, qint64 size, const QString &folder)
    {
        const File file = bb::test::sandboxFile(key, size);
        m_files << file;
        bb::DownloadOptions options;
        options.folder = folder;
        return m_manager->add(bb::test::identityFor(file, host().crc64Decimal(file)), options);
    }

    // Right-clicks the download's row and answers the menu: chooses `choose` (by its text;
    // "Submenu/Entry" inside a submenu) when given, else closes it. Returns every entry's text
    // with whether it was enabled.
    QMap<QString, bool> rightClick(const QString &id, const QString &choose = {})
    {
        QTableView *view = m_panel->view();
        const QRect cell = view->visualRect(m_panel->model()->index(m_manager->rowOf(id), 0));
        QMap<QString, bool> entries;
        bool shown = false;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            shown = true;
            QAction *chosen = nullptr;
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                entries.insert(action->text(), action->isEnabled());
                if (action->text() == choose)
                    chosen = action;
            }
            const QStringList path = choose.split(u'/');
            if (path.size() == 2) {
                chosen = nullptr;
                for (QAction *action : menu->actions()) {
                    if (action->text() != path.at(0) || !action->menu() || !action->isEnabled())
                        continue;
                    for (QAction *entry : action->menu()->actions()) {
                        if (entry->text() == path.at(1))
                            chosen = entry;
                    }
                }
                menu->close();
                if (chosen)
                    chosen->trigger();
            } else if (chosen && chosen->isEnabled()) {
                menu->setActiveAction(chosen);
                QTest::keyClick(menu, Qt::Key_Return); // as the user picks it
            } else {
                menu->close();
            }
        });
        emit view->customContextMenuRequested(cell.center());
        [&] {
            QVERIFY2(shown, "no context menu");
        }();
        return entries;
    }

    bb::DownloadTask *task(const QString &id) const { return m_manager->taskById(id); }

    QString stateOf(const QString &id) const { return bb::toString(task(id)->state()); }

    QString savedTo(const QString &id) const
    {
        return m_panel->model()->index(m_manager->rowOf(id), bb::DownloadListModel::Target).data().toString();
    }

private slots:
    void initTestCase()
    {
        bb::Icons::init();
        QVERIFY(m_dir.isValid());
        m_fixture = std::make_unique<bb::test::SandboxFixture>();
        QString error;
        QVERIFY2(m_fixture->start(&error), qPrintable(error));
        m_resolver = std::make_unique<bb::FunctionUrlResolver>(
            [this](const bb::DownloadIdentity &identity, bb::ProviderError *failure) {
                for (const File &file : std::as_const(m_files)) {
                    if (file.key == identity.backupId && !m_refuse) {
                        bb::ResolvedSource source;
                        source.externalUrl
                            = host().signedUrl(file, false, 300, bb::sandbox::FileHost::Cloud::Cos, true);
                        source.size = file.size;
                        return source;
                    }
                }
                *failure = bb::ProviderError::malformed(u"no URL for this file"_s);
                return bb::ResolvedSource();
            });
        m_manager = std::make_unique<bb::DownloadManager>(&m_fixture->network(), m_resolver.get());
        m_manager->setSslConfiguration(m_fixture->sandbox().clientSslConfiguration());
        m_panel = std::make_unique<bb::DownloadsPanel>(m_manager.get());
        m_panel->resize(1000, 300);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QDesktopServices::setUrlHandler(u"file"_s, &m_catcher, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(u"file"_s);
        host().faults().set({});
        m_panel.reset();
        m_manager.reset();
    }

    void buttonsAreLabelled()
    {
        // Icons alone were guesswork: each button says what it does.
        const QList<std::pair<QToolButton *, QString>> buttons = {{m_panel->pauseButton(), u"Pause"_s},
                                                                  {m_panel->resumeButton(), u"Resume"_s},
                                                                  {m_panel->cancelButton(), u"Cancel"_s},
                                                                  {m_panel->openButton(), u"Open folder"_s}};
        for (const auto &[button, text] : buttons) {
            QCOMPARE(button->text(), text);
            QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
            QVERIFY(button->isVisible());
        }
    }

    void pauseAndResumeFromTheMenu()
    {
        bb::sandbox::FileFaultPlan slow;
        slow.bytesPerSecond = int(256 * KiB); // runs long enough to be paused and cancelled
        host().faults().set(slow);
        const QString id = addDownload(u"panel/running.bak"_s, 4096 * KiB, m_dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(task(id)->progress().received > 0, waitMs);

        QMap<QString, bool> menu = rightClick(id, u"Pause"_s);
        QVERIFY2(menu.value(u"Pause"_s), "a running download offers Pause");
        QVERIFY(!menu.value(u"Resume"_s));
        QVERIFY(!menu.value(u"Retry"_s));
        QVERIFY(menu.value(u"Cancel…"_s));
        QVERIFY(menu.value(u"Open folder"_s));
        QVERIFY(menu.value(u"Copy path"_s));
        QCOMPARE(stateOf(id), bb::toString(DownloadState::Paused));
        // The size column says how far it got: "downloaded / total".
        const QString size
            = m_panel->model()->index(m_manager->rowOf(id), bb::DownloadListModel::Size).data().toString();
        QVERIFY2(size.contains(u" / "_s) && size.endsWith(u"4.0 MiB"_s), qPrintable(size));
        QVERIFY(m_panel->resumeButton()->isEnabled());
        QVERIFY(!m_panel->pauseButton()->isEnabled());

        menu = rightClick(id, u"Resume"_s);
        QVERIFY2(menu.value(u"Resume"_s), "a paused download offers Resume");
        QVERIFY(!menu.value(u"Pause"_s));
        QVERIFY(!menu.value(u"Retry"_s));
        QTRY_VERIFY_WITH_TIMEOUT(task(id)->isActive(), waitMs);
    }

    void cancelAsksThenCancels()
    {
        const QString id = m_manager->id(0);
        QTRY_VERIFY_WITH_TIMEOUT(task(id)->isActive() && task(id)->progress().received > 0, waitMs);
        const QString part = task(id)->partPath();
        const QString target = task(id)->targetPath();
        QVERIFY(!target.isEmpty());

        // Bytes on disk: the menu asks first, and Cancel (the default) keeps the download.
        rightClick(id, u"Cancel…"_s);
        QPointer<bb::ConfirmDialog> question = m_panel->findChild<bb::ConfirmDialog *>();
        QVERIFY(question);
        QCOMPARE(question->defaultButton(), question->cancelButton());
        QTest::keyClick(question, Qt::Key_Return);
        QTRY_VERIFY(!question);
        QVERIFY(stateOf(id) != bb::toString(DownloadState::Cancelled));

        rightClick(id, u"Cancel…"_s);
        question = m_panel->findChild<bb::ConfirmDialog *>();
        QVERIFY(question);
        question->acceptButton()->click();
        QTRY_COMPARE(stateOf(id), bb::toString(DownloadState::Cancelled));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(part), waitMs);
        // A cancelled row says nothing was saved, and offers neither pause, resume nor cancel.
        QVERIFY2(savedTo(id).isEmpty(), qPrintable(savedTo(id)));
        const QMap<QString, bool> menu = rightClick(id);
        QVERIFY(!menu.value(u"Pause"_s));
        QVERIFY(!menu.value(u"Resume"_s));
        QVERIFY(!menu.value(u"Retry"_s));
        QVERIFY(!menu.value(u"Cancel…"_s));
        host().faults().set({});
    }

    // One download's connections from its menu: not while it runs (its ranges are in flight),
    // chosen while paused, and kept by the task it resumes with.
    void connectionsFromTheMenu()
    {
        bb::sandbox::FileFaultPlan slow;
        slow.bytesPerSecond = int(256 * KiB);
        host().faults().set(slow);
        const QString id = addDownload(u"panel/connections.bak"_s, 4096 * KiB, m_dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(task(id)->progress().received > 0, waitMs);
        QMap<QString, bool> menu = rightClick(id, u"Connections (pause to change)/1"_s);
        QVERIFY(menu.contains(u"Connections (pause to change)"_s));
        QVERIFY(!menu.value(u"Connections (pause to change)"_s));
        QCOMPARE(task(id)->options().connections, 4);

        m_manager->pause(id);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), bb::toString(DownloadState::Paused), waitMs);
        menu = rightClick(id, u"Connections/2"_s);
        QVERIFY(menu.value(u"Connections"_s));
        QCOMPARE(task(id)->options().connections, 2);
        host().faults().set({});
        m_manager->resume(id);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), bb::toString(DownloadState::Done), waitMs);
        QCOMPARE(task(id)->options().connections, 2);
    }

    void retryAfterAFailure()
    {
        // The provider gives no URL: the download fails; once it does, Retry finishes it.
        m_refuse = true;
        const QString id = addDownload(u"panel/retried.bak"_s, 64 * KiB, m_dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), bb::toString(DownloadState::Failed), waitMs);
        m_refuse = false;
        QSignalSpy finished(m_manager.get(), &bb::DownloadManager::downloadFinished);
        const QMap<QString, bool> menu = rightClick(id, u"Retry"_s);
        QVERIFY2(menu.value(u"Retry"_s), "a failed download offers Retry");
        QVERIFY(!menu.value(u"Resume"_s));
        QVERIFY(!menu.value(u"Pause"_s));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, waitMs);
        QCOMPARE(stateOf(id), bb::toString(DownloadState::Done));
        // The final state names the check the file passed.
        QCOMPARE(
            m_panel->model()->index(m_manager->rowOf(id), bb::DownloadListModel::State).data().toString(),
            u"Verified (CRC-64)"_s);
        QVERIFY(QFile::exists(task(id)->targetPath()));
        QCOMPARE(savedTo(id), task(id)->targetPath());
    }

    void copyPathAndOpenFolder()
    {
        const QString id = m_manager->id(m_manager->count() - 1);
        QCOMPARE(stateOf(id), bb::toString(DownloadState::Done));
        QApplication::clipboard()->clear();
        rightClick(id, u"Copy path"_s);
        QCOMPARE(QApplication::clipboard()->text(), QDir::toNativeSeparators(task(id)->targetPath()));

        // The file's folder opens (through the file manager over D-Bus when one answers, else
        // the folder itself: here nobody owns the file manager's name, so the folder).
        QSignalSpy opened(&m_catcher, &UrlCatcher::opened);
        QSignalSpy errors(m_panel.get(), &bb::DownloadsPanel::errorOccurred);
        rightClick(id, u"Open folder"_s);
        QTRY_VERIFY_WITH_TIMEOUT(opened.size() == 1, waitMs);
        QCOMPARE(opened.first().first().toUrl(), QUrl::fromLocalFile(QDir(m_dir.path()).absolutePath()));
        QVERIFY(errors.isEmpty());
    }

    void openFolderThatIsGoneSaysWhy()
    {
        QTemporaryDir gone;
        QVERIFY(gone.isValid());
        const QString id = addDownload(u"panel/gone.bak"_s, 32 * KiB, gone.path());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), bb::toString(DownloadState::Done), waitMs);
        QVERIFY(gone.remove());
        QSignalSpy opened(&m_catcher, &UrlCatcher::opened);
        QSignalSpy errors(m_panel.get(), &bb::DownloadsPanel::errorOccurred);
        rightClick(id, u"Open folder"_s);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(QDir::toNativeSeparators(gone.path())),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(opened.size(), 0);
    }
};

BB_TEST_MAIN(TestDownloadsPanel)
#include "tst_downloadspanel.moc"
