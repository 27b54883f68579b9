#pragma once

#include "models/confirmation.h"

#include <QObject>
#include <QString>

#include <functional>

class QSocketNotifier;

namespace bb {

// One yes/no question on the terminal: the question goes to stderr, the answer is read from stdin
// without blocking the event loop (Ctrl-C still interrupts). Only "y" or "yes" (any case) says
// yes; anything else, an empty line or the end of input says no.
class ConfirmPrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmPrompt)

public:
    using Callback = std::function<void(bool yes)>;

    explicit ConfirmPrompt(QObject *parent = nullptr);
    ~ConfirmPrompt() override;

    // Whether stdin is a terminal someone can answer on.
    static bool stdinIsTerminal();
    // Whether an answer line means yes.
    static bool isYes(const QString &answer);

    // A Confirmation as the terminal asks it: the very question, facts and consequence the GUI's
    // dialog shows, then "<its button's words>? [y/N] ".
    static QString text(const Confirmation &confirmation);

    // Writes `question` to stderr and calls `done` once, later, with the answer.
    void ask(const QString &question, Callback done);
    void ask(const Confirmation &confirmation, Callback done) { ask(text(confirmation), std::move(done)); }

private:
    void onReadable();
    void finish(bool yes);

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_line;
    Callback m_done;
};

} // namespace bb
