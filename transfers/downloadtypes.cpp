#include "transfers/downloadtypes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bb {

QString toString(DownloadState state)
{
    switch (state) {
    case DownloadState::Queued:
        return u"queued"_s;
    case DownloadState::Resolving:
        return u"resolving"_s;
    case DownloadState::Downloading:
        return u"downloading"_s;
    case DownloadState::Verifying:
        return u"verifying"_s;
    case DownloadState::Done:
        return u"done"_s;
    case DownloadState::Paused:
        return u"paused"_s;
    case DownloadState::Failed:
        return u"failed"_s;
    case DownloadState::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString displayName(DownloadState state)
{
    switch (state) {
    case DownloadState::Queued:
        return QCoreApplication::translate("bb::Download", "Queued");
    case DownloadState::Resolving:
        return QCoreApplication::translate("bb::Download", "Resolving URL");
    case DownloadState::Downloading:
        return QCoreApplication::translate("bb::Download", "Downloading");
    case DownloadState::Verifying:
        return QCoreApplication::translate("bb::Download", "Verifying");
    case DownloadState::Done:
        return QCoreApplication::translate("bb::Download", "Done");
    case DownloadState::Paused:
        return QCoreApplication::translate("bb::Download", "Paused");
    case DownloadState::Failed:
        return QCoreApplication::translate("bb::Download", "Failed");
    case DownloadState::Cancelled:
        return QCoreApplication::translate("bb::Download", "Cancelled");
    }
    return {};
}

DownloadState downloadStateFromString(const QString &key)
{
    for (auto state : {DownloadState::Queued, DownloadState::Resolving, DownloadState::Downloading,
                       DownloadState::Verifying, DownloadState::Done, DownloadState::Paused,
                       DownloadState::Failed, DownloadState::Cancelled}) {
        if (toString(state) == key)
            return state;
    }
    return DownloadState::Queued;
}

QString toString(DownloadError error)
{
    switch (error) {
    case DownloadError::None:
        return u"none"_s;
    case DownloadError::Resolve:
        return u"resolve"_s;
    case DownloadError::Network:
        return u"network"_s;
    case DownloadError::InternalUnreachable:
        return u"internal-unreachable"_s;
    case DownloadError::Tls:
        return u"tls"_s;
    case DownloadError::Http:
        return u"http"_s;
    case DownloadError::Expired:
        return u"expired"_s;
    case DownloadError::SizeMismatch:
        return u"size-mismatch"_s;
    case DownloadError::ChecksumMismatch:
        return u"checksum-mismatch"_s;
    case DownloadError::DiskFull:
        return u"disk-full"_s;
    case DownloadError::FileError:
        return u"file-error"_s;
    case DownloadError::TargetExists:
        return u"target-exists"_s;
    case DownloadError::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString toString(OverwritePolicy policy)
{
    switch (policy) {
    case OverwritePolicy::Ask:
        return u"ask"_s;
    case OverwritePolicy::Overwrite:
        return u"overwrite"_s;
    case OverwritePolicy::Numbered:
        return u"numbered"_s;
    }
    return {};
}

OverwritePolicy overwritePolicyFromString(const QString &key)
{
    if (key == u"ask"_s)
        return OverwritePolicy::Ask;
    if (key == u"overwrite"_s)
        return OverwritePolicy::Overwrite;
    return OverwritePolicy::Numbered;
}

} // namespace bb
