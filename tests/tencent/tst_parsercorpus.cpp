// Replays every saved input through the Tencent fuzz targets' calls (tests/fuzz/tencentfuzz.h) without
// libFuzzer, so CI catches a parser regression on them: the seed fixtures of every product (a
// parser must survive another product's answer too), each cut short at a few points, and the
// inputs fuzzing once crashed on (tests/fuzz/regressions/<target>/). Passing means no crash, no
// hang and, under the sanitizers, no memory error.
#include "tests/fuzz/tencentfuzz.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <functional>

class tst_ParserCorpus : public QObject
{
    Q_OBJECT

private:
    static QList<QByteArray> inputs(const QString &target)
    {
        QList<QByteArray> found;
        QStringList dirs {QStringLiteral(BB_SEEDS_DIR)};
        dirs.append(QStringLiteral(BB_SEEDS_DIR "/../fuzz/regressions/") + target);
        for (const QString &dir : dirs) {
            QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    found.append(file.readAll());
            }
        }
        return found;
    }

    // Whole, and truncated at a quarter, a half and one byte short (unterminated JSON).
    static void replay(const QString &target, const std::function<void(const QByteArray &)> &feed)
    {
        const QList<QByteArray> all = inputs(target);
        QVERIFY(all.size() >= 10);
        for (const QByteArray &input : all) {
            for (qsizetype cut : {input.size(), input.size() / 4, input.size() / 2, input.size() - 1})
                feed(input.left(std::max<qsizetype>(0, cut)));
        }
    }

private slots:
    void sqlServerParser() { replay(QStringLiteral("sqlserverparser"), bb::fuzz::sqlServerParser); }

    void redisParser() { replay(QStringLiteral("redisparser"), bb::fuzz::redisParser); }

    void tc3Protocol() { replay(QStringLiteral("tc3protocol"), bb::fuzz::tc3Protocol); }
};

QTEST_GUILESS_MAIN(tst_ParserCorpus)
#include "tst_parsercorpus.moc"
