#pragma once

#include "app/cli/clioptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace bb {

// Reads backup-browser-cli's command line (docs/cli.md) into CliOptions: known options only, each in
// the commands it belongs to, values checked, secrets refused. Pure: no I/O, clock injected.
class CliParser final
{
    Q_DECLARE_TR_FUNCTIONS(bb::CliParser)

public:
    struct Result
    {
        CliOptions options;
        QString error; // a usage error for stderr (exit code 1); empty on success
        bool ok() const { return error.isEmpty(); }
    };

    explicit CliParser(const QDateTime &nowUtc);

    // `arguments` without the program name.
    Result parse(const QStringList &arguments) const;

    // The --help text; documents every command and option (keep installer/backup-browser-cli.1 in sync).
    static QString helpText();
    static QStringList commands();

private:
    QDateTime m_now;
};

} // namespace bb
