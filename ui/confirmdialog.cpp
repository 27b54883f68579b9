#include "ui/confirmdialog.h"

#include "models/confirmation.h"

#include <QPushButton>

namespace bb {

ConfirmDialog::ConfirmDialog(const Confirmation &confirmation, QWidget *parent)
    : QMessageBox(QMessageBox::Warning, confirmation.title, confirmation.question, QMessageBox::NoButton,
                  parent)
    , m_accept(addButton(confirmation.acceptLabel, QMessageBox::DestructiveRole))
    , m_cancel(addButton(QMessageBox::Cancel))
{
    setObjectName(QStringLiteral("confirmDialog"));
    QStringList details = confirmation.facts;
    if (!confirmation.consequence.isEmpty()) {
        if (!details.isEmpty())
            details.append(QString());
        details.append(confirmation.consequence);
    }
    setInformativeText(details.join(u'\n'));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_accept->setObjectName(QStringLiteral("confirmAccept"));
    m_cancel->setObjectName(QStringLiteral("confirmCancel"));
    setDefaultButton(m_cancel);
    setEscapeButton(m_cancel);
}

bool ConfirmDialog::wasAccepted() const
{
    return clickedButton() == m_accept;
}

ConfirmDialog *ConfirmDialog::ask(QWidget *parent, const Confirmation &confirmation,
                                  std::function<void()> accepted)
{
    auto *dialog = new ConfirmDialog(confirmation, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QMessageBox::finished, dialog, [dialog, accepted = std::move(accepted)] {
        if (dialog->wasAccepted() && accepted)
            accepted();
    });
    dialog->open();
    return dialog;
}

} // namespace bb
