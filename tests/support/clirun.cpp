#include "support/clirun.h"

#include "sandbox/sandbox.h"

#include <QDateTime>
#include <QProcess>

namespace bb::test {

QProcessEnvironment cliEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"TENCENTCLOUD_") || key.startsWith(u"ALIBABA_CLOUD_"))
            env.remove(key);
    }
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    // The CLI follows the system language: the tests read its English messages.
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Every CLI run of a test process sees one sandbox history: a listing and a later download
    // agree on each backup's name and bytes even when a minute (or a slow machine) lies between
    // them. The anchor is this process's start, so relative windows (--since 7d) still hold it.
    static const QString anchor
        = QDateTime::currentDateTimeUtc().toString(Qt::ISODate); // seconds; read once per process
    env.insert(QStringLiteral("BB_SANDBOX_ANCHOR"), anchor);
    return env;
}

QProcessEnvironment sandboxCliEnvironment(const QString &home)
{
    QProcessEnvironment env = cliEnvironment(home);
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"),
               QString::fromLatin1(sandbox::SandboxKeys::tencentSecretId));
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"),
               QString::fromLatin1(sandbox::SandboxKeys::tencentSecretKey));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
               QString::fromLatin1(sandbox::SandboxKeys::alibabaAccessKeyId));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
               QString::fromLatin1(sandbox::SandboxKeys::alibabaAccessKeySecret));
    return env;
}

CliRun runCli(const QString &program, const QProcessEnvironment &env, const QStringList &arguments,
              const QString &workDir, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    CliRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace bb::test
