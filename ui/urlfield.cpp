#include "ui/urlfield.h"

#include "providers/core/apiclient.h"
#include "ui/icons.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace bb {

UrlField::UrlField(const QUrl &url, QWidget *parent)
    : QWidget(parent)
    , m_url(url)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_copy(new QToolButton(this))
{
    m_edit->setReadOnly(true);
    Icons::set(m_reveal, QStringLiteral("reveal"));
    m_reveal->setCheckable(true);
    Icons::set(m_copy, QStringLiteral("copy"));
    connect(m_reveal, &QToolButton::toggled, this, &UrlField::setRevealed);
    connect(m_copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_url.toString()); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(m_copy);
    retranslate();
    setRevealed(false);
}

void UrlField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UrlField::retranslate()
{
    m_reveal->setToolTip(tr("Show the full URL, including its signature"));
    m_copy->setToolTip(tr("Copy the full URL"));
}

void UrlField::setRevealed(bool revealed)
{
    m_revealed = revealed;
    const QSignalBlocker block(m_reveal);
    m_reveal->setChecked(revealed);
    m_edit->setText(shownText());
    m_edit->setCursorPosition(0);
}

QString UrlField::shownText() const
{
    return m_revealed ? m_url.toString() : ApiClient::maskUrl(m_url);
}

} // namespace bb
