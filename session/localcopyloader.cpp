#include "session/localcopyloader.h"

#include <QFileInfo>
#include <QThread>

#include <memory>

namespace bb {

void LocalCopyLoader::load(QObject *owner, const QString &rulesFile, Done done)
{
    struct Loaded
    {
        LocalCopyIndex index;
        QStringList errors;
    };
    auto loaded = std::make_shared<Loaded>();
    QThread *thread = QThread::create([rulesFile, loaded] {
        if (rulesFile.isEmpty() || !QFileInfo::exists(rulesFile))
            return;
        const RuleFile file = RuleFile::read(rulesFile);
        if (!file.ok())
            loaded->errors << file.error;
        else
            loaded->index = LocalCopyIndex::load(file.rules, &loaded->errors);
    });
    thread->setParent(owner);
    QObject::connect(thread, &QThread::finished, owner, [thread, loaded, done = std::move(done)] {
        thread->deleteLater();
        done(loaded->index, loaded->errors);
    });
    thread->start(QThread::LowPriority);
}

void LocalCopyLoader::waitForAll(QObject *owner)
{
    // A running QThread must not be deleted with its parent.
    for (QThread *thread : owner->findChildren<QThread *>(Qt::FindDirectChildrenOnly))
        thread->wait();
}

} // namespace bb
