#include "support/promtool.h"

#include <QProcess>
#include <QStandardPaths>

namespace bb::test {

PromtoolCheck promtoolCheckMetrics(const QByteArray &text)
{
    PromtoolCheck check;
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    check.found = !promtool.isEmpty();
    if (!check.found)
        return check;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    process.write(text);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        check.output = "promtool did not finish in 60 s";
        return check;
    }
    check.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    check.output = process.readAll();
    return check;
}

} // namespace bb::test
