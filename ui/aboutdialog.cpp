#include "ui/aboutdialog.h"

#include "ui/icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSslSocket>
#include <QSysInfo>
#include <QVBoxLayout>

#include <openssl/crypto.h>

namespace bb {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_blurb(new QLabel(this))
    , m_versions(new QLabel(this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::named(QStringLiteral("backup-browser")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    m_blurb->setWordWrap(true);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_blurb);
    text->addSpacing(8);
    text->addWidget(m_versions);
    text->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(versionText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Backup Browser"));
    m_title->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Backup Browser")));
    m_blurb->setText(tr("Browse, create, check and download database backups on Tencent Cloud "
                        "(SQL Server, Redis) and Alibaba Cloud (ApsaraDB RDS, EMR Serverless "
                        "StarRocks)."));
    m_versions->setText(versionText().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the version information for a bug report"));
}

QString AboutDialog::appVersion()
{
    // main() sets it from BB_VERSION (session/version.h).
    return QCoreApplication::applicationVersion();
}

QString AboutDialog::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString AboutDialog::sslVersion()
{
    // The library the process actually loaded, which can differ from the headers we built with.
    const QString openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    return openssl.isEmpty() ? QSslSocket::sslLibraryVersionString() : openssl;
}

QString AboutDialog::versionText() const
{
    return tr("Version %1").arg(appVersion()) + QLatin1Char('\n') + tr("Qt %1").arg(qtVersion())
        + QLatin1Char('\n') + sslVersion() + QLatin1Char('\n')
        + tr("System: %1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
}

} // namespace bb
