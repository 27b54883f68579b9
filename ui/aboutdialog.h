#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace bb {

// Help → About: what this build is (version) and what it runs on (Qt and OpenSSL versions),
// the first things a bug report needs.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The lines shown, also used by "Copy to clipboard" and by tests.
    QString versionText() const;

    static QString appVersion();
    static QString qtVersion();
    static QString sslVersion();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_blurb;
    QLabel *m_versions;
    QPushButton *m_copy = nullptr;
};

} // namespace bb
