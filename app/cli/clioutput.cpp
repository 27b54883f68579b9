#include "app/cli/clioutput.h"

#include <QtGlobal>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define STDERR_FILENO 2
#else
#include <unistd.h>
#endif

namespace bb {

CliOutput::CliOutput(const QString &outputFile, Verbosity verbosity)
    : m_outputFile(outputFile)
    , m_verbosity(verbosity)
    , m_tty(isatty(STDERR_FILENO) == 1)
{
    m_stderr.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
}

CliOutput::~CliOutput()
{
    clearProgress();
    // An uncommitted --output file is discarded by QSaveFile: a failed run leaves the old file.
}

bool CliOutput::open(QString *error)
{
    if (m_outputFile.isEmpty()) {
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(stdout, QIODevice::WriteOnly)) {
            *error = tr("cannot write to standard output: %1").arg(m_stdout->errorString());
            return false;
        }
        return true;
    }
    m_file = std::make_unique<QSaveFile>(m_outputFile);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(m_outputFile, m_file->errorString());
        return false;
    }
    return true;
}

QIODevice *CliOutput::device() const
{
    if (m_file)
        return m_file.get();
    return m_stdout.get();
}

bool CliOutput::commit(QString *error)
{
    if (m_file) {
        if (!m_file->commit()) {
            *error = tr("cannot write %1: %2").arg(m_outputFile, m_file->errorString());
            return false;
        }
        return true;
    }
    if (m_stdout && !m_stdout->flush()) {
        *error = tr("cannot write to standard output: %1").arg(m_stdout->errorString());
        return false;
    }
    return true;
}

void CliOutput::writeErr(const QString &text)
{
    m_stderr.write(text.toLocal8Bit());
}

void CliOutput::error(const QString &line)
{
    m_lastError = line;
    clearProgress();
    writeErr(line + u'\n');
}

void CliOutput::info(const QString &line)
{
    if (m_verbosity == Verbosity::Quiet)
        return;
    clearProgress();
    writeErr(line + u'\n');
}

void CliOutput::verbose(const QString &line)
{
    if (m_verbosity != Verbosity::Verbose)
        return;
    clearProgress();
    writeErr(line + u'\n');
}

void CliOutput::progress(const QString &line)
{
    if (!m_tty || m_verbosity == Verbosity::Quiet)
        return;
    // "\r" back to the line start, the text, then clear what a longer previous line left.
    writeErr(u'\r' + line + QStringLiteral("\x1b[K"));
    m_progressShown = true;
}

void CliOutput::clearProgress()
{
    if (!m_progressShown)
        return;
    m_progressShown = false;
    writeErr(QStringLiteral("\r\x1b[K"));
}

} // namespace bb
