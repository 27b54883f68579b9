#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace bb::test {

// One run of the real backup-browser-cli executable: its exit code (-1: it did not finish in
// time, -2: it crashed) and what it wrote.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The environment the CLI tests run it in: no vendor credentials leak in from the machine, HOME
// and the config folder are `home`, and the messages are English (C.UTF-8).
QProcessEnvironment cliEnvironment(const QString &home);
// cliEnvironment() with the sandbox's published keys for both clouds, for a CLI that reaches a
// sandbox running in the test (--endpoint) rather than its own (--sandbox).
QProcessEnvironment sandboxCliEnvironment(const QString &home);

CliRun runCli(const QString &program, const QProcessEnvironment &env, const QStringList &arguments,
              const QString &workDir = {}, int timeoutMs = 30000);

} // namespace bb::test
