#include "ui/errorbanner.h"

#include "ui/icons.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace bb {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    // Readable on light and dark palettes: a red edge and a faint red wash over the window colour.
    setStyleSheet(QStringLiteral("#errorBanner { border: 1px solid #d64541; border-radius: 4px;"
                                 " background: rgba(214, 69, 65, 40); }"));
    m_label->setObjectName(QStringLiteral("errorText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setObjectName(QStringLiteral("errorCopy"));
    Icons::set(m_copy, QStringLiteral("copy"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_close->setObjectName(QStringLiteral("errorClose"));
    Icons::set(m_close, QStringLiteral("cancel"));
    m_close->setAutoRaise(true);
    connect(m_copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_text); });
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::named(QStringLiteral("status-error")).pixmap(16, 16));
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    retranslate();
    hide();
}

void ErrorBanner::showError(const QString &message)
{
    if (message.isEmpty())
        return;
    m_text = message;
    m_label->setText(message);
    show();
}

void ErrorBanner::clear()
{
    m_text.clear();
    m_label->clear();
    hide();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ErrorBanner::retranslate()
{
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the whole message, with its RequestId, for a support ticket"));
    m_close->setToolTip(tr("Dismiss"));
}

} // namespace bb
