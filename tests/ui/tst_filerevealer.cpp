// "Open containing folder": the folder opens through QDesktopServices (caught here by a URL
// handler, so no file manager starts); on Linux a file is shown by the desktop's file manager
// over D-Bus (org.freedesktop.FileManager1, faked here on the session bus that
// scripts/with-keyring provides), and the folder opens instead when no file manager answers.
// Windows (explorer.exe /select) and macOS (open -R) start a program: not run here.

#include "support/testmain.h"
#include "ui/filerevealer.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#if defined(Q_OS_LINUX) && defined(QT_DBUS_LIB)
#include <QDBusConnection>
#endif

using namespace Qt::StringLiterals;

namespace {

// Receives the URLs QDesktopServices::openUrl() is given for file: URLs.
class UrlCatcher : public QObject
{
    Q_OBJECT

signals:
    void opened(const QUrl &url);

public slots:
    void open(const QUrl &url) { emit opened(url); }
};

// The freedesktop file manager interface, as Nautilus, Dolphin and Thunar export it. Used on
// Linux only, declared everywhere: a Q_OBJECT class inside a platform #if gives each OS's moc
// a different .moc, and scripts/check-portability compiles Linux's for Windows.
class FakeFileManager : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.FileManager1")

signals:
    void shown(const QStringList &uris, const QString &startupId);

public slots:
    void ShowItems(const QStringList &uris, const QString &startupId) { emit shown(uris, startupId); }
};

} // namespace

class TestFileRevealer : public QObject
{
    Q_OBJECT

private:
    UrlCatcher m_catcher;
    QTemporaryDir m_dir;

    QString makeFile(const QString &name)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("x");
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDesktopServices::setUrlHandler(u"file"_s, &m_catcher, "open");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"file"_s); }

    void folderOpensItself()
    {
        QSignalSpy opened(&m_catcher, &UrlCatcher::opened);
        bb::FileRevealer::reveal(m_dir.path());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toUrl(), QUrl::fromLocalFile(QDir(m_dir.path()).absolutePath()));
    }

    void missingFileOpensItsFolder()
    {
        QSignalSpy opened(&m_catcher, &UrlCatcher::opened);
        bb::FileRevealer::reveal(m_dir.filePath(u"gone.bak"_s));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toUrl(), QUrl::fromLocalFile(QDir(m_dir.path()).absolutePath()));
    }

    void fileShownByTheFileManager()
    {
#if defined(Q_OS_LINUX) && defined(QT_DBUS_LIB)
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no D-Bus session bus: run under scripts/with-keyring");
        // The file manager lives on a connection of its own, as a separate program would.
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fakefm"_s);
        FakeFileManager manager;
        QVERIFY(bus.registerObject(u"/org/freedesktop/FileManager1"_s, &manager,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY2(bus.registerService(u"org.freedesktop.FileManager1"_s),
                 "another file manager owns the name on this bus");
        const QString file = makeFile(u"shown.bak"_s);
        QVERIFY(!file.isEmpty());
        QSignalSpy shown(&manager, &FakeFileManager::shown);
        QSignalSpy opened(&m_catcher, &UrlCatcher::opened);
        bb::FileRevealer::reveal(file);
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.first().at(0).toStringList(), QStringList {QUrl::fromLocalFile(file).toString()});
        QCOMPARE(opened.size(), 0); // not the folder instead
        bus.unregisterService(u"org.freedesktop.FileManager1"_s);
        bus.unregisterObject(u"/org/freedesktop/FileManager1"_s);
        QDBusConnection::disconnectFromBus(u"fakefm"_s);
#else
        QSKIP("Windows and macOS start explorer.exe or open -R: not run in tests");
#endif
    }

    void noFileManagerOpensTheFolder()
    {
#if defined(Q_OS_LINUX) && defined(QT_DBUS_LIB)
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no D-Bus session bus: run under scripts/with-keyring");
        const QString file = makeFile(u"unshown.bak"_s);
        QVERIFY(!file.isEmpty());
        QSignalSpy opened(&m_catcher, &UrlCatcher::opened);
        bb::FileRevealer::reveal(file); // nobody owns org.freedesktop.FileManager1: an error
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toUrl(), QUrl::fromLocalFile(QDir(m_dir.path()).absolutePath()));
#else
        QSKIP("Windows and macOS start explorer.exe or open -R: not run in tests");
#endif
    }
};

BB_TEST_MAIN(TestFileRevealer)
#include "tst_filerevealer.moc"
