#include "transfers/downloadtarget.h"

#include "transfers/filenamesanitizer.h"
#include "transfers/partsidecar.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStorageInfo>

#include <filesystem>
#include <mutex>

namespace bb {

namespace {

std::mutex removalsMutex;
QHash<QString, int> removals; // target → removals queued

QString bytesText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

DownloadTarget::Choice DownloadTarget::choose(const QString &current, const QString &folder,
                                              const DownloadIdentity &identity, OverwritePolicy policy)
{
    if (!current.isEmpty() && !isBeingRemoved(current) && QFileInfo::exists(PartSidecar::partPath(current)))
        return {current}; // keep resuming into the same slot
    const QString first = FileNameSanitizer::joinUnder(folder, identity.fileName);
    if (first.isEmpty()) {
        return {{},
                DownloadError::FileError,
                tr("Cannot save into \"%1\": the folder does not exist or the name resolves outside it")
                    .arg(folder)};
    }
    const QFileInfo firstInfo(first);
    const QString dir = firstInfo.absolutePath();
    const QString name = firstInfo.fileName();
    for (int n = 0; n < maxNumberedNames; ++n) {
        const QString candidate = dir + u'/' + FileNameSanitizer::numbered(name, n);
        const QFileInfo part(PartSidecar::partPath(candidate));
        if (part.isSymLink())
            continue; // never write through a link someone planted
        if (isBeingRemoved(candidate))
            continue; // a cancelled download's .part, about to be removed
        if (part.exists()) {
            const auto state = PartSidecar::read(candidate);
            if (!state || state->identity.sameFile(identity))
                return {candidate};
            continue; // another download's partial file
        }
        const QFileInfo target(candidate);
        if (target.exists() || target.isSymLink()) {
            if (policy == OverwritePolicy::Overwrite)
                return {candidate};
            if (policy == OverwritePolicy::Ask)
                return {candidate, DownloadError::TargetExists, tr("\"%1\" already exists").arg(candidate)};
            continue;
        }
        // Another entry's name but for case ("Data.bak"): the same file on Windows and macOS,
        // so taken on every OS (there the checks above already saw it).
        const QString candidateName = QFileInfo(candidate).fileName();
        if (!FileNameSanitizer::caseTwin(dir, candidateName).isEmpty()
            || !FileNameSanitizer::caseTwin(dir, PartSidecar::partPath(candidateName)).isEmpty())
            continue;
        return {candidate};
    }
    return {{}, DownloadError::FileError, tr("No free file name for \"%1\" in \"%2\"").arg(name, dir)};
}

QString DownloadTarget::lackOfSpace(const QString &target, qint64 needed)
{
    const QString dir = QFileInfo(target).absolutePath();
    QStorageInfo storage(dir);
    storage.refresh();
    if (!storage.isValid() || storage.bytesAvailable() >= needed)
        return {};
    return tr("Not enough free space in \"%1\": %2 more needed, %3 available")
        .arg(dir, bytesText(needed), bytesText(storage.bytesAvailable()));
}

DownloadTarget::Rename DownloadTarget::finish(const QString &target, OverwritePolicy policy)
{
    const QString part = PartSidecar::partPath(target);
    const QFileInfo first(target);
    Rename rename;
    QString destination = target;
    for (int n = 1;; ++n) {
        // QFile::rename never replaces an existing file (renameat2 RENAME_NOREPLACE / link+unlink).
        if (QFile::rename(part, destination)) {
            rename = {Rename::Outcome::Renamed, destination, {}};
            break;
        }
        if (!QFileInfo::exists(destination) || n >= maxNumberedNames)
            return {Rename::Outcome::CannotRename, destination, {}};
        if (policy == OverwritePolicy::Overwrite) {
            std::error_code error;
            std::filesystem::rename(std::filesystem::path(part.toStdU16String()),
                                    std::filesystem::path(destination.toStdU16String()), error);
            if (error)
                return {Rename::Outcome::CannotReplace, destination, QString::fromLocal8Bit(error.message())};
            rename = {Rename::Outcome::Renamed, destination, {}};
            break;
        }
        if (policy == OverwritePolicy::Ask)
            return {Rename::Outcome::Exists, destination, {}};
        destination = first.absolutePath() + u'/' + FileNameSanitizer::numbered(first.fileName(), n);
    }
    // A new .part under the same name means a new download of that name started meanwhile and
    // the sidecar is its own: leave it.
    if (!QFileInfo::exists(part))
        QFile::remove(PartSidecar::sidecarPath(target));
    return rename;
}

void DownloadTarget::beginRemoval(const QString &target)
{
    std::lock_guard lock(removalsMutex);
    ++removals[target];
}

void DownloadTarget::endRemoval(const QString &target)
{
    std::lock_guard lock(removalsMutex);
    if (--removals[target] <= 0)
        removals.remove(target);
}

bool DownloadTarget::isBeingRemoved(const QString &target)
{
    std::lock_guard lock(removalsMutex);
    return removals.contains(target);
}

} // namespace bb
