#pragma once

#include "models/instancehealth.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace bb {

// check --format nagios: the judgement as a Nagios (and Icinga, Naemon, Zabbix "external check")
// plugin reports it: one line "BACKUPS <STATE> - <text> | <perfdata>" on standard output and the
// plugin exit code, 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (a check that could not run).
// The text names the worst instances first with their first reason, at most `maxNamed` of them;
// names and reasons come from servers, so '|' (which starts the perfdata) and line breaks (which
// end the plugin's first line) are replaced, and each reason is cut to `maxReasonChars`.
class NagiosWriter final
{
    Q_DECLARE_TR_FUNCTIONS(bb::NagiosWriter)

public:
    enum Code { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };
    static constexpr int maxNamed = 5;
    static constexpr int maxReasonChars = 160;

    static QByteArray line(const QList<InstanceHealth> &healths);
    // The line for a check that could not run (usage, credentials, provider or network errors).
    static QByteArray unknown(const QString &message);
    // The plugin code for the CLI's own exit code: 0, 7 and 8 are the judgement, anything else
    // means the check did not run.
    static Code pluginCode(int cliExitCode);
    // Whether the arguments ask for this format (main() needs it before they parse).
    static bool requested(const QStringList &arguments);
    // `text` with '|' and line breaks replaced, whitespace runs folded.
    static QString clean(const QString &text);
};

} // namespace bb
