#pragma once

#include "offsite/localcopyindex.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace bb {

// Reads an offsite rules file and its catalogues into a LocalCopyIndex on a worker thread, for the
// fleet overview (health) and the backup table's Local copy column, so no catalogue is read on
// the GUI thread. No file: an empty index, no error.
class LocalCopyLoader final
{
public:
    using Done = std::function<void(const LocalCopyIndex &index, const QStringList &errors)>;

    // `done` runs on `owner`'s thread when the read ends (not at all once `owner` is gone). The
    // worker is `owner`'s child: the owner's destructor calls waitForAll() first.
    static void load(QObject *owner, const QString &rulesFile, Done done);
    static void waitForAll(QObject *owner);
};

} // namespace bb
