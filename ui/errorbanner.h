#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace bb {

// The last error, in full (call, instance, provider code and message, RequestId), above the
// table: selectable, with Copy (for a ticket with the cloud) and a close button. Replaces the
// cut-off status-bar text. The window clears it when the next action succeeds.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows `message` (a later error replaces an earlier one); empty is ignored.
    void showError(const QString &message);
    // Hides the banner and forgets the text.
    void clear();
    QString text() const { return m_text; }

    QToolButton *copyButton() const { return m_copy; }
    QToolButton *closeButton() const { return m_close; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_text;
    QLabel *m_label;
    QToolButton *m_copy;
    QToolButton *m_close;
};

} // namespace bb
