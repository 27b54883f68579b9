#include "ui/aboutdialog.h"

#include "ui/icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
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
{
    setWindowTitle(tr("About Backup Browser"));
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::named(QStringLiteral("backup-browser")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Backup Browser")), this);
    auto *blurb = new QLabel(tr("Browse, create, check and download database backups on Tencent Cloud "
                                "(SQL Server, Redis) and Alibaba Cloud (ApsaraDB RDS, EMR Serverless "
                                "StarRocks)."),
                             this);
    blurb->setWordWrap(true);
    auto *versions
        = new QLabel(versionText().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")), this);
    versions->setObjectName(QStringLiteral("versions"));
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(blurb);
    text->addSpacing(8);
    text->addWidget(versions);
    text->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the version information for a bug report"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(versionText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString AboutDialog::appVersion()
{
    // main() sets it from BB_VERSION (app/core/version.h), which ui/ cannot include.
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
