#pragma once

#include <QMessageBox>

#include <functional>

namespace bb {

struct Confirmation;

// Asks a Confirmation (models/confirmation.h holds the wording and the facts) before something
// that cannot be undone. Cancel is the default and the Escape button, so Enter or Escape on a
// hurried keyboard never destroys anything; only the labelled action button goes ahead.
class ConfirmDialog final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmDialog)

public:
    ConfirmDialog(const Confirmation &confirmation, QWidget *parent);

    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *cancelButton() const { return m_cancel; }
    // True once the user chose the action.
    bool wasAccepted() const;

    // Opens the question window-modal without blocking and calls `accepted` only when the user
    // chose the action; the dialog deletes itself when closed. Returns it (tests answer it).
    static ConfirmDialog *ask(QWidget *parent, const Confirmation &confirmation,
                              std::function<void()> accepted);

private:
    QPushButton *m_accept;
    QPushButton *m_cancel;
};

} // namespace bb
