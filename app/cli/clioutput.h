#pragma once

#include "app/cli/clioptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace bb {

// Where the CLI writes: the result to stdout or, with --output, to a file that appears only
// when the command succeeded (QSaveFile); messages to stderr by verbosity; a progress line
// only when stderr is a terminal.
class CliOutput final
{
    Q_DECLARE_TR_FUNCTIONS(bb::CliOutput)
    Q_DISABLE_COPY_MOVE(CliOutput)

public:
    CliOutput(const QString &outputFile, Verbosity verbosity);
    ~CliOutput();

    // Opens the destination. False with a translated reason.
    bool open(QString *error);
    QIODevice *device() const;
    // Makes the file appear (or flushes stdout). False with a translated reason.
    bool commit(QString *error);

    Verbosity verbosity() const { return m_verbosity; }
    bool stderrIsTerminal() const { return m_tty; }

    void error(const QString &line); // always
    QString lastError() const { return m_lastError; }
    void info(const QString &line); // unless --quiet
    void verbose(const QString &line); // only with --verbose
    // Rewrites one status line in place (terminal only, unless --quiet); clearProgress() ends it.
    void progress(const QString &line);
    void clearProgress();

private:
    void writeErr(const QString &text);

    QString m_outputFile;
    Verbosity m_verbosity;
    bool m_tty;
    bool m_progressShown = false;
    QString m_lastError;
    std::unique_ptr<QFile> m_stdout;
    std::unique_ptr<QSaveFile> m_file;
    QFile m_stderr;
};

} // namespace bb
