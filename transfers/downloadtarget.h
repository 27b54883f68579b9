#pragma once

#include "transfers/downloadidentity.h"
#include "transfers/downloadtypes.h"

#include <QCoreApplication>
#include <QString>

namespace bb {

// The file a download ends up as: which name it takes in the chosen folder (and so which
// "<name>.part" it resumes), whether the disk can hold the rest, and the final rename of the
// verified .part, which never replaces a file the overwrite policy does not allow to replace.
// Plain file-system work without state of its own; the rename runs on the task's writer thread.
class DownloadTarget final
{
    // Its messages are the download's, as they were before it was split out of DownloadTask:
    // the same translation context keeps their translations.
    Q_DECLARE_TR_FUNCTIONS(bb::DownloadTask)

public:
    // Numbered names tried ("x (1).bak" ...) before giving up.
    static constexpr int maxNumberedNames = 1000;

    struct Choice
    {
        QString path; // the target; set with TargetExists too (the name that is taken)
        DownloadError error = DownloadError::None; // FileError or TargetExists
        QString message = {};
        bool ok() const { return error == DownloadError::None; }
    };
    // The name for `identity` in `folder`: `current` when its .part is still there (resume into
    // the same slot), else the first numbered name whose .part is this file's or that is free,
    // under the overwrite policy. Never a .part that is a symbolic link, another download's
    // .part, one about to be removed, or a name that differs from a taken one only by case.
    static Choice choose(const QString &current, const QString &folder, const DownloadIdentity &identity,
                         OverwritePolicy policy);

    // Empty when the target's folder can hold `needed` more bytes (or cannot tell), else the
    // message saying how much is missing.
    static QString lackOfSpace(const QString &target, qint64 needed);

    struct Rename
    {
        enum class Outcome { Renamed, CannotRename, CannotReplace, Exists };
        Outcome outcome = Outcome::CannotRename;
        QString destination;
        QString error; // CannotReplace: the system's reason
    };
    // Renames the target's .part to the target, or under the policy to a numbered name or over
    // the existing file, then removes the sidecar (unless a new .part of that name appeared
    // meanwhile: a new download's). Blocks on the disk: run it on the writer's thread.
    static Rename finish(const QString &target, OverwritePolicy policy);

    // Targets whose .part and sidecar a writer thread has yet to remove (a cancel queues the
    // removal): a new download of the same file, in any task, must not resume into a .part that
    // is about to go. begin before queueing the removal, end once it ran.
    static void beginRemoval(const QString &target);
    static void endRemoval(const QString &target);
    static bool isBeingRemoved(const QString &target);
};

} // namespace bb
