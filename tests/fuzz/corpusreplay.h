#pragma once

// The corpus the parsercorpus ctests replay without libFuzzer: every seed fixture (a parser must
// survive another product's answer too) and the inputs fuzzing once crashed on
// (tests/fuzz/regressions/<target>/), each whole and cut at a quarter, a half and one byte short
// (unterminated JSON).
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <functional>

namespace bb::fuzz {

// Feeds every input to `feed`; returns how many files were read.
inline int replayCorpus(const QString &fixturesDir, const QString &target,
                        const std::function<void(const QByteArray &)> &feed)
{
    int files = 0;
    const QStringList dirs {fixturesDir, fixturesDir + QStringLiteral("/../fuzz/regressions/") + target};
    for (const QString &dir : dirs) {
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray input = file.readAll();
            for (qsizetype cut : {input.size(), input.size() / 4, input.size() / 2, input.size() - 1})
                feed(input.left(std::max<qsizetype>(0, cut)));
        }
    }
    return files;
}

} // namespace bb::fuzz
