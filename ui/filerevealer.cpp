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

bool FileRevealer::reveal(const QString &path, QString *why)
{
    const QFileInfo info(path);
    if (info.exists() && info.isFile()) {
#if defined(Q_OS_WIN)
        if (QProcess::startDetached(
                QStringLiteral("explorer.exe"),
                {QStringLiteral("/select,"), QDir::toNativeSeparators(info.absoluteFilePath())}))
            return true;
#elif defined(Q_OS_MACOS)
        if (QProcess::startDetached(QStringLiteral("open"), {QStringLiteral("-R"), info.absoluteFilePath()}))
            return true;
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
            return true;
        }
#endif
    }
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        if (why)
            *why = tr("The folder %1 no longer exists.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
        if (why)
            *why = tr("No file manager could open %1 (none is installed or registered for folders). The "
                      "path is on the clipboard menu: Copy path.")
                       .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    return true;
}

} // namespace bb
