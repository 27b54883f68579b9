#pragma once

#include "isolatedcontext.h"
#include "session/localcopiescontroller.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace bb::test {

// The "Local copies" tests' starting point: a sandbox context on a temporary folder and a
// LocalCopiesController on the offsite.json in it, read. ok() is false, with a warning, when the
// sandbox cannot start.
struct LocalCopiesFixture
{
    // The rules file's text, written before the controller reads it; empty: no file.
    explicit LocalCopiesFixture(const QByteArray &rulesText = {})
        : context(sandboxContext(dir.path()))
    {
        if (!context)
            return;
        if (!rulesText.isEmpty()) {
            QFile file(rulesFile());
            if (file.open(QIODevice::WriteOnly))
                file.write(rulesText);
        }
        controller = std::make_unique<LocalCopiesController>(context.get());
        controller->setRulesFile(rulesFile());
        controller->reload();
    }

    bool ok() const { return controller != nullptr; }
    QString rulesFile() const { return dir.filePath(QStringLiteral("offsite.json")); }
    QString path(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<LocalCopiesController> controller;
};

} // namespace bb::test
