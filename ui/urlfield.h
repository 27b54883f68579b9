#pragma once

#include <QUrl>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace bb {

// A pre-signed URL shown with its query string masked (it is a bearer token) until the user
// reveals it, with a button that copies the full URL.
class UrlField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlField)

public:
    explicit UrlField(const QUrl &url, QWidget *parent = nullptr);

    QUrl url() const { return m_url; }
    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);
    QString shownText() const;
    QToolButton *revealButton() const { return m_reveal; }
    QToolButton *copyButton() const { return m_copy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QUrl m_url;
    bool m_revealed = false;
    QLineEdit *m_edit;
    QToolButton *m_reveal;
    QToolButton *m_copy;
};

} // namespace bb
