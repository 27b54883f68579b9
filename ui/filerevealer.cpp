#include "ui/filerevealer.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

#if defined(Q_OS_LINUX) && defined(BB_HAVE_DBUS)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#endif

namespace bb {

void FileRevealer::reveal(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && info.isFile()) {
#if defined(Q_OS_WIN)
        if (QProcess::startDetached(
                QStringLiteral("explorer.exe"),
                {QStringLiteral("/select,"), QDir::toNativeSeparators(info.absoluteFilePath())}))
            return;
#elif defined(Q_OS_MACOS)
        if (QProcess::startDetached(QStringLiteral("open"), {QStringLiteral("-R"), info.absoluteFilePath()}))
            return;
#elif defined(Q_OS_LINUX) && defined(BB_HAVE_DBUS)
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.FileManager1"), QStringLiteral("/org/freedesktop/FileManager1"),
            QStringLiteral("org.freedesktop.FileManager1"), QStringLiteral("ShowItems"));
        call << QStringList {QUrl::fromLocalFile(info.absoluteFilePath()).toString()} << QString();
        // Asynchronous on purpose: never block the GUI on a file manager that does not answer.
        // A desktop without one answers with an error: then the folder opens as elsewhere.
        if (QDBusConnection::sessionBus().isConnected()) {
            auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call));
            QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
                             [folder = info.absolutePath()](QDBusPendingCallWatcher *finished) {
                                 if (finished->isError())
                                     QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
                                 finished->deleteLater();
                             });
            return;
        }
#endif
    }
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace bb
