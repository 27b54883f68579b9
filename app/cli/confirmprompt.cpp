#include "app/cli/confirmprompt.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define STDIN_FILENO 0
#else
#include <unistd.h>
#endif

namespace bb {

namespace {
// A longer answer is not an answer: the question is refused rather than the line kept growing.
constexpr qsizetype maxAnswerBytes = 256;
} // namespace

ConfirmPrompt::ConfirmPrompt(QObject *parent)
    : QObject(parent)
{ }

ConfirmPrompt::~ConfirmPrompt() = default;

bool ConfirmPrompt::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool ConfirmPrompt::isYes(const QString &answer)
{
    const QString a = answer.trimmed().toLower();
    return a == QLatin1String("y") || a == QLatin1String("yes");
}

QString ConfirmPrompt::text(const Confirmation &confirmation)
{
    return confirmation.text() + u'\n' + tr("%1? [y/N] ").arg(confirmation.acceptLabel);
}

void ConfirmPrompt::ask(const QString &question, Callback done)
{
    m_done = std::move(done);
    const QByteArray text = question.toLocal8Bit();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
#ifdef Q_OS_WIN
    // Console handles do not work with socket notifiers: read the line when the loop runs.
    QTimer::singleShot(0, this, [this] {
        std::string line;
        const bool got = bool(std::getline(std::cin, line));
        finish(got && isYes(QString::fromLocal8Bit(line.c_str())));
    });
#else
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ConfirmPrompt::onReadable);
#endif
}

void ConfirmPrompt::onReadable()
{
#ifndef Q_OS_WIN
    char buffer[64];
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got <= 0)
        return finish(false); // end of input or an error: no answer is no
    m_line.append(buffer, qsizetype(got));
    const qsizetype newline = m_line.indexOf('\n');
    if (newline >= 0)
        return finish(isYes(QString::fromLocal8Bit(m_line.left(newline))));
    if (m_line.size() > maxAnswerBytes)
        finish(false);
#endif
}

void ConfirmPrompt::finish(bool yes)
{
    if (m_notifier)
        m_notifier->setEnabled(false);
    if (!m_done)
        return;
    Callback done = std::move(m_done);
    m_done = nullptr;
    done(yes);
}

} // namespace bb
